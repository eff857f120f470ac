// A reader's way through the archive in real Chromium, at the domain root and
// under /archive/: home → 往期 → issue → 版面 → article → region and back, by
// clicking links (no URL typing), with no console error on the way.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { openPage } from '../support/browser.ts';
import { useBuiltSite, type VariantName } from '../support/built-site.ts';

const built = inject('built');

describe.each(Object.entries(built))('navigation (%s)', (name, { outDir, base }) => {
  const site = useBuiltSite(name as VariantName);

  test('home → 往期 → issue → page → article → region, and back', async () => {
    // Follow an article that is tagged with a region, so the last click exists.
    const { articles } = JSON.parse(fs.readFileSync(path.join(outDir, 'api', 'articles.json'), 'utf8'));
    const target = articles.find((article: { regions: unknown[] }) => article.regions.length > 0);
    expect(target).toBeDefined();
    const { page, errors } = await openPage(site.browser, { width: 375, height: 800 });
    const visited: string[] = [];
    const here = () => new URL(page.url()).pathname;
    const click = async (selector: string) => {
      const from = here();
      await Promise.all([page.waitForURL((url) => url.pathname !== from), page.locator(selector).first().click()]);
      await page.waitForLoadState('load');
      visited.push(here());
    };

    await page.goto(site.server.url);
    visited.push(here());
    await click('.site-nav a[href$="/issues/"]');
    expect(await page.locator('h1').textContent()).toContain('往期');
    await click(`.calendar-month .issue-card h4 a[href$="/issues/${target.issue}/"]`);
    expect(here()).toBe(`${base}issues/${target.issue}/`);
    await click(`.section-title a[href$="/p${String(target.page).padStart(2, '0')}/"]`);
    expect(here()).toMatch(/\/issues\/[a-z0-9-]+\/p\d\d\/$/);
    await click(`.headline-nav a.title[href$="/articles/${target.id}/"]`);
    expect(here()).toBe(`${base}articles/${target.id}/`);
    expect(await page.locator('article[data-pagefind-body] h1').count()).toBe(1);
    expect(await page.locator('pre.citation').textContent()).toMatch(
      /\[N\/OL\]\. .+, \d{4}(-\d{2}){0,2}(\(\d+\))?\[引用日期\]\. https?:\/\//,
    );
    await click('.article-meta .region-list a');
    expect(here()).toMatch(new RegExp(`^${base}regions/[a-z0-9-]+/$`));
    expect(await page.locator('h1').count()).toBe(1);

    // And back, one page at a time, through the same pages.
    for (const expected of visited.slice(0, -1).reverse()) {
      await page.goBack();
      expect(here()).toBe(expected);
    }
    expect(here()).toBe(base);
    for (const visitedPath of visited) expect(visitedPath.startsWith(base)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('keyboard: the first Tab reaches the skip link, which moves focus to the main content', async () => {
    const { page, errors } = await openPage(site.browser);
    await page.goto(`${site.server.url}issues/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    expect(errors).toEqual([]);
    await page.close();
  });

  test('the search form works without JavaScript: it submits to the search page with the query', async () => {
    const page = await site.browser.newPage({ javaScriptEnabled: false });
    await page.goto(site.server.url);
    await page.fill('#home-search-q', '热线');
    await Promise.all([page.waitForURL(/\/search\/\?q=/), page.press('#home-search-q', 'Enter')]);
    const url = new URL(page.url());
    expect(url.pathname).toBe(`${base}search/`);
    expect(url.searchParams.get('q')).toBe('热线');
    await page.close();
  });

  test('an unknown address gets the 404 page with a way back', async () => {
    const { page } = await openPage(site.browser);
    const response = await page.goto(`${site.server.url}no-such-page/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('页面不存在');
    await click404(page);
    expect(new URL(page.url()).pathname).toBe(base);
    await page.close();
  });
});

/** Follows the 404 page's link home. */
async function click404(page: import('playwright-core').Page) {
  await Promise.all([page.waitForLoadState('load'), page.locator('main a').first().click()]);
  await page.waitForLoadState('load');
}
