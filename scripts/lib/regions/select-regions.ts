// Turns settled mentions into what the piece is about. Each mention adds a
// weight that depends on where it stands (headline ≫ lead > body; a credit line
// is weak) and on whether it is one item of a list; weights add up the
// hierarchy (a 温州 mention is also evidence for 浙江). A province is kept if it
// has real weight and a fair share of the strongest province's; a prefecture or
// county if it dominates the mentions below its parent or is in a headline.
import { macroRegions, type MacroRegion } from '../../../src/data/regions/macro-regions.ts';
import { division, isWithin, lineageCodes } from './gazetteer.ts';
import type { Field } from './find-mentions.ts';
import type { ResolvedMention } from './resolve-mentions.ts';

/** Weight of one mention by field. */
export const FIELD_WEIGHT: Record<Field, number> = {
  title: 6,
  kicker: 4,
  subtitle: 4,
  dateline: 4,
  column: 3,
  lead: 2,
  body: 1,
  source: 1.5,
};
/** Factor for one item of an enumeration. */
export const LIST_FACTOR = 0.35;
/** Least total weight for any region: two plain body mentions, or one in the lead. */
export const MIN_WEIGHT = 2;
/** Least share of the strongest province's weight for another province. */
export const PROVINCE_SHARE = 0.4;
/** Least share of the weight of all its siblings for a prefecture or county. */
export const CHILD_SHARE = 0.5;
/** Least share of its parent's whole weight (including mentions of the parent itself). */
export const CHILD_FLOOR = 0.25;

const HEADLINE: ReadonlySet<Field> = new Set(['title', 'kicker', 'subtitle', 'dateline']);

/** What the selection decided, before it is turned into RegionRefs. */
export interface Selection {
  /** Division codes, most relevant first, each followed by its selected descendants. */
  divisions: string[];
  /** Macro-region keys, named ones first. */
  macros: string[];
}

/** Selects divisions and macro-regions from settled mentions (weights can carry extra per-mention factors). */
export function selectRegions(mentions: Array<ResolvedMention & { factor?: number }>): Selection {
  const total = new Map<string, number>();
  const inHeadline = new Set<string>();
  const macroWeight = new Map<string, number>();
  const macroHeadline = new Set<string>();
  const macroColumn = new Set<string>();
  for (const m of mentions) {
    const w = FIELD_WEIGHT[m.field] * (m.listed ? LIST_FACTOR : 1) * (m.factor ?? 1);
    if (m.target.kind === 'macro') {
      const key = m.target.key;
      if (m.field === 'column') macroColumn.add(key);
      else macroWeight.set(key, (macroWeight.get(key) ?? 0) + w);
      if (HEADLINE.has(m.field)) macroHeadline.add(key);
      continue;
    }
    for (const code of lineageCodes(m.target.code)) {
      total.set(code, (total.get(code) ?? 0) + w);
      if (HEADLINE.has(m.field)) inHeadline.add(code);
    }
  }

  const weightOf = (code: string) => total.get(code) ?? 0;
  const byWeight = (a: string, b: string) => weightOf(b) - weightOf(a) || a.localeCompare(b);
  const provinces = [...total.keys()].filter((c) => division(c)?.level === 'province').sort(byWeight);
  const strongest = provinces.length > 0 ? weightOf(provinces[0]) : 0;
  const keptProvinces = provinces.filter(
    (p) => weightOf(p) >= MIN_WEIGHT && (weightOf(p) >= PROVINCE_SHARE * strongest || inHeadline.has(p)),
  );

  const divisions: string[] = [];
  const keepChildren = (parent: string): void => {
    const children = [...total.keys()].filter((c) => division(c)?.parent === parent).sort(byWeight);
    // Mentions of the parent itself (安徽淮北 in a title) do not say which part
    // of it is meant; among the mentions that do, the child must dominate.
    const specific = children.reduce((sum, c) => sum + weightOf(c), 0);
    for (const child of children) {
      const w = weightOf(child);
      const dominant = w >= CHILD_SHARE * specific && w >= CHILD_FLOOR * weightOf(parent);
      if (w >= MIN_WEIGHT && (dominant || inHeadline.has(child))) {
        divisions.push(child);
        keepChildren(child);
      }
    }
  };
  for (const p of keptProvinces) {
    divisions.push(p);
    keepChildren(p);
  }

  return { divisions, macros: selectMacros(divisions, strongest, macroWeight, macroHeadline, macroColumn) };
}

function selectMacros(
  divisions: string[],
  strongest: number,
  weight: Map<string, number>,
  headline: Set<string>,
  column: Set<string>,
): string[] {
  const named: string[] = [];
  const derived: string[] = [];
  const touches = (m: MacroRegion, code: string) => m.members.some((member) => isWithin(code, member) || isWithin(member, code));
  for (const m of macroRegions) {
    const w = weight.get(m.key) ?? 0;
    // A column (聚焦长三角) is the paper's own filing; trust it unless the places
    // found say otherwise (a column head the parser attached to the wrong piece).
    const columnFits = column.has(m.key) && (divisions.length === 0 || divisions.some((d) => touches(m, d)));
    const bodyNamed = w >= MIN_WEIGHT && w >= PROVINCE_SHARE * strongest;
    if (headline.has(m.key) || columnFits || bodyNamed) {
      named.push(m.key);
      continue;
    }
    if (m.derive) {
      const touched = m.members.filter((member) => divisions.some((d) => isWithin(d, member)));
      if (touched.length >= 2) derived.push(m.key);
    }
  }
  return [...named, ...derived];
}
