import { describe, expect, it } from 'vitest';
import { collapseLetterSpacing, foldFullwidth, normalizeHeadline } from '../../scripts/lib/parse/normalize/index.ts';

describe('collapseLetterSpacing', () => {
  it.each([
    ['长 三 角 一 体 化 热 点 不 断 热 度 不 减', '长三角一体化热点不断热度不减'],
    ['聊 城 站 活 动 举 行', '聊城站活动举行'],
    ['做 强 经 济“ 顶 梁 柱 ”', '做强经济“顶梁柱”'],
    ['齐 心 协 力 办 好 民 生 实 事', '齐心协力办好民生实事'],
    ['奋 进 新 征 程', '奋进新征程'],
    ['“ 一 网 通 办 ” 提 速', '“一网通办”提速'],
    ['第 5 届 进 博 会', '第5届进博会'],
    ['春\u3000风\u3000十\u3000里', '春风十里'],
  ])('%s → %s', (input, expected) => {
    expect(collapseLetterSpacing(input)).toBe(expected);
  });

  it('keeps one space where the gap between phrases is wider than the tracking', () => {
    expect(collapseLetterSpacing('齐 心 协 力  办 好 民 生 实 事')).toBe('齐心协力 办好民生实事');
    expect(collapseLetterSpacing('稳 增 长\u3000促 发 展')).toBe('稳增长 促发展');
  });

  it.each([
    ['4 月 9 日，工人在冠县'],
    ['市场回暖 活力渐显'],
    ['长 三 角 一体化'],
    ['本报记者 李 晔'],
    ['聚焦长三角'],
    ['一 二'],
    ['2023 年 7 月 1 日'],
    ['4 月 9 日'],
    ['Hello World again'],
  ])('returns null for %s', (input) => {
    expect(collapseLetterSpacing(input)).toBeNull();
  });
});

describe('normalizeHeadline', () => {
  it.each([
    ['市场回暖 活力渐显', '市场回暖 活力渐显'],
    ['把好经济生命线 点燃发展主引擎', '把好经济生命线 点燃发展主引擎'],
    ['安徽淮北：葵花开 引客来', '安徽淮北：葵花开 引客来'],
    ['浙江省温州乐清市 绘就基层治理新图景', '浙江省温州乐清市 绘就基层治理新图景'],
    ['改进工作作风\u3000\u3000提高服务效率', '改进工作作风 提高服务效率'],
    ['长 三 角 一 体 化 热 点 不 断 热 度 不 减', '长三角一体化热点不断热度不减'],
    ['企业生产 “火” 起来', '企业生产“火”起来'],
    ['安徽淮北 ： 葵花开', '安徽淮北：葵花开'],
    ['深圳海关助力 1.31 亿元', '深圳海关助力1.31亿元'],
    ['前 5 月外贸增长', '前5月外贸增长'],
    ['38家中介被惩 90余家自停业', '38家中介被惩 90余家自停业'],
    ['38 家中介被惩 90 余家自停业', '38家中介被惩90余家自停业'],
    ['居民收入增长 5.8%', '居民收入增长5.8%'],
    ['２０２３年ＧＤＰ 增长', '2023年GDP增长'],
    ['天津货运航空抢占\n航空货运新高地', '天津货运航空抢占航空货运新高地'],
    ['八方迎客“国际朋友圈”越来\n越热闹', '八方迎客“国际朋友圈”越来越热闹'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeHeadline(input)).toBe(expected);
  });
});

describe('foldFullwidth', () => {
  it('folds letters, digits and number signs', () => {
    expect(foldFullwidth('ＧＤＰ增长１２．５％，ＣＰＩ＋２')).toBe('GDP增长12.5%，CPI+2');
  });
  it('never touches CJK punctuation, circled numbers or the ideographic space', () => {
    const text = '，。（）：；？！“”《》①②\u3000、';
    expect(foldFullwidth(text)).toBe(text);
  });
  it('folds ．－／： only between letters or digits', () => {
    expect(foldFullwidth('１－６月，比例１／３，时间９：３０')).toBe('1-6月，比例1/3，时间9:30');
    expect(foldFullwidth('文／图：张三')).toBe('文／图：张三');
    expect(foldFullwidth('北京－上海，气温－５℃')).toBe('北京－上海，气温-5℃');
  });
  it('differs from NFKC exactly where NFKC would break Chinese punctuation', () => {
    const text = '（ＡＢＣ），１２３。';
    expect(text.normalize('NFKC')).toBe('(ABC),123。');
    expect(foldFullwidth(text)).toBe('（ABC），123。');
  });
});

describe('phrase gaps next to a quotation', () => {
  it('keep one space between two phrases when one is quoted', async () => {
    const { normalizeHeadline } = await import('../../scripts/lib/parse/normalize/index.ts');
    expect(normalizeHeadline('电商“慕课”  助农脱贫')).toBe('电商“慕课” 助农脱贫');
    expect(normalizeHeadline('跨省协同 “一张蓝图”绘到底')).toBe('跨省协同 “一张蓝图”绘到底');
    expect(normalizeHeadline('“ 一带一路 ”')).toBe('“一带一路”');
  });
});

describe('letter-spacing collapse is idempotent', () => {
  it.each([['长　长 长 长'], ['长 长 长　１'], ['长 三 角　一 体 化']])('%s', async (line) => {
    const { normalizeHeadline } = await import('../../scripts/lib/parse/normalize/index.ts');
    const once = normalizeHeadline(line);
    expect(normalizeHeadline(once)).toBe(once);
  });
});

describe('a decimal point or colon parted from its digits by extraction spaces', () => {
  it.each([
    ['增长 ３ ．５％', '增长3.5%'],
    ['2019　：Ａ', '2019:A'],
    ['时间 ９ ：３０', '时间9:30'],
  ])('%s → %s in body text and in a headline, the same the second time', async (input, expected) => {
    const { normalizeHeadline, normalizeText } = await import('../../scripts/lib/parse/normalize/index.ts');
    for (const normalize of [normalizeText, normalizeHeadline]) {
      expect(normalize(input)).toBe(expected);
      expect(normalize(normalize(input))).toBe(expected);
    }
  });
});
