import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scorePage, addTally, emptyTally } from '../../scripts/lib/parse/evaluate/score.ts';
import { parsePage } from '../../scripts/lib/parse/parse-page.ts';
import { composeAll, type RecordFile } from './corpus/compose.ts';
import { invariantDiff } from './invariant.ts';

// The development corpus (corpus/records, each paper's records set into pages three times by
// corpus/compose.ts; see corpus/README.md): every page keeps every printed character exactly once, and the scores
// do not fall below the floors measured when they were last raised. Raise a floor when the
// parser improves; never lower one to make a change pass (docs/parser.md has the table).
const FLOORS = { bothEnds: 0.88, titleExact: 0.87, spurious: 0.055, paragraphsExact: 0.84 };

const dir = join(import.meta.dirname, 'corpus', 'records');
const pages = readdirSync(dir)
  .filter((n) => n.endsWith('.json'))
  .sort()
  .flatMap((n) => composeAll(JSON.parse(readFileSync(join(dir, n), 'utf8')) as RecordFile, basename(n, '.json')));

describe('development corpus', () => {
  it('holds at least 60 pages and 400 items from at least 4 papers, in all three layouts', () => {
    expect(pages.length).toBeGreaterThanOrEqual(180);
    expect(pages.reduce((n, p) => n + p.reading.items.length, 0)).toBeGreaterThanOrEqual(1200);
    expect(new Set(pages.map((p) => p.name.replace(/-\d+-.*$/u, ''))).size).toBeGreaterThanOrEqual(4);
    expect(new Set(pages.map((p) => p.layout))).toEqual(new Set(['spaced', 'wrapped', 'paragraph']));
    expect(new Set(pages.map((p) => p.direction))).toEqual(new Set(['before', 'after']));
  });

  it('loses and duplicates nothing on any page', { timeout: 60_000 }, () => {
    const broken = pages.filter((p) => {
      const diff = invariantDiff(p.text, parsePage(p.text).page);
      return diff.lost !== '' || diff.duplicated !== '' || diff.badDecorations.length > 0;
    });
    expect(broken.map((p) => p.name)).toEqual([]);
  });

  it('scores at or above the floors', { timeout: 60_000 }, () => {
    const t = pages.reduce((sum, p) => addTally(sum, scorePage(parsePage(p.text).page, p.reading)), emptyTally());
    expect(t.bothEnds / t.expected).toBeGreaterThanOrEqual(FLOORS.bothEnds);
    expect(t.titleExact / t.titled).toBeGreaterThanOrEqual(FLOORS.titleExact);
    expect(t.spurious / t.produced).toBeLessThanOrEqual(FLOORS.spurious);
    expect(t.paragraphsExact / t.expected).toBeGreaterThanOrEqual(FLOORS.paragraphsExact);
  });
});
