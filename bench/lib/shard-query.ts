import { launchBrowser } from '../../tests/support/browser.ts';
import { serveStatic } from '../../tests/support/static-server.ts';

/** What one query found: in the primary shard alone, in each shard alone, and across all shards merged. */
export interface ShardQuery {
  query: string;
  perShard: Record<string, number>;
  merged: number;
  mergedShards: string[];
  mergedBytes: number;
  /** Merged-query bytes by file: runtime (js, wasm), index (entry, meta, chunks), fragments, filters. */
  mergedKinds: Record<string, number>;
  mergedMs: number;
}

/**
 * Serves the combined site and, in Chromium, searches each shard's index on
 * its own and then the primary (newest) shard's index with every other shard
 * merged in at query time (Pagefind mergeIndex), as one search page would.
 */
export async function queryShards(site: string, keys: string[], query: string): Promise<ShardQuery> {
  const server = await serveStatic(site, '/');
  const browser = await launchBrowser();
  try {
    const perShard: Record<string, number> = {};
    for (const key of keys) {
      const page = await browser.newPage();
      await page.goto(`${server.url}${key}/`);
      perShard[key] = await page.evaluate(
        async ({ url, q }) => {
          const pagefind = await import(url);
          return (await pagefind.search(q)).results.length as number;
        },
        { url: `${server.url}${key}/pagefind/pagefind.js`, q: query },
      );
      await page.close();
    }
    const primary = keys[keys.length - 1];
    const page = await browser.newPage();
    await page.goto(server.url);
    const before = server.requests.length;
    const merged = await page.evaluate(
      async ({ origin, primary, others, q }) => {
        const start = performance.now();
        const pagefind = await import(`${origin}${primary}/pagefind/pagefind.js`);
        for (const key of others) await pagefind.mergeIndex(`${origin}${key}/pagefind/`);
        const search = await pagefind.search(q);
        await Promise.all(search.results.slice(0, 10).map((r: { data(): Promise<unknown> }) => r.data()));
        (window as unknown as { lastSearch: unknown }).lastSearch = search;
        return { count: search.results.length as number, ms: performance.now() - start };
      },
      { origin: server.url, primary, others: keys.filter((k) => k !== primary), q: query },
    );
    const served = server.requests.slice(before);
    const mergedBytes = served.reduce((n, r) => n + r.bytes, 0);
    const mergedKinds: Record<string, number> = {};
    for (const r of served) {
      const kind = /\/fragment\//.test(r.path)
        ? 'fragment'
        : /\/filter\//.test(r.path)
          ? 'filter'
          : /\/index\/|entry\.json|pf_meta/.test(r.path)
            ? 'index'
            : 'runtime';
      mergedKinds[kind] = (mergedKinds[kind] ?? 0) + r.bytes;
    }
    // Which shards the merged results come from (loads every result, so after the byte count).
    const mergedShards = await page.evaluate(async () => {
      const search = (window as unknown as { lastSearch: { results: Array<{ data(): Promise<{ url: string }> }> } }).lastSearch;
      const all = await Promise.all(search.results.map((r) => r.data()));
      // Merged indexes were added by absolute URL, so their result URLs are absolute.
      return [...new Set(all.map((d) => new URL(d.url, location.href).pathname.split('/')[1]))].sort();
    });
    return {
      query,
      perShard,
      merged: merged.count,
      mergedShards,
      mergedBytes,
      mergedKinds,
      mergedMs: merged.ms,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
