// A reader follows a paper in real Chromium, under /archive/ on a phone:
// 报纸 → a paper → its latest issue's page → an article and back to the paper;
// from a search, the paper filter's link to the paper's page; and the search
// results say what the article pages say about the page number and untitled photos.
import { describe, expect, test } from 'vitest';
import { openPage } from '../support/browser.ts';
import { useBuiltSite } from '../support/built-site.ts';
import { articlesJson, q, search } from './search-support.ts';

const LIAOCHENG = 'liaocheng-ribao';

describe('papers in the browser (sub)', () => {
  const site = useBuiltSite('sub', { copy: true });
  const base = site.base;
  const articles = articlesJson(site.dir);

  test("报纸 → 聊城日报 → its latest issue's 第1版 → an article → back to the paper", async () => {
    const { page, errors } = await openPage(site.browser, { width: 375, height: 800 });
    const here = () => new URL(page.url()).pathname;
    const click = async (locator: ReturnType<typeof page.locator>) => {
      const from = here();
      await Promise.all([page.waitForURL((url) => url.pathname !== from), locator.first().click()]);
      await page.waitForLoadState('load');
    };
    await page.goto(site.server.url);
    await click(page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '报纸' }));
    expect(here()).toBe(`${base}papers/`);
    await click(page.getByRole('link', { name: '聊城日报' }));
    expect(here()).toBe(`${base}papers/${LIAOCHENG}/`);
    expect(await page.locator('h1').textContent()).toBe('聊城日报');
    await expect(page.locator('.paper-record').textContent()).resolves.toMatch(/出版地\s*山东省聊城市/);
    await click(page.getByRole('navigation', { name: '版面导航' }).getByRole('link', { name: '第1版' }));
    expect(here()).toBe(`${base}issues/${LIAOCHENG}-2025-04-11/p01/`);
    await click(page.locator('.headline-nav a.title'));
    expect(here()).toMatch(new RegExp(`^${base}articles/${LIAOCHENG}-2025-04-11-p01-\\d+/$`));
    await click(page.locator('.article-meta a', { hasText: '聊城日报' }));
    expect(here()).toBe(`${base}papers/${LIAOCHENG}/`);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("报纸 → 聊城日报 → 最新一期: the latest issue's page, with the paper's heading", async () => {
    const { page, errors } = await openPage(site.browser, { width: 390, height: 844 });
    await page.goto(`${site.server.url}papers/`);
    await Promise.all([page.waitForURL(`**${base}papers/${LIAOCHENG}/`), page.getByRole('link', { name: '聊城日报' }).first().click()]);
    const latest = page.locator('#latest-h a');
    const newest = articles
      .filter((a) => a.publication === '聊城日报')
      .sort((a, b) => b.date.localeCompare(a.date))[0]
      .id.replace(/-p\d+-\d+$/, '');
    await Promise.all([page.waitForURL(`**${base}issues/${newest}/`), latest.click()]);
    expect(await page.locator('h1').textContent()).toMatch(/^聊城日报\s*2025年4月11日$/);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('the paper filter links each paper, 报名不详 included, to its page and its feed', async () => {
    const seen = await search(site.browser, site.server.url, q('热线'));
    const filter = seen.page.locator('fieldset[data-filter="paper"]');
    await expect(filter.getByRole('link', { name: '报名不详 报纸页' }).getAttribute('href')).resolves.toBe(`${base}papers/unidentified/`);
    // And each paper's feed, beside it.
    await expect(filter.getByRole('link', { name: '聊城日报 RSS 订阅' }).getAttribute('href')).resolves.toBe(
      `${base}papers/liaocheng-ribao/rss.xml`,
    );
    await expect(filter.getByRole('link', { name: '报名不详 RSS 订阅' }).getAttribute('href')).resolves.toBe(
      `${base}papers/unidentified/rss.xml`,
    );
    await Promise.all([
      seen.page.waitForURL(/\/papers\/liaocheng-ribao\/$/),
      filter.getByRole('link', { name: '聊城日报 报纸页' }).click(),
    ]);
    expect(await seen.page.locator('h1').textContent()).toBe('聊城日报');
    expect(seen.errors).toEqual([]);
    await seen.page.close();
  });

  test('each result says what its article page says about the page: 版次不详 where no number is printed', async () => {
    const seen = await search(site.browser, site.server.url, q('热线'));
    const results = await seen.page.locator('#search-list > li').evaluateAll((items) =>
      items.map((li) => ({
        href: li.querySelector('h3 a')!.getAttribute('href')!,
        meta: li.querySelector('.search-result-meta')!.textContent ?? '',
      })),
    );
    expect(results.length).toBeGreaterThan(1);
    const labels = new Set<string>();
    for (const result of results) {
      const article = await site.browser.newPage();
      await article.goto(new URL(result.href.replace(/#.*$/, ''), site.server.url).href);
      const label = (await article.locator('.article-context li a[href*="/p"]').last().textContent())!.trim();
      await article.close();
      expect(result.meta.split(' · '), result.href).toContain(label);
      labels.add(label);
    }
    // 热线 is found on a page that prints its number and on one that does not.
    expect([...labels].sort()).toEqual(['版次不详', '第1版']);
    await seen.page.close();
  });

  test('an untitled photo is （图片说明） in the results, as on its page, never （标题缺失）', async () => {
    // 曹妃甸 is in the caption of an untitled photo on the 2023-07-a page.
    const photos = new Set(articles.filter((article) => article.type === 'photo' && article.title === null).map((article) => article.id));
    const seen = await search(site.browser, site.server.url, q('曹妃甸'));
    const shown = seen.ids.map((id, index) => ({ id, title: seen.titles[index] })).filter((result) => photos.has(result.id));
    expect(shown.length).toBeGreaterThan(0);
    for (const result of shown) expect(result.title, result.id).toBe('（图片说明）');
    await seen.page.close();
  });
});
