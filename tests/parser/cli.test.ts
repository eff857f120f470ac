import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The CLI as a maintainer runs it (`npm run parse -- FILE.txt [--json]`): Node runs the TypeScript itself.
const root = join(import.meta.dirname, '..', '..');

function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(root, 'scripts', 'parse.ts'), ...args], { encoding: 'utf8', cwd: root });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

// Each case starts Node and the parser; on a busy machine that can take more than the default 5 s.
describe('npm run parse', { timeout: 60_000 }, () => {
  it('prints a summary per item, then the warnings', () => {
    const r = run(join(import.meta.dirname, 'fixtures', 'lost-headline', 'input.txt'));
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('p01-01  article');
    expect(r.stdout).toContain('  title    高新区获批国家级孵化器');
    expect(r.stdout).toContain('  title    (none: headline not found)');
    expect(r.stdout).toMatch(/9:2 +warning +headline not found for block starting 「截至今年三月底，全区共有…」 +no-title/u);
  });

  it('prints the article objects with --json', () => {
    const r = run(join(import.meta.dirname, 'fixtures', 'seed-003', 'input.txt'), '--json');
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout) as { articles: Array<{ type: string; title: string | null; paragraphs: string[] }> };
    expect(json.articles.map((a) => a.type)).toEqual([
      'teaser',
      'photo',
      'article',
      'article',
      'article',
      'commentary',
      'article',
      'article',
      'article',
    ]);
    expect(json.articles[2].title).toBe('聊城首票“内陆港+保税”进口木薯淀粉运达');
  });

  it("reads a page exactly as ingest does: a blank, binary or GBK page is refused with ingest's message", () => {
    const dir = mkdtempSync(join(tmpdir(), 'parse-cli-'));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    writeFileSync(
      join(dir, 'gbk.txt'),
      Buffer.from([
        0xb1, 0xbe, 0xb1, 0xa8, 0xd1, 0xb6, 0xa3, 0xa8, 0xbc, 0xc7, 0xd5, 0xdf, 0xa3, 0xa9, 0xbd, 0xf1, 0xc4, 0xea, 0xb4, 0xba, 0xb8, 0xfb,
        0xd3, 0xda, 0xcd, 0xf9, 0xc4, 0xea, 0xa1, 0xa3,
      ]),
    );
    for (const [name, rule] of [
      ['empty.txt', 'file-empty'],
      ['image.txt', 'file-binary'],
    ]) {
      const r = run(join(dir, name));
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(rule);
    }
    const gbk = run(join(dir, 'gbk.txt'));
    expect(gbk.status).toBe(1);
    expect(gbk.stderr).toMatch(/GB18030|GBK|iconv/u);
  });

  it('shows the regions each item would be tagged with', () => {
    const r = run(join(import.meta.dirname, 'fixtures', 'seed-003', 'input.txt'));
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('  regions  山东省、聊城市、冠县');
  });

  it('fails in one line for a missing file', () => {
    const r = run('no/such/page.txt');
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('parse: no/such/page.txt: no such file\n');
  });

  it('reads every page of a folder in one run', () => {
    const r = run(join(import.meta.dirname, 'fixtures', 'seed-003'), join(import.meta.dirname, 'fixtures', 'credits', 'input.txt'));
    expect(r.status).toBe(0);
    expect(r.stdout.match(/^== .*input\.txt$/gmu)).toHaveLength(2);
    expect(r.stdout).toContain('  title    聊城首票“内陆港+保税”进口木薯淀粉运达');
  });

  it('scores the parser on pages with a reading', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parse-eval-'));
    writeFileSync(join(dir, 'a.txt'), '县域商业体系建设提速\n\n本报讯 3月7日，县里召开会议，部署商业体系建设。（记者 周航）\n');
    const reading = {
      layout: 'paragraph',
      furniture: [],
      items: [
        { type: 'article', title: '县域商业体系建设提速', paragraphs: ['本报讯'], ending: '（记者周航）' },
        { type: 'teaser', title: '不在页上', paragraphs: [] },
      ],
    };
    writeFileSync(join(dir, 'a.reading.json'), JSON.stringify(reading));
    const r = run('--eval', dir);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('| **all** | 1 | 2 | 50.0% | 50.0% | 0.0% | 50.0% |');
  });

  it('fails in one line for a folder without page files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parse-cli-'));
    const r = run(dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`parse: no page files (.txt) in ${dir}\n`);
  });

  it('refuses a wrong command line with what is wrong, the usage and exit 2', () => {
    const none = run();
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/^parse: expected a page file or a folder\.\n\nusage: npm run parse -- FILE\.txt\|DIR/u);
    const unknown = run('a.txt', '--yaml');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/^parse: Unknown option '--yaml'\..*\n\nusage: npm run parse/u);
    expect(run('a.txt', '--json=yes').stderr).toMatch(/^parse: Option '--json' does not take an argument/u);
  });

  it('prints the usage for --help', () => {
    const r = run('--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^usage: npm run parse -- FILE\.txt\|DIR … \[--json\]/u);
  });
});
