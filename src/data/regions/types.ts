// Shapes of the region hierarchy shared by the tagger (scripts/) and the site
// (src/pages). Pure types: importing this module costs nothing.

/** Administrative levels of GB/T 2260 divisions. */
export type DivisionLevel = 'province' | 'prefecture' | 'county';

/** One row of a generated division table: [code, official name, short form ('' if none), slug]. */
export type DivisionRow = readonly [code: string, name: string, short: string, slug: string];

/** One administrative division with its place in the hierarchy. */
export interface Division {
  /** Six-digit GB/T 2260 code, e.g. 330300. */
  code: string;
  /** Official name, e.g. 温州市. */
  name: string;
  /** Common short form, e.g. 温州; null when none is safe. */
  short: string | null;
  level: DivisionLevel;
  /** Code of the parent division; null for provinces. */
  parent: string | null;
  /** ASCII URL segment (pinyin), unique across all regions. */
  slug: string;
}
