// A fixture archive with a three-page issue (第1版 头版, 第2版 区域动态, 第7版)
// and a day-less issue of the same paper and month, built for real under a
// sub-path: page navigation, page names, the 下转第7版 link that lands on a
// held page and on its continuation (which links back), the calendar's day grid, and every internal link.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildMultiPageSite, MULTI_PAGE } from '../support/multi-page-site.ts';
import { checkLinks, elements, textOf } from './support/site.ts';

const { outDir: OUT, base: BASE } = MULTI_PAGE;
const ISSUE = 'demo-ribao-2025-04-11';

const read = (...parts: string[]) => fs.readFileSync(path.join(OUT, ...parts), 'utf8');
const rels = (html: string, rel: string) =>
  elements(html)
    .filter((node) => node.name === 'a' && node.attributes.rel === rel)
    .map((node) => node.attributes.href);

beforeAll(buildMultiPageSite, 180_000);

describe('a multi-page issue', () => {
  test('pages link to their neighbours in print order', () => {
    expect(rels(read('issues', ISSUE, 'p01', 'index.html'), 'prev')).toEqual([]);
    expect(rels(read('issues', ISSUE, 'p01', 'index.html'), 'next')).toEqual([`${BASE}issues/${ISSUE}/p02/`]);
    expect(rels(read('issues', ISSUE, 'p02', 'index.html'), 'next')).toEqual([`${BASE}issues/${ISSUE}/p07/`]);
    expect(rels(read('issues', ISSUE, 'p07', 'index.html'), 'prev')).toEqual([`${BASE}issues/${ISSUE}/p02/`]);
    expect(rels(read('issues', ISSUE, 'p07', 'index.html'), 'next')).toEqual([]);
  });

  test('each page view lists all pages of the issue, marking the current one', () => {
    const tabs = elements(read('issues', ISSUE, 'p02', 'index.html')).filter(
      (node) => node.name === 'a' && node.parent?.parent?.parent?.attributes?.class === 'page-tabs',
    );
    expect(tabs.map(textOf).map((t) => t.trim())).toEqual(['第1版 · 头版', '第2版 · 区域动态', '第7版']);
    expect(tabs.map((tab) => tab.attributes['aria-current'] ?? null)).toEqual([null, 'page', null]);
  });

  test('the issue page lists its pages with numbers and names', () => {
    const headings = elements(read('issues', ISSUE, 'index.html'))
      .filter((node) => node.name === 'h2' && (node.attributes.class ?? '').includes('section-title'))
      .map(textOf);
    expect(headings.slice(0, 3)).toEqual(['第1版 · 头版', '第2版 · 区域动态', '第7版']);
  });

  test('下转第7版 links to page 7 of the same issue, which the archive holds', () => {
    const { articles } = JSON.parse(read('api', 'articles.json'));
    const jumping = articles.filter(
      (article: { issue: string; continuedOn: number | null }) => article.issue === ISSUE && article.continuedOn === 7,
    );
    expect(jumping.length).toBeGreaterThan(0);
    for (const article of jumping) {
      const links = elements(read('articles', article.id, 'index.html'))
        .filter((node) => node.name === 'a' && textOf(node).includes('下转第7版'))
        .map((node) => node.attributes.href);
      expect(links).toEqual([`${BASE}issues/${ISSUE}/p07/`]);
    }
  });

  test('the two parts of an article that runs over to page 7 link to each other (上接第1版, same headline)', () => {
    const { articles } = JSON.parse(read('api', 'articles.json'));
    const first = articles.find(
      (article: { issue: string; continuedOn: number | null }) => article.issue === ISSUE && article.continuedOn === 7,
    );
    const rest = articles.filter((article: { issue: string; page: number }) => article.issue === ISSUE && article.page === 7);
    const second = rest.find((article: { title: string | null }) => article.title === first.title);
    expect(second, 'the fixture holds the continuation on page 7').toBeDefined();
    const linksOf = (id: string, className: string) =>
      elements(read('articles', id, 'index.html'))
        .filter((node) => node.name === 'a' && node.attributes.class === className)
        .map((node) => ({ href: node.attributes.href, text: textOf(node) }));
    expect(linksOf(first.id, 'continuation-next')).toEqual([{ href: `${BASE}articles/${second.id}/`, text: first.title }]);
    expect(linksOf(second.id, 'continuation-previous')).toEqual([{ href: `${BASE}articles/${first.id}/`, text: first.title }]);
    // No other item of page 7 claims to continue it.
    for (const other of rest.filter((article: { id: string }) => article.id !== second.id))
      expect(linksOf(other.id, 'continuation-previous')).toEqual([]);
  });

  test('the calendar shows April 2025 as a day grid linking the 11th, and the day-less issue without a day', () => {
    const calendar = elements(read('issues', 'index.html'));
    const dayLinks = calendar.filter((node) => node.name === 'a' && node.attributes.href === '#d2025-04-11');
    expect(dayLinks.map(textOf)).toEqual(['11']);
    const cards = calendar.filter((node) => (node.attributes.class ?? '').includes('issue-card')).map(textOf);
    expect(cards.some((text) => text.includes('示例日报 2025年4月') && !text.includes('2025年4月11日'))).toBe(true);
    // Sorted as the month's first day: the day-less issue comes before the 11th.
    expect(cards.findIndex((text) => text.includes('2025年4月11日'))).toBeGreaterThan(
      cards.findIndex((text) => !text.includes('2025年4月11日')),
    );
  });

  test("the paper's catalogue record: every field the manifests give, a changed sponsor with the span of each", () => {
    const page = elements(read('papers', 'demo-ribao', 'index.html'));
    const record = page.find((node) => node.name === 'dl' && node.attributes.class === 'paper-record')!;
    const rows = record.children
      .filter((node: any) => node.name === 'dt' || node.name === 'dd')
      .map((node: any) => textOf(node).replace(/\s+/g, ''));
    expect(rows).toEqual([
      '报名',
      '示例日报',
      '出版地',
      '浙江省温州市',
      '主办',
      '示例报业集团（2025年4月11日）；示例日报社（2025年4月）',
      'CN',
      'CN33-0001',
      'ISSN',
      '1002-9419',
      '馆藏起止',
      '2025年4月—2025年4月11日',
      '期数',
      '2',
      '版数',
      '4',
      '篇数',
      String(JSON.parse(read('api', 'articles.json')).count),
    ]);
    // The directory says where and by whom, as the newest issue gives it.
    const directory = elements(read('papers', 'index.html'))
      .filter((node) => node.name === 'li')
      .map(textOf)
      .join('');
    expect(directory).toContain('出版地：浙江省温州市 · 主办：示例报业集团');
  });

  test('every internal link resolves', () => {
    const { broken, pages } = checkLinks(OUT, BASE);
    expect(pages).toBeGreaterThan(5);
    expect(broken).toEqual([]);
  });
});
