// Measurements, not a benchmark: what the first search costs a reader (bytes
// fetched, time until the first results are on screen) and what a repeated
// one costs. Numbers go to .test-dist/search-metrics.json and docs/search.md.
// The assertions are budgets that catch regressions (e.g. the full opencc
// build, 1.2 MB, slipping into the bundle), not exact figures.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { StaticServer } from '../support/static-server.ts';
import { useBuiltSite } from '../support/built-site.ts';
import { ROOT } from '../support/build-site.ts';
import { settled } from './search-support.ts';

/** Groups fetched files the way docs/search.md reports them. */
function kind(file: string): string {
  if (/\.pf_index$/.test(file)) return 'index chunks';
  if (/\.pf_fragment$/.test(file)) return 'result fragments';
  if (/\.pf_filter$/.test(file)) return 'filter chunks';
  if (/\/pagefind\//.test(file)) return 'pagefind runtime';
  if (/\/_astro\/.*\.js$/.test(file)) return 'search page script';
  return 'page and styles';
}

function summarize(all: StaticServer['requests']) {
  // Chromium refetches the favicon whenever the URL changes (pushState); that
  // is the browser's, not the search's, so it is left out.
  const requests = all.filter((r) => !/\/favicon\.[a-z]+$/.test(r.path));
  const byKind: Record<string, number> = {};
  for (const r of requests) byKind[kind(r.path)] = (byKind[kind(r.path)] ?? 0) + r.bytes;
  return { bytes: requests.reduce((sum, r) => sum + r.bytes, 0), requests: requests.length, byKind, paths: requests.map((r) => r.path) };
}

async function typeAndSearch(page: Page, server: StaticServer, text: string, expected: string) {
  const start = server.requests.length;
  await page.locator('#search-q').fill(text);
  const t0 = await page.evaluate(() => performance.now());
  await page.locator('#search-q').press('Enter');
  await page.waitForFunction((q) => {
    const section = document.querySelector('#search-results');
    return section?.getAttribute('data-state') === 'done' && section.getAttribute('data-query') === q;
  }, expected);
  const t1 = await page.evaluate(() => performance.getEntriesByName('search-rendered').at(-1)!.startTime);
  return { ms: Math.round(t1 - t0), ...summarize(server.requests.slice(start)) };
}

describe('search cost (sub-path build)', () => {
  const site = useBuiltSite('sub', { copy: true });

  test('before the reader types: the page alone, no Pagefind file (≤ 150 KB), focused or not; the runtime loads on the first key', async () => {
    const { browser, server } = site;
    const context = await browser.newContext();
    const page = await context.newPage();
    let start = server.requests.length;
    await page.goto(`${server.url}search/`, { waitUntil: 'networkidle' });
    const idle = summarize(server.requests.slice(start));
    await page.locator('#search-q').focus();
    await page.waitForTimeout(500);
    expect(server.requests.slice(start).filter((r) => r.path.includes('/pagefind/'))).toEqual([]);
    start = server.requests.length;
    // A key that types nothing: what the first keystroke loads, without a query of its own.
    await page.keyboard.press('Shift');
    // The static server's log, not page events: Pagefind fetches from a worker too.
    await expect.poll(() => server.requests.slice(start).some((r) => r.path.endsWith('.pf_meta')), { timeout: 30_000 }).toBe(true);
    await page.waitForLoadState('networkidle');
    const firstKey = summarize(server.requests.slice(start));
    await context.close();

    const file = path.join(ROOT, '.test-dist', 'search-metrics-idle.json');
    fs.writeFileSync(file, `${JSON.stringify({ date: new Date().toISOString(), idle, firstKey }, null, 2)}\n`);
    console.log(JSON.stringify({ idle, firstKey }, null, 2));
    expect(idle.paths.filter((p) => p.includes('/pagefind/'))).toEqual([]);
    expect(idle.bytes).toBeLessThanOrEqual(150 * 1024);
    expect(firstKey.paths.some((p) => p.endsWith('/pagefind/pagefind.js'))).toBe(true);
    // Filters load with the first query, not with the runtime.
    expect(firstKey.byKind['filter chunks'] ?? 0).toBe(0);
  });

  test('first query, a second one, and a repeated one', async () => {
    const { browser, server } = site;
    const context = await browser.newContext();
    const page = await context.newPage();
    const start = server.requests.length;
    await page.goto(`${server.url}search/?q=${encodeURIComponent('长三角')}`);
    await settled(page);
    const firstMs = await page.evaluate(() => Math.round(performance.getEntriesByName('search-rendered')[0].startTime));
    const first = { ms: firstMs, ...summarize(server.requests.slice(start)) };
    const second = await typeAndSearch(page, server, '李长萍', '李长萍');
    const repeated = await typeAndSearch(page, server, '长三角', '长三角');
    const reloadStart = server.requests.length;
    await page.reload();
    await settled(page);
    const reload = {
      ms: await page.evaluate(() => Math.round(performance.getEntriesByName('search-rendered')[0].startTime)),
      ...summarize(server.requests.slice(reloadStart)),
    };
    await context.close();

    const metrics = { date: new Date().toISOString(), first, second, repeated, reload };
    fs.writeFileSync(path.join(ROOT, '.test-dist', 'search-metrics.json'), `${JSON.stringify(metrics, null, 2)}\n`);
    console.log(JSON.stringify(metrics, null, 2));

    // Budgets: the search page must not ship the full opencc build, and a
    // repeated query must be served from what Pagefind already loaded.
    expect(first.byKind['search page script']).toBeLessThan(120_000);
    expect(first.bytes).toBeLessThan(800_000);
    expect(repeated.bytes).toBe(0);
    expect(repeated.requests).toBe(0);
  });
});
