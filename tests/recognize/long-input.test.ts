import { describe, expect, it } from 'vitest';
import * as n from '../../scripts/lib/parse/normalize/index.ts';
import * as r from '../../scripts/lib/parse/recognize/index.ts';

// Pages of unseen papers can hold very long lines (layout 002 puts a whole paragraph on
// one line). Regular expressions with nested quantifiers blow up on such input; these
// inputs are built to trigger that and must still be answered at once.
const INPUTS = [
  '一二三四五六七八九十'.repeat(50),
  '一 二 三 四 五 '.repeat(100),
  '张三 李四 王五 '.repeat(60),
  '（记者 张三 '.repeat(50) + '）',
  '本报讯' + '（记者 张三）'.repeat(50),
  '2019 年 '.repeat(100),
  '—'.repeat(300),
  '记者 本报 讯 电 摄 发 广告 据 新华社 '.repeat(40),
  '新华社北京' + '4月10日'.repeat(50) + '电',
  '张三/'.repeat(100) + '摄',
  '（数据来源：' + '某'.repeat(300) + '）·广告',
  '华西都市报、'.repeat(40) + '记者 张三',
  '一二三四五六七八九十一二三四五六七八九十',
  '一二三四五六七八九十一二三四五六七八九讯',
];

const FUNCTIONS: Array<[string, (s: string) => unknown]> = [
  ['parseBylineLine', r.parseBylineLine],
  ['parseLeadCredit', r.parseLeadCredit],
  ['parseTrailingCredit', r.parseTrailingCredit],
  ['parsePhotoCredit', r.parsePhotoCredit],
  ['isCaptionHint', r.isCaptionHint],
  ['parseAdvertorialMark', r.parseAdvertorialMark],
  ['parsePageCredits', r.parsePageCredits],
  ['parseJumpLine', r.parseJumpLine],
  ['endsSentence', r.endsSentence],
  ['looksLikeHeadlineText', r.looksLikeHeadlineText],
  ['splitSubtitleDash', r.splitSubtitleDash],
  ['isSource', r.isSource],
  ['normalizeText', n.normalizeText],
  ['normalizeHeadline', n.normalizeHeadline],
  ['collapseLetterSpacing', n.collapseLetterSpacing],
];

describe('long and adversarial input', () => {
  // Exponential backtracking takes minutes on these inputs: the timeout is a backstop against it,
  // not a speed claim (recognizer times are the adversarial bench's, docs/benchmarks.md).
  it.each(FUNCTIONS)('%s answers and never throws', { timeout: 60_000 }, (_name, fn) => {
    for (const input of INPUTS) expect(() => fn(input)).not.toThrow();
  });
});
