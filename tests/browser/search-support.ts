// Helpers for the search browser tests: open the search page for a query
// string, wait until it has rendered, and read back what a reader sees.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { openPage } from '../support/browser.ts';
import { normalizeQuery } from '../../src/lib/search/normalize-query.ts';

/** The issue id an article URL belongs to (stable whether a page is one item or fifteen). */
export function issueOf(url: string): string {
  const match = /\/articles\/(.+)-p\d{2}-\d{2}\/?/.exec(url);
  if (!match) throw new Error(`not an article URL: ${url}`);
  return match[1];
}

/** The article id in an article URL. */
export function articleOf(url: string): string {
  const match = /\/articles\/([^/#?]+)\/?/.exec(url);
  if (!match) throw new Error(`not an article URL: ${url}`);
  return match[1];
}

/** Metadata of every article, from the built site's public JSON API (the ground truth for filters and sort). */
export function articlesJson(outDir: string): Array<{
  id: string;
  date: string;
  type: string;
  title: string | null;
  publication: string | null;
  regions: Array<{ name: string; level: string }>;
}> {
  return JSON.parse(fs.readFileSync(path.join(outDir, 'api', 'articles.json'), 'utf8')).articles;
}

/** Waits until the search page has finished rendering a search. */
export async function settled(page: Page): Promise<void> {
  await page.waitForSelector('#search-results[data-state="done"]', { timeout: 20_000 });
}

/** Everything a reader sees of one search, all result pages loaded. */
export interface Seen {
  page: Page;
  errors: string[];
  /** Result hrefs (with their text fragments) in displayed order. */
  hrefs: string[];
  ids: string[];
  /** Result headlines as shown (the fallback label for untitled items). */
  titles: string[];
  issues: Set<string>;
  status: string;
  notes: string;
}

/** Reads the rendered results, clicking “more” until every result is shown. */
export async function readResults(page: Page): Promise<Omit<Seen, 'page' | 'errors'>> {
  for (let i = 0; i < 50 && (await page.locator('#search-more').isVisible()); i++) {
    const before = await page.locator('#search-list > li').count();
    await page.locator('#search-more').click();
    await page.waitForFunction((n) => document.querySelectorAll('#search-list > li').length > n, before);
  }
  const hrefs = await page.locator('#search-list h3 a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  return {
    hrefs,
    ids: hrefs.map(articleOf),
    titles: await page.locator('#search-list h3 a').allTextContents(),
    issues: new Set(hrefs.map(issueOf)),
    status: (await page.locator('#search-status').textContent()) ?? '',
    notes: (await page.locator('#search-notes').textContent()) ?? '',
  };
}

/** Opens /search/?<query> on a fresh page and reads what it shows. */
export async function search(browser: Browser, siteUrl: string, query: string): Promise<Seen> {
  const { page, errors } = await openPage(browser);
  const failed: string[] = [];
  page.on('response', (response) => {
    // The site has no favicon yet; anything else missing is an error.
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) failed.push(response.url());
  });
  await page.goto(`${siteUrl}search/?${query}`);
  // Without a query or filter the page searches nothing (and loads no index) until the reader types.
  if (query) await settled(page);
  const seen = await readResults(page);
  const consoleErrors = errors.filter((e) => !e.startsWith('Failed to load resource'));
  return { page, errors: [...consoleErrors, ...failed], ...seen };
}

/** URL-encodes a query for ?q=. */
export function q(text: string): string {
  return `q=${encodeURIComponent(text)}`;
}

/** The query as the site folds it (width, script, quotes), the form a result must contain. */
export function asTyped(query: string): string {
  return normalizeQuery(query).terms.toLocaleLowerCase();
}

/**
 * For each result link, whether its article page (the article as a reader
 * sees it: kicker, headline, byline, body) contains `text` as one run, with
 * the page's whitespace runs read as one space and Latin letters in any case.
 */
export async function pagesContain(page: Page, hrefs: string[], text: string): Promise<boolean[]> {
  return page.evaluate(
    async ({ hrefs, text }) =>
      Promise.all(
        hrefs.map(async (href) => {
          const html = await (await fetch(href.replace(/#.*$/, ''))).text();
          const article = new DOMParser().parseFromString(html, 'text/html').querySelector('article');
          return (article?.textContent ?? '').replace(/\s+/g, ' ').toLocaleLowerCase().includes(text);
        }),
      ),
    { hrefs, text },
  );
}

/** Types a query into the search page's box the way an IME commits it, submits, and waits for its results. */
export async function typeQuery(page: Page, text: string): Promise<void> {
  const box = page.locator('#search-q');
  await box.click();
  await box.fill('');
  await page.keyboard.insertText(text);
  await box.press('Enter');
  const expected = normalizeQuery(text).query;
  await page.waitForFunction(
    (query) => {
      const section = document.querySelector('#search-results');
      return section?.getAttribute('data-state') === 'done' && section.getAttribute('data-query') === query;
    },
    expected,
    { timeout: 60_000 },
  );
}
