import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { MAX_PAGE_BYTES } from '../../scripts/lib/validate/check-page-text.ts';
import { SHAPES } from '../../bench/lib/adversarial-shapes.ts';
import { formatMessages, ingest, makeArchive } from './support.ts';

// Hostile-looking but ordinary newspaper sentence; braces and tags on purpose.
const UNIT = '本报讯（记者 朱海波）4月10日上午，“大聊之城”文商旅综合体招商发布大会举行。{x} <b>加粗</b> ';

/** An archive with one issue whose only page is `text`. */
function archiveWithPage(text: string): string {
  const archive = makeArchive([]);
  const dir = path.join(archive, 'issues', 'big-2025-04-11');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'issue.yaml'),
    'id: big-2025-04-11\npublication:\n  name: 聊城日报\n  slug: liaocheng-ribao\ndate: 2025-04-11\npages:\n  - number: 1\n    file: p01.txt\n',
  );
  fs.writeFileSync(path.join(dir, 'p01.txt'), text);
  return archive;
}

/** `bytes` of page text made of UNIT, as one line or wrapped at a newspaper column's width. */
function pageOf(bytes: number, wrap: boolean): string {
  const chars = [...UNIT.repeat(Math.ceil(bytes / Buffer.byteLength(UNIT)) + 1)];
  let text = '';
  let size = 0;
  for (let i = 0; size < bytes - 4; i++) {
    const char = chars[i] + (wrap && i % 24 === 23 ? '\n' : '');
    size += Buffer.byteLength(char);
    text += char;
  }
  return text;
}

test('a 5 MB single-line page is refused at once, with the limit and what to do', () => {
  const archive = archiveWithPage(pageOf(5 * 1024 * 1024, false));
  const started = performance.now();
  const result = ingest(archive);
  expect(performance.now() - started).toBeLessThan(2000);
  expect(result.failed).toEqual(['big-2025-04-11']);
  expect(formatMessages(result, archive)).toBe(
    'failed: big-2025-04-11\n' +
      'issues/big-2025-04-11/p01.txt error page-too-large\n' +
      '  This page file is 5.0 MB; a page may be at most 1 MB (a real newspaper page is 10–40 KB of text). ' +
      'It probably holds several pages or a whole issue: split it into one file per page (p01.txt, p02.txt, …) and list each under `pages` in issue.yaml. ' +
      'Ingest skips this issue and keeps its earlier output, if any.\n',
  );
});

// The limit only helps if a page just under it is still quick: the parser,
// tagger and serializer must not be quadratic. Generous bounds: two shared cores.
test.each([
  ['one line', false],
  ['wrapped lines', true],
])(
  'a page just under the limit (%s) is ingested in seconds',
  (_name, wrap) => {
    const text = pageOf(MAX_PAGE_BYTES - 16, wrap);
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(MAX_PAGE_BYTES);
    const archive = archiveWithPage(text);
    const started = performance.now();
    const result = ingest(archive);
    const seconds = (performance.now() - started) / 1000;
    expect(result.failed).toEqual([]);
    expect(seconds).toBeLessThan(20);
  },
  60_000,
);

// Issue 12: shapes no newspaper prints but a pull request can (80,000 narrow lines took
// 100 s; one-character lines did not finish). Each, at the page limit, through the real
// ingest; bench/adversarial.ts measures them at growing sizes (docs/benchmarks.md).
test.each(SHAPES.map((shape) => [shape.name, shape] as const))(
  'an adversarial page at the limit (%s) is ingested in seconds',
  (_name, shape) => {
    const text = shape.make(MAX_PAGE_BYTES - 64);
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(MAX_PAGE_BYTES);
    const archive = archiveWithPage(text);
    const started = performance.now();
    const result = ingest(archive);
    expect(result.failed).toEqual([]);
    expect((performance.now() - started) / 1000).toBeLessThan(20);
  },
  60_000,
);
