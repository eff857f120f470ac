import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadIssue } from '../../scripts/lib/validate/load-manifest.ts';
import { scaffoldIssue, type ScaffoldRequest } from '../../scripts/lib/ingest/scaffold-issue.ts';
import { GBK_PAGE } from '../support/gb18030.ts';
import { ingest, makeArchive, ROOT, SLOW_TEST_MS, snapshotTree } from './support.ts';

// Seed 000, as bundled with the repository (byte-identical to shared/seeds/000_…), so the
// test does not depend on where the checkout sits.
const seedPage = fs.readFileSync(path.join(ROOT, 'src/content/issues/unidentified-2023-07-a/p01.txt'), 'utf8');

/** Writes `contents` to a fresh temporary file and returns its path. */
function tempFile(name: string, contents: string | Buffer): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'new-issue-src-'));
  fs.writeFileSync(path.join(dir, name), contents);
  return path.join(dir, name);
}

const request = (files: string[], overrides: Partial<ScaffoldRequest> = {}): ScaffoldRequest => ({
  paper: '聊城日报',
  slug: 'liaocheng-ribao',
  date: '2025-04-12',
  pageNames: ['头版'],
  files,
  ...overrides,
});

/** Every message of a scaffold run as "ruleId: reason". */
function messages(result: ReturnType<typeof scaffoldIssue>): string[] {
  return result.files.flatMap((file) => file.messages.map((m) => `${m.ruleId}: ${m.reason}`));
}

