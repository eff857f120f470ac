import { describe, expect, it } from 'vitest';
import { endsInFigure, isPeriodLabel } from '../../scripts/lib/parse/recognize/data-box.ts';
import { opensFreshSentence } from '../../scripts/lib/parse/recognize/headline-text.ts';
import { parseLeadHead } from '../../scripts/lib/parse/recognize/lead-head.ts';

describe('data boxes', () => {
  it.each(['2023年前三季度', '２０２４年１—２月', '上半年', '2024年 1-2 月', '一季度'])('%s is a period label', (t) => {
    expect(isPeriodLabel(t)).toBe(true);
  });
  it.each(['郑州加速迈向先进制造业高地', '2024年是关键之年', '三月'])('%s is not', (t) => {
    expect(isPeriodLabel(t)).toBe(false);
  });
  it('reads figure lines', () => {
    expect(endsInFigure('郑州地区生产总值增速 6.5%')).toBe(true);
    expect(endsInFigure('货邮吞吐量 １２.３万吨')).toBe(true);
    expect(endsInFigure('航空港区管委会负责人介绍，今')).toBe(false);
  });
});

describe('parseLeadHead', () => {
  it('takes the bracketed head of a short item', () => {
    expect(parseLeadHead('【青岛港开通新航线】3月8日，青岛港…')).toEqual({ head: '青岛港开通新航线', text: '【青岛港开通新航线】' });
  });
  it('needs text after the head and a head of phrase length', () => {
    expect(parseLeadHead('【青岛港开通新航线】')).toBeNull();
    expect(parseLeadHead('【注】')).toBeNull();
    expect(parseLeadHead('据介绍，【…】')).toBeNull();
  });
});

describe('opensFreshSentence', () => {
  it.each(['3月5日，游客在西湖景区', '2024年3月5日上午，', '近日，全市'])('%s opens fresh', (t) =>
    expect(opensFreshSentence(t)).toBe(true),
  );
  it.each(['月5日，游客', '的自动化码头上，', '会议指出，'])('%s does not', (t) => expect(opensFreshSentence(t)).toBe(false));
});
