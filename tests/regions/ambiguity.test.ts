import { describe, expect, it } from 'vitest';
import { tagRegions, type TaggableItem } from '../../scripts/lib/regions/tag-regions.ts';

const item = (fields: Partial<TaggableItem>): TaggableItem => ({
  kicker: null,
  title: null,
  subtitle: null,
  column: null,
  byline: null,
  source: null,
  dateline: null,
  paragraphs: [],
  ...fields,
});
const names = (fields: Partial<TaggableItem>, publicationRegion?: string) =>
  tagRegions(item(fields), { publicationRegion }).map((r) => r.name);

describe('names that exist twice or are words', () => {
  it('reads bare 吉林 as the province, 吉林市 as the city', () => {
    expect(names({ title: '吉林加快建设开发区', paragraphs: ['吉林出台政策支持开发区。', '吉林各地积极响应。'] })).toEqual(['吉林省']);
    const city = names({ title: '吉林市冰雪旅游升温', paragraphs: ['吉林市松花江畔游人如织。', '吉林市文旅局介绍。'] });
    expect(city).toEqual(['吉林省', '吉林市']);
  });

  it('reads 朝阳 as a district only where Beijing is named, and never as 朝阳产业', () => {
    expect(names({ title: '北京朝阳启动社区更新', paragraphs: ['北京市朝阳区近日启动老旧小区改造。朝阳区将分批推进。'] })).toEqual([
      '北京市',
      '朝阳区',
    ]);
    expect(names({ title: '发展朝阳产业', paragraphs: ['各地要培育朝阳产业，壮大新动能。'] })).toEqual([]);
  });

  it('does not read streets named after cities (中山路, 通化路, 广州路街道) as those cities', () => {
    expect(names({ title: '中山路夜市开张', paragraphs: ['位于中山路的夜市昨晚开张，通化路也将改造。', '广州路街道居民前来。'] })).toEqual(
      [],
    );
  });

  it('does not read 东方, 江南, 长江, 新华社 as places', () => {
    expect(names({ title: '东方红日出江南', paragraphs: ['新华社记者在长江沿线采访，江南水乡迎来东方游客。'] })).toEqual([]);
  });

  it('keeps foreign places out (新西兰, 大阪, 新西伯利亚)', () => {
    expect(names({ title: '出口新西兰货物增长', paragraphs: ['企业向新西兰出口体育用品，开通大阪航线和新西伯利亚航线。'] })).toEqual([]);
  });

  it('does not take 华西 (a company region, a newspaper) for a place', () => {
    expect(
      names({ title: '华西片区业绩增长', byline: '华西都市报记者 某某', paragraphs: ['华西片区的业绩创新高，华西地区市场空间大。'] }),
    ).toEqual([]);
  });

  it('reads 本市/我市 as the paper’s own city only in its own reports', () => {
    const own = {
      title: '全市招商工作会议召开',
      source: '本报',
      paragraphs: ['本报讯 全市招商引资工作会议召开。', '我市将持续优化营商环境。'],
    };
    expect(names(own, '371500')).toEqual(['山东省', '聊城市']);
    expect(names(own)).toEqual([]);
    const wire = {
      title: '全市招商工作会议召开',
      source: '新华社',
      paragraphs: ['全市招商引资工作会议召开。', '我市将持续优化营商环境。'],
    };
    expect(names(wire, '371500')).toEqual([]);
  });

  it('needs a county’s prefecture named before reading its bare short form (道孚 with 甘孜)', () => {
    expect(names({ title: '道孚牦牛肉走俏', paragraphs: ['道孚的牦牛肉产品销往各地。道孚农特产品加工园区投产。'] })).toEqual([]);
    expect(names({ title: '道孚牦牛肉走俏', paragraphs: ['甘孜州道孚县的牦牛肉产品销往各地。道孚农特产品加工园区投产。'] })).toEqual([
      '四川省',
      '甘孜藏族自治州',
      '道孚县',
    ]);
  });
});

describe('aboutness, not mentions', () => {
  it('does not tag a supplier’s city named once in passing', () => {
    const tags = names({
      title: '宁波港集装箱吞吐量创新高',
      paragraphs: [
        '宁波舟山港5月集装箱吞吐量创历史新高。',
        '宁波港口负责人介绍，一家来自合肥的企业也在此办理业务。',
        '宁波将继续扩大开放。',
      ],
    });
    expect(tags).toEqual(['浙江省', '宁波市']);
  });

  it('treats a list of destinations as weak evidence', () => {
    const tags = names({
      title: '天津货运航空新开航线',
      paragraphs: ['天津货运航空今年开通了上海、青岛、石家庄、杭州、广州等多条航线。', '天津货运航空将继续完善网络。'],
    });
    expect(tags).toEqual(['天津市']);
  });

  it('weighs the dateline, but not a national agency’s Beijing desk', () => {
    expect(names({ dateline: '新华社杭州6月21日电', title: '市场回暖', paragraphs: ['杭州夜经济商圈热闹起来。'] })).toEqual([
      '浙江省',
      '杭州市',
    ]);
    expect(names({ dateline: '新华社北京4月10日电', title: '峰会致贺信', paragraphs: ['峰会在洪都拉斯举行。'] })).toEqual([]);
  });

  it('takes the lowest clear level plus its ancestors', () => {
    expect(names({ title: '浙江省温州乐清市 绘就基层治理新图景', paragraphs: ['乐清市芙蓉镇深化建设。'] })).toEqual([
      '浙江省',
      '温州市',
      '乐清市',
    ]);
  });

  it('orders the most relevant province first', () => {
    const refs = tagRegions(
      item({
        title: '婺城携手道孚',
        paragraphs: ['浙江省金华市婺城区与四川省甘孜藏族自治州道孚县结对。', '婺城区支援道孚县，道孚县建成园区，道孚县学校结对。'],
      }),
    );
    expect(refs[0].name).toBe('四川省');
    expect(refs.map((r) => r.level)).toEqual(['province', 'prefecture', 'county', 'province', 'prefecture', 'county']);
  });
});

