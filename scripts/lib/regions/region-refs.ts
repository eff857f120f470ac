// Turns region codes a maintainer writes in issue.yaml overrides into the same
// RegionRef entries the tagger produces, so the site cannot tell them apart.
import type { RegionRef } from '../../../src/schemas/article.ts';
import { macroRegionByKey } from '../../../src/data/regions/macro-regions.ts';
import { division, lineageCodes } from './gazetteer.ts';

/** The RegionRef of a GB/T 2260 code or macro-region key, with a division's ancestors first; null when unknown. */
export function regionRefsFor(code: string): RegionRef[] | null {
  if (division(code)) {
    return [...lineageCodes(code)].reverse().map((c) => {
      const d = division(c)!;
      return { code: d.code, name: d.name, level: d.level, slug: d.slug };
    });
  }
  const macro = macroRegionByKey(code);
  return macro ? [{ code: macro.key, name: macro.name, level: 'macro', slug: macro.slug }] : null;
}
