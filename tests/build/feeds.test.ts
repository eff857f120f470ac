// Feed descriptions are plain text (issue 12): a page holding `<script>` or `<div onclick>`
// must reach a feed reader as those characters, not as markup. Read with a real feed
// parser (rss-parser: its `content` is the description as a reader gets it, XML decoded,
// and its `contentSnippet` what a reader shows), then that HTML is parsed as a reader
// would render it: it must hold no element.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Parser from 'rss-parser';
import { ELEMENT_NODE, parse, walkSync } from 'ultrahtml';
import { beforeAll, expect, test } from 'vitest';
import { buildSite, ROOT } from '../support/build-site.ts';

const FIXTURE = path.join(ROOT, 'tests', 'ingest', 'fixtures', 'hostile-archive');
const OUT = path.join(ROOT, '.test-dist', 'feeds');

beforeAll(() => {
  const content = fs.mkdtempSync(path.join(os.tmpdir(), 'feeds-archive-'));
  fs.cpSync(FIXTURE, content, { recursive: true });
  buildSite({ outDir: OUT, base: '/', content });
}, 300_000);

/** Every feed of the build: the archive's and each region's. */
function feeds(): string[] {
  return fs
    .readdirSync(OUT, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name === 'rss.xml')
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Tag names of the elements a reader would render from `html`. */
function elements(html: string): string[] {
  const tags: string[] = [];
  walkSync(parse(html), (node) => {
    if (node.type === ELEMENT_NODE) tags.push(node.name);
  });
  return tags;
}

test('every description is plain text once a feed reader decodes it', async () => {
  const files = feeds();
  expect(files.length).toBeGreaterThan(1);
  const parser = new Parser();
  const items = (await Promise.all(files.map((file) => parser.parseString(fs.readFileSync(file, 'utf8'))))).flatMap((feed) => feed.items);
  expect(items.length).toBeGreaterThan(0);
  for (const item of items) expect(elements(item.content ?? ''), item.content).toEqual([]);
  // The hostile page's markup is there, as characters a reader shows.
  expect(items.map((item) => item.contentSnippet).join('\n')).toContain('<script>alert("pwned")</script>');
});
