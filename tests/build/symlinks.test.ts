// No symbolic link inside the content folders is ever followed (issue 12): a pull request
// adding `issues/x -> ../../../somewhere`, or a page linked to /proc/self/environ, must
// not publish one byte from outside the repository. Three ways in, through the real build:
// links in issues/ (ingest refuses them and the build stops), links planted in the
// generated articles/ (ingest rewrites the folder and removes them, then the build runs),
// and the same planted links with ingest bypassed (the content loaders refuse them).
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { deployerEnvironment, ROOT } from '../support/build-site.ts';

const GOOD = 'liaocheng-ribao-2025-04-11';
// A marker no page of the archive contains: any occurrence in dist/ came from outside.
const SECRET = `OUTSIDE-${crypto.randomBytes(8).toString('hex')}`;

/** A temporary archive holding the good issue, and a folder outside it full of the secret. */
function setup(): { archive: string; outside: string; out: string } {
  const top = fs.mkdtempSync(path.join(os.tmpdir(), 'symlink-build-'));
  const archive = path.join(top, 'archive');
  const outside = path.join(top, 'outside');
  fs.cpSync(path.join(ROOT, 'src', 'content', 'issues', GOOD), path.join(archive, 'issues', GOOD), { recursive: true });
  fs.mkdirSync(outside);
  fs.writeFileSync(path.join(outside, 'secret.txt'), `${SECRET}\n本报讯 ${SECRET} 聊城召开招商大会。\n`);
  // A valid issue outside the archive, whose page and manifest carry the secret.
  const linked = path.join(outside, 'linked-2025-04-11');
  fs.mkdirSync(linked);
  fs.writeFileSync(
    path.join(linked, 'issue.yaml'),
    `id: linked-2025-04-11\npublication:\n  name: 聊城日报\n  slug: liaocheng-ribao\ndate: 2025-04-11\npages:\n  - number: 1\n    file: p01.txt\nprovenance:\n  - "${SECRET}"\n`,
  );
  fs.copyFileSync(path.join(outside, 'secret.txt'), path.join(linked, 'p01.txt'));
  return { archive, outside, out: path.join(top, 'dist') };
}

/** Runs a build command for `archive` into `out`; never throws, returns what it printed. */
function run(args: string[], archive: string, out: string): { status: number | null; output: string } {
  const result = spawnSync('npx', args, {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...deployerEnvironment(), BASE_PATH: '/', ARCHIVE_CONTENT: archive, ARCHIVE_OUT_DIR: out, ARCHIVE_CACHE_DIR: `${out}-cache` },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Every file under `dir` (none if it does not exist) whose bytes contain the secret. */
function leaks(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && fs.readFileSync(path.join(entry.parentPath, entry.name)).includes(SECRET))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)));
}

/** Plants links in ingest's output: a linked issue folder, a linked page text and a linked manifest copy. */
function plant(archive: string, outside: string): void {
  const articles = path.join(archive, 'articles');
  // A generated-looking issue folder outside, linked in as articles/evil-2025-04-11.
  const evil = path.join(outside, 'evil-2025-04-11');
  fs.cpSync(path.join(articles, GOOD), evil, { recursive: true });
  fs.writeFileSync(
    path.join(evil, 'issue.json'),
    fs
      .readFileSync(path.join(evil, 'issue.json'), 'utf8')
      .replaceAll(GOOD, 'evil-2025-04-11')
      .replace('"provenance": [', `"provenance": ["${SECRET}",`),
  );
  fs.symlinkSync(evil, path.join(articles, 'evil-2025-04-11'));
  const source = path.join(articles, GOOD, 'source-p01.txt');
  fs.rmSync(source);
  fs.symlinkSync(path.join(outside, 'secret.txt'), source);
}

describe('symbolic links in issues/ are refused by ingest, and the build stops', () => {
  let result: ReturnType<typeof run>;
  let out: string;
  beforeAll(() => {
    const made = setup();
    out = made.out;
    const { archive, outside } = made;
    // The issue folder itself a link (as in issue 12's pull request).
    fs.symlinkSync(path.join(outside, 'linked-2025-04-11'), path.join(archive, 'issues', 'linked-2025-04-11'));
    // A real folder whose page file is a link.
    const page = path.join(archive, 'issues', 'page-2025-04-11');
    fs.mkdirSync(page);
    fs.writeFileSync(
      path.join(page, 'issue.yaml'),
      fs
        .readFileSync(path.join(outside, 'linked-2025-04-11', 'issue.yaml'), 'utf8')
        .replaceAll('linked-', 'page-')
        .replace(SECRET, 'x'),
    );
    fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(page, 'p01.txt'));
    // A real folder whose issue.yaml is a link.
    const manifest = path.join(archive, 'issues', 'manifest-2025-04-11');
    fs.mkdirSync(manifest);
    fs.symlinkSync(path.join(outside, 'linked-2025-04-11', 'issue.yaml'), path.join(manifest, 'issue.yaml'));
    fs.writeFileSync(path.join(manifest, 'p01.txt'), '聊城召开招商大会\n\n会议介绍了项目规划和招商政策。\n');
    result = run(['npm', 'run', '-s', 'build'], archive, out);
  }, 300_000);

  test('the build fails, naming each link and what to do', () => {
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(
      /issues\/linked-2025-04-11\n.*error\s+This issue folder is a symbolic link .*replace the link with a real folder .*issue-folder-symlink/,
    );
    expect(result.output).toMatch(
      /issues\/page-2025-04-11\/issue\.yaml\n\s*8:11\s+error\s+`file` of page entry 1 is "p01.txt", which is a symbolic link\..*page-symlink/,
    );
    expect(result.output).toMatch(/issues\/manifest-2025-04-11\/issue\.yaml\n.*error\s+issue\.yaml is a symbolic link\..*manifest-symlink/);
  });

  test('nothing from outside is published', () => {
    expect(leaks(out)).toEqual([]);
  });
});

describe('links planted in the generated articles/', () => {
  test('npm run build: ingest removes them and rewrites the folder, the site has no outside byte', () => {
    const { archive, outside, out } = setup();
    expect(run(['node', 'scripts/ingest.ts', '--quiet'], archive, out).status).toBe(0);
    plant(archive, outside);
    const result = run(['npm', 'run', '-s', 'build'], archive, out);
    expect(result.status, result.output).toBe(0);
    expect(fs.existsSync(path.join(out, 'issues', GOOD, 'index.html'))).toBe(true);
    expect(fs.readFileSync(path.join(out, 'api', 'issues', `${GOOD}.json`), 'utf8')).toContain('聊城');
    expect(fs.existsSync(path.join(out, 'issues', 'evil-2025-04-11'))).toBe(false);
    expect(leaks(out)).toEqual([]);
    // Ingest left no link behind.
    const entries = fs.readdirSync(path.join(archive, 'articles'), { recursive: true, withFileTypes: true });
    expect(entries.filter((entry) => entry.isSymbolicLink()).map((entry) => entry.name)).toEqual([]);
  }, 300_000);

  test('astro build alone (ingest bypassed): the content loaders refuse the first link, naming it', () => {
    const { archive, outside, out } = setup();
    expect(run(['node', 'scripts/ingest.ts', '--quiet'], archive, out).status).toBe(0);
    plant(archive, outside);
    const result = run(['astro', 'build'], archive, out);
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(
      /articles\/evil-2025-04-11 is a symbolic link\. The build never follows links inside the content folders.*delete the link and run `npm run ingest -- --force`/,
    );
    expect(leaks(out)).toEqual([]);
  }, 300_000);
});
