// Everything published comes from the text ingest decoded (issue 12): a UTF-16 page was
// converted for the articles but published raw (the page's text and 原始文字 full of �), and a
// UTF-16 manifest passed ingest and then broke the build. Through the real build.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { buildSite, ROOT } from '../support/build-site.ts';

const CASES = path.join(ROOT, 'tests', 'ingest', 'fixtures', 'bad-inputs');
const OUT = path.join(ROOT, '.test-dist', 'decoded-text');
let decoded: string;

beforeAll(() => {
  const content = fs.mkdtempSync(path.join(os.tmpdir(), 'decoded-archive-'));
  // A UTF-16 LE page, and a UTF-16 LE manifest (each with a BOM), as two issues.
  fs.cpSync(path.join(CASES, 'accept-utf16le-bom', 'issues'), path.join(content, 'issues'), { recursive: true });
  const manifestIssue = path.join(content, 'issues', 'utf16-2025-04-11');
  fs.cpSync(path.join(CASES, 'accept-manifest-utf16le-bom', 'issues', 'bad-2025-04-11'), manifestIssue, { recursive: true });
  const manifest = path.join(manifestIssue, 'issue.yaml');
  const text = fs.readFileSync(manifest).subarray(2).toString('utf16le').replaceAll('bad-2025-04-11', 'utf16-2025-04-11');
  fs.writeFileSync(manifest, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
  decoded = fs
    .readFileSync(path.join(content, 'issues', 'bad-2025-04-11', 'p01.txt'))
    .subarray(2)
    .toString('utf16le');
  buildSite({ outDir: OUT, base: '/', content });
}, 300_000);

test("the published raw text of a UTF-16 page is its decoded text (the issue's JSON file and the 版面 view)", () => {
  const issue = JSON.parse(fs.readFileSync(path.join(OUT, 'api', 'issues', 'bad-2025-04-11.json'), 'utf8'));
  expect(issue.pages[0].text).toBe(decoded);
  const view = fs.readFileSync(path.join(OUT, 'issues', 'bad-2025-04-11', 'p01', 'index.html'), 'utf8');
  expect(view).toContain(decoded.split('\n').find((line) => line.trim() !== ''));
});

test('the 原始文字 block shows the decoded lines, and no page has a replacement character', () => {
  const articles = fs.readdirSync(path.join(OUT, 'articles')).filter((id) => id.startsWith('bad-2025-04-11-'));
  expect(articles.length).toBeGreaterThan(0);
  const html = articles.map((id) => fs.readFileSync(path.join(OUT, 'articles', id, 'index.html'), 'utf8')).join('');
  expect(html).toContain('会议介绍了项目规划和招商政策。');
  for (const entry of fs.readdirSync(OUT, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && /\.(html|txt|json|xml)$/.test(entry.name)) {
      expect(fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8'), entry.name).not.toContain('\uFFFD');
    }
  }
});

test('the issue whose manifest was UTF-16 is built with its values', () => {
  const page = fs.readFileSync(path.join(OUT, 'issues', 'utf16-2025-04-11', 'index.html'), 'utf8');
  expect(page).toContain('聊城日报');
});
