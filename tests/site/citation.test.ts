import { describe, expect, test } from 'vitest';
import { citeGbt7714 } from '../../src/lib/citation.ts';
import { citationMetaTags, jsonLdText, newsArticleJsonLd } from '../../src/lib/citation-meta.ts';

const base = {
  id: 'x-p03-01',
  authors: ['殷诚聪', '汪子芳'],
  title: '长三角一体化',
  subtitle: null,
  publication: '浙江日报',
  date: '2025-04-11',
  page: 3,
  pagePrinted: true,
  url: 'https://archive.example.org/articles/x-p03-01/',
};

describe('GB/T 7714 newspaper reference', () => {
  test('作者. 题名[N/OL]. 报纸名, 日期(版次)[引用日期]. URL. — an online source, as GB/T 7714-2015 4.4 and 8.8 write it', () => {
    expect(citeGbt7714(base)).toBe(
      '殷诚聪, 汪子芳. 长三角一体化[N/OL]. 浙江日报, 2025-04-11(3)[引用日期]. https://archive.example.org/articles/x-p03-01/.',
    );
  });

  test('more than three authors become the first three and 等', () => {
    expect(citeGbt7714({ ...base, authors: ['甲', '乙', '丙', '丁'] })).toMatch(/^甲, 乙, 丙, 等\. /);
  });

  test('no author: the reference starts with the title', () => {
    expect(citeGbt7714({ ...base, authors: [] })).toMatch(/^长三角一体化\[N\/OL\]\. /);
  });

  test('a subtitle follows the title after a colon', () => {
    expect(citeGbt7714({ ...base, subtitle: '浙江篇' })).toContain('长三角一体化: 浙江篇[N/OL]. ');
  });

  test('an untitled photo is cited as a caption', () => {
    expect(citeGbt7714({ ...base, title: null, type: 'photo' })).toContain('. [图片说明][N/OL]. ');
  });

  test('unknown paper, lost title and unprinted page number are marked or left out, never guessed', () => {
    const text = citeGbt7714({ ...base, title: null, publication: null, date: '2023-07', pagePrinted: false });
    expect(text).toBe('殷诚聪, 汪子芳. [标题缺失][N/OL]. [报名不详], 2023-07[引用日期]. https://archive.example.org/articles/x-p03-01/.');
  });
});

describe('the head record for reference managers', () => {
  const input = { ...base, name: base.title, column: '聚焦长三角', issn: '1002-9419' };

  test('citation_* tags: one per author, slashed partial date, container title, ISSN and first page only when known', () => {
    expect(citationMetaTags(input)).toEqual([
      ['citation_title', '长三角一体化'],
      ['citation_author', '殷诚聪'],
      ['citation_author', '汪子芳'],
      ['citation_publication_date', '2025/04/11'],
      ['citation_journal_title', '浙江日报'],
      ['citation_issn', '1002-9419'],
      ['citation_firstpage', '3'],
      ['citation_language', 'zh'],
      ['citation_public_url', base.url],
    ]);
    const unknown = citationMetaTags({ ...input, publication: null, issn: undefined, pagePrinted: false, date: '2023-07' });
    expect(unknown.map(([name]) => name)).not.toContain('citation_journal_title');
    expect(unknown.map(([name]) => name)).not.toContain('citation_firstpage');
    expect(unknown).toContainEqual(['citation_publication_date', '2023/07']);
  });

  test('NewsArticle JSON-LD says the same, and hostile text cannot close its element', () => {
    const data = newsArticleJsonLd({ ...input, title: '</script><script>alert(1)</script>' });
    expect(data).toMatchObject({
      '@type': 'NewsArticle',
      datePublished: '2025-04-11',
      pageStart: '3',
      isPartOf: { name: '浙江日报', issn: '1002-9419' },
    });
    const text = jsonLdText(data);
    expect(text).not.toMatch(/[<>]/);
    expect(JSON.parse(text).headline).toBe('</script><script>alert(1)</script>');
  });
});
