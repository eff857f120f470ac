import { describe, expect, it } from 'vitest';
import { endsSentence, looksLikeHeadlineText, splitSubtitleDash } from '../../scripts/lib/parse/recognize/index.ts';

describe('endsSentence', () => {
  it.each([['重点协同深化事项。'], ['他说：“一定能做好！”'], ['这是为什么？'], ['发展……'], ['第一；'], ['（见附件。）'], ['结束。 ']])(
    '%s ends a sentence',
    (line) => expect(endsSentence(line)).toBe(true),
  );
  it.each([['市场复苏的活'], ['“顶梁柱”'], ['研究员）'], ['增长，'], ['发展：'], ['吞吐量3458.'], ['']])('%s does not', (line) =>
    expect(endsSentence(line)).toBe(false),
  );
});

describe('looksLikeHeadlineText', () => {
  it.each([
    ['市场回暖 活力渐显'],
    ['订单数上涨，企业生产'],
    ['“联动接卸”打通长三角外贸新路'],
    ['巨大客流量为成都带来什么？'],
    ['安徽淮北：葵花开 引客来'],
    ['——吉林省开发区产业集群发展观察'],
    ['# 郑州加速迈向先进制造业高地'],
    ['稳就业、保民生、促消费'],
    ['长 三 角 一 体 化 热 点 不 断 热 度 不 减'],
    ['聚焦长三角'],
  ])('%s looks like a headline', (line) => expect(looksLikeHeadlineText(line)).toBe(true));

  it.each([
    ['重点协同深化事项。'],
    ['他说，我们要，做好'],
    ['近日，海南省三亚、陵水'],
    ['4月8日，河北晋州市大成'],
    ['张百顺指出，全面强化“四争”工作事'],
    ['温州要求轮值接热线的单位，轮流安排干部直面“矛盾'],
    ['，为经济社会高质量发展'],
    ['本报记者 李景'],
    ['本报讯 近日，海南'],
    ['（记者 任俊锰）'],
    ['新华社记者 王民 摄'],
    ['（下转第7版）'],
    ['本版编辑 周颖一 祝伟 美编 王子莹'],
    ['(数据来源：福建省晋江市统计局) ·广告'],
    ['——去年，在工业和信息化部组织开展的'],
    ['成都航空枢纽的国际（地区旅客）吞吐量大增'],
    ['中，澳大利亚、法国、德国、日本、韩国、南'],
    ['这是一个非常非常长的句子它没有标点但是长度远远超过了一般报纸标题所能容纳的字数上限'],
    ['GDP'],
    ['二 是 深 入 实 施 区 域 重 大 战'],
    ['公 厅 印 发 《 关 于 对'],
  ])('%s does not', (line) => expect(looksLikeHeadlineText(line)).toBe(false));
});

describe('splitSubtitleDash', () => {
  it.each([
    ['——吉林省开发区产业集群发展观察', '——', '吉林省开发区产业集群发展观察'],
    ['———来自长三角的一线经济信号', '———', '来自长三角的一线经济信号'],
    ['—— 来自一线的报告', '——', '来自一线的报告'],
    ['⸺写在改革开放四十五周年之际', '⸺', '写在改革开放四十五周年之际'],
    ['——“大聊之城”文商旅综合体招商发布大会见闻', '——', '“大聊之城”文商旅综合体招商发布大会见闻'],
    ['--来自基层的声音', '--', '来自基层的声音'],
  ])('%s', (line, dash, text) => {
    expect(splitSubtitleDash(line)).toEqual({ dash, text });
  });
  it.each([['市场回暖 活力渐显'], ['-5℃'], ['——'], ['中国-新西兰自贸协定']])('rejects %s', (line) => {
    expect(splitSubtitleDash(line)).toBeNull();
  });
});
