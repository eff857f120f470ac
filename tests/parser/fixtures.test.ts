import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toJson } from '../../scripts/lib/parse/format-summary.ts';
import { parsePage } from '../../scripts/lib/parse/parse-page.ts';
import { invariantDiff } from './invariant.ts';

// Fixture tests in the remark-gfm style: fixtures/<case>/input.txt is a raw page,
// expected.json what the parser must make of it. Regenerate on purpose with
// `npx vitest run tests/parser -u` and review the diff against the page itself.
const root = join(import.meta.dirname, 'fixtures');
const cases = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

describe('parser fixtures', () => {
  for (const name of cases) {
    describe(name, () => {
      const input = readFileSync(join(root, name, 'input.txt'), 'utf8');
      const { page, file } = parsePage(input, { path: 'input.txt' });

      it('matches expected.json', async () => {
        const expected = {
          ...toJson(page),
          furniture: page.furniture,
          warnings: file.messages.map((m) => `${m.line}:${m.column}  ${m.reason}  ${m.ruleId}`),
        };
        await expect(`${JSON.stringify(expected, null, 2)}\n`).toMatchFileSnapshot(join(root, name, 'expected.json'));
      });

      it('loses and duplicates nothing', () => {
        expect(invariantDiff(input, page)).toEqual({ lost: '', duplicated: '', badDecorations: [] });
      });
    });
  }
});
