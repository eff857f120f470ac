import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatReport } from '../../scripts/lib/ingest/report.ts';
import { GOOD_ISSUE, formatMessages, ingest, makeArchive, snapshotTree } from './support.ts';

const CASES = path.join(import.meta.dirname, 'fixtures', 'bad-inputs');
const cases = fs.readdirSync(CASES).filter((name) => fs.statSync(path.join(CASES, name)).isDirectory()).sort();

// Each case is an archive fragment holding one maintainer mistake, added to an
// archive whose good issue was already ingested. The case's expected.txt holds
// the exact messages (regenerate on purpose with `vitest -u`, review the diff).
describe.each(cases)('bad input: %s', (name) => {
  test('gets its exact message, and nothing outside the bad issue changes', async () => {
    const archive = makeArchive();
    expect(ingest(archive).failed).toEqual([]);
    const before = snapshotTree(path.join(archive, 'articles'));

    fs.cpSync(path.join(CASES, name, 'issues'), path.join(archive, 'issues'), { recursive: true });
    const issuesBefore = snapshotTree(path.join(archive, 'issues'));
    const result = ingest(archive);

    await expect(formatMessages(result, archive)).toMatchFileSnapshot(path.join(CASES, name, 'expected.txt'));
    // The good issue's output is untouched: same bytes, same files (not even rewritten).
    const after = snapshotTree(path.join(archive, 'articles'));
    for (const [file, entry] of before) expect(after.get(file), file).toEqual(entry);
    // Ingest never writes into the maintainer's sources.
    expect(snapshotTree(path.join(archive, 'issues'))).toEqual(issuesBefore);

    if (name.startsWith('accept-') || result.failed.length === 0) return;
    // A refused issue gets no output at all (and never a partial one).
    const outputs = fs.readdirSync(path.join(archive, 'articles')).filter((entry) => !entry.startsWith('.'));
    expect(outputs).toEqual([GOOD_ISSUE]);
    // The report a maintainer sees: grouped by file with a count, and what happens next.
    const report = formatReport(result, { quiet: true });
    expect(report).toMatch(/✖ \d+ errors?/);
    expect(report).toContain('Their earlier output, if any, is unchanged.');
  });
});

test('every accepted encoding gives the same output as plain UTF-8', () => {
  const reference = makeArchive([]);
  fs.cpSync(path.join(CASES, 'accept-utf8-bom-crlf', 'issues'), path.join(reference, 'issues'), { recursive: true });
  const [folder] = fs.readdirSync(path.join(reference, 'issues'));
  const page = path.join(reference, 'issues', folder, 'p01.txt');
  fs.writeFileSync(page, fs.readFileSync(page, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n/g, '\n'));
  ingest(reference);
  const expected = fs.readFileSync(path.join(reference, 'articles', folder, 'p01-01.mdx'), 'utf8');
  expect(expected).toContain('会议介绍了项目规划和招商政策。');

  for (const name of cases.filter((candidate) => candidate.startsWith('accept-'))) {
    const archive = makeArchive([]);
    fs.cpSync(path.join(CASES, name, 'issues'), path.join(archive, 'issues'), { recursive: true });
    const result = ingest(archive);
    expect(result.failed, name).toEqual([]);
    expect(fs.readFileSync(path.join(archive, 'articles', folder, 'p01-01.mdx'), 'utf8'), name).toBe(expected);
  }
});
