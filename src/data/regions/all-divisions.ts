// Every division including the ~2,900 counties: for the tagger and for tests,
// not for page templates (the site reads county names from article frontmatter).
import { countyDivisions } from './divisions-county.ts';
import { upperDivisions } from './divisions-upper.ts';
import { divisionFromRow, upperDivision } from './hierarchy.ts';
import type { Division } from './types.ts';

/** All divisions by code: provinces, prefectures and counties. */
export const allDivisions: ReadonlyMap<string, Division> = new Map(
  [...upperDivisions, ...countyDivisions].map((row) => {
    const d = divisionFromRow(row, (code) => upperDivision(code) !== undefined);
    return [d.code, d] as const;
  }),
);

/** The chain from a division up to its province: [self, parent, …, province]. */
export function lineage(code: string): Division[] {
  const chain: Division[] = [];
  for (let d = allDivisions.get(code); d; d = d.parent ? allDivisions.get(d.parent) : undefined) chain.push(d);
  return chain;
}
