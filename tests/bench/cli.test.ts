import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

// The benchmark commands as a user types them (`npm run bench -- …`): a wrong command
// line is refused before anything is generated or built, so these runs take a second.
const ROOT = path.resolve(import.meta.dirname, '..', '..');

function run(script: string, args: string[]) {
  return spawnSync(process.execPath, [script, ...args], { cwd: ROOT, encoding: 'utf8' });
}

const STACK_FRAME = /^\s+at .+:\d+:\d+\)?$/m;
// Each case starts a few Node processes; a busy machine can take seconds for each.
const SLOW = 60_000;

describe('npm run bench', () => {
  test(
    'an unknown flag is refused with its name, the usage and exit 2, not ignored',
    () => {
      const out = run('bench/run.ts', ['--sizes', '10', '--run', '1']);
      expect(out.status).toBe(2);
      expect(out.stderr).toMatch(/^bench: Unknown option '--run'\n/);
      expect(out.stderr).toContain('usage: npm run bench');
      expect(out.stderr).toContain('--runs 3,3,1');
      expect(out.stderr).not.toMatch(STACK_FRAME);
    },
    SLOW,
  );

  test(
    'a flag without its value, or a value that is not a list of counts, is refused',
    () => {
      expect(run('bench/run.ts', ['--sizes']).stderr).toMatch(/^bench: Option '--sizes <value>' argument missing/);
      const bad = run('bench/run.ts', ['--sizes', '10,ten']);
      expect(bad.status).toBe(2);
      expect(bad.stderr).toMatch(
        /^bench: --sizes takes whole numbers of at least 1, separated by commas \(e\.g\. --sizes 10,100\), not 'ten'\./,
      );
      expect(run('bench/run.ts', ['--runs', '0']).stderr).toMatch(/^bench: --runs takes whole numbers of at least 1/);
      expect(run('bench/run.ts', ['--overlay', 'x']).stderr).toMatch(/^bench: --overlay needs --tree\./);
    },
    SLOW,
  );

  test(
    '--corpus is seeds or records; bench:ingest refuses what it does not take before generating anything',
    () => {
      const corpus = run('bench/run.ts', ['--corpus', 'real']);
      expect(corpus.status).toBe(2);
      expect(corpus.stderr).toMatch(/^bench: --corpus is seeds or records, not 'real'\./);
      const unknown = run('bench/ingest-runs.ts', ['--record', '10']);
      expect(unknown.status).toBe(2);
      expect(unknown.stderr).toMatch(/^bench:ingest: Unknown option '--record'/);
      expect(unknown.stderr).toContain('usage: npm run bench:ingest');
      expect(run('bench/ingest-runs.ts', ['--runs', '0']).stderr).toMatch(/^bench:ingest: --runs takes whole numbers of at least 1/);
    },
    SLOW,
  );

  test(
    '--shards reads its own flags, as strictly',
    () => {
      const out = run('bench/run.ts', ['--shards', '--by', 'month']);
      expect(out.status).toBe(2);
      expect(out.stderr).toMatch(/^bench --shards: --by takes year or paper, not 'month'\./);
      expect(run('bench/run.ts', ['--shards', '--sizes', '10']).stderr).toMatch(/^bench --shards: Unknown option '--sizes'/);
    },
    SLOW,
  );

  test(
    'bench:adversarial refuses an unknown shape or flag',
    () => {
      const shape = run('bench/adversarial.ts', ['--shapes', 'narrow-lines,round-lines']);
      expect(shape.status).toBe(2);
      expect(shape.stderr).toMatch(/^bench:adversarial: no shape named round-lines\./);
      expect(run('bench/adversarial.ts', ['--size', '64']).stderr).toMatch(/^bench:adversarial: Unknown option '--size'/);
    },
    SLOW,
  );

  test(
    '--help prints the usage and exits 0',
    () => {
      const out = run('bench/run.ts', ['--help']);
      expect(out.status).toBe(0);
      expect(out.stdout).toMatch(/^usage: npm run bench \[-- OPTIONS\]/);
    },
    SLOW,
  );
});
