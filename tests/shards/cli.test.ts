import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

/** Runs `npm run shards`'s script as a deployer or CI job would. */
function shards(args: string[]) {
  return spawnSync(process.execPath, ['scripts/shards.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
}

test('npm run shards: 0 done, 1 refused input with one sentence, 2 a wrong command line with the usage', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shards-cli-'));
  const plan = shards(['plan', '--issues', path.join(ROOT, 'src', 'content', 'issues'), '--out', path.join(dir, 'p.json')]);
  expect(plan.status, plan.stderr).toBe(0);
  expect(plan.stdout).toContain(`wrote ${path.join(dir, 'p.json')}: 3 shards of at most 16 MB of page text`);
  const missing = shards(['content', 'y2023-1', '--plan', path.join(dir, 'nope.json'), '--out', dir]);
  expect(missing.status).toBe(1);
  expect(missing.stderr).toBe(
    `shards: no shard plan at ${path.join(dir, 'nope.json')}: write it with npm run shards -- plan (or pass --plan FILE).\n`,
  );
  for (const args of [
    [],
    ['bogus'],
    ['plan', '--budget-mb', '0'],
    ['plan', '--base', 'archive'],
    ['plan', 'y2023-1'],
    ['content', 'y2023-1'],
    ['content'],
    ['hub'],
    ['hub', 'x', 'y'],
  ]) {
    const run = shards(args);
    expect(run.status, args.join(' ')).toBe(2);
    expect(run.stderr).toContain('usage: npm run shards --');
  }
}, 120_000);
