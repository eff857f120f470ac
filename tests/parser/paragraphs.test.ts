import { describe, expect, it } from 'vitest';
import { parsePage } from '../../scripts/lib/parse/parse-page.ts';
import { wrapParagraph } from './corpus/compose.ts';

/** A page set the way the spaced layout prints it: headline, byline, then every line of the body followed by a blank line. */
function spacedPage(title: string, paragraphs: string[], width: number): string {
  const body = paragraphs.flatMap((p) => wrapParagraph(p, width));
  return [title, '', '本报记者  王  林', '', ...body.flatMap((l) => [l, ''])].join('\n');
}

/** The same, wrapped: the body's lines printed one under another, no blank lines. */
function wrappedPage(title: string, paragraphs: string[], width: number): string {
  return [title, '', '本报记者  王  林', '', ...paragraphs.flatMap((p) => wrapParagraph(p, width))].join('\n');
}

function bodies(text: string): string[][] {
  return parsePage(text).page.items.map((i) => i.body.map((b) => b.text));
}

describe('a paragraph that ends short of its column without a sentence end', () => {
  const paragraphs = [
    '在县城东边的老厂区，一片新的菜园正在成形。清晨六点，周边居民就提着水壶过来浇水，傍晚下班后再来看一看长势。',
    // A summary or a subhead set like a paragraph: no sentence end, its last line short.
    '菜园不大却样样俱全，种的都是居民自己想吃的菜',
    '今年开春以来，社区先后组织了三次义务劳动，清理出空地二十多亩，还请来农技员讲授堆肥和育苗的办法。',
  ];

  it('ends there when the next line is indented (spaced and wrapped layouts)', () => {
    for (const page of [spacedPage('老厂区里长出新菜园', paragraphs, 14), wrappedPage('老厂区里长出新菜园', paragraphs, 14)]) {
      expect(bodies(page)).toEqual([paragraphs]);
    }
  });

  it('ends there when the next line is short itself (lines of verse)', () => {
    const verse = ['“春风吹过老厂房，', '一垄青菜一垄香，', '邻里相帮日子长”'];
    const after = '歌声过后，大家又低头忙了起来，有人松土，有人搭架，直到太阳落山才陆续回家。';
    const body = [paragraphs[0]!, paragraphs[2]!, ...verse, after];
    expect(bodies(spacedPage('老厂区里长出新菜园', body, 14))).toEqual([body]);
  });

  it('ends two ems short over an indented line, unless the break falls in a word or inside a quotation', () => {
    const page = (lines: string[]): string => spacedPage('老厂区里长出新菜园', [], 14) + lines.join('\n\n');
    // Long paragraphs around the lines under test, so that the column measures 14 ems.
    const long = [
      `${paragraphs[0]}菜园旁边还搭起了工具棚，锄头、水壶和种子都放在里面，谁用谁取，用完放回原处。`,
      `${paragraphs[2]}农技员说，老厂区的土壤里混着不少碎砖，得先过筛再施底肥，头一年种些好养活的叶菜最合适。`,
    ];
    const [first, second] = long.map((p) => wrapParagraph(p, 14));
    const summary = ['一片菜园让邻里之间走得更', '近，也让老厂区有了新生气'];
    const inWord = ['在县城东边的老厂区，一片', '新的菜园正在成形，来自维', '也纳的志愿者也赶来帮忙，', '搭起了一排排瓜架。'];
    const inQuote = ['居民们商量了好几个晚上，', '最后把这种办法叫作“菜园', '认领制”，每户一块地，种', '什么由自己定。'];
    expect(bodies(page([...summary, ...first!, ...inWord, ...second!, ...inQuote, ...first!]))).toEqual([
      [summary.join(''), long[0], inWord.join(''), long[1], inQuote.join(''), long[0]],
    ]);
  });

  it('does not end inside a number and its unit', () => {
    // A figure wrapped at the column's edge, as the wrapped layout prints a data box set like a paragraph.
    const page = [
      '东盟经济一年间',
      '',
      '本报曼谷4月1日电  （记',
      '者 陶  然）东盟秘书处日前发',
      '布年度经济统计报告。记者',
      '梳理了报告中的部分数据：',
      '地区生产总值：约3.8',
      '万亿美元',
      '东盟十国经济总量继续',
      '保持增长，去年实际增长率',
      '',
      '约为4.2%，高于全球平均水',
      '平。',
    ].join('\n');
    expect(
      bodies(page)
        .flat()
        .some((p) => p.startsWith('万亿美元')),
    ).toBe(false);
  });

  it('does not end before the rest of a photo credit begun on the line', () => {
    // A caption set narrower than the article above it, its credit broken after the photographer's name.
    const caption = ['5月1日，游客在苏州拙政园游览。“五一”假', '期，苏州各大园林迎来客流高峰。王东', '摄（新华社发）'];
    const page = `${spacedPage('拙政园里游人如织', [paragraphs[0]!, paragraphs[2]!], 21)}\n${caption.join('\n\n')}\n`;
    const captionItem = bodies(page).find((body) => body[0]!.startsWith('5月1日'));
    expect(captionItem).toEqual([caption.join('')]);
  });

  it('does not end a paragraph that opens like body text (a caption set narrower than the article above it)', () => {
    const caption = ['5月1日，游客在苏州拙政', '园游览。“五一”假期，苏州', '各大园林迎来客流高峰。', '新华社记者  王  东摄'];
    const page = `${spacedPage('拙政园里游人如织', [paragraphs[2]!, paragraphs[0]!], 17)}\n${caption.join('\n\n')}\n`;
    expect(bodies(page)).toEqual([[paragraphs[2], paragraphs[0]], [`${caption.slice(0, 3).join('')}新华社记者 王 东摄`]]);
  });

  it('does not set a continuation line (上接第1版) apart from the text it continues', () => {
    const text = [
      '（上接第1版）',
      ...wrapParagraph(
        '据统计，去年全县新建改造乡镇商贸中心十二个，村级便民店覆盖率达到百分之九十五，农村网络零售额同比增长百分之十八点六。',
        13,
      ),
    ].join('\n');
    expect(bodies(text)[0]).toHaveLength(1);
  });
});

