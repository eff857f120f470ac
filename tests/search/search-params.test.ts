import { describe, expect, test } from 'vitest';
import { pagefindOptions, readSearchParams, writeSearchParams } from '../../src/lib/search/search-params.ts';
import { parseExcerpt, markedTerms, highlightTerms } from '../../src/lib/search/excerpt.ts';
import { textFragment } from '../../src/lib/search/text-fragment.ts';

describe('search URL state', () => {
  test('reads what the header form sends (?q= only)', () => {
    expect(readSearchParams('?q=%E9%95%BF%E4%B8%89%E8%A7%92')).toEqual({ q: '长三角', filters: {}, sort: 'relevance' });
  });

  test('round-trips query, filters (several values) and sort; ignores unknown keys and sorts', () => {
    const state = readSearchParams('q=热线&province=浙江省&province=上海市&year=2023&sort=newest&utm=x');
    expect(state).toEqual({ q: '热线', filters: { province: ['浙江省', '上海市'], year: ['2023'] }, sort: 'newest' });
    expect(readSearchParams(writeSearchParams(state))).toEqual(state);
    expect(readSearchParams('sort=random').sort).toBe('relevance');
  });

  test('Pagefind options: values within a filter are alternatives; sort by the date key', () => {
    const options = pagefindOptions(readSearchParams('q=x&paper=聊城日报&paper=经济日报&sort=oldest'));
    expect(options).toEqual({ filters: { paper: { any: ['聊城日报', '经济日报'] } }, sort: { date: 'asc' } });
    expect(pagefindOptions(readSearchParams('q=x')).sort).toEqual({});
  });
});

describe('excerpts', () => {
  test('adjacent marks merge; entities decode; nothing is HTML', () => {
    const segments = parseExcerpt('书记<mark>李</mark><mark>长</mark><mark>萍</mark>到 a &lt;b&gt; <mark>热线</mark>');
    expect(segments).toEqual([
      { text: '书记', mark: false },
      { text: '李长萍', mark: true },
      { text: '到 a <b> ', mark: false },
      { text: '热线', mark: true },
    ]);
    expect(markedTerms(segments)).toEqual(['李长萍', '热线']);
  });
});

describe('what the article page highlights', () => {
  test('the whole query when the excerpt shows it contiguously', () => {
    expect(highlightTerms(parseExcerpt('聚焦<mark>长</mark><mark>三角</mark>。'), '长三角', ['长', '三角'])).toEqual(['长三角']);
  });
  test('not near-misses Pagefind also marks (长春 for 珲春)', () => {
    const segments = parseExcerpt('<mark>长春</mark>兴隆综保区、<mark>珲春</mark>综保区');
    expect(highlightTerms(segments, '珲春', ['珲春'])).toEqual(['珲春']);
  });
  test('each marked piece when the words lie apart', () => {
    const segments = parseExcerpt('在<mark>12345</mark>市民<mark>热线</mark>受理中心');
    expect(highlightTerms(segments, '12345热线', ['12345', '热线'])).toEqual(['12345', '热线']);
  });
});

describe('text fragments', () => {
  test('one directive per term, percent-encoded, - and , escaped', () => {
    expect(textFragment(['李长萍'])).toBe('#:~:text=%E6%9D%8E%E9%95%BF%E8%90%8D');
    expect(textFragment(['B737-800', 'a,b'])).toBe('#:~:text=B737%2D800&text=a%2Cb');
    expect(textFragment([])).toBe('');
    expect(textFragment(['a', 'b', 'c', 'd'], 2)).toBe('#:~:text=a&text=b');
  });
});
