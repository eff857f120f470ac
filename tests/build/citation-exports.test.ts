// Every article page's citation exports, taken from the built HTML as a reader
// downloads them (the data: URI of each link), read by Citation.js and compared
// with the article's API record: title, writers, paper, date, 版, permanent URL
// under the base. Unknown parts must stay absent, never be filled in.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { elements, SITE_ORIGIN } from './support/site.ts';
import { readCitation, renderCslJson, type ExportFormat } from '../support/citation-reader.ts';

const built = inject('built');

/** The three formats, the file extension and media type each link must carry. */
const FORMATS: Array<[ExportFormat, string, string]> = [
  ['RIS', 'ris', 'application/x-research-info-systems'],
  ['BibTeX', 'bib', 'application/x-bibtex'],
  ['CSL-JSON', 'json', 'application/vnd.citationstyles.csl+json'],
];

describe.each(Object.entries(built))('citation exports on article pages (%s)', (_name, { outDir, base }) => {
  const api = (file: string) => JSON.parse(fs.readFileSync(path.join(outDir, 'api', file), 'utf8'));
  const { articles } = api('articles.json');
  const { issues } = api('issues.json');
  const numberPrinted = (article: any): boolean =>
    issues.find((issue: any) => issue.id === article.issue).pages.find((page: any) => page.number === article.page).numberPrinted;
  /** The export links of one article page: format → file text, after checking the link itself. */
  const exportsOf = (id: string): Record<string, string> => {
    const links = elements(fs.readFileSync(path.join(outDir, 'articles', id, 'index.html'), 'utf8')).filter(
      (node) => node.name === 'a' && node.attributes.download !== undefined,
    );
    expect(
      links.map((link) => link.attributes.download),
      id,
    ).toEqual(FORMATS.map(([, extension]) => `${id}.${extension}`));
    return Object.fromEntries(
      FORMATS.map(([format, , mediaType], i) => {
        const href = links[i].attributes.href;
        const prefix = `data:${mediaType};charset=utf-8,`;
        expect(href.startsWith(prefix), `${id} ${format}`).toBe(true);
        return [format, decodeURIComponent(href.slice(prefix.length))];
      }),
    );
  };
  /** What every export must say of an article, from its API record. */
  const expected = (article: any) => ({
    type: 'article-newspaper',
    title: article.title
      ? article.subtitle
        ? `${article.title}: ${article.subtitle}`
        : article.title
      : article.type === 'photo'
        ? '[图片说明]'
        : '[标题缺失]',
    authors: article.authors,
    paper: article.publication,
    date: article.date.split('-').map(Number),
    page: numberPrinted(article) ? String(article.page) : null,
    url: article.url,
  });

  test('the archive has the cases that must export honestly: lost titles, untitled photos, unnamed papers, unprinted page numbers, subtitles', () => {
    expect(articles.some((a: any) => a.title === null && a.type === 'photo')).toBe(true);
    expect(articles.some((a: any) => a.title === null && a.type !== 'photo')).toBe(true);
    expect(articles.some((a: any) => a.publication === null)).toBe(true);
    expect(articles.some((a: any) => !numberPrinted(a))).toBe(true);
    expect(articles.some((a: any) => a.subtitle)).toBe(true);
  });

  test('RIS, BibTeX and CSL-JSON of every article read back as the article', { timeout: 120_000 }, () => {
    for (const article of articles) {
      expect(article.url.startsWith(`${SITE_ORIGIN}${base}articles/`), article.id).toBe(true);
      for (const [format, text] of Object.entries(exportsOf(article.id))) {
        expect(readCitation(format as ExportFormat, text), `${article.id} ${format}`).toEqual(expected(article));
      }
    }
  });

  test('the CSL-JSON of a dated, named, paged article renders through citeproc-js', { timeout: 60_000 }, () => {
    const article = articles.find((a: any) => a.publication && a.title && a.authors.length > 0 && a.date.length === 10 && numberPrinted(a));
    expect(article).toBeDefined();
    const rendered = renderCslJson(exportsOf(article.id)['CSL-JSON']);
    for (const part of [article.authors[0], article.title, article.publication, article.date.slice(0, 4), article.url])
      expect(rendered).toContain(part);
  });
});
