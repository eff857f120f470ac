import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { describe, expect, test } from 'vitest';
import { formatMessages, GOOD_ISSUE, ingest, makeArchive, SLOW_TEST_MS } from './support.ts';

// p01.txt of the bundled 聊城日报 front page: line 5 is inside the photo caption
// `4 月 9 日，工人在冠县…`, which the page prints without a headline.
const CAPTION_LINE = 5;

function addOverrides(archive: string, overrides: unknown[]): void {
  const file = path.join(archive, 'issues', GOOD_ISSUE, 'issue.yaml');
  const manifest = YAML.parse(fs.readFileSync(file, 'utf8'));
  fs.writeFileSync(file, YAML.stringify({ ...manifest, overrides }));
}

/** Frontmatter of every generated article of the issue, by the first line of each item. */
function articles(archive: string): Array<Record<string, unknown>> {
  const dir = path.join(archive, 'articles', GOOD_ISSUE);
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => YAML.parse(fs.readFileSync(path.join(dir, name), 'utf8').split('---')[1]));
}

function itemAtLine(archive: string, line: number) {
  return articles(archive).find((a) => (a.sourceLines as number[][]).some(([from, to]) => from <= line && line <= to));
}

describe('overrides in issue.yaml', { timeout: SLOW_TEST_MS }, () => {
  test('replace the fields they give on the item containing their line, and survive re-ingest', () => {
    const archive = makeArchive();
    addOverrides(archive, [{ file: 'p01.txt', line: CAPTION_LINE, title: '冠县纺织企业车间作业', regions: ['371525'] }]);
    for (const force of [false, true]) {
      const result = ingest(archive, { force });
      expect(result.failed).toEqual([]);
      const item = itemAtLine(archive, CAPTION_LINE)!;
      expect(item.title).toBe('冠县纺织企业车间作业');
      expect(item.type).toBe('photo');
      expect((item.regions as Array<{ name: string; level: string }>).map((r) => `${r.level}:${r.name}`)).toEqual([
        'province:山东省',
        'prefecture:聊城市',
        'county:冠县',
      ]);
    }
  });

  test('an override that matches no item is a placed warning, and the issue is still written', () => {
    const archive = makeArchive();
    addOverrides(archive, [{ file: 'p01.txt', line: 3, title: '不会用到' }]);
    // Where `line: 3` landed when the manifest was rewritten (it moves with the length of the provenance notes above it).
    const lines = fs.readFileSync(path.join(archive, 'issues', GOOD_ISSUE, 'issue.yaml'), 'utf8').split('\n');
    const at = lines.findIndex((line) => line === '    line: 3') + 1;
    expect(at).toBeGreaterThan(0);
    const result = ingest(archive);
    expect(result.written).toEqual([GOOD_ISSUE]);
    expect(formatMessages(result, archive)).toBe(
      [
        'failed: (none)',
        `issues/${GOOD_ISSUE}/issue.yaml:${at}:11 warning override-unmatched`,
        "  overrides[0]: no item of p01.txt contains line 3 (it is blank, or page furniture). Point `line` at a line of the item's text; until then this override is not applied. Ingest continues.",
        '',
      ].join('\n'),
    );
  });

  test('an unknown region code is an error that keeps the previous output', () => {
    const archive = makeArchive();
    ingest(archive);
    const before = articles(archive);
    addOverrides(archive, [{ file: 'p01.txt', line: CAPTION_LINE, regions: ['999999'] }]);
    const result = ingest(archive);
    expect(result.failed).toEqual([GOOD_ISSUE]);
    expect(formatMessages(result, archive)).toContain(
      '"999999" is neither a GB/T 2260 code (six digits, e.g. 330300 for 温州市) nor a macro-region key',
    );
    expect(articles(archive)).toEqual(before);
  });

  test('a misspelt field is refused rather than silently dropped, with the field named, a guess and the known fields', () => {
    const archive = makeArchive();
    addOverrides(archive, [{ file: 'p01.txt', line: CAPTION_LINE, titel: '错字' }]);
    const result = ingest(archive);
    expect(result.failed).toEqual([GOOD_ISSUE]);
    const report = formatMessages(result, archive);
    expect(report).toMatch(
      /issue\.yaml:\d+:\d+ error override-unknown-field\n  `titel` in override 1 is not a field an override can set, .* Did you mean `title`\? The fields an override knows are `file`, `line`, `type`/,
    );
    // Plain words, not the schema library's own text.
    expect(report).not.toMatch(/Unrecognized key|Invalid input/);
  });
});
