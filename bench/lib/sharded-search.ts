import { launchBrowser } from '../../tests/support/browser.ts';
import { serveStatic } from '../../tests/support/static-server.ts';
import { typeQuery } from '../../tests/browser/search-support.ts';
import type { ShardPlan } from '../../src/schemas/shards.ts';

/** One query on the sharded deployment's real search page, against each shard's own index. */
export interface ShardedSearch {
  query: string;
  /** Results of the exact query in each shard's index alone (Pagefind API, no merging). */
  perShard: Record<string, number>;
  /** Results the newest shard's search page shows, every shard merged in. */
  shown: number;
  /** Shards the first page of results comes from. */
  firstPageShards: string[];
  /** Bytes the search page fetched before the reader typed, and for the first query. */
  beforeQueryBytes: number;
  firstQueryBytes: number;
  firstQueryMs: number;
}

/**
 * Serves the deployment folder as one site and, in Chromium, opens the newest
 * shard's search page (the hub's 检索全部年份), types the query, and reads the
 * count it shows; each shard's index is also searched alone for the same exact
 * phrase, so the page's count can be checked against the sum.
 */
export async function searchShards(site: string, plan: ShardPlan, query: string): Promise<ShardedSearch> {
  const server = await serveStatic(site, '/');
  const browser = await launchBrowser();
  try {
    const perShard: Record<string, number> = {};
    for (const shard of plan.shards) {
      const page = await browser.newPage();
      await page.goto(`${server.url.slice(0, -1)}${shard.base}`);
      perShard[shard.key] = await page.evaluate(
        async ({ url, q }) => {
          const pagefind = await import(url);
          await pagefind.init();
          return (await pagefind.search(`"${q}"`)).results.length as number;
        },
        { url: `${server.url.slice(0, -1)}${shard.base}pagefind/pagefind.js`, q: query },
      );
      await page.close();
    }
    const newest = plan.shards[plan.shards.length - 1];
    const page = await browser.newPage();
    const start = server.requests.length;
    await page.goto(`${server.url.slice(0, -1)}${newest.base}search/`, { waitUntil: 'networkidle' });
    const loaded = server.requests.length;
    const began = performance.now();
    await typeQuery(page, query);
    const firstQueryMs = performance.now() - began;
    const bytes = (from: number, to: number) => server.requests.slice(from, to).reduce((n, r) => n + r.bytes, 0);
    const status = (await page.locator('#search-status').textContent()) ?? '';
    const hrefs = await page
      .locator('#search-list h3 a')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    const keyOf = (pathname: string) => plan.shards.find((shard) => pathname.startsWith(shard.base))?.key ?? '?';
    return {
      query,
      perShard,
      shown: Number(/找到 (\d+) 篇/.exec(status)?.[1] ?? NaN),
      firstPageShards: [...new Set(hrefs.map(keyOf))].sort(),
      beforeQueryBytes: bytes(start, loaded),
      firstQueryBytes: bytes(loaded, server.requests.length),
      firstQueryMs,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
