import { describe, expect, test } from 'vitest';
import { printedAt } from '../../src/lib/printed-at.ts';
import type { ArchivePage, ArticleEntry } from '../../src/lib/archive.ts';

// Only the fields printedAt reads; the rest of a content entry does not matter here.
const article = {
  data: { issue: 'zhejiang-ribao-2025-04-11', publication: '浙江日报', publicationSlug: 'zhejiang-ribao', date: '2025-04-11', page: 3 },
} as unknown as ArticleEntry;
const page = { number: 3, numberPrinted: true, name: '要闻' } as ArchivePage;

describe('where an article was printed', () => {
  test('issue link, paper, date and page link, as the site labels them', () => {
    expect(printedAt({ article, page, siblings: 4 })).toEqual({
      issueHref: '/issues/zhejiang-ribao-2025-04-11/',
      paperHref: '/papers/zhejiang-ribao/',
      paper: '浙江日报',
      date: '2025年4月11日',
      page: { href: '/issues/zhejiang-ribao-2025-04-11/p03/', label: '第3版 · 要闻' },
      pageText: '第3版 · 要闻',
    });
  });

  test('no page link when the issue does not list the page; 报名不详 for an unnamed paper', () => {
    const unnamed = { data: { ...article.data, publication: null } } as unknown as ArticleEntry;
    const printed = printedAt({ article: unnamed, page: undefined, siblings: 1 });
    expect(printed.page).toBeUndefined();
    expect(printed.pageText).toBe('第3版');
    expect(printed.paper).toBe('报名不详');
    // Unnamed papers share the 报名不详 page, whatever slug the manifest gave.
    expect(printed.paperHref).toBe('/papers/unidentified/');
  });

  test('the page text says 版次不详 where the page does not print its number, as the search result will', () => {
    const unnumbered = { number: 1, numberPrinted: false, name: null } as ArchivePage;
    expect(printedAt({ article, page: unnumbered, siblings: 1 }).pageText).toBe('版次不详');
  });
});
