import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Imports run one way: ingest uses validation, validation never reaches back into
// ingest (docs/contracts.md). A file that did would make validation depend on the
// code it is meant to guard, and the site (src/) would drag in the pipeline.
const root = path.resolve(import.meta.dirname, '../..');

function importsOf(dir: string): Array<{ file: string; target: string }> {
  const found: Array<{ file: string; target: string }> = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !/\.(ts|astro)$/.test(entry.name)) continue;
    const file = path.join(entry.parentPath, entry.name);
    const text = fs.readFileSync(file, 'utf8');
    for (const match of text.matchAll(/\bfrom\s+['"](\.{1,2}\/[^'"]+)['"]/g)) {
      found.push({ file: path.relative(root, file), target: path.relative(root, path.resolve(path.dirname(file), match[1])) });
    }
  }
  return found;
}

describe('import direction', () => {
  it('validation never imports from ingest', () => {
    const back = importsOf(path.join(root, 'scripts/lib/validate')).filter(({ target }) => target.startsWith('scripts/lib/ingest/'));
    expect(back).toEqual([]);
  });

  it('the site never imports from the pipeline', () => {
    const back = importsOf(path.join(root, 'src')).filter(({ target }) => target.startsWith('scripts/'));
    expect(back).toEqual([]);
  });

  it('finds relative imports at all (the scan is not vacuous)', () => {
    expect(importsOf(path.join(root, 'scripts/lib/validate')).some(({ target }) => target.startsWith('src/schemas/'))).toBe(true);
  });
});
