// Chinese full-text search in real Chromium on the built site, at the domain
// root and under a sub-path. Expected articles come from reading the seed
// pages (src/content/issues/*/p01.txt). Results are asserted per issue (the
// issue id is in every article URL), which holds whether the parser makes a
// page one item or fifteen; where it matters, the item is checked too.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { openPage } from '../support/browser.ts';
import { useBuiltSite, type VariantName } from '../support/built-site.ts';
import { runAxe } from '../support/axe.ts';
import { articlesJson, issueOf, q, readResults, search, settled } from './search-support.ts';

const built = inject('built');

const LIAOCHENG = 'liaocheng-ribao-2025-04-11';
const REGIONAL_A = 'unidentified-2023-07-a';
const REGIONAL_B = 'unidentified-2023-07-b';

interface QueryCase {
  why: string;
  query: string;
  /** Exactly the items that must be found, by a stable part of their headline. */
  items: string[];
  /** Items that a looser search would return and that must not be found. */
  not?: string[];
  /** A note the page must show about how it read the query. */
  note?: RegExp;
}

// Headlines as the parser reads them from the seeds; a part that stays stable
// while headline joining is tuned (kickers and subtitles are not included).
const WENZHOU_HOTLINE = '万名“话务员”点对点解难'; // 2023-07-a: 温州 12345 热线
const LI_CHANGPING = '改进工作作风 提高服务效率'; // 聊城: 李长萍 at the 12345 市民热线
const YRD_HOTSPOTS = '长三角一体化热点不断'; // 2022-06, 解放日报
const YRD_TRANSHIP = '“联动接卸”打通长三角外贸新路'; // 2022-06
const YRD_MARKET = '市场回暖 活力渐显'; // 2022-06, 新华社杭州
const REGIONAL_POLICY = '找准主要发力点'; // 2023-07-b commentary
const WUCHENG = '婺城携手道孚'; // 2023-07-b
const NEW_ZEALAND = '出口新西兰货物享惠'; // 2023-07-a, 活力珠三角
const YUEQING_AD = '浙江省温州乐清市'; // 经济日报 advertorial: 温州 without 热线
const COMMENTARY_LIAOCHENG = '把好经济生命线'; // 聊城 本报评论员

const cases: QueryCase[] = [
  { why: '2-character word', query: '热线', items: [WENZHOU_HOTLINE, LI_CHANGPING] },
  {
    why: '3-character name the segmenter splits (长 / 三角)',
    query: '长三角',
    items: [YRD_HOTSPOTS, YRD_TRANSHIP, YRD_MARKET, REGIONAL_POLICY],
  },
  { why: 'person (in the kicker and body)', query: '李长萍', items: [LI_CHANGPING] },
  { why: 'county name', query: '婺城', items: [WUCHENG] },
  // 聊城's 12345 市民热线 has the pieces apart: a query typed without spaces matches as typed.
  {
    why: 'digits mixed with Chinese, matched as typed',
    query: '12345热线',
    items: [WENZHOU_HOTLINE],
    not: [LI_CHANGPING],
    note: /只列出含“12345热线”原文的文章。\s*改为分词检索/,
  },
  {
    why: 'the same typed with a space: each word anywhere',
    query: '12345 热线',
    items: [WENZHOU_HOTLINE, LI_CHANGPING],
    note: /其中 1 篇含完整短语/,
  },
  { why: 'full-width digits', query: '１２３４５', items: [WENZHOU_HOTLINE, LI_CHANGPING], note: /全角/ },
  { why: 'Latin acronym', query: 'RCEP', items: [NEW_ZEALAND] },
  { why: 'full-width Latin', query: 'ＲＣＥＰ', items: [NEW_ZEALAND], note: /全角/ },
  { why: 'traditional word', query: '熱線', items: [WENZHOU_HOTLINE, LI_CHANGPING], note: /简体字检索：热线/ },
  {
    why: 'traditional name',
    query: '長三角',
    items: [YRD_HOTSPOTS, YRD_TRANSHIP, YRD_MARKET, REGIONAL_POLICY],
    note: /简体字检索：长三角/,
  },
  { why: 'quoted phrase', query: '"长三角一体化"', items: [YRD_HOTSPOTS, REGIONAL_POLICY], not: [YRD_TRANSHIP], note: /精确短语/ },
  { why: 'CJK-quoted traditional phrase', query: '“長三角一體化”', items: [YRD_HOTSPOTS, REGIONAL_POLICY], note: /精确短语/ },
  {
    why: 'nothing as typed: says so, shows the pieces apart',
    query: '温州热线',
    items: [WENZHOU_HOTLINE],
    not: [YUEQING_AD],
    note: /没有文章含“温州热线”原文。以下是分别含“温州”“热线”的文章/,
  },
  { why: 'the same as a phrase: nothing', query: '"温州热线"', items: [] },
  { why: 'a word in no article (Pagefind alone falls back to 足)', query: '足球', items: [], note: /没有出现：足球/ },
  { why: 'one piece in no article (Pagefind alone drops it)', query: '热线 龘', items: [], note: /没有出现：龘。\s*只搜“热线”/ },
];

