import { describe, expect, test } from 'vitest';
import { indexAttributes, type IndexedArticle } from '../../src/lib/search/index-attributes.ts';

const base: IndexedArticle = {
  title: '“联动接卸”打通长三角外贸新路',
  publication: null,
  date: '2022-06',
  page: 1,
  type: 'article',
  kicker: '组合最经济的水水运输方式和最便利的通关政策',
  column: null,
  regions: [
    { code: 'changsanjiao', name: '长三角', level: 'macro', slug: 'changsanjiao' },
    { code: '310000', name: '上海市', level: 'province', slug: 'shanghai' },
    { code: '320000', name: '江苏省', level: 'province', slug: 'jiangsu' },
    { code: '320585', name: '太仓市', level: 'county', slug: 'taicang' },
  ],
};

describe('indexAttributes', () => {
  test('filters: macro-regions and provinces, paper (with fallback), type, year; no column when none', () => {
    const { filters } = indexAttributes(base, { unknownPaper: '报名不详', pageLabel: '第1版' });
    expect(filters).toEqual([
      ['macro', '长三角'],
      ['province', '上海市'],
      ['province', '江苏省'],
      ['paper', '报名不详'],
      ['type', 'article'],
      ['year', '2022'],
      ['date', '2022-06'],
      ['page', '第1版'],
    ]);
  });

  test('meta is only what the indexed text also has (title, kicker): Pagefind searches every meta value', () => {
    const { meta } = indexAttributes(base, { unknownPaper: '报名不详', pageLabel: '第6版 · 经济' });
    expect(meta.map(([name]) => name)).toEqual(['title', 'kicker']);
  });

  test('column filter and kicker meta when present', () => {
    const { filters, meta } = indexAttributes(
      { ...base, column: '聚焦长三角', publication: '经济日报' },
      { unknownPaper: '报名不详', pageLabel: '第1版' },
    );
    expect(filters).toContainEqual(['column', '聚焦长三角']);
    expect(filters).toContainEqual(['paper', '经济日报']);
    expect(meta).toContainEqual(['kicker', base.kicker]);
  });

  test('every article gets an ISO day sort key, partial dates as their first day', () => {
    expect(indexAttributes(base, { unknownPaper: '?', pageLabel: '第1版' }).sort).toEqual([['date', '2022-06-01']]);
    expect(indexAttributes({ ...base, date: '2025-04-11' }, { unknownPaper: '?', pageLabel: '第1版' }).sort).toEqual([
      ['date', '2025-04-11'],
    ]);
    expect(indexAttributes({ ...base, date: '2023' }, { unknownPaper: '?', pageLabel: '第1版' }).sort).toEqual([['date', '2023-01-01']]);
  });

  test('an untitled item gets an explicit empty title, never the fallback label', () => {
    const { meta } = indexAttributes({ ...base, title: null }, { unknownPaper: '?', pageLabel: '第1版' });
    expect(meta).toContainEqual(['title', '']);
  });

  test('the page shown is the label the article page shows: 版次不详 where the number is not printed, never 第1版', () => {
    expect(indexAttributes(base, { unknownPaper: '?', pageLabel: '版次不详' }).filters).toContainEqual(['page', '版次不详']);
    expect(indexAttributes(base, { unknownPaper: '?', pageLabel: '第3版 · 要闻' }).filters).toContainEqual(['page', '第3版 · 要闻']);
  });

  test('duplicate regions are listed once', () => {
    const { filters } = indexAttributes(
      { ...base, regions: [...base.regions, base.regions[0]] },
      { unknownPaper: '?', pageLabel: '第1版' },
    );
    expect(filters.filter(([k]) => k === 'macro')).toHaveLength(1);
  });
});
