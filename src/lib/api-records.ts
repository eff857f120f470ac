// Records of the public JSON API (docs/api.md). Article and issue records are
// the content schemas' own data plus links, so tools can validate them with
// src/schemas/*.ts; nothing here reformats article text.
import type { PageRecord } from '../schemas/page.ts';
import type { ArchivePage, ArticleEntry, IssueEntry } from './archive.ts';
import { absoluteUrl, articleUrl, issueApiUrl, issueUrl, pageSourceUrl, pageUrl } from './urls.ts';
import { articleText } from './article-text.ts';
import { readRawPage } from './raw-pages.ts';
import type { ArticleRecord, ArticleTextRecord, IssueArticles } from '../schemas/api.ts';

type Site = URL | undefined;

/** An article's metadata (the frontmatter, as articleSchema parses it) with its page and record URLs. */
export function articleRecord(article: ArticleEntry, site: Site): ArticleRecord {
  return {
    ...article.data,
    url: absoluteUrl(articleUrl(article.id), site),
    json: absoluteUrl(issueApiUrl(article.data.issue), site),
  };
}

/** One article with its plain text: paragraphs and subheads joined by a blank line. */
export function articleWithText(article: ArticleEntry, site: Site): ArticleTextRecord {
  return {
    ...articleRecord(article, site),
    pageSource: absoluteUrl(pageSourceUrl(article.data.issue, article.data.page), site),
    text: articleText(article.body ?? ''),
  };
}

/** One issue's articles with their text, in reading order, and each page's raw text (api/issues/<issue>.json). */
export function issueArticles(issue: IssueEntry, pages: ArchivePage[], site: Site): IssueArticles {
  const articles = pages.flatMap((page) => page.articles);
  return {
    issue: issue.id,
    count: articles.length,
    pages: pages.map((page) => ({
      number: page.number,
      file: page.file,
      source: absoluteUrl(pageSourceUrl(issue.id, page.number), site),
      text: readRawPage(issue, page.file),
    })),
    articles: articles.map((article) => articleWithText(article, site)),
  };
}

/** One page of an issue: the manifest entry and generated record merged, with URLs. */
function pageRecord(page: ArchivePage, site: Site): PageRecord & { url: string; source: string } {
  const id = `${page.issue.id}-p${String(page.number).padStart(2, '0')}`;
  return {
    id,
    issue: page.issue.id,
    number: page.number,
    numberPrinted: page.numberPrinted,
    name: page.name,
    file: page.file,
    furniture: page.record?.data.furniture ?? [],
    articles: page.articles.map((article) => article.id),
    url: absoluteUrl(pageUrl(page.issue.id, page.number), site),
    source: absoluteUrl(pageSourceUrl(page.issue.id, page.number), site),
  };
}

/** An issue (the manifest, as issueSchema parses it) with its pages' records and URLs. */
export function issueRecord(issue: IssueEntry, pages: ArchivePage[], site: Site) {
  return {
    ...issue.data,
    url: absoluteUrl(issueUrl(issue.id), site),
    json: absoluteUrl(issueApiUrl(issue.id), site),
    pages: pages.map((page) => pageRecord(page, site)),
  };
}

/** A JSON response with stable, readable formatting. */
export function jsonResponse(value: unknown): Response {
  return new Response(`${JSON.stringify(value, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