describe('macro-regions', () => {
  it('tags a macro-region named in the headline', () => {
    expect(names({ title: '长三角一体化热点不断', paragraphs: ['上海推进示范区建设。'] })).toContain('长三角');
  });

  it('derives compact macro-regions from two member provinces (沪苏浙皖 abbreviations included)', () => {
    expect(names({ title: '川渝共建自贸区', paragraphs: ['川渝两地共同发布方案。'] }).sort()).toEqual(['四川省', '成渝', '重庆市'].sort());
    expect(names({ title: '京津两地签署协议', paragraphs: ['北京市与天津市签署合作协议，北京和天津将共建园区。'] })).toContain('京津冀');
    expect(names({ title: '辽宁吉林联手振兴', paragraphs: ['辽宁省与吉林省签署协议，辽宁和吉林将共建走廊。'] })).toContain('东北');
  });

  it('does not derive broad regions (西部, 长江经济带) from members alone', () => {
    const tags = names({ title: '川渝共建自贸区', paragraphs: ['川渝两地共同发布方案。'] });
    expect(tags).not.toContain('西部');
    expect(tags).not.toContain('长江经济带');
  });

  it('does not derive a macro-region from one member', () => {
    expect(names({ title: '温州推出热线', paragraphs: ['温州市12345热线受理诉求。'] })).not.toContain('长三角');
  });

  it('trusts a column naming a macro-region unless the places contradict it', () => {
    expect(names({ column: '聚焦长三角', title: '温州推出热线', paragraphs: ['温州市12345热线受理诉求。'] })).toContain('长三角');
    expect(
      names({ column: '点击京津冀', title: '吉林开发区观察', paragraphs: ['吉林省开发区发展迅速，长春市经开区获评。'] }),
    ).not.toContain('京津冀');
  });

  it('does not read 西部陆海新通道 or 东北亚 as the macro-regions', () => {
    expect(names({ title: '共建西部陆海新通道', paragraphs: ['东北亚合作持续深化，西部陆海新通道班列开行。'] })).toEqual([]);
  });
});

describe('county short forms that are places, not words', () => {
  // A county's bare short form counts only where its parent is named; a place-only short form
  // is read then, and an everyday word never is.
  it('reads 大兴 as 大兴区 where 北京市 is named, and not the verb 大兴 without it', () => {
    expect(
      names({
        title: '大兴新建三所社区医院',
        paragraphs: ['北京市卫健委日前发布消息，大兴今年将新建三所社区医院，方便居民就近看病。', '大兴已有十二所社区医院投入使用。'],
      }),
    ).toEqual(['北京市', '大兴区']);
    expect(names({ title: '大兴调查研究之风', paragraphs: ['各级干部要大兴调查研究之风，深入基层听取群众意见。'] })).toEqual([]);
  });

  it('reads 天长 as 天长市 where 滁州市 is named, and not the idiom 天长地久 without it', () => {
    expect(
      names({
        title: '天长光伏产业园投产',
        paragraphs: ['滁州市发展改革委介绍，天长光伏产业园一期日前投产，年产组件两千兆瓦。', '天长将继续引进配套企业。'],
      }),
    ).toEqual(['安徽省', '滁州市', '天长市']);
    expect(names({ title: '情谊天长地久', paragraphs: ['两位老人相识六十年，情谊天长地久。'] })).toEqual([]);
  });

  it('reads 铁西 as 铁西区 where 沈阳 is named', () => {
    expect(
      names({
        title: '铁西老厂房变身文创园',
        paragraphs: ['沈阳市一批老工业厂房完成改造，铁西的老厂房变身文创园。', '铁西还将改造两处厂区。'],
      }),
    ).toEqual(['辽宁省', '沈阳市', '铁西区']);
  });

  it('never reads an everyday word as a county, even where the county’s parent is named', () => {
    // 新华区 (石家庄), 金山区 (上海), 合作市 (甘南), 高明区 (佛山): the words, not the places.
    expect(
      names({ title: '石家庄出台稳就业措施', paragraphs: ['新华社石家庄电 石家庄市日前出台稳就业措施，新华书店也将招聘一批店员。'] }),
    ).toEqual(['河北省', '石家庄市']);
    expect(
      names({ title: '上海推进生态修复', paragraphs: ['上海市坚持绿水青山就是金山银山，推进崇明生态修复。', '上海各区加强合作。'] }),
    ).not.toContain('金山区');
    expect(
      names({ title: '佛山企业加强合作', paragraphs: ['佛山市多家企业加强合作，做法十分高明。', '佛山企业表示将继续合作。'] }),
    ).toEqual(['广东省', '佛山市']);
  });
});
