import fs from 'node:fs';
import path from 'node:path';
import { launchBrowser } from '../../tests/support/browser.ts';
import { serveStatic } from '../../tests/support/static-server.ts';

/** Bytes and time of one query, and how many results it found. */
export interface QueryFigure {
  query: string;
  ms: number;
  bytes: number;
  requests: number;
  results: number;
}

/**
 * Loads the search page (or the home page when a site has none) in headless
 * Chromium, then runs queries through Pagefind's JS API the way a results
 * page does — search, then load the first 10 results' fragments — counting
 * every byte the static server sends after the page has loaded.
 */
export async function measureQueries(dist: string, base: string, queries: string[]): Promise<QueryFigure[]> {
  const server = await serveStatic(dist, base);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const hasSearch = fs.existsSync(path.join(dist, 'search', 'index.html'));
    await page.goto(`${server.url}${hasSearch ? 'search/' : ''}`, { waitUntil: 'networkidle' });
    const figures: QueryFigure[] = [];
    for (const query of queries) {
      const before = server.requests.length;
      const { ms, results } = await page.evaluate(
        async ({ url, q }) => {
          // The clock starts before the import: a first query pays for loading Pagefind.
          const start = performance.now();
          const pagefind = await import(url);
          const search = await pagefind.search(q);
          await Promise.all(search.results.slice(0, 10).map((r: { data(): Promise<unknown> }) => r.data()));
          return { ms: performance.now() - start, results: search.results.length as number };
        },
        { url: `${server.url}pagefind/pagefind.js`, q: query },
      );
      const served = server.requests.slice(before);
      figures.push({ query, ms, results, requests: served.length, bytes: served.reduce((n, r) => n + r.bytes, 0) });
    }
    return figures;
  } finally {
    await browser.close();
    await server.close();
  }
}
