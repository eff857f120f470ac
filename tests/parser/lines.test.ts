import { describe, expect, it } from 'vitest';
import { classifyLines, lineKind } from '../../scripts/lib/parse/lines/classify-lines.ts';
import { measureColumns, typicalWidth } from '../../scripts/lib/parse/lines/column-measure.ts';
import { markDisplay } from '../../scripts/lib/parse/lines/mark-display.ts';
import { displayWidth, hasPhraseGap, setWidth } from '../../scripts/lib/parse/lines/measure.ts';
import { detectLayout, readLines } from '../../scripts/lib/parse/lines/read-lines.ts';
import { opensReport, opensReportAt } from '../../scripts/lib/parse/lines/report-opener.ts';
import { parsePage } from '../../scripts/lib/parse/parse-page.ts';
import { titledName } from '../../scripts/lib/parse/lines/name-bylines.ts';

function kinds(text: string): Array<[number, string]> {
  const lines = readLines(text);
  const layout = detectLayout(lines);
  classifyLines(lines);
  measureColumns(lines);
  markDisplay(lines, layout);
  return lines.map((l) => [l.position.start.line, l.data.kind]);
}

describe('measuring lines', () => {
  it('counts Han characters as one em and ASCII as half, ignoring spaces', () => {
    expect(displayWidth('温州市12345 热线')).toBe(7.5);
    expect(setWidth('聊 城 站 活 动 举 行')).toBe(10);
  });

  it('finds a gap between two headline phrases, but not inside a quotation', () => {
    expect(hasPhraseGap('市场回暖 活力渐显')).toBe(true);
    expect(hasPhraseGap('在“港澳同心 聚力共赢”招商引资推介会上')).toBe(false);
    expect(hasPhraseGap('长 三 角 一 体 化')).toBe(false);
  });

  it('learns the full width of a column from its longer lines', () => {
    expect(typicalWidth([18, 19, 19, 17, 5, 19, 11, 19])).toBe(19);
    expect(typicalWidth([25, 27, 5, 26, 12, 28, 26])).toBe(27);
  });
});

describe('layouts', () => {
  it('tells the three extraction layouts apart', () => {
    expect(detectLayout(readLines('一二三四五六七八\n\n九十一二三四五六\n\n七八九十一二三\n\n四五'))).toBe('spaced');
    expect(detectLayout(readLines('一二三四五六七八\n九十一二三四五六\n七八九十一二三\n\n四五六七八九十一\n二三'))).toBe('wrapped');
    expect(detectLayout(readLines(`${'一'.repeat(60)}。\n\n${'二'.repeat(80)}\n\n${'三'.repeat(50)}。`))).toBe('paragraph');
  });

  it('keeps line numbers and columns of the raw text', () => {
    const [first, second] = readLines('\n  标题\r\n\n正文');
    expect(first.position.start).toEqual({ line: 2, column: 3, offset: 3 });
    expect(second.data.gap).toBe(1);
  });
});

describe('line kinds', () => {
  it('recognizes hints, separators, credits and jump lines on their own', () => {
    expect(lineKind('# 郑州加速迈向先进制造业高地')).toBe('hint');
    expect(lineKind('＊＊＊')).toBe('separator');
    expect(lineKind('- - -')).toBe('separator');
    expect(lineKind('本版编辑 周颖一 祝伟 美编 王子莹')).toBe('page-credits');
    expect(lineKind('（下转第7版）')).toBe('jump');
    expect(lineKind('□ 本报记者 夏先清 杨子佩')).toBe('byline');
    expect(lineKind('（陈文杰 刘 佳）')).toBe('credit');
    expect(lineKind('新华社记者 王民 摄')).toBe('photo-credit');
    expect(lineKind('#话题')).toBe('text');
  });

  it('reads a box label behind its marker as a label, not as the byline of a two-character name', () => {
    expect(lineKind('■链接')).toBe('text');
    expect(lineKind('■ 本报评论员')).toBe('byline');
    expect(lineKind('■ 王  静')).toBe('byline');
  });

  it('reads a closing credit broken over two lines as one', () => {
    const lines = readLines('（作者系中国宏观经济研究院\n市场与价格研究所副所长、研究员）');
    classifyLines(lines);
    expect(lines.map((l) => l.data.kind)).toEqual(['credit', 'credit']);
  });

  it('knows a report opener', () => {
    expect(opensReport('本报讯（记者 朱海波 通讯员 翟晓婵 公正） 4月8日，河北')).toBe(true);
    expect(opensReport('新华社北京4月10日电 4月9日，拉美')).toBe(true);
    expect(opensReport('本报记者走访发现，')).toBe(false);
  });
});

