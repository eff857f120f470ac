import { foldFullwidth } from '../normalize/index.ts';
import type { ParsedItem, ParsedPage } from '../types.ts';

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
  /** The last characters of the item's last paragraph as printed (credits included); spaces do not count. */
  ending?: string;
  /** Why this item is still read wrong (a known limit); such items are reported, not failed. */
  knownWrong?: string;
}

export interface Reading {
  /** The page's extraction layout, when the page was set by a known layout (composed pages). */
  layout?: 'spaced' | 'wrapped' | 'paragraph';
  items: ReadingItem[];
  furniture: string[];
  /** Why the page furniture is still read wrong (a known limit); reported, not failed. */
  furnitureKnownWrong?: string;
  /** Why the parser still makes up items on this page (a known limit); reported, not failed. */
  extraKnownWrong?: string;
  /**
   * True when the reading's source does not say which paragraphs are subheads (imported text
   * that keeps them as plain paragraphs): a subhead the parser finds is then compared as the
   * paragraph the reading has, not as a wrong opening.
   */
  subheadsUnmarked?: boolean;
}

export interface ItemVerdict {
  label: string;
  ok: boolean;
  knownWrong?: string;
  diffs: string[];
}

const FIELDS = ['type', 'kicker', 'title', 'subtitle', 'column', 'authors', 'source', 'dateline', 'continuedOn'] as const;

/** Text as compared with a reading: full-width letters and digits folded, spaces left out (spacing is judged apart). */
export function comparable(text: string): string {
  return foldFullwidth(text).replace(/\s+/gu, '');
}

export function blockOpenings(item: ParsedItem, subheadsMarked = true): string[] {
  return item.body.map((b) => (b.kind === 'subhead' && subheadsMarked ? `§${b.text}` : b.text));
}

export function sameOpening(actual: string | undefined, expected: string): boolean {
  if (actual === undefined) return false;
  return expected.startsWith('§') ? comparable(actual) === comparable(expected) : comparable(actual).startsWith(comparable(expected));
}

/** True when a parsed item is the reading's item: same first paragraph, or for a headline-only item the same headline. */
export function matches(item: ParsedItem, want: ReadingItem, subheadsMarked = true): boolean {
  if (want.paragraphs.length === 0) return item.body.length === 0 && comparable(item.title ?? '') === comparable(want.title ?? '');
  return sameOpening(blockOpenings(item, subheadsMarked)[0], want.paragraphs[0]!);
}

/** True when the item's last paragraph ends as the reading says. */
export function endsLike(item: ParsedItem, ending: string): boolean {
  const last = item.body.at(-1);
  return last !== undefined && comparable(last.text).endsWith(comparable(ending));
}

/** Pair each reading item with the first unused parsed item that matches it, in page order. */
export function pairItems(page: ParsedPage, reading: Reading): Array<ParsedItem | undefined> {
  const used = new Set<ParsedItem>();
  return reading.items.map((want) => {
    const got = page.items.find((i) => !used.has(i) && matches(i, want, !reading.subheadsUnmarked));
    if (got !== undefined) used.add(got);
    return got;
  });
}

/** Compare a parsed page with a hand reading: one verdict per expected item, plus one per parsed item nobody expected, plus furniture. */
export function compareReading(page: ParsedPage, reading: Reading): ItemVerdict[] {
  const pairs = pairItems(page, reading);
  const used = new Set(pairs);
  const verdicts: ItemVerdict[] = reading.items.map((want, n) => {
    const label = want.title ?? `(untitled) ${want.paragraphs[0] ?? ''}`;
    const got = pairs[n];
    if (got === undefined) return { label, ok: false, knownWrong: want.knownWrong, diffs: ['no item starts like this'] };
    const diffs: string[] = [];
    for (const f of FIELDS) {
      if (!(f in want)) continue;
      const a = JSON.stringify(got[f]);
      // Readings name the advertorial in full; the article schema calls it `ad`.
      const e = JSON.stringify(f === 'type' && want.type === 'advertorial' ? 'ad' : want[f]);
      if (a !== e) diffs.push(`${f}: got ${a}, want ${e}`);
    }
    const blocks = blockOpenings(got, !reading.subheadsUnmarked);
    const okBlocks = blocks.length === want.paragraphs.length && want.paragraphs.every((p, i) => sameOpening(blocks[i], p));
    if (want.ending !== undefined && !endsLike(got, want.ending))
      diffs.push(`ending: got …${blocks.at(-1)?.slice(-8) ?? ''}, want …${want.ending}`);
    if (!okBlocks) diffs.push(`paragraphs: got [${blocks.map((b) => b.slice(0, 8)).join(' | ')}], want [${want.paragraphs.join(' | ')}]`);
    return { label, ok: diffs.length === 0, knownWrong: want.knownWrong, diffs };
  });
  const extras = page.items.filter((i) => !used.has(i));
  for (const extra of extras) {
    verdicts.push({
      label: `extra item ${extra.type} ${extra.title ?? blockOpenings(extra)[0]?.slice(0, 10)}`,
      ok: false,
      knownWrong: reading.extraKnownWrong,
      diffs: ['not on the page as a reader sees it'],
    });
  }
  // A page marked as having made-up items that has none any more is read right: the mark must go.
  if (extras.length === 0 && reading.extraKnownWrong !== undefined)
    verdicts.push({ label: 'extra items', ok: true, knownWrong: reading.extraKnownWrong, diffs: [] });
  const furniture = page.furniture.map((f) => f.text);
  const okFurniture = JSON.stringify(furniture.map(comparable)) === JSON.stringify(reading.furniture.map(comparable));
  verdicts.push({
    label: 'page furniture',
    ok: okFurniture,
    knownWrong: reading.furnitureKnownWrong,
    diffs: okFurniture ? [] : [`got ${JSON.stringify(furniture)}, want ${JSON.stringify(reading.furniture)}`],
  });
  return verdicts;
}
