import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { issueSchema } from '../../src/schemas/issue.ts';
import { GOOD_ISSUE, ingest, makeArchive, SLOW_TEST_MS } from './support.ts';

// Random manifests, as a careless or hostile pull request could write them: the good issue's
// issue.yaml with fields dropped, replaced by odd values or joined by unknown keys, and raw
// YAML oddities spliced in. Each must either ingest (and then the site's own schema accepts
// the issue.json it reads) or be refused with a message placed on a line of that manifest;
// never an exception, and never a problem for the other issue.

const ID = 'random-2025-04-11';
const oddValue = fc.oneof(
  fc.constantFrom(
    '~',
    'null',
    '.inf',
    '-.nan',
    '1e400',
    '99999999999999999999',
    'yes',
    '0x1F',
    '""',
    "''",
    '[]',
    '{}',
    '[1, 2',
    '"unclosed',
    '*alias',
    '&anchor x',
    '!!js/function "x"',
    '!!binary AAAA',
    '2025-02-30',
    '2025-13-01',
    '"2023-07"',
    '|\n  block',
  ),
  fc.string({ maxLength: 12 }).map((s) => JSON.stringify(s)),
  fc.integer().map(String),
);
const field = fc.constantFrom(
  'id',
  'date',
  'publication',
  'pages',
  'provenance',
  'publication.name',
  'publication.slug',
  'publication.region',
  'pages.0.number',
  'pages.0.file',
  'pages.0.name',
  'overrides',
  'unknownField',
);

function manifest(base: string[], edits: Array<{ field: string; value: string; drop: boolean }>, junk: string | null): string {
  const lines = [...base];
  for (const { field: name, value, drop } of edits) {
    const leaf = name.split('.').pop()!;
    const at = lines.findIndex((l) => new RegExp(`^\\s*(?:- )?${leaf}:`).test(l));
    if (at < 0) {
      lines.push(`${leaf}: ${value}`);
      continue;
    }
    const indent = /^\s*(?:- )?/.exec(lines[at]!)![0];
    if (drop) lines.splice(at, 1);
    else lines[at] = `${indent}${leaf}: ${value}`;
  }
  if (junk !== null) lines.splice(Math.min(lines.length, 3), 0, junk);
  return `${lines.join('\n')}\n`;
}

describe('random manifests (property)', { timeout: SLOW_TEST_MS }, () => {
  it('either ingest and satisfy the site’s schema, or are refused with a message on a line', () => {
    const archive = makeArchive([GOOD_ISSUE]);
    const good = fs
      .readFileSync(path.join(archive, 'issues', GOOD_ISSUE, 'issue.yaml'), 'utf8')
      .replace(GOOD_ISSUE, ID)
      .split('\n')
      .filter((l) => l !== '');
    fs.cpSync(path.join(archive, 'issues', GOOD_ISSUE), path.join(archive, 'issues', ID), { recursive: true });
    const edit = fc.record({ field, value: oddValue, drop: fc.boolean() });
    const outcomes = { refused: 0, ingested: 0 };
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), fc.option(oddValue.map((v) => `x${v.length}: ${v}`)), (edits, junk) => {
        fs.writeFileSync(path.join(archive, 'issues', ID, 'issue.yaml'), manifest(good, edits, junk));
        const result = ingest(archive);
        outcomes[result.failed.includes(ID) ? 'refused' : 'ingested']++;
        // The other issue is never the casualty of this one's mistakes.
        expect(result.failed).not.toContain(GOOD_ISSUE);
        if (result.failed.includes(ID)) {
          const errors = result.files.filter((f) => f.path.includes(ID)).flatMap((f) => f.messages.filter((m) => m.fatal));
          expect(errors.length).toBeGreaterThan(0);
          for (const message of errors) expect(message.line ?? 0).toBeGreaterThanOrEqual(1);
        } else {
          const written = path.join(archive, 'articles', ID, 'issue.json');
          if (fs.existsSync(written)) expect(issueSchema.safeParse(JSON.parse(fs.readFileSync(written, 'utf8'))).success).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
    // The property is not vacuous: mistakes are refused, and the manifest unedited ingests.
    expect(outcomes.refused).toBeGreaterThan(0);
    fs.writeFileSync(path.join(archive, 'issues', ID, 'issue.yaml'), manifest(good, [], null));
    expect(ingest(archive).failed).toEqual([]);
    expect(issueSchema.safeParse(JSON.parse(fs.readFileSync(path.join(archive, 'articles', ID, 'issue.json'), 'utf8'))).success).toBe(true);
  });
});
