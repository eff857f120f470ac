import { describe, expect, it } from 'vitest';
import { parsePage } from '../../scripts/lib/parse/parse-page.ts';

/** A spaced page: every body line is followed by a blank line; the lines of one headline touch. */
const spaced = (lines: string[]): string => lines.join('\n\n');

const head = ['陕西汉中发现大片天坑群\n新地质遗迹 考验保护与开发', '本报记者  常  钦'];
const before = [
  '作为特殊喀斯特地貌，天坑令人',
  '惊叹，它的形成需要漫长的地质',
  '年代。队员们翻山越岭寻找线索，',
  '感冒、发烧更是时有发生。',
];
const after = ['汉中天坑群位于秦巴山区汉中盆', '地南部，地质构造复杂，岩溶地', '貌发育充分，专家认为它具有很', '高的科研和科普价值。'];

describe('subheads set like paragraphs (spaced layout)', () => {
  it('a subhead and its deck, each apart from the other by a blank line, stay inside the article', () => {
    const text = spaced([...head, ...before, '达到世界级地质遗迹标准', '具有较高科研价值，填补了', '岩溶地质研究空白', ...after]);
    const { page } = parsePage(text);
    expect(page.items).toHaveLength(1);
    const subheads = page.items[0]!.body.filter((b) => b.kind === 'subhead').map((b) => b.text);
    expect(subheads).toEqual(['达到世界级地质遗迹标准', '具有较高科研价值，填补了岩溶地质研究空白']);
  });

  it('a subhead wrapped at the column’s edge keeps its short last line, which is no label', () => {
    const text = spaced([...head, ...before, '受命奔赴主战场，退役军人成脱贫攻', '坚排头兵', ...after]);
    const { page } = parsePage(text);
    expect(page.items).toHaveLength(1);
    expect(page.items[0]!.body.filter((b) => b.kind === 'subhead').map((b) => b.text)).toEqual([
      '受命奔赴主战场，退役军人成脱贫攻坚排头兵',
    ]);
  });

  it('a subhead in a larger type wraps a little short of the column’s edge, and still keeps its last line', () => {
    const text = spaced([...head, ...before, '秦巴山区新发现天坑群总数达', '五十个', ...after]);
    const { page } = parsePage(text);
    expect(page.items).toHaveLength(1);
    expect(page.items[0]!.body.filter((b) => b.kind === 'subhead').map((b) => b.text)).toEqual(['秦巴山区新发现天坑群总数达五十个']);
  });

  it('a column label over a title, set apart the same way, still opens a new piece', () => {
    const text = spaced([...head, ...before, '今日谈', '好风景也要好服务', ...after]);
    const { page } = parsePage(text);
    expect(page.items.map((i) => i.title)).toEqual(['新地质遗迹 考验保护与开发', '好风景也要好服务']);
    expect(page.items[1]!.column).toBe('今日谈');
  });
});

describe('a subhead right under the byline', () => {
  it('opens the article: a second headline is not printed under the first one’s byline (wrapped layout)', () => {
    const text = [
      '河南原阳县宏达集团持续扶贫，带动万余人脱贫',
      '荒庄不荒了',
      '',
      '苗文新',
      '',
      '村企共建，整村脱贫',
      '原阳县韩董庄镇荒庄村地处河南',
      '省重点贫困地区——黄河滩区。尚广强',
      '从小家境贫寒，但经常得到乡亲邻居',
      '的无私帮助，他决心带动更多乡亲共',
      '同富裕。',
      '',
      '当时的荒庄村，贫困发生率高达',
      '百分之九十五。看到周围百姓种地买',
      '不起化肥、农药，孩子上学缴不起学',
      '费，尚广强决心搞木材深加工。',
    ].join('\n');
    const { page } = parsePage(text);
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({ title: '荒庄不荒了', byline: '苗文新' });
    expect(page.items[0]!.body[0]).toMatchObject({ kind: 'subhead', text: '村企共建，整村脱贫' });
  });
});

