import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

// bench/tools/profile-summary.ts on a CPU profile recorded in some other checkout, on
// some other machine: the project's files are named from the project's root.
const ROOT = path.resolve(import.meta.dirname, '..', '..');

function profileFrom(checkout: string): string {
  const frame = (id: number, url: string, functionName: string, children: number[] = []) => ({
    id,
    callFrame: { functionName, url, lineNumber: 9 },
    children,
  });
  const profile = {
    nodes: [
      frame(1, '', '(root)', [2]),
      frame(2, `file://${checkout}/scripts/ingest.ts`, 'main', [3, 5]),
      frame(3, `file://${checkout}/.bench/tree/scripts/lib/parse/parse-page.ts`, 'parsePage', [4]),
      frame(4, `file://${checkout}/node_modules/unified/lib/index.js`, 'run'),
      frame(5, `file://${checkout}/node_modules/yaml/dist/index.js`, 'parse'),
    ],
    samples: [3, 4, 4, 5],
    timeDeltas: [1000, 1000, 1000, 1000],
  };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'profile-'));
  const file = path.join(dir, 'CPU.cpuprofile');
  fs.writeFileSync(file, JSON.stringify(profile));
  return file;
}

function summarize(args: string[]) {
  return spawnSync(process.execPath, ['bench/tools/profile-summary.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
}

describe('profile-summary', () => {
  test.each(['/home/someone/src/newspaper-archive', '/work/main', '/tmp/x/scripts/archive'])(
    'names files relative to the checkout that recorded the profile (%s)',
    (checkout) => {
      const out = summarize([profileFrom(checkout)]);
      expect(out.status).toBe(0);
      expect(out.stdout).toMatch(/^ +1 ms +25\.0% {2}scripts\/lib\/parse\/parse-page\.ts$/m);
      expect(out.stdout).toMatch(/^ +2 ms +50\.0% {2}nm:unified\/lib\/index\.js$/m);
      // Inclusive time counts project functions only: main holds all four samples.
      expect(out.stdout).toMatch(/^ +4 ms +100\.0% {2}main scripts\/ingest\.ts$/m);
      expect(out.stdout).not.toContain(checkout);
    },
    60_000,
  );

  test('a file that is not a profile is refused in one line with the usage', () => {
    const out = summarize([path.join(ROOT, 'README.md')]);
    expect(out.status).toBe(2);
    expect(out.stderr).toMatch(/^profile-summary: .*README\.md: not a readable CPU profile/);
    expect(out.stderr).toContain('usage: node bench/tools/profile-summary.ts');
  }, 60_000);
});
