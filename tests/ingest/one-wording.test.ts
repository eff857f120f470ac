import { describe, expect, it } from 'vitest';
import { issueSchema } from '../../src/schemas/issue.ts';
import { loadIssue } from '../../scripts/lib/validate/load-manifest.ts';
import { NEXT } from '../../scripts/lib/validate/messages.ts';

// The sentence for a wrong field is carried by the schema, not by ingest: the site's build,
// which parses issue.json with the bare schema (no ingest options), says what ingest says.
const good = {
  id: 'liaocheng-ribao-2025-04-11',
  publication: { name: '聊城日报', slug: 'liaocheng-ribao' },
  date: '2025-04-11',
  pages: [{ number: 1, file: 'p01.txt' }],
};

const mistakes: Array<[string, Record<string, unknown>]> = [
  ['an id with upper case', { ...good, id: 'Liaocheng-2025' }],
  ['a date not on the calendar', { ...good, date: '2023-02-30' }],
  ['a slug with spaces', { ...good, publication: { name: '聊城日报', slug: 'liao cheng' } }],
  ['a wrong ISSN check digit', { ...good, publication: { ...good.publication, issn: '1002-9410' } }],
  ['a page number of 0', { ...good, pages: [{ number: 0, file: 'p01.txt' }] }],
  ['a missing page file', { ...good, pages: [{ number: 1 }] }],
  ['an override of an unknown type', { ...good, overrides: [{ file: 'p01.txt', line: 3, type: 'news' }] }],
];

describe('one wording for manifest problems', () => {
  for (const [what, manifest] of mistakes) {
    it(`${what}: the bare schema and ingest say the same`, () => {
      const site = issueSchema.safeParse(manifest);
      expect(site.success).toBe(false);
      const loaded = loadIssue(Buffer.from(JSON.stringify(manifest)), 'issue.yaml');
      const ingest = loaded.file.messages.map((m) => m.reason.replace(` ${NEXT.skipped}`, ''));
      expect(ingest).toEqual([site.error!.issues[0].message]);
      // A sentence a maintainer can act on, never zod's bare wording.
      expect(site.error!.issues[0].message).not.toMatch(/^Invalid|expected/);
    });
  }
});
