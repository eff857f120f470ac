import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatReport } from '../../scripts/lib/ingest/report.ts';
import { formatMessages, GOOD_ISSUE, ingest, makeArchive, SLOW_TEST_MS, snapshotTree, withStablePipeline } from './support.ts';

const CASES = path.join(import.meta.dirname, 'fixtures', 'bad-inputs');
const cases = fs
  .readdirSync(CASES)
  .filter((name) => fs.statSync(path.join(CASES, name)).isDirectory())
  .sort();

// Each case is an archive fragment holding one maintainer mistake, added to an
// archive whose good issue was already ingested. The case's expected.txt holds
// the exact messages (regenerate on purpose with `vitest -u`, review the diff).
describe.each(cases)('bad input: %s', (name) => {
  test(
    'gets its exact message, and nothing outside the bad issue changes',
    async () => {
      await withStablePipeline(async () => {
        const archive = makeArchive();
        expect(ingest(archive).failed).toEqual([]);
        const before = snapshotTree(path.join(archive, 'articles'));

        // Links are copied as they are (relative ones stay relative); a case's `outside/` is
        // what its links point at, next to issues/ as it would be next to the repository.
        fs.cpSync(path.join(CASES, name, 'issues'), path.join(archive, 'issues'), { recursive: true, verbatimSymlinks: true });
        if (fs.existsSync(path.join(CASES, name, 'outside')))
          fs.cpSync(path.join(CASES, name, 'outside'), path.join(archive, 'outside'), { recursive: true });
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
    },
    SLOW_TEST_MS,
  );
});

test(
  'every accepted encoding gives the same output, and messages at the same lines, as plain UTF-8',
  () => {
    const run = (name: string, plain: boolean) => {
      const archive = makeArchive([]);
      fs.cpSync(path.join(CASES, name, 'issues'), path.join(archive, 'issues'), { recursive: true });
      const [folder] = fs.readdirSync(path.join(archive, 'issues'));
      const page = path.join(archive, 'issues', folder, 'p01.txt');
      if (plain)
        fs.writeFileSync(
          page,
          fs
            .readFileSync(page, 'utf8')
            .replace(/^\uFEFF/, '')
            .replace(/\r\n/g, '\n'),
        );
      const result = ingest(archive);
      expect(result.failed, name).toEqual([]);
      const out = path.join(archive, 'articles', folder);
      // The digest covers the raw bytes, so it differs by design; everything the site reads must not.
      const generated = fs
        .readdirSync(out)
        .filter((file) => !file.startsWith('.'))
        .sort();
      const output = generated.map((file) => fs.readFileSync(path.join(out, file), 'utf8'));
      // Every message but the encoding notice, with its place: the parser's included.
      const messages = result.files
        .flatMap((file) => file.messages)
        .filter((message) => message.ruleId !== 'file-encoding-utf16')
        .map((message) => `${message.line}:${message.column} ${message.ruleId} ${message.reason}`);
      return { output, messages };
    };
    const reference = run('accept-utf8-bom-crlf', true);
    expect(reference.output.join('')).toContain('会议介绍了项目规划和招商政策。');
    for (const name of cases.filter((candidate) => candidate.startsWith('accept-'))) {
      expect(run(name, false), name).toEqual(reference);
    }
  },
  SLOW_TEST_MS,
);

// The iconv commands in the messages are meant to be pasted into a terminal: run each.
test.each(['page-gb18030', 'manifest-gb18030', 'page-utf16-no-bom', 'accept-utf16le-bom', 'accept-utf16be-bom'])(
  'the command in the %s message fixes the file',
  (name) => {
    const archive = makeArchive([]);
    fs.cpSync(path.join(CASES, name, 'issues'), path.join(archive, 'issues'), { recursive: true });
    const [folder] = fs.readdirSync(path.join(archive, 'issues'));
    const before = ingest(archive).files.flatMap((file) => file.messages);
    const commands = before.map((message) => /`(iconv [^`]+)`/.exec(message.reason)?.[1]).filter(Boolean) as string[];
    expect(commands).toHaveLength(1);
    execFileSync('sh', ['-c', commands[0]], { cwd: path.join(archive, 'issues', folder) });
    const after = ingest(archive);
    expect(after.failed).toEqual([]);
    expect(after.files.flatMap((file) => file.messages).filter((m) => m.source === 'ingest')).toEqual([]);
  },
  SLOW_TEST_MS,
);
