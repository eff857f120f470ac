import { z } from 'zod';
import { partialDateSchema } from './date.ts';
import { slugSchema } from './slug.ts';
import { itemSchema } from './item.ts';

export { articleTypes, type ArticleType } from './item.ts';

/** Levels of place an item can be tagged with. */
export const regionLevels = ['macro', 'province', 'prefecture', 'county'] as const;
export type RegionLevel = (typeof regionLevels)[number];

/** A place an item is about. */
export const regionRefSchema = z.object({
  /** GB/T 2260 code for divisions; the key of a macro-region in src/data/macro-regions.json (e.g. changsanjiao for 长三角). */
  code: z.string().min(1),
  /** Chinese name, e.g. 浙江省, 长三角. */
  name: z.string().min(1),
  level: z.enum(regionLevels),
  /** ASCII URL segment of the region's page. */
  slug: slugSchema,
});
export type RegionRef = z.infer<typeof regionRefSchema>;

/**
 * Frontmatter of one generated article MDX file (src/content/articles/<issue>/pNN-MM.mdx),
 * and the metadata the JSON API exposes for it: the item (item.ts) placed in its issue, with regions.
 */
export const articleSchema = z.object({
  /** Stable ASCII id: `<issue-id>-p<NN>-<MM>`. */
  id: slugSchema,
  /** Id of the issue the item was printed in. */
  issue: slugSchema,
  /** Paper name, null when the page does not name it. */
  publication: z.string().nullable(),
  /** Paper slug (ASCII). */
  publicationSlug: slugSchema,
  /** Issue date, as precise as known. */
  date: partialDateSchema,
  /** Page number (第N版). */
  page: z.number().int().min(1),
  /** Page name, e.g. 头版, when known. */
  pageName: z.string().nullable(),
  /** Position of the item on the page in reading order, from 1. */
  order: z.number().int().min(1),
  // The item's printed fields (item.ts), with the regions ingest tags before the line ranges.
  ...itemSchema.omit({ sourceLines: true }).shape,
  /** Places the item is about, most relevant first. */
  regions: z.array(regionRefSchema),
  sourceLines: itemSchema.shape.sourceLines,
});
export type Article = z.infer<typeof articleSchema>;