describe('display lines', () => {
  const body = [
    '今年以来，随着民航市场持续回暖，天津货运',
    '航空持续完善航线网络布局，在引进今年首架',
    '型全货机的同时，不断新开航线，打通南北区',
    '域空中通道。',
  ];

  it('marks a short headline-like line after a finished paragraph, and a subhead broken over two lines', () => {
    const text = [...body, '八方迎客“国际朋友圈”越来', '越热闹', ...body].join('\n\n');
    const k = kinds(text);
    expect(k.filter(([, kind]) => kind === 'display').map(([n]) => n)).toEqual([9, 11]);
  });

  it('does not mark a body line that the next line continues', () => {
    const text = [...body.slice(0, 3), '温州要求轮值接热线的单位，轮流', '窝”，全方位接触百姓各类诉求。前不久首次', '域空中通道。'].join(
      '\n\n',
    );
    expect(kinds(text).some(([, kind]) => kind === 'display')).toBe(false);
  });

  it('reads a name right under a headline as its byline, even over a text opening with a one-character sentence (paragraph layout)', () => {
    const opening = '困。春困。睡不醒。写下这几个字的时候，感觉上下眼皮又有些若即若离的暧昧。';
    const more = '气温甫一转暖，柳条刚刚抽青，春天的土特产——春困，就已经找上门来了，咖啡和茶便成了此时桌前必备的战备粮。';
    const { page } = parsePage(['半日闲谭', '春困不觉晓', '贾飞黄', opening, more].join('\n\n'));
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({ title: '春困不觉晓', byline: '贾飞黄' });
    expect(page.items[0]!.body[0]!.text).toBe(opening);
  });

  it('reads a clause wrapped at the column edge between paragraphs as text, not as a head over a byline (wrapped layout)', () => {
    const para = ['专门账户，每年年底要公布基金', '的收支及余额状况。2016年底，', '共维修电梯100余部，应急资金', '回笼后再行平衡。'];
    const next = ['面临电梯困境的还不止紫瑞', '园一个社区。普东新苑社区的问', '题更加复杂，还迁房的电梯都已', '到了大修的年限。'];
    const text = [...para, '', '维修先行垫付，制度保证资', '金回笼', '', ...next].join('\n');
    expect(kinds(text).filter(([, kind]) => kind !== 'text')).toEqual([]);
    const { page } = parsePage(text);
    expect(page.items[0]!.body.map((b) => b.text)).toContain('维修先行垫付，制度保证资金回笼');
  });

  it('still marks a kicker as wide as its own frame over the title under a credit', () => {
    const text = [
      '（崔  寅参与采写）',
      '',
      '优化流程、压减时限，惠企服务加速落地',
      '浙江企业开办实现“一日办结”',
      '',
      '本报杭州4月26日电  （记者窦翰林）浙江省市场监管局',
      '26日发布，全省企业开办时间压缩到一个工作日以内，',
      '办事群众普遍反映流程更简便。',
    ].join('\n');
    expect(kinds(text).slice(1, 3)).toEqual([
      [3, 'display'],
      [4, 'display'],
    ]);
  });

  it('marks a letter-spaced line', () => {
    const text = ['长 三 角 一 体 化 热 点 不 断', '', ...body].join('\n');
    expect(kinds(text)[0]).toEqual([1, 'display']);
  });
});

describe('report heads broken over two lines', () => {
  it('a dateline head cut at the line end opens the report: body text, not a headline', () => {
    const page = '第一段末尾的句子写完了。\n\n本报海南博鳌 3 月 25 日\n\n电 （记者杨迅）中共中央政治局常委\n\n出席开幕式并发表主旨演讲。\n';
    expect(kinds(page).find(([line]) => line === 3)?.[1]).toBe('text');
  });

  it('a headline as wide as the column over a broken head is a headline', () => {
    const lines = readLines('中国图书展亮相突尼斯国际书展\n据新华社突尼斯3月24日\n电  （记者刘锴）第三十三届书展');
    classifyLines(lines);
    expect(opensReportAt(lines, 0)).toBe(false);
    expect(opensReportAt(lines, 1)).toBe(true);
  });
});

describe('a letter signed with its sender and date', () => {
  it('both lines close the text above', () => {
    const lines = readLines('特此告知，望相互转告。\n昭通市鲁甸县农业农村局\n2024年3月15日\n');
    classifyLines(lines);
    expect(lines.map((l) => l.data.kind)).toEqual(['text', 'credit', 'credit']);
  });
});

describe('an official signing under the title', () => {
  it('is a byline: post, then name, whatever the post (省长, 会长, 副总理, 大使)', () => {
    expect(titledName('陕西省副省长 林凯')).toBe('林凯');
    expect(titledName('中原经济研究会会长  陈兆和')).toBe('陈兆和');
    expect(titledName('中华人民共和国国务院副总理 张高丽')).toBe('张高丽');
    expect(titledName('中国驻法国大使 卢沙野')).toBe('卢沙野');
    // A headline that ends in a name-like word is no signature.
    expect(titledName('记者走进乡村振兴一线')).toBeNull();
  });
});

describe('a picture story’s headline', () => {
  it('stands over its photographer’s credit and the caption text, however close to the column’s width (spaced layout)', () => {
    const text = [
      '感受和共鸣。没有湖区，就没有湖畔派诗人。而',
      '湖畔派诗人，令英国的湖区声名远扬，成为全球',
      '文学爱好者的向往之地。',
      '我家门前十亩田(聚焦供给侧改革·我的故事)',
      '田豆豆 何长青 饶 茜摄影报道',
      '我叫肖家新，是个农民。照片上，很难看出我已',
      '经六十四岁了吧。你可能会想，在地里风吹日晒',
      '几十年，为啥不显老？因为这些年种地不累人。',
    ].join('\n\n');
    const { page } = parsePage(text);
    expect(page.items.map((i) => i.title)).toContain('我家门前十亩田');
    expect(page.items.find((i) => i.title === '我家门前十亩田')).toMatchObject({ byline: '田豆豆 何长青 饶 茜摄影报道' });
  });
});
