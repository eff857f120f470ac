import { describe, expect, test } from 'vitest';
import { groupPapers, placeName } from '../../src/lib/papers.ts';
import { issueSuffixes } from '../../src/lib/labels.ts';

// Only the manifest fields the papers and labels read.
type Publication = { name: string | null; slug: string; region?: string; sponsor?: string; cn?: string; issn?: string };
const issue = (id: string, date: string, publication: Publication) => ({ id, data: { id, date, publication } }) as never;
const counts = () => ({ pages: 2, articles: 5 });

describe('papers from the manifests', () => {
  const issues = [
    issue('demo-2025-04-11', '2025-04-11', {
      name: '示例日报',
      slug: 'demo',
      region: '330300',
      sponsor: '示例报业集团',
      issn: '1002-9419',
    }),
    issue('demo-2025-04', '2025-04', { name: '示例日报', slug: 'demo', region: '330300', sponsor: '示例日报社' }),
    issue('demo-2024-01-02', '2024-01-02', { name: '示例报', slug: 'demo', sponsor: '示例日报社' }),
    issue('unidentified-2023-07-b', '2023-07', { name: null, slug: 'unidentified' }),
    issue('other-2023-07', '2023-07', { name: null, slug: 'other-slug' }),
    issue('aaa-2020', '2020', { name: '阿坝日报', slug: 'aba-ribao' }),
  ];
  const papers = groupPapers(issues, counts);

  test('named papers by pinyin, each with its issues newest first, span and counts', () => {
    expect(papers.named.map((paper) => paper.name)).toEqual(['阿坝日报', '示例日报']);
    const demo = papers.byKey.get('demo')!;
    expect(demo.issues.map((i) => i.id)).toEqual(['demo-2025-04-11', 'demo-2025-04', 'demo-2024-01-02']);
    expect([demo.first, demo.last]).toEqual(['2024-01-02', '2025-04-11']);
    expect([demo.pageCount, demo.articleCount]).toEqual([6, 15]);
  });

  test('a field that changed keeps every value with the span of issues giving it, newest first; absent fields are empty', () => {
    const { record } = papers.byKey.get('demo')!;
    expect(record.sponsor).toEqual([
      { value: '示例报业集团', from: '2025-04-11', to: '2025-04-11' },
      { value: '示例日报社', from: '2024-01-02', to: '2025-04' },
    ]);
    expect(record.name.map((v) => v.value)).toEqual(['示例日报', '示例报']);
    expect(record.issn).toEqual([{ value: '1002-9419', from: '2025-04-11', to: '2025-04-11' }]);
    expect(record.cn).toEqual([]);
  });

  test('every issue of an unnamed paper goes to the one 报名不详 page, whatever its slug, with no catalogue record', () => {
    expect(papers.unnamed?.issues.map((i) => i.id)).toEqual(['other-2023-07', 'unidentified-2023-07-b']);
    expect(papers.unnamed?.name).toBeNull();
    expect(Object.values(papers.unnamed!.record).flat()).toEqual([]);
    expect(papers.byKey.has('other-slug')).toBe(false);
  });

  test('a named paper may not take the slug kept for unnamed ones', () => {
    expect(() => groupPapers([issue('x-2025', '2025', { name: '某报', slug: 'unidentified' })], counts)).toThrow(
      /kept for papers the page does not name/,
    );
  });

  test('places of publication as a catalogue writes them', () => {
    expect(placeName('371500')).toBe('山东省聊城市');
    expect(placeName('110000')).toBe('北京市');
    // Counties are not in the site's tables: the prefecture, then the code.
    expect(placeName('330382')).toBe('浙江省温州市（330382）');
  });
});

describe('issues headed alike are told apart', () => {
  test('two unnamed papers of the same month get 之一 and 之二 in id order; unique headings get nothing', () => {
    const suffixes = issueSuffixes([
      issue('unidentified-2023-07-b', '2023-07', { name: null, slug: 'unidentified' }),
      issue('unidentified-2023-07-a', '2023-07', { name: null, slug: 'unidentified' }),
      issue('unidentified-2022-06', '2022-06', { name: null, slug: 'unidentified' }),
      issue('demo-2023-07', '2023-07', { name: '示例日报', slug: 'demo' }),
    ]);
    expect(Object.fromEntries(suffixes)).toEqual({ 'unidentified-2023-07-a': '（之一）', 'unidentified-2023-07-b': '（之二）' });
  });
});
