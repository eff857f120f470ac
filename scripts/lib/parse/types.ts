import type { ArticleType } from '../../../src/schemas/article.ts';

/** One block of an item's body, in reading order. */
export interface BodyBlock {
  /** `subhead` is a 小标题 inside the body; everything else is a paragraph. */
  kind: 'paragraph' | 'subhead';
  /** Reflowed, spacing-normalized text. */
  text: string;
}

/**
 * One item found on a page (article, commentary, photo caption, advertorial or
 * teaser), with everything the page says about it. Regions are tagged later.
 */
export interface ParsedItem {
  type: ArticleType;
  kicker: string | null;
  title: string | null;
  subtitle: string | null;
  column: string | null;
  byline: string | null;
  authors: string[];
  source: string | null;
  dateline: string | null;
  continuedOn: number | null;
  body: BodyBlock[];
  /** 1-based inclusive line ranges of the raw page text this item was read from. */
  sourceLines: Array<[number, number]>;
}

/** Printed matter that belongs to the page, not to any item (本版编辑 … 美编 …, page heads). */
export interface PageFurniture {
  kind: 'credits' | 'page-head' | 'other';
  text: string;
  line: number;
}

/**
 * Printed marks the parser consumed instead of keeping as text: a maintainer's `#` hint,
 * a byline's □/■ marker, a subtitle's leading dashes, a jump line (kept as `continuedOn`)
 * a separator line, the 【】 around a short item's run-in lead head (its title) and the
 * parentheses around a column tag printed beside a headline (its column). Everything else printed on the page is kept in an item or in the
 * furniture; the invariant test checks exactly this.
 */
export interface Decoration {
  line: number;
  text: string;
  reason: 'hint' | 'marker' | 'dash' | 'jump' | 'separator' | 'lead-brackets' | 'tag-brackets';
}

/** Everything recovered from one raw page file. */
export interface ParsedPage {
  items: ParsedItem[];
  furniture: PageFurniture[];
  /** Consumed marks (see Decoration), in page order. */
  decorations: Decoration[];
}
