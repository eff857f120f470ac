import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { ROOT } from './support.ts';

/** Every rule id ingest and new-issue can report, read from their source so a new check cannot go undocumented. */
function ruleIds(): string[] {
  const dirs = ['scripts/lib/validate', 'scripts/lib/ingest'];
  const sources = dirs.flatMap((dir) => fs.readdirSync(path.join(ROOT, dir)).map((name) => path.join(ROOT, dir, name)));
  const ids = new Set<string>();
  for (const file of sources) {
    for (const [, id] of fs
      .readFileSync(file, 'utf8')
      .matchAll(/'((?:file|page|manifest|issue|archive|output|internal|new-issue|override)-[a-z0-9-]+)'/g)) {
      ids.add(id);
    }
  }
  return [...ids].sort();
}

test('CONTRIBUTING.md explains every message ingest and new-issue can give', () => {
  const ids = ruleIds();
  expect(ids.length).toBeGreaterThan(20);
  const guide = fs.readFileSync(path.join(ROOT, 'CONTRIBUTING.md'), 'utf8');
  expect(ids.filter((id) => !guide.includes(`\`${id}\``))).toEqual([]);
});