/** Matches each expected headline part to exactly one result title. */
function expectItems(titles: string[], items: string[], not: string[] = []): void {
  expect(titles).toHaveLength(items.length);
  for (const item of items)
    expect(
      titles.filter((t) => t.includes(item)),
      item,
    ).toHaveLength(1);
  for (const item of not)
    expect(
      titles.some((t) => t.includes(item)),
      item,
    ).toBe(false);
}

describe.each(Object.entries(built))('search on the built site (%s)', (name, variant) => {
  // Other test runs in the same checkout rebuild .test-dist while these run;
  // a private copy of the build keeps one run's files stable throughout.
  const site = useBuiltSite(name as VariantName, { copy: true });
  const articles = articlesJson(site.dir);

  test.each(cases)('$why: $query', async ({ query, items, not, note }) => {
    const seen = await search(site.browser, site.server.url, q(query));
    expectItems(seen.titles, items, not);
    expect(seen.status).toBe(items.length ? `找到 ${items.length} 篇` : '没有找到符合条件的文章。');
    if (note) expect(seen.notes).toMatch(note);
    // Shared searches stay shareable: the URL is still the reader's query.
    expect(new URL(seen.page.url()).searchParams.get('q')).toBe(query);
    expect(seen.errors).toEqual([]);
    await seen.page.close();
  });

  test('typed without spaces = the quoted phrase; the pieces apart are one click away', async () => {
    const typed = await search(site.browser, site.server.url, q('长三角一体化'));
    const phrase = await search(site.browser, site.server.url, q('"长三角一体化"'));
    expect(typed.ids.slice().sort()).toEqual(phrase.ids.slice().sort());
    expect(typed.ids.length).toBeGreaterThan(0);
    await typed.page.getByRole('link', { name: /改为分词检索/ }).click();
    await typed.page.waitForFunction(() => new URL(location.href).searchParams.get('q') === '长 三角 一体化');
    await settled(typed.page);
    const apart = await readResults(typed.page);
    // Apart is looser: every exact result, and 长三角 items without 一体化 in one run.
    for (const id of typed.ids) expect(apart.ids).toContain(id);
    expect(apart.titles.some((t) => t.includes(YRD_TRANSHIP))).toBe(true);
    await Promise.all([typed.page.close(), phrase.page.close()]);
  });

  test('excerpts highlight the matched text', async () => {
    const seen = await search(site.browser, site.server.url, q('李长萍'));
    expectItems(seen.titles, [LI_CHANGPING]);
    const marks = await seen.page.locator('#search-list mark').allTextContents();
    expect(marks.join('')).toContain('李长萍');
    await seen.page.close();
  });

  test('paper filter (URL): 热线 in 聊城日报 only', async () => {
    const seen = await search(site.browser, site.server.url, `${q('热线')}&paper=${encodeURIComponent('聊城日报')}`);
    expectItems(seen.titles, [LI_CHANGPING]);
    expect([...seen.issues]).toEqual([LIAOCHENG]);
    expect(await seen.page.locator('input[name="paper"][value="聊城日报"]').isChecked()).toBe(true);
    await seen.page.close();
  });

  test('type filter (URL): 招商引资 in commentaries only', async () => {
    const seen = await search(site.browser, site.server.url, `${q('招商引资')}&type=commentary`);
    expectItems(seen.titles, [COMMENTARY_LIAOCHENG]);
    await seen.page.close();
  });

  test('macro-region filter (URL): 热线 in items about 长三角', async () => {
    const seen = await search(site.browser, site.server.url, `${q('热线')}&macro=${encodeURIComponent('长三角')}`);
    expectItems(seen.titles, [WENZHOU_HOTLINE]);
    expect(await seen.page.locator('input[name="macro"][value="长三角"]').isChecked()).toBe(true);
    await seen.page.close();
  });

  test('year filter (checkbox): ticking 2023年 narrows 热线 and updates the URL', async () => {
    const seen = await search(site.browser, site.server.url, q('热线'));
    await seen.page.getByRole('checkbox', { name: /2023年/ }).check();
    await seen.page.waitForURL(/year=2023/);
    await settled(seen.page);
    const hrefs = await seen.page.locator('#search-list h3 a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(new Set(hrefs.map(issueOf))).toEqual(new Set([REGIONAL_A]));
    await seen.page.close();
  });

  test('type filter returns exactly the items of that type (checked against the JSON API)', async () => {
    const everything = await search(site.browser, site.server.url, q('发展'));
    const types = [...new Set(articles.map((a) => a.type))];
    expect(types.length).toBeGreaterThan(0);
    for (const type of types) {
      const seen = await search(site.browser, site.server.url, `${q('发展')}&type=${type}`);
      const expected = everything.ids.filter((id) => articles.find((a) => a.id === id)?.type === type);
      expect(seen.ids.sort()).toEqual(expected.sort());
      await seen.page.close();
    }
    await everything.page.close();
  });

  const regional = articles.flatMap((a) => a.regions.filter((r) => r.level === 'province' || r.level === 'macro'));
  test.skipIf(regional.length === 0)('region filters (macro-region, province) browse exactly the tagged items', async () => {
    for (const region of regional.slice(0, 3)) {
      const key = region.level === 'macro' ? 'macro' : 'province';
      const seen = await search(site.browser, site.server.url, `${key}=${encodeURIComponent(region.name)}`);
      const expected = articles.filter((a) => a.regions.some((r) => r.name === region.name && r.level === region.level));
      expect(seen.ids.sort()).toEqual(expected.map((a) => a.id).sort());
      await seen.page.close();
    }
  });

  test('date sort: newest and oldest first, and no article vanishes from sorted results', async () => {
    const relevance = await search(site.browser, site.server.url, q('发展'));
    const dateOf = (id: string) => articles.find((a) => a.id === id)!.date.padEnd(10, '-01');
    for (const [sort, direction] of [
      ['newest', -1],
      ['oldest', 1],
    ] as const) {
      const seen = await search(site.browser, site.server.url, `${q('发展')}&sort=${sort}`);
      expect(seen.ids.slice().sort()).toEqual(relevance.ids.slice().sort());
      const dates = seen.ids.map(dateOf);
      for (let i = 1; i < dates.length; i++) expect(Math.sign(dates[i].localeCompare(dates[i - 1]))).not.toBe(-direction);
      expect(await seen.page.locator('#search-sort').inputValue()).toBe(sort);
      await seen.page.close();
    }
    await relevance.page.close();
  });

  test('filters alone browse without a query: ?year=2025', async () => {
    const seen = await search(site.browser, site.server.url, 'year=2025');
    const expected = articles.filter((a) => a.date.startsWith('2025')).map((a) => a.id);
    expect(seen.ids.sort()).toEqual(expected.sort());
    await seen.page.close();
  });

  test('typing searches and keeps the URL in step', async () => {
    const seen = await search(site.browser, site.server.url, '');
    await seen.page.locator('#search-q').fill('婺城');
    await seen.page.waitForFunction(() => new URL(location.href).searchParams.get('q') === '婺城');
    await seen.page.waitForFunction(() => document.querySelector('#search-results')?.getAttribute('data-query') === '婺城');
    await settled(seen.page);
    const hrefs = await seen.page.locator('#search-list h3 a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(new Set(hrefs.map(issueOf))).toEqual(new Set([REGIONAL_B]));
    await seen.page.close();
  });

  test.each([
    ['the header search box of an article page', 'site-search-q'],
    ['the search box of the home page', 'home-search-q'],
  ])('%s lands on the search page with results (no script needed to get there)', async (_where, box) => {
    const page = await site.browser.newPage();
    await page.goto(box === 'home-search-q' ? site.server.url : `${site.server.url}articles/${articles[0].id}/`);
    // No script runs there; an article's JSON-LD record is data, not code.
    expect(await page.evaluate(() => document.querySelectorAll('script:not([type="application/ld+json"])').length)).toBe(0);
    await page.locator(`#${box}`).fill('李长萍');
    await Promise.all([page.waitForURL(/\/search\/\?q=/), page.locator(`#${box}`).press('Enter')]);
    expect(new URL(page.url()).pathname).toBe(`${variant.base}search/`);
    await settled(page);
    expect(await page.locator('#search-q').inputValue()).toBe('李长萍');
    expectItems(await page.locator('#search-list h3 a').allTextContents(), [LI_CHANGPING]);
    await page.close();
  });

  test('a click through lands on the article with the term highlighted, on a page without scripts', async () => {
    // 珲春 occurs once, near the end of a long article: only a working text
    // fragment scrolls it into a short viewport.
    const { page } = await openPage(site.browser, { height: 500 });
    await page.goto(`${site.server.url}search/?${q('珲春')}`);
    await settled(page);
    const link = page.locator('#search-list h3 a').first();
    expect(await link.getAttribute('href')).toContain(`#:~:text=${encodeURIComponent('珲春')}`);
    await Promise.all([page.waitForURL(/\/articles\//), link.click()]);
    expect(new URL(page.url()).pathname.startsWith(`${variant.base}articles/`)).toBe(true);
    const where = await page.waitForFunction(() => {
      const walker = document.createTreeWalker(document.querySelector('article')!, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf('珲春');
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 2);
        const box = range.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= innerHeight && scrollY > 0 ? { scrollY, top: box.top } : false;
      }
      return false;
    });
    expect(await where.jsonValue()).toBeTruthy();
    // No script runs there; an article's JSON-LD record is data, not code.
    expect(await page.evaluate(() => document.querySelectorAll('script:not([type="application/ld+json"])').length)).toBe(0);
    await page.close();
  });

  test.each(['light', 'dark'] as const)('with results, notes and filters: no serious axe violation (%s)', async (scheme) => {
    const { page } = await openPage(site.browser, { width: 375, height: 800 });
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${site.server.url}search/?${q('12345熱線')}&year=2023&year=2025`);
    await settled(page);
    const violations = await runAxe(page);
    expect(violations).toEqual([]);
    await page.close();
  });

  test('only article pages are indexed, every one of them', () => {
    const entry = JSON.parse(fs.readFileSync(path.join(site.dir, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    const articleDirs = fs
      .readdirSync(path.join(site.dir, 'articles'))
      .filter((id) => fs.existsSync(path.join(site.dir, 'articles', id, 'index.html')));
    expect(entry.languages['zh-hans'].page_count).toBe(articleDirs.length);
    expect(articleDirs.length).toBe(articles.length);
  });
});
