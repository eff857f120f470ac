// The public JSON API lists every article and issue, and its records validate
// against the same zod schemas the content collections use.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { articleListSchema, issueArticlesSchema, issueListSchema } from '../../src/schemas/api.ts';
import { ROOT } from '../support/build-site.ts';
import { fileFor, readArticleFrontmatter, readArticles, SITE_ORIGIN } from './support/site.ts';

const built = inject('built');
const frontmatter = readArticleFrontmatter(path.join(ROOT, 'src', 'content'));
const hasBody = new Map(readArticles(path.join(ROOT, 'src', 'content')).map((a) => [String(a.data.id), a.body.trim() !== '']));

const listSchema = articleListSchema;
const issuesSchema = issueListSchema;

describe.each(Object.entries(built))('JSON API (%s)', (_name, { outDir, base }) => {
  const read = (file: string) => JSON.parse(fs.readFileSync(path.join(outDir, 'api', file), 'utf8'));
  const resolves = (url: string) => {
    const parsed = new URL(url);
    const file = parsed.origin === SITE_ORIGIN ? fileFor(outDir, base, parsed.pathname) : null;
    // A #fragment must name an element of the page it is in.
    return file !== null && (!parsed.hash || fs.readFileSync(file, 'utf8').includes(` id="${parsed.hash.slice(1)}"`));
  };

  test('articles.json lists every article with metadata that validates', () => {
    const list = listSchema.parse(read('articles.json'));
    expect(list.count).toBe(frontmatter.length);
    expect(list.articles.map((a) => a.id).sort()).toEqual(frontmatter.map((data) => String(data.id)).sort());
    for (const article of list.articles) {
      expect(resolves(article.url)).toBe(true);
      expect(resolves(article.json)).toBe(true);
      // Metadata only: the text lives in the issue's file (api/issues/<issue>.json).
      expect(article).not.toHaveProperty('text');
    }
  });

  test('each api/issues/<issue>.json carries its articles, in reading order, with the metadata and the plain text', () => {
    const list = listSchema.parse(read('articles.json'));
    const byIssue = new Map<string, typeof list.articles>();
    for (const summary of list.articles) byIssue.set(summary.issue, [...(byIssue.get(summary.issue) ?? []), summary]);
    const texts = new Map<string, ReturnType<typeof issueArticlesSchema.parse>['articles'][number]>();
    for (const [issue, summaries] of byIssue) {
      const file = issueArticlesSchema.parse(read(`issues/${issue}.json`));
      expect(file.issue).toBe(issue);
      expect(file.count).toBe(summaries.length);
      // Reading order: page, then order on the page.
      expect(file.articles.map((a) => a.id)).toEqual([...summaries].sort((a, b) => a.page - b.page || a.order - b.order).map((a) => a.id));
      for (const article of file.articles) texts.set(article.id, article);
      // Each page's raw text, in print order, where its 版面 view shows it.
      const pages = issuesSchema.parse(read('issues.json')).issues.find((i) => i.id === issue)!.pages;
      expect(file.pages.map((p) => [p.number, p.file])).toEqual(pages.map((p) => [p.number, p.file]));
      for (const page of file.pages) {
        expect(page.source).toBe(pages.find((p) => p.number === page.number)!.source);
        expect(resolves(page.source), page.source).toBe(true);
        expect(page.text).toContain(page.text.split('\n').find((line) => line.trim() !== ''));
      }
    }
    for (const summary of list.articles) {
      const article = texts.get(summary.id)!;
      expect(resolves(summary.json)).toBe(true);
      expect(new URL(summary.json).pathname.endsWith(`/api/issues/${summary.issue}.json`)).toBe(true);
      const { text, pageSource, ...metadata } = article;
      expect(metadata).toEqual(summary);
      expect(resolves(pageSource), pageSource).toBe(true);
      expect(new URL(pageSource).hash).toBe('#source');
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
      expect(resolves(issue.json)).toBe(true);
      for (const page of issue.pages) {
        expect(resolves(page.url)).toBe(true);
        expect(resolves(page.source)).toBe(true);
      }
    }
  });
});