describe('scaffoldIssue', { timeout: SLOW_TEST_MS }, () => {
  test('creates an issue that ingest accepts: pages copied as pNN.txt in UTF-8, a commented manifest', () => {
    const archive = makeArchive([]);
    const issues = path.join(archive, 'issues');
    const gbk = tempFile('second.txt', GBK_PAGE.bytes);
    const utf16 = tempFile('third.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('第三版。\r\n', 'utf16le')]));
    const result = scaffoldIssue(request([tempFile('first.txt', seedPage), gbk, utf16]), issues, (file) => file);

    expect(result.dir).toBe(path.join(issues, 'liaocheng-ribao-2025-04-12'));
    expect(fs.readdirSync(result.dir!).sort()).toEqual(['issue.yaml', 'p01.txt', 'p02.txt', 'p03.txt']);
    expect(fs.readFileSync(path.join(result.dir!, 'p01.txt'), 'utf8')).toBe(seedPage.replace(/\r\n?/g, '\n'));
    expect(fs.readFileSync(path.join(result.dir!, 'p02.txt'), 'utf8')).toBe('第二版的正文。\n\n本报讯 另一段。\n');
    expect(fs.readFileSync(path.join(result.dir!, 'p03.txt'), 'utf8')).toBe('第三版。\n');
    expect(messages(result)).toEqual([
      'file-encoding-gb18030: This file is in the GB18030/GBK encoding; its copy in the issue folder was converted to UTF-8. Compare a few lines of the copy with the printed page.',
      'file-encoding-utf16: This file is UTF-16, not UTF-8; its copy in the issue folder was converted to UTF-8, so there is nothing more to do. Compare a few lines of the copy with the printed page.',
    ]);

    const manifest = fs.readFileSync(path.join(result.dir!, 'issue.yaml'));
    const loaded = loadIssue(manifest, 'issue.yaml');
    expect(loaded.file.messages).toEqual([]);
    expect(loaded.issue).toMatchObject({
      id: 'liaocheng-ribao-2025-04-12',
      publication: { name: '聊城日报', slug: 'liaocheng-ribao' },
      date: '2025-04-12',
      pages: [
        { number: 1, name: '头版', file: 'p01.txt', numberPrinted: true },
        { number: 2, name: null, file: 'p02.txt' },
        { number: 3, name: null, file: 'p03.txt' },
      ],
    });
    expect(manifest.toString()).toContain('# The publication date: YYYY-MM-DD');

    const ingested = ingest(archive);
    expect(ingested.failed).toEqual([]);
    expect(ingested.written).toEqual(['liaocheng-ribao-2025-04-12']);
    // The copies are UTF-8 already: ingest has no encoding advice left to give (none to follow twice).
    expect(ingested.files.flatMap((file) => file.messages).filter((m) => m.ruleId?.startsWith('file-encoding'))).toEqual([]);
  });

  test('never tells the maintainer to convert a UTF-16 page it has converted; a refused one gets a command for where the file is', () => {
    const archive = makeArchive([]);
    const issues = path.join(archive, 'issues');
    const withBom = tempFile('bom.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('第一版。\n', 'utf16le')]));
    const converted = scaffoldIssue(request([withBom]), issues, (file) => file);
    expect(converted.dir).not.toBeNull();
    expect(messages(converted).join('\n')).not.toMatch(/iconv|run in the issue folder/);

    // Without a byte-order mark new-issue refuses, so the file is still UTF-16: the command is
    // run in the folder that holds it (not the issue folder, which does not exist yet), and works.
    const noBom = tempFile('nobom.txt', Buffer.from('第一版的正文，没有字节顺序标记。\n\n本报讯 第二段。\n', 'utf16le'));
    const refused = scaffoldIssue(request([noBom], { date: '2025-04-13' }), issues, (file) => file);
    expect(refused.dir).toBeNull();
    const [reason] = messages(refused);
    expect(reason).toContain('Convert it to UTF-8 by running, in the folder that holds it: `iconv -f UTF-16LE');
    execFileSync('sh', ['-c', /`(iconv [^`]+)`/.exec(reason)![1]], { cwd: path.dirname(noBom) });
    const again = scaffoldIssue(request([noBom], { date: '2025-04-13' }), issues, (file) => file);
    expect(messages(again)).toEqual([]);
    expect(fs.readFileSync(path.join(again.dir!, 'p01.txt'), 'utf8')).toBe('第一版的正文，没有字节顺序标记。\n\n本报讯 第二段。\n');
  });

  test('values with YAML syntax in them are written safely', () => {
    const archive = makeArchive([]);
    const result = scaffoldIssue(
      request([tempFile('a.txt', '正文。\n')], { paper: '晚报: #1 {特刊} "号外"', pageNames: ['- 要闻 -'], date: '2025' }),
      path.join(archive, 'issues'),
      (file) => file,
    );
    const loaded = loadIssue(fs.readFileSync(path.join(result.dir!, 'issue.yaml')), 'issue.yaml');
    expect(loaded.issue?.publication.name).toBe('晚报: #1 {特刊} "号外"');
    expect(loaded.issue?.pages[0].name).toBe('- 要闻 -');
    expect(loaded.issue?.date).toBe('2025');
  });

  test.each([
    [
      'an existing issue',
      { date: '2025-04-11' },
      [
        'new-issue-exists: The issue folder ISSUES/liaocheng-ribao-2025-04-11 already exists, and new-issue never overwrites an issue. To add another issue of the same day, give it its own id (e.g. --id liaocheng-ribao-2025-04-11-b); to change this issue, edit its files directly. Nothing was written.',
      ],
    ],
    [
      'a date that does not exist',
      { date: '2023-02-30' },
      [
        'new-issue-argument: --date "2023-02-30" is not on the calendar (February 2023 has 28 days). Check the date printed on the page and correct it. Nothing was written.',
      ],
    ],
    [
      'an unsafe slug',
      { slug: 'Liaocheng Ribao' },
      [
        'new-issue-argument: --slug "Liaocheng Ribao" has upper-case letters and spaces. A slug may use only lower-case ASCII letters, digits and single hyphens, because it becomes part of web addresses: for example `liaocheng-ribao`. Nothing was written.',
        'new-issue-argument: the id made of --slug and --date "Liaocheng Ribao-2025-04-12" has upper-case letters and spaces. An id may use only lower-case ASCII letters, digits and single hyphens, because it becomes part of web addresses and folder names: for example `liaocheng-ribao-2025-04-12`. Nothing was written.',
      ],
    ],
  ])('refuses %s and writes nothing', (_name, overrides, expected) => {
    const archive = makeArchive();
    const issues = path.join(archive, 'issues');
    const before = snapshotTree(issues);
    const result = scaffoldIssue(request([tempFile('a.txt', seedPage)], overrides), issues, (file) => file.replace(issues, 'ISSUES'));
    expect(result.dir).toBeNull();
    expect(messages(result)).toEqual(expected);
    expect(snapshotTree(issues)).toEqual(before);
  });

  test.each([
    [
      'a newline in --paper',
      { paper: '聊城\n日报' },
      '--paper "聊城\\n日报" has a line break or another control character in it. A name is one line as printed on the page: give it without them.',
    ],
    [
      'a newline in --page-name',
      { pageNames: ['头\r\n版'] },
      '--page-name 1 "头\\r\\n版" has a line break or another control character in it. A name is one line as printed on the page: give it without them.',
    ],
    [
      'an empty --paper',
      { paper: '' },
      "--paper is empty. Give the paper's name as printed, or leave --paper out if the pages do not name the paper.",
    ],
    [
      'an empty --page-name',
      { pageNames: [' '] },
      "--page-name 1 is empty. Give the page's name as printed, or leave --page-name out if the pages have no names.",
    ],
  ])('refuses %s (ingest would refuse the manifest) and writes nothing', (_name, overrides, expected) => {
    const archive = makeArchive([]);
    const issues = path.join(archive, 'issues');
    const result = scaffoldIssue(request([tempFile('a.txt', seedPage)], overrides), issues, (file) => file);
    expect(result.dir).toBeNull();
    expect(messages(result)).toEqual([`new-issue-argument: ${expected} Nothing was written.`]);
    expect(fs.existsSync(issues) ? fs.readdirSync(issues) : []).toEqual([]);
  });

  test('whatever names it is given, new-issue writes a manifest ingest accepts, or writes nothing', () => {
    const names = [
      '聊城日报',
      'a: b',
      '- x',
      '"q"',
      "'",
      '#',
      '{',
      '[',
      '&a',
      '*a',
      '!!js/function',
      '|',
      '>',
      '@',
      '`',
      '%',
      '晚报\t特刊',
      ' x ',
      'null',
      '~',
      'true',
      '1e400',
      '0x1F',
    ];
    for (const paper of names) {
      const archive = makeArchive([]);
      const issues = path.join(archive, 'issues');
      const result = scaffoldIssue(request([tempFile('a.txt', seedPage)], { paper, pageNames: [paper] }), issues, (file) => file);
      if (!result.dir) continue;
      const loaded = loadIssue(fs.readFileSync(path.join(result.dir, 'issue.yaml')), 'issue.yaml');
      expect(
        loaded.file.messages.filter((m) => m.fatal),
        paper,
      ).toEqual([]);
      expect(loaded.issue?.publication.name, paper).toBe(paper);
      expect(ingest(archive).failed, paper).toEqual([]);
    }
  });

  test('refuses a file given twice and more page names than pages', () => {
    const archive = makeArchive([]);
    const page = tempFile('a.txt', seedPage);
    const result = scaffoldIssue(
      request([page, page], { pageNames: ['头版', '要闻', '三'] }),
      path.join(archive, 'issues'),
      (file) => file,
    );
    expect(result.dir).toBeNull();
    expect(messages(result)).toEqual([
      'new-issue-argument: --page-name is given 3 times for 2 page file(s). Give it once per page, in page order, or leave it out for pages without a name. Nothing was written.',
      `new-issue-argument: ${page} is given twice (pages 1 and 2). Give each page file once, in page order. Nothing was written.`,
    ]);
  });

  test('a folder or a pipe given as a page is named for what it is, and nothing is written', () => {
    const archive = makeArchive([]);
    const issues = path.join(archive, 'issues');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'new-issue-src-'));
    execFileSync('mkfifo', [path.join(dir, 'pipe.txt')]);
    fs.mkdirSync(path.join(dir, 'pages'));
    const result = scaffoldIssue(
      request([path.join(dir, 'pages'), path.join(dir, 'pipe.txt'), path.join(dir, 'gone.txt')], { pageNames: [] }),
      issues,
      (file) => file,
    );
    expect(result.dir).toBeNull();
    expect(messages(result)).toEqual([
      "page-not-a-file: This is a folder, not a page file (page 1 of the command). Check the path: name the page's .txt file. Nothing was written.",
      "page-not-a-file: This is not an ordinary file (a pipe, socket or device), so it cannot be a page file (page 2 of the command). Check the path: name the page's .txt file. Nothing was written.",
      'page-missing: There is no file here (page 3 of the command). Check the path. Nothing was written.',
    ]);
    expect(fs.existsSync(issues)).toBe(false);
  });

  test('refuses a page that is not text, and writes nothing', () => {
    const archive = makeArchive([]);
    const issues = path.join(archive, 'issues');
    const result = scaffoldIssue(request([tempFile('a.txt', seedPage), tempFile('scan.txt', '%PDF-1.4\n')]), issues, (file) => file);
    expect(result.dir).toBeNull();
    expect(messages(result)).toEqual([
      'file-binary: This file is a PDF document, not plain text. Extract its text first (for example `pdftotext -enc UTF-8 page.pdf scan.txt`) and use the text file. Nothing was written.',
    ]);
    expect(fs.existsSync(issues)).toBe(false);
  });
});

