import { describe, expect, it } from 'vitest';
import { endsLeadIn, looksLikeHeadlineText, opensFreshSentence } from '../../scripts/lib/parse/recognize/index.ts';

// Lines that look short and unfinished like headlines but are body text.
describe('body lines that are not headlines', () => {
  it.each([
    ['“你是哪里人？”'],
    ['“真的吗！”'],
    ['咨询热线：400-800-1234'],
    ['地址：成都市温江区农机市场'],
    ['●主办：陕西历史博物馆'],
    ['报名截止日期：4月20日'],
    ['数据来源：国家统计局'],
    ['3月17日至18日，两国代表团'],
    ['当地时间3月1日，游客在'],
    ['谢谢大家！'],
  ])('%s', (line) => {
    expect(looksLikeHeadlineText(line)).toBe(false);
  });

  it('a quoted headline without a final mark inside stays a headline', () => {
    expect(looksLikeHeadlineText('“我想成为一名中文老师”')).toBe(true);
  });

  it.each([['女士们，先生们，'], ['主要有以下几点：'], ['编辑同志：'], ['尊敬的各位嘉宾，朋友们，']])(
    '%s ends a paragraph without a sentence end',
    (line) => {
      expect(endsLeadIn(line)).toBe(true);
    },
  );

  it.each([['今年以来，全县'], ['他说，']])('%s does not', (line) => {
    expect(endsLeadIn(line)).toBe(false);
  });
});

describe('fresh sentence openers', () => {
  it('are found through extraction spaces', () => {
    expect(opensFreshSentence(' 5 月 12 日，记者在现场看到')).toBe(true);
  });
});

describe('prose that mentions the paper is not a byline', () => {
  it('韩长赋在接受本报记者专访', async () => {
    const { parseBylineLine } = await import('../../scripts/lib/parse/recognize/index.ts');
    expect(parseBylineLine('农业部部长韩长赋在接受本报记者专访')).toBeNull();
    expect(parseBylineLine('本报记者 王  林')).toMatchObject({ authors: ['王林'], source: '本报' });
  });
});