describe('a subhead led in with a dash over its deck', () => {
  const opening = '“这几年普洱茶行业的消费端正在发生变化，年轻人越来越多。”云南一家茶企负责人说，茶叶要卖得好，先要种得好、做得精。';
  const middle = '从2014年下半年开始，云南不少茶区推行生态茶园建设，茶农的观念也在慢慢转变。';
  const closing = '走进昆明一家茶企的营销中心，还能看到茶园的实时画面，消费者可以追溯每一饼茶的来历。';
  const more = [
    '在今年的全国两会上，有代表委员建议，把茶产业作为乡村振兴的重要抓手，加快推动茶园提质增效，让茶农的日子越过越红火。',
    '记者采访中发现，越来越多的茶企开始与科研院所合作，从种植、加工到包装都建立起标准，一片茶叶的身价也随之水涨船高。',
  ];

  /** A feature page in the paragraph layout with a two-line display group between its paragraphs. */
  const withGroup = (lead: string, second: string): string =>
    ['小茶叶如何提档升级', '本报记者  徐元锋', opening, ...more, middle, lead, second, closing, ...more].join('\n\n');

  it('a short lead-in ending in —— over a longer sentence stays inside the article (paragraph layout)', () => {
    const { page } = parsePage(withGroup('生产更规范——', '“生态茶园”控制化肥农药使用，兼顾产量和质量'));
    expect(page.items).toHaveLength(1);
    expect(page.items[0]!.body.filter((b) => b.kind === 'subhead')).toHaveLength(1);
  });

  it('a lead-in’s deck may list with 、 instead of a comma (paragraph layout)', () => {
    const { page } = parsePage(withGroup('回味更美好——', '茶产业发展要和休闲生活、康体旅游、保健养生等新业态结合'));
    expect(page.items).toHaveLength(1);
    expect(page.items[0]!.body.filter((b) => b.kind === 'subhead')).toHaveLength(1);
  });

  it('a long kicker ending in —— over a shorter title still opens a new piece (paragraph layout)', () => {
    const { page } = parsePage(withGroup('扎根大凉山三年，他把“空壳村”变成“明星村”——', '“板凳书记”的三本账'));
    expect(page.items.map((i) => i.title)).toEqual(['小茶叶如何提档升级', '“板凳书记”的三本账']);
  });
});

describe('the column a subhead is measured against', () => {
  it('is the last full paragraph’s, not a one-line lead-in’s above the subhead (spaced layout)', () => {
    const text = spaced([
      ...head,
      '最美人间四月天。走进江苏无锡阳山镇，三万多亩桃林一片醉',
      '人花海，曾经因水蜜桃出名的小镇，如今走出现代农业的新路',
      '子。',
      '生产方式变了：',
      '种桃用上新科技，“金字招牌”不褪色',
      '水蜜桃是阳山镇原产地保护品种。这些年，周边有的乡镇把',
      '农田变成工厂，阳山人却坚持要种最好吃的桃子，一种就是',
      '几十年，桃子的名气越来越大。',
    ]);
    const { page } = parsePage(text);
    expect(page.items).toHaveLength(1);
    expect(page.items[0]!.body.some((b) => b.kind === 'subhead' && b.text.startsWith('种桃用上新科技'))).toBe(true);
  });
});

describe('a dash line naming who spoke the words above', () => {
  const account = [
    '我叫肖家新，是个农民。照片上这片10亩的田，就在我家门前，过去分成了七八块，种起来费工又费时。',
    '就这样，一块块调整，一户户连片，如今拖拉机、收割机开进了田里，种完自家的田，我还有时间开着拖拉机走村串户。',
  ];
  const next = [
    '培育新型经营主体，发展农业适度规模经营，是推进农业供给侧结构性改革的重大举措，村里真正务农的大多年纪大了。',
    '回想起当年的阻力，现在想起都怕。村支部反复掂量，挨家挨户上门做工作，终于把田块调整到位。',
  ];

  it('is a line of the text, and the account under it goes on in the same piece (paragraph layout)', () => {
    const text = ['我家门前10亩田', ...account, '——湖北荆门市沙洋县三坪村村民肖家新', ...next].join('\n\n');
    const { page } = parsePage(text);
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({ title: '我家门前10亩田', subtitle: null });
    expect(page.items[0]!.body.map((b) => b.text)).toContain('——湖北荆门市沙洋县三坪村村民肖家新');
  });

  it('closes the piece as its last line, when the next headline or the page’s end follows (paragraph layout)', () => {
    const last = ['我家门前10亩田', ...account, '——湖北荆门市沙洋县三坪村村民肖家新'];
    const report = '本报讯（记者 周航）邻村的合作社也忙起来了，今年新流转土地三百亩，种粮大户们正抢抓农时。';
    for (const page of [last, [...last, '邻村合作社抢抓农时', report]]) {
      const { items } = parsePage(page.join('\n\n')).page;
      expect(items[0]).toMatchObject({ title: '我家门前10亩田', subtitle: null });
      expect(items[0]!.body.at(-1)!.text).toBe('——湖北荆门市沙洋县三坪村村民肖家新');
      expect(items.every((i) => i.type !== 'teaser')).toBe(true);
    }
  });

  it('keeps its wrapped second line (spaced layout)', () => {
    const wrap = (p: string): string[] => p.match(/.{1,16}/gu)!;
    const text = spaced(['我家门前10亩田', ...account.flatMap(wrap), '——湖北荆门市沙洋县三坪村村民', '肖家新', ...next.flatMap(wrap)]);
    const { page } = parsePage(text);
    expect(page.items).toHaveLength(1);
    expect(page.items[0]!.body.map((b) => b.text)).toContain('——湖北荆门市沙洋县三坪村村民肖家新');
  });
});
