import { z } from 'zod';
import { partialDateSchema } from './date.ts';
import { slugSchema } from './slug.ts';

/** Kinds of item on a page. */
export const articleTypes = ['article', 'commentary', 'photo', 'ad', 'teaser'] as const;
export type ArticleType = (typeof articleTypes)[number];

/** Levels of place an item can be tagged with. */
export const regionLevels = ['macro', 'province', 'prefecture', 'county'] as const;
export type RegionLevel = (typeof regionLevels)[number];

/** A place an item is about. */
export const regionRefSchema = z.object({
  /** GB/T 2260 code for divisions; an ASCII key for macro-regions (e.g. yangtze-delta). */
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
 * and the metadata the JSON API exposes for it.
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
  type: z.enum(articleTypes),
  /** 引题 */
  kicker: z.string().nullable(),
  /** 主题; null only where the page lost the headline (the site shows a marked fallback). */
  title: z.string().nullable(),
  /** 副题, without a leading dash. */
  subtitle: z.string().nullable(),
  /** 栏目, e.g. 聚焦长三角. */
  column: z.string().nullable(),
  /** Person names only. */
  authors: z.array(z.string()),
  /** A standalone byline line as printed (e.g. `□ 本报记者 夏先清 杨子佩`), shown under the headline; credits printed inside the text (本报讯（记者…）, trailing （记者 X）) stay in the body instead. */
  byline: z.string().nullable(),
  /** Outlet or agency: 本报, 新华社, 浙江日报 … */
  source: z.string().nullable(),
  /** e.g. 新华社北京4月10日电. */
  dateline: z.string().nullable(),
  /** Page number from 下转第N版. */
  continuedOn: z.number().int().min(1).nullable(),
  /** Places the item is about, most relevant first. */
  regions: z.array(regionRefSchema),
  /** 1-based inclusive line ranges of the raw page file this item was read from. */
  sourceLines: z.array(z.tuple([z.number().int().min(1), z.number().int().min(1)])),
});
export type Article = z.infer<typeof articleSchema>;
