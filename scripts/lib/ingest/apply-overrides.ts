import type { Article, RegionRef } from '../../../src/schemas/article.ts';
import type { Override } from '../../../src/schemas/issue.ts';
import type { ParsedItem } from '../parse/types.ts';
import { regionRefsFor } from '../regions/region-refs.ts';

/** Index of the item whose source lines contain `line`, or -1. */
export function itemAtLine(items: readonly ParsedItem[], line: number): number {
  return items.findIndex((item) => item.sourceLines.some(([from, to]) => from <= line && line <= to));
}

/** Why an override's region code could not be used, for the manifest message. */
export interface UnknownRegion {
  index: number;
  code: string;
}

/**
 * An article with a maintainer's override applied: every field the override
 * gives replaces the parser's; region codes become full RegionRefs (ancestors
 * included, deduplicated). Unknown codes are returned, not guessed.
 */
export function applyOverride(article: Article, override: Override): { article: Article; unknownRegions: UnknownRegion[] } {
  const { file: _file, line: _line, regions, ...fields } = override;
  const next: Article = { ...article };
  for (const [key, value] of Object.entries(fields)) {
    if (value !== undefined) (next as Record<string, unknown>)[key] = value;
  }
  const unknownRegions: UnknownRegion[] = [];
  if (regions) {
    const refs = new Map<string, RegionRef>();
    regions.forEach((code, index) => {
      const resolved = regionRefsFor(code);
      if (!resolved) unknownRegions.push({ index, code });
      for (const ref of resolved ?? []) refs.set(ref.code, ref);
    });
    next.regions = [...refs.values()];
  }
  return { article: next, unknownRegions };
}
