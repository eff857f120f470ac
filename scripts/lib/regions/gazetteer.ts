// The lookup the tagger matches text against: every written form of every
// division (official name, short form, literary alias), of every macro-region
// alias, and foreign names that must not be read as Chinese places. Built once
// at module load from src/data.
import { allDivisions, lineage } from '../../../src/data/regions/all-divisions.ts';
import { macroRegions, provinceAliases } from '../../../src/data/regions/macro-regions.ts';
import type { Division } from '../../../src/data/regions/types.ts';
import { FOREIGN_PLACES, GENERIC_COUNTY_NAMES } from './lexicon.ts';

/** How a surface string refers to a division. */
export type FormKind = 'full' | 'short' | 'alias';

/** One thing a surface string can mean. */
export type Sense = { kind: 'division'; code: string; form: FormKind } | { kind: 'macro'; key: string } | { kind: 'foreign' };

const senses = new Map<string, Sense[]>();

function add(surface: string, sense: Sense): void {
  const list = senses.get(surface) ?? [];
  list.push(sense);
  senses.set(surface, list);
}

for (const d of allDivisions.values()) {
  if (d.level === 'county' && GENERIC_COUNTY_NAMES.has(d.name)) continue;
  add(d.name, { kind: 'division', code: d.code, form: 'full' });
  if (d.short && d.short !== d.name) add(d.short, { kind: 'division', code: d.code, form: 'short' });
}
for (const [alias, code] of Object.entries(provinceAliases)) add(alias, { kind: 'division', code, form: 'alias' });
for (const m of macroRegions) for (const alias of m.aliases) add(alias, { kind: 'macro', key: m.key });
for (const name of FOREIGN_PLACES) senses.set(name, [{ kind: 'foreign' }]);

/** Longest surface form in the lookup, bounding each match attempt. */
export const MAX_FORM_LENGTH = Math.max(...[...senses.keys()].map((k) => k.length));

// Scanning text tried every length up to MAX_FORM_LENGTH at every character
// (a fresh string and a Map lookup each): 18% of ingest time. Indexed by the
// first two characters, a position tries only lengths that some form has. Looked up
// by character code (an array by the first, a small Map by the second), so probing a
// position allocates nothing.
const lengthsByPrefix: Array<Map<number, number[]> | undefined> = [];
for (const surface of senses.keys()) {
  if (surface.length < 2) continue;
  const second = (lengthsByPrefix[surface.charCodeAt(0)] ??= new Map());
  const lengths = second.get(surface.charCodeAt(1)) ?? [];
  if (!lengths.includes(surface.length)) lengths.push(surface.length);
  second.set(surface.charCodeAt(1), lengths);
}
for (const second of lengthsByPrefix) for (const lengths of second?.values() ?? []) lengths.sort((a, b) => b - a);

/** Lengths (longest first) of the surface forms that start with the two characters at `text[at]`; undefined when none does. */
export function formLengthsAt(text: string, at: number): readonly number[] | undefined {
  if (at + 1 >= text.length) return undefined;
  return lengthsByPrefix[text.charCodeAt(at)]?.get(text.charCodeAt(at + 1));
}

/** Everything a surface string can mean, or undefined when it is not a known name. */
export function sensesOf(surface: string): readonly Sense[] | undefined {
  return senses.get(surface);
}

/** A division by code (any level). */
export function division(code: string): Division | undefined {
  return allDivisions.get(code);
}

/** Codes from a division up to its province, self first. */
export function lineageCodes(code: string): string[] {
  return lineage(code).map((d) => d.code);
}

/** True when `ancestor` is `code` itself or one of its ancestors. */
export function isWithin(code: string, ancestor: string): boolean {
  return lineageCodes(code).includes(ancestor);
}
