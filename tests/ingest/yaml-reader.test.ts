// One run, many manifests: a YAML problem in one (an alias bomb, an undefined alias, a
// !!js tag) is a positioned message for that issue only; the others are written in the
// same run, and the site's copy of each manifest is the JSON ingest validated (issue 12).
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { GOOD_ISSUE, ingest, makeArchive, SLOW_TEST_MS } from './support.ts';

const CASES = path.join(import.meta.dirname, 'fixtures', 'bad-inputs');

/** Copies one bad-input case's issue into `archive` under the id `id`. */
function addCase(archive: string, name: string, id: string): void {
  const from = path.join(CASES, name, 'issues', 'bad-2025-04-11');
  const to = path.join(archive, 'issues', id);
  fs.cpSync(from, to, { recursive: true });
  const manifest = path.join(to, 'issue.yaml');
  const bytes = fs.readFileSync(manifest);
  // UTF-16 manifests are rewritten in their own encoding.
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    fs.writeFileSync(
      manifest,
      Buffer.concat([bytes.subarray(0, 2), Buffer.from(bytes.subarray(2).toString('utf16le').replaceAll('bad-2025-04-11', id), 'utf16le')]),
    );
  else fs.writeFileSync(manifest, bytes.toString('utf8').replaceAll('bad-2025-04-11', id));
}

test(
  'YAML problems stop only their own issue; the site reads the validated JSON of the rest',
  () => {
    const archive = makeArchive();
    addCase(archive, 'manifest-yaml-alias-bomb', 'bomb-2025-04-11');
    addCase(archive, 'manifest-yaml-alias-undefined', 'alias-2025-04-11');
    addCase(archive, 'manifest-yaml-js-tag', 'tag-2025-04-11');
    addCase(archive, 'accept-manifest-utf16le-bom', 'utf16-2025-04-11');
    // An alias bomb that expanded would hang here: the test's time limit is the backstop.
    const result = ingest(archive);
    expect(result.failed).toEqual(['alias-2025-04-11', 'bomb-2025-04-11', 'tag-2025-04-11']);
    expect(result.written.sort()).toEqual([GOOD_ISSUE, 'utf16-2025-04-11']);
    for (const id of ['alias-2025-04-11', 'bomb-2025-04-11', 'tag-2025-04-11']) {
      const file = result.files.find((candidate) => candidate.path.endsWith(`${id}/issue.yaml`))!;
      const errors = file.messages.filter((message) => message.fatal);
      expect(errors.length, id).toBe(1);
      expect(errors[0].ruleId).toBe('manifest-yaml');
      expect(errors[0].line, id).toBeGreaterThan(1);
    }
    // The converted manifest reaches the site as the JSON ingest accepted.
    const json = JSON.parse(fs.readFileSync(path.join(archive, 'articles', 'utf16-2025-04-11', 'issue.json'), 'utf8'));
    expect(json).toMatchObject({
      id: 'utf16-2025-04-11',
      publication: { name: '聊城日报' },
      date: '2025-04-11',
      provenance: [],
      overrides: [],
    });
  },
  SLOW_TEST_MS,
);

test(
  'a UTF-16 page is published from its decoded text: source-p01.txt is UTF-8 with LF, line for line',
  () => {
    const archive = makeArchive([]);
    fs.cpSync(path.join(CASES, 'accept-utf16le-bom', 'issues'), path.join(archive, 'issues'), { recursive: true });
    expect(ingest(archive).failed).toEqual([]);
    const raw = fs.readFileSync(path.join(archive, 'issues', 'bad-2025-04-11', 'p01.txt'));
    const decoded = raw.subarray(2).toString('utf16le');
    const published = fs.readFileSync(path.join(archive, 'articles', 'bad-2025-04-11', 'source-p01.txt'), 'utf8');
    expect(published).toBe(decoded);
    expect(published).not.toContain('\uFFFD');
  },
  SLOW_TEST_MS,
);
