import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { makeArchive, ROOT, SLOW_TEST_MS } from './support.ts';

/** Runs `npm run ingest`'s script as a maintainer would, against a test archive. */
function runCli(archive: string, args: string[] = []) {
  return spawnSync(process.execPath, ['scripts/ingest.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, ARCHIVE_CONTENT: archive, FORCE_COLOR: '0' },
    encoding: 'utf8',
  });
}

const STACK_FRAME = /^\s+at .+:\d+:\d+\)?$/m;

describe('ingest command line', { timeout: SLOW_TEST_MS }, () => {
  test('exit 0 and progress on a good archive; --quiet prints nothing', () => {
    const archive = makeArchive(['liaocheng-ribao-2025-04-11', 'jingji-ribao-2023-12']);
    const first = runCli(archive);
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/^\[1\/2\] jingji-ribao-2023-12: \d+ item\(s\) from 1 page\(s\)$/m);
    expect(first.stderr).toContain('ingest: 2 issue(s) written, 0 unchanged, 0 removed, 0 failed');
    const quiet = runCli(archive, ['--quiet', '--force']);
    expect(quiet.status).toBe(0);
    expect(quiet.stdout).toBe('');
    expect(quiet.stderr.replace(/^npm warn .*\n/gm, '')).not.toMatch(/ingest: \d+ issue/);
  });

  test('exit 1 on an error, with one report grouped by file, a count, and no stack trace', () => {
    const archive = makeArchive(['liaocheng-ribao-2025-04-11']);
    const dir = path.join(archive, 'issues', 'liaocheng-ribao-2025-04-11');
    fs.writeFileSync(path.join(dir, 'p01.txt'), '第一行。\n第二\0行。\n');
    fs.writeFileSync(path.join(dir, 'p02.txt'), '未列出的版面。\n');
    const out = runCli(archive, ['--quiet']);
    expect(out.status).toBe(1);
    // vfile-reporter: a file's path, then its messages, then the count.
    expect(out.stderr).toMatch(
      new RegExp(`${path.join(dir, 'issue.yaml')}\\n\\s*\\d+:\\d+\\s+warning\\s+p02\\.txt is in the issue folder but not listed`),
    );
    expect(out.stderr).toMatch(new RegExp(`${path.join(dir, 'p01.txt')}\\n\\s*2:3\\s+error\\s+This file contains a NUL character`));
    expect(out.stderr).toContain('2 messages (✖ 1 error, ⚠ 1 warning)');
    expect(out.stderr).toContain('ingest: 1 issue(s) skipped because of errors: liaocheng-ribao-2025-04-11.');
    expect(out.stderr).not.toMatch(STACK_FRAME);
  });

  test('on GitHub Actions, problems are also annotations on the files', () => {
    const archive = makeArchive(['liaocheng-ribao-2025-04-11']);
    const manifest = path.join(archive, 'issues', 'liaocheng-ribao-2025-04-11', 'issue.yaml');
    fs.writeFileSync(manifest, fs.readFileSync(manifest, 'utf8').replace(/^date: .*$/m, 'date: 2023-02-30'));
    const withAnnotations = (args: string[]) =>
      spawnSync(process.execPath, ['scripts/ingest.ts', ...args], {
        cwd: ROOT,
        env: { ...process.env, ARCHIVE_CONTENT: archive, GITHUB_ACTIONS: 'true' },
        encoding: 'utf8',
      });
    // The build's quiet re-run does not annotate a second time.
    expect(withAnnotations(['--quiet']).stdout).not.toContain('::error');
    const out = withAnnotations([]);
    expect(out.status).toBe(1);
    expect(out.stdout).toContain(
      `::error file=${manifest},line=7,col=7,title=ingest manifest-schema::\`date\` "2023-02-30" is not on the calendar (February 2023 has 28 days).`,
    );
  });

  test('exit 0 with warnings only', () => {
    const archive = makeArchive(['liaocheng-ribao-2025-04-11']);
    fs.writeFileSync(path.join(archive, 'issues', 'liaocheng-ribao-2025-04-11', 'notes.txt'), '备注\n');
    const out = runCli(archive, ['--quiet']);
    expect(out.status).toBe(0);
    expect(out.stderr).toContain('notes.txt is in the issue folder but not listed under `pages`');
  });

  test('an unknown option gets the usage and exit 2', () => {
    const out = runCli(makeArchive(), ['--froce']);
    expect(out.status).toBe(2);
    expect(out.stderr).toMatch(/^ingest: Unknown option '--froce'\n/);
    expect(out.stderr).toContain('usage: npm run ingest');
    // An argument that is not an option is refused too, not ignored.
    const stray = runCli(makeArchive(), ['force']);
    expect(stray.status).toBe(2);
    expect(stray.stderr).toMatch(/^ingest: Unexpected argument 'force'/);
  });

  test('a lock path that is a folder: exit 1 and the message naming it, no stack trace', () => {
    const archive = makeArchive(['liaocheng-ribao-2025-04-11']);
    fs.mkdirSync(path.join(archive, 'articles', '.ingest-lock'), { recursive: true });
    const out = runCli(archive, ['--quiet']);
    expect(out.status).toBe(1);
    expect(out.stderr).toContain(`${path.join(archive, 'articles', '.ingest-lock')} is a folder, not the lock file ingest writes there`);
    expect(out.stderr).toContain('archive-lock-invalid');
    expect(out.stderr).not.toMatch(STACK_FRAME);
  });
});
