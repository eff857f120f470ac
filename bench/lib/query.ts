import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { launchBrowser } from '../../tests/support/browser.ts';
import { serveStatic } from '../../tests/support/static-server.ts';

/** Bytes and time of one query, and how many results it found. */
export interface QueryFigure {
  query: string;
  ms: number;
  bytes: number;
  /** The same responses as a CDN with gzip would send them (Pagefind's index files are already compressed). */
  gzipBytes: number;
  /** Bytes by kind: runtime (js, wasm), index (pf_index, pf_meta, entry), fragment, filter, other. */
  kinds: Record<string, number>;
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
      const kinds: Record<string, number> = {};
      let gzipBytes = 0;
      for (const request of served) {
        const kind = kindOf(request.path);
        kinds[kind] = (kinds[kind] ?? 0) + request.bytes;
        gzipBytes += compressedSize(dist, base, request.path, request.bytes);
      }
      figures.push({ query, ms, results, requests: served.length, bytes: served.reduce((n, r) => n + r.bytes, 0), gzipBytes, kinds });
    }
    return figures;
  } finally {
    await browser.close();
    await server.close();
  }
}

/** What a fetched file is, for the byte breakdown. */
function kindOf(urlPath: string): string {
  if (/pagefind.*\.(js|wasm|pagefind)$/.test(urlPath) && !/pf_/.test(urlPath) && !/\/(index|fragment|filter)\//.test(urlPath))
    return 'runtime';
  if (/\/fragment\//.test(urlPath)) return 'fragment';
  if (/\/filter\//.test(urlPath)) return 'filter';
  if (/\/index\/|pagefind-entry|\.pf_meta$/.test(urlPath)) return 'index';
  return 'other';
}

/** Size on the wire from a gzip-compressing host: text files gzipped, already-compressed Pagefind files as they are. */
function compressedSize(dist: string, base: string, urlPath: string, bytes: number): number {
  if (!/\.(js|mjs|css|html|json|svg)$/.test(urlPath) && !urlPath.endsWith('/')) return bytes;
  const rel = urlPath.slice(base.length) + (urlPath.endsWith('/') ? 'index.html' : '');
  try {
    return zlib.gzipSync(fs.readFileSync(path.join(dist, rel)), { level: 9 }).length;
  } catch {
    return bytes;
  }
}
