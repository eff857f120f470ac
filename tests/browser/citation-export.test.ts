// A reader exports an article's citation in real Chromium, under /archive/ on
// a phone: on the article page they click RIS, BibTeX and CSL-JSON, get each
// file as a download with the article's name, and a citation library reads it
// as the article — for a fully known article and for an untitled photo of an
// unnamed paper, whose files must not invent a title, a paper or a page.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { openPage } from '../support/browser.ts';
import { useBuiltSite } from '../support/built-site.ts';
import { readCitation, type ExportFormat } from '../support/citation-reader.ts';

const FORMATS: Array<[ExportFormat, string]> = [
  ['RIS', 'ris'],
  ['BibTeX', 'bib'],
  ['CSL-JSON', 'json'],
];

describe('exporting a citation in the browser (sub)', () => {
  const site = useBuiltSite('sub', { copy: true });
  const articles = JSON.parse(fs.readFileSync(path.join(site.dir, 'api', 'articles.json'), 'utf8')).articles;
  const known = articles.find((a: any) => a.publication && a.title && a.authors.length > 0);
  const photo = articles.find((a: any) => a.publication === null && a.title === null && a.type === 'photo');

  test.each([
    ['a named article', known],
    ['an untitled photo of an unnamed paper', photo],
  ])('%s: each export link downloads a file that reads back as the article', async (_case, article: any) => {
    expect(article).toBeDefined();
    const { page, errors } = await openPage(site.browser, { width: 375, height: 800 });
    await page.goto(`${site.server.url}articles/${article.id}/`);
    const exports = page.getByRole('region', { name: '引用本文' });
    for (const [format, extension] of FORMATS) {
      const link = exports.getByRole('link', { name: new RegExp(`^${format}`) });
      await link.scrollIntoViewIfNeeded();
      const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
      expect(download.suggestedFilename()).toBe(`${article.id}.${extension}`);
      const text = fs.readFileSync(await download.path(), 'utf8');
      const read = readCitation(format, text);
      expect(read.url, format).toBe(article.url);
      expect(read.authors, format).toEqual(article.authors);
      expect(read.paper, format).toBe(article.publication);
      expect(read.date, format).toEqual(article.date.split('-').map(Number));
      expect(read.title, format).toBe(
        article.title ? (article.subtitle ? `${article.title}: ${article.subtitle}` : article.title) : '[图片说明]',
      );
    }
    // Still on the article: a download is not a navigation.
    expect(new URL(page.url()).pathname).toBe(`${site.base}articles/${article.id}/`);
    expect(errors).toEqual([]);
    await page.close();
  });
});
