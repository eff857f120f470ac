import type { ParsedItem, ParsedPage } from '../../scripts/lib/parse/types.ts';

/**
 * A hand-written reading of a page (fixtures/<case>/reading.json): what a newspaper reader
 * sees as items, written from the page, not from parser output. Paragraphs are given by
 * their openings (a subhead as `§` + its full text); a field left out is not compared.
 */
export interface ReadingItem {
  type: string;
  kicker?: string | null;
  title: string | null;
  subtitle?: string | null;
  column?: string | null;
  authors?: string[];
  source?: string | null;
  dateline?: string | null;
  continuedOn?: number | null;
  paragraphs: string[];
  /** Why this item is still read wrong (a known limit); such items are reported, not failed. */
  knownWrong?: string;
}

export interface Reading {
  items: ReadingItem[];
  furniture: string[];
}

export interface ItemVerdict {
  label: string;
  ok: boolean;
  knownWrong?: string;
  diffs: string[];
}

const FIELDS = ['type', 'kicker', 'title', 'subtitle', 'column', 'authors', 'source', 'dateline', 'continuedOn'] as const;

function blockOpenings(item: ParsedItem): string[] {
  return item.body.map((b) => (b.kind === 'subhead' ? `§${b.text}` : b.text));
}

function sameOpening(actual: string | undefined, expected: string): boolean {
  if (actual === undefined) return false;
  return expected.startsWith('§') ? actual === expected : actual.startsWith(expected);
}

function matches(item: ParsedItem, want: ReadingItem): boolean {
  if (want.paragraphs.length === 0) return item.body.length === 0 && item.title === want.title;
  return sameOpening(blockOpenings(item)[0], want.paragraphs[0]);
}

/** Compare a parsed page with a hand reading: one verdict per expected item, plus one per parsed item nobody expected, plus furniture. */
export function compareReading(page: ParsedPage, reading: Reading): ItemVerdict[] {
  const used = new Set<ParsedItem>();
  const verdicts: ItemVerdict[] = reading.items.map((want) => {
    const label = want.title ?? `(untitled) ${want.paragraphs[0] ?? ''}`;
    const got = page.items.find((i) => !used.has(i) && matches(i, want));
    if (got === undefined) return { label, ok: false, knownWrong: want.knownWrong, diffs: ['no item starts like this'] };
    used.add(got);
    const diffs: string[] = [];
    for (const f of FIELDS) {
      if (!(f in want)) continue;
      const a = JSON.stringify(got[f]);
      const e = JSON.stringify(want[f]);
      if (a !== e) diffs.push(`${f}: got ${a}, want ${e}`);
    }
    const blocks = blockOpenings(got);
    const okBlocks = blocks.length === want.paragraphs.length && want.paragraphs.every((p, i) => sameOpening(blocks[i], p));
    if (!okBlocks) diffs.push(`paragraphs: got [${blocks.map((b) => b.slice(0, 8)).join(' | ')}], want [${want.paragraphs.join(' | ')}]`);
    return { label, ok: diffs.length === 0, knownWrong: want.knownWrong, diffs };
  });
  for (const extra of page.items.filter((i) => !used.has(i))) {
    verdicts.push({ label: `extra item ${extra.type} ${extra.title ?? blockOpenings(extra)[0]?.slice(0, 10)}`, ok: false, diffs: ['not on the page as a reader sees it'] });
  }
  const furniture = page.furniture.map((f) => f.text);
  const okFurniture = JSON.stringify(furniture) === JSON.stringify(reading.furniture);
  verdicts.push({ label: 'page furniture', ok: okFurniture, diffs: okFurniture ? [] : [`got ${JSON.stringify(furniture)}, want ${JSON.stringify(reading.furniture)}`] });
  return verdicts;
}