describe('npm run new-issue', { timeout: SLOW_TEST_MS }, () => {
  const run = (args: string[], archive: string) =>
    spawnSync(process.execPath, ['scripts/new-issue.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, ARCHIVE_CONTENT: archive },
      encoding: 'utf8',
    });

  /** Runs new-issue in a child paused after its first page copy, kills it there; resolves with its pid once it is dead. */
  function killNewIssueAt(archive: string, args: string[]): Promise<number> {
    const child = spawn(process.execPath, ['scripts/new-issue.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, ARCHIVE_CONTENT: archive, INGEST_TEST_HOOK: 'pause-after-file:1' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    return new Promise((resolve, reject) => {
      let stderr = '';
      child.stderr.on('data', (chunk) => {
        stderr += chunk;
        if (stderr.includes('INGEST_TEST_PAUSED')) child.kill('SIGKILL');
      });
      child.on('exit', (_code, signal) =>
        signal === 'SIGKILL' ? resolve(child.pid!) : reject(new Error(`new-issue was not killed: ${stderr}`)),
      );
    });
  }

  test('the staging folder of a killed run is removed by the next run; one of a live process, and a link, are left alone', async () => {
    const archive = makeArchive([]);
    const issues = path.join(archive, 'issues');
    const args = [
      '--paper',
      '聊城日报',
      '--slug',
      'liaocheng-ribao',
      '--date',
      '2025-04-12',
      tempFile('a.txt', seedPage),
      tempFile('b.txt', '第二版。\n'),
    ];
    const pid = await killNewIssueAt(archive, args);
    const leftover = `.new-liaocheng-ribao-2025-04-12-${pid}`;
    // Killed half-way: a hidden, half-made copy, and no issue folder (ingest ignores hidden folders).
    expect(fs.readdirSync(issues)).toEqual([leftover]);
    expect(fs.readdirSync(path.join(issues, leftover))).toEqual(['p01.txt']);

    // A staging folder whose process is alive (another new-issue, or an unrelated process
    // that reused the number: both are kept, never guessed at), and a link with a dead pid.
    const live = `.new-other-2025-04-12-${process.ppid}`;
    fs.mkdirSync(path.join(issues, live));
    fs.writeFileSync(path.join(issues, live, 'p01.txt'), '正在写。\n');
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'new-issue-outside-'));
    fs.writeFileSync(path.join(outside, 'keep.txt'), 'outside\n');
    fs.symlinkSync(outside, path.join(issues, `.new-link-2025-04-12-${pid}`));

    const result = scaffoldIssue(request([tempFile('a.txt', seedPage)]), issues, (file) => file.replace(issues, 'ISSUES'));
    expect(result.dir).toBe(path.join(issues, 'liaocheng-ribao-2025-04-12'));
    expect(messages(result)).toEqual([
      `new-issue-leftover: Removed ISSUES/${leftover}, a half-made copy left by a new-issue run that was interrupted; nothing in it was an issue yet.`,
    ]);
    expect(fs.readdirSync(issues).sort()).toEqual([`.new-link-2025-04-12-${pid}`, live, 'liaocheng-ribao-2025-04-12'].sort());
    expect(fs.readFileSync(path.join(issues, live, 'p01.txt'), 'utf8')).toBe('正在写。\n');
    expect(fs.readdirSync(outside)).toEqual(['keep.txt']);
  });

  test('prints what the parser found on each page and exits 0', () => {
    const archive = makeArchive([]);
    const out = run(
      ['--paper', '聊城日报', '--slug', 'liaocheng-ribao', '--date', '2025-04-12', '--page-name', '头版', tempFile('a.txt', seedPage)],
      archive,
    );
    expect(out.status).toBe(0);
    expect(out.stdout).toMatch(/created .*liaocheng-ribao-2025-04-12\/ with issue.yaml and 1 page file\(s\)/);
    expect(out.stdout).toMatch(/p01\.txt: \d+ item\(s\)\n/);
    expect(out.stdout).toMatch(/^p01-01  article  \(lines /m);
    expect(out.stdout).toContain('Run `npm run ingest` to check the issue');
  });

  test('a wrong command line gets the usage and exit 2; a refused value exit 1; never a stack trace', () => {
    const archive = makeArchive([]);
    const usage = run(['--paper', '聊城日报', tempFile('a.txt', seedPage)], archive);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('new-issue: --slug and --date are needed.');
    expect(usage.stderr).toContain('usage: npm run new-issue');
    const unknown = run(['--slug', 'x', '--date', '2025-04-11', '--pages', '2', tempFile('a.txt', seedPage)], archive);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/^new-issue: Unknown option '--pages'\./);
    expect(run(['--slug'], archive).stderr).toMatch(/^new-issue: Option '--slug <value>' argument missing/);

    const refused = run(['--slug', 'x', '--date', '2025-13-01', tempFile('a.txt', seedPage)], archive);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('--date "2025-13-01" is not on the calendar (there is no month 13)');
    expect(refused.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
    expect(fs.existsSync(path.join(archive, 'issues'))).toBe(false);
  });
});
