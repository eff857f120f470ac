// The region hierarchy as the site and the tagger see it: provinces and
// prefectures from the generated table, parents derived from GB/T 2260 codes.
// Counties live in divisions-county.ts and are loaded only by code that needs
// them (the tagger); the site takes county names from article frontmatter.
import { upperDivisions } from './divisions-upper.ts';
import type { Division, DivisionLevel, DivisionRow } from './types.ts';

export type { Division, DivisionLevel, DivisionRow } from './types.ts';

/** The level a GB/T 2260 code denotes: xx0000 province, xxxx00 prefecture, else county. */
export function levelOfCode(code: string): DivisionLevel {
  if (code.endsWith('0000')) return 'province';
  if (code.endsWith('00')) return 'prefecture';
  return 'county';
}

/** The province code of any division code. */
export function provinceCodeOf(code: string): string {
  return `${code.slice(0, 2)}0000`;
}

const upperByCode = new Map<string, Division>();
const upperBySlug = new Map<string, Division>();
for (const row of upperDivisions) {
  const d = divisionFromRow(row, (code) => upperByCode.has(code));
  upperByCode.set(d.code, d);
  upperBySlug.set(d.slug, d);
}

/**
 * The parent of a division: provinces have none; a county's parent is its
 * prefecture when that exists, else its province (districts of 北京, counties
 * governed directly by a province such as 仙桃市).
 */
export function parentCodeOf(code: string, hasPrefecture: (code: string) => boolean = (c) => upperByCode.has(c)): string | null {
  const level = levelOfCode(code);
  if (level === 'province') return null;
  if (level === 'prefecture') return provinceCodeOf(code);
  const prefecture = `${code.slice(0, 4)}00`;
  return hasPrefecture(prefecture) ? prefecture : provinceCodeOf(code);
}

/** Expands one generated table row into a Division. */
export function divisionFromRow(row: DivisionRow, hasPrefecture?: (code: string) => boolean): Division {
  const [code, name, short, slug] = row;
  return { code, name, short: short || null, level: levelOfCode(code), parent: parentCodeOf(code, hasPrefecture), slug };
}

/** A province or prefecture by code. */
export function upperDivision(code: string): Division | undefined {
  return upperByCode.get(code);
}

/** A province or prefecture by slug. */
export function upperDivisionBySlug(slug: string): Division | undefined {
  return upperBySlug.get(slug);
}

/** All provinces (including 香港, 澳门, 台湾), by code. */
export const provinces: readonly Division[] = [...upperByCode.values()].filter((d) => d.level === 'province');

/** The prefectures of one province, by code. */
export function prefecturesOf(provinceCode: string): Division[] {
  return [...upperByCode.values()].filter((d) => d.parent === provinceCode);
}
