import type { ParsedItem, ParsedPage } from '../types.ts';
import { comparable, endsLike, pairItems, type Reading, type ReadingItem } from './compare-reading.ts';
import { COLUMN_TAG } from '../recognize/index.ts';

/**
 * The parser's four measures on pages with a reading, as a new maintainer meets them:
 * items with both ends right, headlines exact, spurious items, paragraph counts exact.
 * Column tags, page credits and box labels the parser sets apart are not held against it.
 */

export interface Tally {
  pages: number;
  /** Items on the pages as a reader sees them. */
  expected: number;
  /** …of which the parser found with the right first and last words. */
  bothEnds: number;
  /** Reader's items with a headline, and how many of those the parser read exactly. */
  titled: number;
  titleExact: number;
  /** Items the parser produced, and how many of them are not an item of the page. */
  produced: number;
  spurious: number;
  /** Reader's items whose paragraph (and subhead) count the parser got exactly. */
  paragraphsExact: number;
}

export function emptyTally(): Tally {
  return { pages: 0, expected: 0, bothEnds: 0, titled: 0, titleExact: 0, produced: 0, spurious: 0, paragraphsExact: 0 };
}

export function addTally(a: Tally, b: Tally): Tally {
  const out = emptyTally();
  for (const key of Object.keys(out) as Array<keyof Tally>) out[key] = a[key] + b[key];
  return out;
}

const BOX_LABEL = /^(核心阅读|内容提要|编者按|编后|编后语|开栏的话|导读|本期导读|阅读提示)$/u;

/** The headline a reader reads: spacing folded to one space between phrases. */
function headline(text: string | null): string | null {
  return text === null ? null : text.replace(/\s+/gu, ' ').trim();
}

/** A produced item that is only a label the reading keeps elsewhere: a column head, a page credit, a box label. */
function isLabelOnly(item: ParsedItem, reading: Reading): boolean {
  const texts = [item.title, item.kicker, item.subtitle, ...item.body.map((b) => b.text)].filter((t): t is string => t !== null);
  if (texts.length !== 1 && !(item.body.length === 0 && texts.length <= 2)) return false;
  const labels = new Set(
    [...reading.items.map((i) => i.column), ...reading.furniture].filter((t): t is string => t != null).map(comparable),
  );
  return texts.every((t) => labels.has(comparable(t)) || BOX_LABEL.test(comparable(t)));
}

/**
 * The reading's title as the parser may rightly give it: a column tag printed beside the
 * title (`发掘运用本土教育经验(大家手笔)`) that the parser sets apart as the item's column is not
 * held against it.
 */
function titlesRead(item: ParsedItem, want: string): string[] {
  const tag = COLUMN_TAG.exec(want);
  if (tag === null || item.column === null || comparable(item.column) !== comparable(tag[1]!)) return [want];
  return [want, want.slice(0, tag.index).trimEnd()];
}

function sameTitle(item: ParsedItem | undefined, want: ReadingItem): boolean {
  if (item === undefined) return false;
  const a = headline(item.title);
  const b = headline(want.title);
  if (a === null || b === null) return false;
  return titlesRead(item, b).some((t) => comparable(a) === comparable(t) && a.includes(' ') === t.includes(' '));
}

/** Score one page against its reading. */
export function scorePage(page: ParsedPage, reading: Reading): Tally {
  const pairs = pairItems(page, reading);
  const used = new Set(pairs);
  const tally = emptyTally();
  tally.pages = 1;
  reading.items.forEach((want, n) => {
    const got = pairs[n];
    tally.expected += 1;
    if (got !== undefined && (want.ending === undefined ? want.paragraphs.length === 0 || got.body.length > 0 : endsLike(got, want.ending)))
      tally.bothEnds += 1;
    if (want.title !== null) {
      tally.titled += 1;
      if (sameTitle(got, want)) tally.titleExact += 1;
    }
    if (got !== undefined && got.body.length === want.paragraphs.length) tally.paragraphsExact += 1;
  });
  tally.produced = page.items.length;
  tally.spurious = page.items.filter((i) => !used.has(i) && !isLabelOnly(i, reading)).length;
  return tally;
}

const pct = (n: number, d: number): string => (d === 0 ? '–' : `${((100 * n) / d).toFixed(1)}%`);

/** One row of the score table. */
export function formatTally(label: string, t: Tally): string {
  return `| ${label} | ${t.pages} | ${t.expected} | ${pct(t.bothEnds, t.expected)} | ${pct(t.titleExact, t.titled)} | ${pct(t.spurious, t.produced)} | ${pct(t.paragraphsExact, t.expected)} |`;
}

export const TALLY_HEADER = [
  '| layout | pages | items | both ends right | headline exact | spurious | paragraphs exact |',
  '| --- | --- | --- | --- | --- | --- | --- |',
].join('\n');
