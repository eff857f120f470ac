import { describe, expect, test } from 'vitest';
import { parseExcerpt, separatePassages, PASSAGE_SEPARATOR } from '../../src/lib/search/excerpt.ts';

const S = PASSAGE_SEPARATOR;

describe('passages of an excerpt are joined with a Chinese separator, not Pagefind\'s ". "', () => {
  test.each([
    // Excerpts as Pagefind 1.6 returned them for the seeds.
    [
      '<mark>长</mark><mark>三角</mark>一体化热点不断热度不减. 解放日报讯 2018年',
      `<mark>长</mark><mark>三角</mark>一体化热点不断热度不减${S}解放日报讯 2018年`,
    ],
    ['. 作为受理百姓“急难愁盼”问题的“总客服”', '作为受理百姓“急难愁盼”问题的“总客服”'],
    ['打通长三角外贸新路.', '打通长三角外贸新路'],
    // The boundary right after a match: Pagefind puts the period inside the mark.
    ['关于<mark>热线.</mark> 本报讯', `关于<mark>热线</mark>${S}本报讯`],
    ['区域全面经济伙伴关系协定 RCEP. 本报讯', `区域全面经济伙伴关系协定 RCEP${S}本报讯`],
    ['活力渐显. <mark>来自</mark>长三角', `活力渐显${S}<mark>来自</mark>长三角`],
  ])('%s', (input, output) => expect(separatePassages(input)).toBe(output));

  test('English sentences and decimals keep their full stops', () => {
    expect(separatePassages('Made in U.S. trade. Next line')).toBe('Made in U.S. trade. Next line');
    expect(separatePassages('增长3.5%')).toBe('增长3.5%');
  });

  test('the parsed segments carry the separator, never ". " between Chinese passages', () => {
    const text = parseExcerpt('标题. 正文<mark>热线.</mark> 下一段')
      .map((s) => s.text)
      .join('');
    expect(text).toBe(`标题${S}正文热线${S}下一段`);
  });
});
