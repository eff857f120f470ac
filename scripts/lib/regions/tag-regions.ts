// PLACEHOLDER written by the lead so ingest runs before the regions engineer's
// tagger lands; that engineer replaces this file entirely.
import type { RegionRef } from '../../../src/schemas/article.ts';

/** The text of an item that region tagging looks at. */
export interface TaggableItem {
  kicker: string | null;
  title: string | null;
  subtitle: string | null;
  column: string | null;
  byline: string | null;
  source: string | null;
  dateline: string | null;
  paragraphs: string[];
}

/** Places an item is about (placeholder: none). */
export function tagRegions(_item: TaggableItem, _context: { publicationRegion?: string } = {}): RegionRef[] {
  return [];
}
