// The search page on a phone (390×844, an iPhone 12–15): after a search the
// first result is on the first screen, the filters are collapsed (one tap
// opens them), and there is one search box, not the header's as well.
import { describe, expect, test } from 'vitest';
import { openPage } from '../support/browser.ts';
import { useBuiltSite } from '../support/built-site.ts';
import { asTyped, pagesContain, readResults, typeQuery } from './search-support.ts';

const PHONE = { width: 390, height: 844 };

describe('search on a phone (sub-path build)', () => {
  const site = useBuiltSite('sub');

  test.each(['长三角', '热线'])('typing %s: the first result is on the first screen, filters collapsed, one search box', async (query) => {
    const { page, errors } = await openPage(site.browser, PHONE);
    await page.goto(`${site.server.url}search/`);
    expect(await page.locator('input[type="search"], input[name="q"]').count()).toBe(1);
    expect(await page.locator('form[role="search"]').count()).toBe(1);
    await typeQuery(page, query);

    const first = page.locator('#search-list > li').first();
    const box = (await first.locator('h3').boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(PHONE.height);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(await pagesContain(page, [(await first.locator('h3 a').getAttribute('href'))!], asTyped(query))).toEqual([true]);

    const panel = page.locator('#search-filters-panel');
    expect(await panel.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await page.locator('#search-filters input[type="checkbox"]').first().isVisible()).toBe(false);
    expect(await page.locator('input[type="search"], input[name="q"]').count()).toBe(1);

    // One tap opens the filters; ticking one narrows the results and the collapsed panel says so.
    await panel.locator('summary').click();
    const year = page.locator('#search-filters input[name="year"]').first();
    await year.check();
    await page.waitForURL(/year=/);
    await page.waitForSelector('#search-results[data-state="done"]');
    expect(await panel.locator('summary').textContent()).toContain('已选 1 项');
    const { hrefs } = await readResults(page);
    expect(hrefs.length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("a query in the URL (from another page's search box): results on the first screen", async () => {
    const { page } = await openPage(site.browser, PHONE);
    await page.goto(`${site.server.url}search/?q=${encodeURIComponent('李长萍')}`);
    await page.waitForSelector('#search-results[data-state="done"]');
    const box = (await page.locator('#search-list > li h3').first().boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(PHONE.height);
    expect(await page.locator('#search-filters-panel').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await page.close();
  });
});
