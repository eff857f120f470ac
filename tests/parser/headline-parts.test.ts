import { describe, expect, it } from 'vitest';
import { parsePage } from '../../scripts/lib/parse/parse-page.ts';
import { headlineParts, subheadText } from '../../scripts/lib/parse/items/headline-parts.ts';
import { readLines } from '../../scripts/lib/parse/lines/read-lines.ts';
import { classifyLines } from '../../scripts/lib/parse/lines/classify-lines.ts';
import type { UnitNode } from '../../scripts/lib/parse/tree/types.ts';

function group(text: string): UnitNode {
  const lines = readLines(text);
  classifyLines(lines);
  for (const l of lines) if (l.data.kind === 'text') l.data.kind = 'display';
  return {
    type: 'display',
    children: lines,
    breakBefore: false,
    hinted: lines.some((l) => l.data.kind === 'hint'),
    position: { start: lines[0].position.start, end: lines[lines.length - 1].position.end },
  };
}

const parts = (text: string) => {
  const p = headlineParts(group(text));
  return { kicker: p.kicker, title: p.title, subtitle: p.subtitle };
};

describe('headline parts', () => {
  it('joins a title broken over two lines of about the same width', () => {
    expect(parts('天津货运航空抢占\n航空货运新高地')).toEqual({ kicker: null, title: '天津货运航空抢占航空货运新高地', subtitle: null });
    expect(parts('省政协港澳委员“齐鲁行”\n聊 城 站 活 动 举 行').title).toBe('省政协港澳委员“齐鲁行”聊城站活动举行');
  });

  it('reads a clearly longer first line as the kicker', () => {
    expect(parts('组合最经济的水水运输方式和最便利的通关政策\n“联动接卸”打通长三角外贸新路')).toEqual({
      kicker: '组合最经济的水水运输方式和最便利的通关政策',
      title: '“联动接卸”打通长三角外贸新路',
      subtitle: null,
    });
  });

  it('reads a dash-led line, or a clearly longer second line, as the subtitle', () => {
    expect(parts('做 强 经 济“ 顶 梁 柱 ”\n——吉林省开发区产业集群发展观察')).toEqual({
      kicker: null,
      title: '做强经济“顶梁柱”',
      subtitle: '吉林省开发区产业集群发展观察',
    });
    expect(parts('县域商业体系建设提速\n全县新建乡镇商贸中心十二个，农村网络零售额增长近两成').subtitle).toBe(
      '全县新建乡镇商贸中心十二个，农村网络零售额增长近两成',
    );
  });

  it('reads a longer line under an event held as its subtitle', () => {
    expect(parts('全市“四争”工作会议召开\n以“四争”工作新成效为高质量发展蓄势赋能')).toMatchObject({
      kicker: null,
      title: '全市“四争”工作会议召开',
      subtitle: '以“四争”工作新成效为高质量发展蓄势赋能',
    });
  });

  it('reads a first line ending in ——, a colon or a verb of speech as the kicker, whatever the widths', () => {
    expect(parts('全省优化营商环境大会强调\n以一流服务护航高质量发展')).toMatchObject({
      kicker: '全省优化营商环境大会强调',
      title: '以一流服务护航高质量发展',
    });
    expect(parts('连续八年下降——\n日本去年出生人口再创新低')).toMatchObject({
      kicker: '连续八年下降——',
      title: '日本去年出生人口再创新低',
    });
    expect(parts('比尔·盖茨：\n中国是减贫最大贡献者')).toMatchObject({ kicker: '比尔·盖茨：', title: '中国是减贫最大贡献者' });
  });

  it('reads two lines as a kicker over the title unless the first stops in mid-phrase or a narrow frame wrapped the title', () => {
    expect(parts('陕西汉中发现五百平方公里天坑群\n新地质遗迹 考验保护与开发')).toMatchObject({
      kicker: '陕西汉中发现五百平方公里天坑群',
      title: '新地质遗迹 考验保护与开发',
    });
    expect(parts('国土资源监察加强日常执法\n违法占用耕地，严查！')).toMatchObject({
      kicker: '国土资源监察加强日常执法',
      title: '违法占用耕地，严查！',
    });
    expect(parts('南沙港区四期\n全面投产')).toMatchObject({ kicker: null, title: '南沙港区四期全面投产' });
    // A place alone says where: the kicker, however narrow the frame; a number of places is a title's subject.
    expect(parts('辽宁绥中县沙河镇\n选准产业好脱贫')).toMatchObject({ kicker: '辽宁绥中县沙河镇', title: '选准产业好脱贫' });
    expect(parts('沿海经济带六市\n握指成拳')).toMatchObject({ kicker: null, title: '沿海经济带六市握指成拳' });
    // A verb that needs its object leaves the line open, unless an event got under way with it.
    expect(parts('天津货运航空抢占\n航空货运新高地')).toMatchObject({ kicker: null, title: '天津货运航空抢占航空货运新高地' });
    expect(parts('中超第六轮打响\n广州富力继续领跑')).toMatchObject({ kicker: '中超第六轮打响', title: '广州富力继续领跑' });
    expect(parts('立足新起点，\n开创新局面')).toMatchObject({ kicker: null, title: '立足新起点，开创新局面' });
    expect(parts('检修机组恢复运行、新增光伏装机并网，\n南非电力供应紧张状况有所缓解')).toMatchObject({
      kicker: '检修机组恢复运行、新增光伏装机并网，',
    });
  });

  it('keeps the gap between two headline phrases and starts a third phrase on a full second line', () => {
    expect(parts('李长萍在12345市民热线接听群众来电时强调\n改进工作作风 提高服务效率\n齐 心 协 力 办 好 民 生 实 事')).toEqual({
      kicker: '李长萍在12345市民热线接听群众来电时强调',
      title: '改进工作作风 提高服务效率 齐心协力办好民生实事',
      subtitle: null,
    });
  });

  it('takes a column and its series joined by a middle dot over the title as the column', () => {
    expect(headlineParts(group('聚焦供给侧改革·我的故事\n从缝纫工到设计师'))).toMatchObject({
      column: '聚焦供给侧改革·我的故事',
      kicker: null,
      title: '从缝纫工到设计师',
    });
    expect(parts('联合国秘书长安东尼奥·古特雷斯呼吁——\n加大对最不发达国家的发展融资支持').kicker).toBe(
      '联合国秘书长安东尼奥·古特雷斯呼吁——',
    );
  });

  it('takes a column tag printed beside the title as the column, its parentheses consumed', () => {
    const p = headlineParts(group('县域经济要走特色发展之路（经济观察）'));
    expect(p).toMatchObject({ title: '县域经济要走特色发展之路', column: '经济观察' });
    expect(p.decorations.map((d) => d.text)).toEqual(['（', '）']);
    expect(headlineParts(group('长江保护的新实践（上）')).title).toBe('长江保护的新实践（上）');
  });

  it('takes a series tag as long as twenty characters as the column, and the page still reads the line as a headline', () => {
    const p = headlineParts(group('在学习历史中更好走向未来（深入学习贯彻习近平同志系列重要讲话精神）'));
    expect(p).toMatchObject({ title: '在学习历史中更好走向未来', column: '深入学习贯彻习近平同志系列重要讲话精神' });
    const page = [
      '我家门前10亩田(聚焦供给侧改革·我的故事)',
      '',
      '我叫肖家新，是个农民。照片上这片10亩的田，就在我家门前，过去分成了七八块。',
    ];
    expect(parsePage(page.join('\n')).page.items[0]).toMatchObject({
      type: 'article',
      title: '我家门前10亩田',
      column: '聚焦供给侧改革·我的故事',
    });
  });

  it('takes a hinted line as the title and hands the lines under it to the body', () => {
    const p = headlineParts(group('# 郑州加速迈向先进制造业高地\n2023年前三季度\n投资增幅同比增长 26%'));
    expect(p.title).toBe('郑州加速迈向先进制造业高地');
    expect(p.bodyLines.map((l) => l.value)).toEqual(['2023年前三季度', '投资增幅同比增长 26%']);
    expect(p.decorations).toEqual([{ line: 1, text: '#', reason: 'hint' }]);
  });
});

describe('subheads', () => {
  it('joins a phrase broken by the line end directly, two parallel phrases with a space', () => {
    expect(subheadText(group('人气火爆 潜在国际消费力将\n持续释放'))).toBe('人气火爆 潜在国际消费力将持续释放');
    expect(subheadText(group('订单数上涨，企业生产\n“火”起来'))).toBe('订单数上涨，企业生产“火”起来');
    expect(subheadText(group('完善制度框架\n优化互通机制'))).toBe('完善制度框架 优化互通机制');
  });
});
