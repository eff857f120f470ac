import { z } from 'zod';

/**
 * The item contract: what the parser reads from a page about one item (article,
 * commentary, photo caption, advertorial or teaser). The parser's output (ParsedItem),
 * region tagging, `npm run parse --json`, the article frontmatter (article.ts) and the
 * JSON API all take their fields from here; see docs/contracts.md for how to add one.
 */

/** Kinds of item on a page. */
export const articleTypes = ['article', 'commentary', 'photo', 'ad', 'teaser'] as const;
export type ArticleType = (typeof articleTypes)[number];

/** One block of an item's body, in reading order: a paragraph or a 小标题 inside the body. */
export const articleBlockSchema = z.object({
  kind: z.enum(['paragraph', 'subhead']),
  /** Reflowed, spacing-normalized text. */
  text: z.string(),
});
export type ArticleBlock = z.infer<typeof articleBlockSchema>;

/** A 1-based inclusive range of lines of the raw page file. */
const lineRangeSchema = z.tuple([z.number().int().min(1), z.number().int().min(1)]);

/**
 * The printed fields of one item, in the order the article record and `--json` show them.
 * Everything here is read from the page; what ingest adds (ids, issue data, regions) is in article.ts.
 */
export const itemSchema = z.object({
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
  /** 1-based inclusive line ranges of the raw page file this item was read from. */
  sourceLines: z.array(lineRangeSchema),
});
export type Item = z.infer<typeof itemSchema>;

/** One item as the parser hands it on: its fields and its body (which ingest writes as the article's Markdown). */
export const parsedItemSchema = itemSchema.extend({
  body: z.array(articleBlockSchema),
});
export type ParsedItem = z.infer<typeof parsedItemSchema>;

/** The item's fields, in contract order, from anything that has them (a parsed item, an article). */
export function itemFields(item: Item): Item {
  return Object.fromEntries(Object.keys(itemSchema.shape).map((key) => [key, item[key as keyof Item]])) as Item;
}
