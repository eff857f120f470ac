// The curated macro-regions (长三角, 京津冀 …) and province aliases, read from
// src/data/macro-regions.json and checked once at load. Pure: no astro imports.
import { z } from 'zod';
import raw from '../macro-regions.json' with { type: 'json' };

const code = z.string().regex(/^\d{6}$/);

/** One curated macro-region as the data file declares it. */
export const macroRegionSchema = z.object({
  /** ASCII key, also its code in RegionRef and its URL slug. */
  key: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  name: z.string().min(1),
  /** Every written form that names the region itself (长江三角洲, 大湾区 …). */
  aliases: z.array(z.string().min(2)).min(1),
  /** GB/T 2260 codes of member provinces or prefectures. */
  members: z.array(code).min(2),
  /** True when tagging ≥2 members implies the region (compact regions only). */
  derive: z.boolean(),
  /** The official plan or decision that defines the region. */
  document: z.object({ name: z.string().min(1), issuer: z.string().min(1), year: z.number().int() }),
});

const dataSchema = z.object({
  macroRegions: z.array(macroRegionSchema),
  provinceAbbreviations: z.record(z.string(), z.string()),
  weakAbbreviations: z.array(z.string().length(1)),
  abbreviationSets: z.record(z.string(), z.union([z.string(), z.array(code)])),
  provinceAliases: z.record(z.string(), z.string()),
});

const data = dataSchema.parse(raw);
const withoutComment = <T>(record: Record<string, T | string>): Record<string, T> =>
  Object.fromEntries(Object.entries(record).filter(([k]) => k !== '$comment')) as Record<string, T>;

/** A curated macro-region with its slug (= key). */
export type MacroRegion = z.infer<typeof macroRegionSchema> & { slug: string };

/** All curated macro-regions, in the order of the data file. */
export const macroRegions: readonly MacroRegion[] = data.macroRegions.map((m) => ({ ...m, slug: m.key }));

/** One-character province abbreviations (简称) → province code. */
export const provinceAbbreviations: Readonly<Record<string, string>> = withoutComment(data.provinceAbbreviations);

/** Abbreviations that also are common characters: they count only next to a strong one. */
export const weakAbbreviations: ReadonlySet<string> = new Set(data.weakAbbreviations);

/** Fixed set names (港澳, 陕甘宁, 江浙沪) → province codes. */
export const abbreviationSets: Readonly<Record<string, string[]>> = withoutComment(data.abbreviationSets);

/** Literary province names (齐鲁, 三秦) → province code. */
export const provinceAliases: Readonly<Record<string, string>> = withoutComment(data.provinceAliases);

/** The macro-region with this key, if any. */
export function macroRegionByKey(key: string): MacroRegion | undefined {
  return macroRegions.find((m) => m.key === key);
}
