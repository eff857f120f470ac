// A sharded deployment searched as a reader does: the bundled archive cut into one
// shard per year, each built on its own, served side by side under /archive/; the
// newest shard's search page merges every other shard's index, so a query finds
// exactly what the same query finds on the archive built whole, with each result
// linking into the shard that holds it.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { buildShardedSite, SHARDED } from '../support/sharded-site.ts';
import { articleOf, q, search, settled } from './search-support.ts';
import type { ShardPlan } from '../../src/schemas/shards.ts';

const built = inject('built');
let plan: ShardPlan;
let browser: Browser;
let sharded: StaticServer;
let whole: StaticServer;

beforeAll(async () => {
  plan = buildShardedSite();
  browser = await launchBrowser();
  sharded = await serveStatic(SHARDED.site, SHARDED.base);
  whole = await serveStatic(built.root.outDir, '/');
}, 600_000);
afterAll(async () => {
  await browser?.close();
  await sharded?.close();
  await whole?.close();
});

const origin = () => sharded.url.slice(0, -SHARDED.base.length);
const shardOfIssue = (issue: string) => plan.shards.find((shard) => shard.issues.includes(issue))!;

describe('search across shards', () => {
  test('the bundled archive is three shards, one per year', () => {
    expect(plan.shards.map((shard) => shard.key)).toEqual(['y2022-1', 'y2023-1', 'y2025-1']);
  });

  test.each(['长三角', '热线', '发展', '聊城'])(
    '%s: the same results as the archive built whole, each linking into its own shard',
    async (query) => {
      const expected = await search(browser, whole.url, q(query));
      await expected.page.close();
      for (const shard of plan.shards) {
        const seen = await search(browser, `${origin()}${shard.base}`, q(query));
        expect(seen.errors, shard.key).toEqual([]);
        expect(seen.status, shard.key).toBe(expected.status);
        expect([...seen.ids].sort(), shard.key).toEqual([...expected.ids].sort());
        for (const href of seen.hrefs) {
          const id = articleOf(href);
          const issue = plan.shards.flatMap((s) => s.issues).find((i) => id.startsWith(`${i}-`))!;
          expect(new URL(href).pathname).toBe(`${shardOfIssue(issue).base}articles/${id}/`);
        }
        await seen.page.close();
      }
    },
  );

  test('filters count every shard: the year filter lists each shard’s years, and ticking one narrows to that shard', async () => {
    const newest = plan.shards.at(-1)!;
    const seen = await search(browser, `${origin()}${newest.base}`, q('热线'));
    for (const year of ['2023年', '2025年'])
      await expect(seen.page.getByRole('checkbox', { name: new RegExp(year) }).count()).resolves.toBe(1);
    await seen.page.getByRole('checkbox', { name: /2023年/ }).check();
    await seen.page.waitForURL(/year=2023/);
    await settled(seen.page);
    const hrefs = await seen.page.locator('#search-list h3 a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(new URL(href).pathname.startsWith(`${SHARDED.base}y2023-1/`)).toBe(true);
    // A result in another shard opens there.
    await seen.page.locator('#search-list h3 a').first().click();
    await seen.page.waitForURL(/\/archive\/y2023-1\/articles\//);
    expect(await seen.page.locator('h1').count()).toBe(1);
    await seen.page.close();
  });
});
