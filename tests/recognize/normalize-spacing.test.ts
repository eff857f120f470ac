import { describe, expect, it } from 'vitest';
import { normalizeSpacing, normalizeText } from '../../scripts/lib/parse/normalize/index.ts';

describe('normalizeSpacing', () => {
  it.each([
    ['2019 年 11 月 1 日', '2019年11月1日'],
    ['LVMH 集团', 'LVMH集团'],
    ['近期 ， 江苏一批货值', '近期，江苏一批货值'],
    ['告诉记者 ，随着', '告诉记者，随着'],
    ['“三不管地带 ”变身', '“三不管地带”变身'],
    ['三角 （上海 ）智慧互联网医院', '三角（上海）智慧互联网医院'],
    ['实现 5 亿元 的 销售', '实现5亿元的销售'],
    ['增长 5.46% 。', '增长5.46%。'],
    ['增长 5.46 %', '增长5.46%'],
    ['气温 30 ℃', '气温30℃'],
    ['售价 $ 99', '售价$99'],
    ['首批投放\u3000151 台', '首批投放151台'],
    ['北京\u00a0大兴', '北京大兴'],
    ['公 厅 印 发 《 关 于 对', '公厅印发《关于对'],
    ['《实施指南 》两个', '《实施指南》两个'],
    ['研究院 、研究员', '研究院、研究员'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeSpacing(input)).toBe(expected);
  });

  it.each([['B737—800'], ['Hello World'], ['iPhone 15 Pro'], ['RCEP 2.0'], ['GDP (2023)']])('keeps %s as printed', (input) => {
    expect(normalizeSpacing(input)).toBe(input);
  });

  it('drops spaces at the edges of lines but keeps the line breaks', () => {
    expect(normalizeSpacing('  近年 \n 来，当地 ')).toBe('近年\n来，当地');
  });

  it('collapses a wide gap between two Latin words to one space', () => {
    expect(normalizeSpacing('Hello\u3000\u3000World')).toBe('Hello World');
  });
});

describe('normalizeText', () => {
  it('folds full-width digits before judging spaces, so ２０１９ 年 joins like 2019 年', () => {
    expect(normalizeText('２０１９ 年 ＧＤＰ 增长 ５％ ，')).toBe('2019年GDP增长5%，');
  });
  it('leaves CJK punctuation full-width', () => {
    expect(normalizeText('（注：数据）。')).toBe('（注：数据）。');
  });
});

describe('spaces between issuing bodies', () => {
  it('keeps the one space between two bodies named side by side', async () => {
    const { normalizeSpacing } = await import('../../scripts/lib/parse/normalize/spacing.ts');
    expect(normalizeSpacing('近日，中共中央 国务院印发《意见》')).toBe('近日，中共中央 国务院印发《意见》');
    expect(normalizeSpacing('中共中央办公厅　国务院办公厅')).toBe('中共中央办公厅 国务院办公厅');
    expect(normalizeSpacing('国务院 总理')).toBe('国务院总理');
  });
});
