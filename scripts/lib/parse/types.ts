import type { ArticleBlock, ParsedItem } from '../../../src/schemas/item.ts';
import type { PageFurniture } from '../../../src/schemas/page.ts';

// The item and the page furniture are contracts shared with ingest and the site: they are
// defined once, as schemas, in src/schemas (docs/contracts.md).
export type { ArticleBlock, PageFurniture, ParsedItem };

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
