import { describe, expect, test } from 'vitest';
import { citeGbt7714 } from '../../src/lib/citation.ts';

const base = {
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
  test('作者. 题名[N]. 报纸名, 日期(版次). URL', () => {
    expect(citeGbt7714(base)).toBe(
      '殷诚聪, 汪子芳. 长三角一体化[N]. 浙江日报, 2025-04-11(3). https://archive.example.org/articles/x-p03-01/',
    );
  });

  test('more than three authors become the first three and 等', () => {
    expect(citeGbt7714({ ...base, authors: ['甲', '乙', '丙', '丁'] })).toMatch(/^甲, 乙, 丙, 等\. /);
  });

  test('no author: the reference starts with the title', () => {
    expect(citeGbt7714({ ...base, authors: [] })).toMatch(/^长三角一体化\[N\]\. /);
  });

  test('a subtitle follows the title after a colon', () => {
    expect(citeGbt7714({ ...base, subtitle: '浙江篇' })).toContain('长三角一体化: 浙江篇[N]. ');
  });

  test('an untitled photo is cited as a caption', () => {
    expect(citeGbt7714({ ...base, title: null, type: 'photo' })).toContain('. [图片说明][N]. ');
  });

  test('unknown paper, lost title and unprinted page number are marked or left out, never guessed', () => {
    const text = citeGbt7714({ ...base, title: null, publication: null, date: '2023-07', pagePrinted: false });
    expect(text).toBe('殷诚聪, 汪子芳. [标题缺失][N]. [报名不详], 2023-07. https://archive.example.org/articles/x-p03-01/');
  });
});
