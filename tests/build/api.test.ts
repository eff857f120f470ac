// The public JSON API lists every article and issue, and its records validate
// against the same zod schemas the content collections use.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { z } from 'zod';
import { articleSchema } from '../../src/schemas/article.ts';
import { issuePageSchema, issueSchema } from '../../src/schemas/issue.ts';
import { pageSchema } from '../../src/schemas/page.ts';
import { ROOT } from '../support/build-site.ts';
import { fileFor, readArticleFrontmatter, readArticles, SITE_ORIGIN } from './support/site.ts';

const built = inject('built');
const frontmatter = readArticleFrontmatter(path.join(ROOT, 'src', 'content'));
const hasBody = new Map(readArticles(path.join(ROOT, 'src', 'content')).map((a) => [String(a.data.id), a.body.trim() !== '']));

const links = z.object({ url: z.url(), json: z.url() });
const listSchema = z.object({ count: z.number().int(), articles: z.array(articleSchema.extend(links.shape)) });
const oneSchema = articleSchema.extend(links.shape).extend({ pageSource: z.url(), text: z.string() });
const issuesSchema = z.object({
  count: z.number().int(),
  issues: z.array(
    issueSchema.extend({
      url: z.url(),
      pages: z.array(issuePageSchema.extend(pageSchema.shape).extend({ url: z.url(), source: z.url() })),
    }),
  ),
});

describe.each(Object.entries(built))('JSON API (%s)', (_name, { outDir, base }) => {
  const read = (file: string) => JSON.parse(fs.readFileSync(path.join(outDir, 'api', file), 'utf8'));
  const resolves = (url: string) => {
    const parsed = new URL(url);
    return parsed.origin === SITE_ORIGIN && fileFor(outDir, base, parsed.pathname) !== null;
  };

  test('articles.json lists every article with metadata that validates', () => {
    const list = listSchema.parse(read('articles.json'));
    expect(list.count).toBe(frontmatter.length);
    expect(list.articles.map((a) => a.id).sort()).toEqual(frontmatter.map((data) => String(data.id)).sort());
    for (const article of list.articles) {
      expect(resolves(article.url)).toBe(true);
      expect(resolves(article.json)).toBe(true);
      // Metadata only: the text lives in the per-article record.
      expect(article).not.toHaveProperty('text');
    }
  });

  test('each api/articles/<id>.json carries the metadata and the plain text', () => {
    const list = listSchema.parse(read('articles.json'));
    for (const summary of list.articles) {
      const article = oneSchema.parse(read(`articles/${summary.id}.json`));
      const { text, pageSource, ...metadata } = article;
      expect(metadata).toEqual(summary);
      expect(resolves(pageSource)).toBe(true);
      // Empty only where the item has no body (a headline-only teaser).
      expect(text !== '', article.id).toBe(hasBody.get(article.id));
      // Plain text, paragraphs separated by one blank line, no MDX escapes left.
      expect(text).not.toMatch(/\n{3,}/);
      expect(text).not.toMatch(/\\[<{*_#[\]]/);
      expect(text.trim()).toBe(text);
    }
  });

  test('issues.json lists every issue with its pages, validating as manifests and page records', () => {
    const data = issuesSchema.parse(read('issues.json'));
    const issueIds = new Set(frontmatter.map((fm) => String(fm.issue)));
    expect(data.count).toBe(issueIds.size);
    expect(new Set(data.issues.map((issue) => issue.id))).toEqual(issueIds);
    const listed = data.issues.flatMap((issue) => issue.pages.flatMap((page) => page.articles));
    expect(listed.sort()).toEqual(frontmatter.map((fm) => String(fm.id)).sort());
    for (const issue of data.issues) {
      expect(resolves(issue.url)).toBe(true);
      for (const page of issue.pages) {
        expect(resolves(page.url)).toBe(true);
        expect(resolves(page.source)).toBe(true);
      }
    }
  });
});
