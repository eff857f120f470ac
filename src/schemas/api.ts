import { z } from 'zod';
import { articleSchema } from './article.ts';
import { issuePageSchema, issueSchema } from './issue.ts';
import { pageSchema } from './page.ts';

// The public JSON API's records (docs/api.md), defined once: the site builds them
// (src/lib/api-records.ts) and the build tests validate what it published against them.

/** Links every article record carries: its page, and the API file that holds its text. */
const articleLinks = z.object({
  /** The article's permanent page. */
  url: z.url(),
  /** The file of api/issues/<issue>.json that holds this record with its text. */
  json: z.url(),
});

/** An article's metadata: the frontmatter ingest writes, plus links (api/articles.json). */
export const articleRecordSchema = articleSchema.extend(articleLinks.shape);

/** An article with its plain text (in api/issues/<issue>.json). */
export const articleTextRecordSchema = articleRecordSchema.extend({
  /** Where the 版面 view shows the raw page text that `sourceLines` point into (also `pages[].text` of the issue's file). */
  pageSource: z.url(),
  /** Paragraphs and subheads joined by one blank line; empty for a headline-only item. */
  text: z.string(),
});

/** api/articles.json: every article's metadata, no text. */
export const articleListSchema = z.object({ count: z.number().int(), articles: z.array(articleRecordSchema) });

/** The raw text of one printed page, as ingest decoded it (UTF-8, LF), line for line as bundled. */
export const pageTextSchema = z.object({
  number: z.number().int(),
  /** The page file in the issue folder (and the repository). */
  file: z.string(),
  /** Where the 版面 view shows the same text. */
  source: z.url(),
  /** The text `sourceLines` of the page's articles point into. */
  text: z.string(),
});

/**
 * api/issues/<issue>.json: one issue's articles with their text, in reading order, and
 * its pages' raw text (one file per issue, not per article or per page).
 */
export const issueArticlesSchema = z.object({
  issue: z.string(),
  count: z.number().int(),
  pages: z.array(pageTextSchema),
  articles: z.array(articleTextRecordSchema),
});

/** api/issues.json: every issue (the manifest) with its pages' records. */
export const issueListSchema = z.object({
  count: z.number().int(),
  issues: z.array(
    issueSchema.extend({
      url: z.url(),
      /** This issue's articles with their text. */
      json: z.url(),
      pages: z.array(issuePageSchema.extend(pageSchema.shape).extend({ url: z.url(), source: z.url() })),
    }),
  ),
});

export type ArticleRecord = z.infer<typeof articleRecordSchema>;
export type ArticleTextRecord = z.infer<typeof articleTextRecordSchema>;
export type IssueArticles = z.infer<typeof issueArticlesSchema>;