/** A page in the paragraph layout: one paragraph per line, blank lines between. */
function paragraphPage(title: string, paragraphs: string[]): string {
  return [title, '本报记者  王  林', ...paragraphs].join('\n\n');
}

describe('one paragraph per line: a line without a sentence end', () => {
  const lead =
    '在县城东边的老厂区，一片新的菜园正在成形。清晨六点，周边居民就提着水壶过来浇水，傍晚下班后再来看一看长势，顺手拔掉几棵杂草。';
  const next = '今年开春以来，社区先后组织了三次义务劳动，清理出空地二十多亩，还请来农技员讲授堆肥和育苗的办法，报名的居民一次比一次多。';
  const last = '菜园的收成按户分配，剩下的送给附近的敬老院。社区负责人说，明年还打算开辟一片果园，让孩子们也有个认识农作物的地方。';

  it('is a paragraph of its own when it is short and reads as finished (a summary, a subhead, a listing)', () => {
    const summary = '一片菜园让邻里走得更近，也让老厂区有了新的生气';
    const subhead = '从荒地到菜地，居民自己动手';
    const listing = ['●开放时间：每周六、周日上午', '●地点：老厂区东门'];
    const body = [summary, lead, subhead, next, ...listing, last];
    expect(bodies(paragraphPage('老厂区里长出新菜园', body))).toEqual([body]);
  });

  it('runs on when a break cut it: in a word, before a mark or a particle, after a function word or a finished sentence, after a date, as wide as body text', () => {
    const cuts: Array<[string, string]> = [
      ['在县城东边的老厂区，一片新的菜园正在成形，来自维', '也纳的志愿者也加入进来，帮着搭起了瓜架。'],
      ['清晨六点，周边居民就提着水壶过来浇水，“这是我们自己的菜园', '”，一位老人笑着说。'],
      ['社区先后组织了三次义务劳动，清理出空地二十多亩，还请来农技员讲授堆肥的', '办法，报名的居民一次比一次多。'],
      ['去年冬天，这片空地还堆满了建筑垃圾。今年开春以来，社区', '先后组织了三次义务劳动，清理出空地二十多亩。'],
      ['清理出空地二十多亩以后，大家又挖通了水沟，菜园的水渠也恢复', '了通水，居民浇水不用再跑远路。'],
      ['3月5日，社区组织居民来到老厂区东门', '认领地块，每户一小块，种什么由自己定。'],
      // As wide as body text: a paragraph's first words, not a line of its own.
      [
        '在县城东边的老厂区，一片新的菜园正在成形，周边居民每天清晨都提着水壶过来浇水，傍晚下班以后还要再来看一看菜苗',
        '长势，顺手拔掉几棵杂草。',
      ],
    ];
    for (const [cut, rest] of cuts) {
      const page = paragraphPage('老厂区里长出新菜园', [lead, cut, rest, last]);
      expect(bodies(page), cut).toEqual([[lead, cut + rest, last]]);
    }
  });

  it("runs on when it is a report's opening words", () => {
    const [cut, rest] = ['本报讯（记者 王林）县城东边的老厂区', '近日建成一片社区菜园，周边居民纷纷前来认领地块。'];
    expect(bodies(paragraphPage('老厂区里长出新菜园', [cut, rest, lead, last]))).toEqual([[cut + rest, lead, last]]);
  });
});

describe('a sentence that fills its last line', () => {
  it('ends the paragraph when the next line is indented, though commas hanging past the edge widen the measured column', () => {
    // A 12-em column: a comma at the end of a full line hangs outside it (13 ems), so the
    // column measures 13 and the next paragraph's first line, indented two ems, 3 short.
    const body = [
      ['社区菜园开张以来，报', '名认领地块的居民越来越多，', '有退休的老人也有上班的人，', '还有带孩子一起来的家长。'],
      ['志愿者老王说，居民的', '热情远远超出了大家的预期，', '地块已经不够分配了。'],
      ['下一步，社区打算把旁', '边的闲置车棚也改造出来，', '再开辟三十块菜畦给居民们，', '让更多人参与进来。'],
    ];
    const text = ['老厂区里长出新菜园', '', '本报记者  王  林', '', ...body.flat().flatMap((l) => [l, ''])].join('\n');
    expect(bodies(text)).toEqual([body.map((lines) => lines.join(''))]);
  });
});
