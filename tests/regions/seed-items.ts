// Hand-built TaggableItems from the five seed pages, with where each piece is
// about as annotated by reading it. Until the parser lands these stand in for
// its output: headline fields are typed from the page, bodies are read from the
// bundled page text by line range (so the real wording, traps included, is tested).
import fs from 'node:fs';
import path from 'node:path';
import type { TaggableItem } from '../../scripts/lib/regions/tag-regions.ts';

const ISSUES = path.resolve(import.meta.dirname, '../../src/content/issues');

/** Lines from..to (1-based, inclusive) of a bundled page, reflowed into paragraphs at sentence ends. */
export function paragraphsOf(issue: string, from: number, to: number): string[] {
  const lines = fs
    .readFileSync(path.join(ISSUES, issue, 'p01.txt'), 'utf8')
    .split('\n')
    .slice(from - 1, to);
  const paragraphs: string[] = [];
  let current = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    current += line;
    if (/[。！？”）)]$/.test(line)) {
      paragraphs.push(current);
      current = '';
    }
  }
  if (current) paragraphs.push(current);
  return paragraphs;
}

/** One annotated seed item. */
export interface SeedCase {
  name: string;
  item: TaggableItem;
  publicationRegion?: string;
  /** Provinces the piece is about (all must be tagged). */
  provinces: string[];
  /** Provinces that may be tagged but need not be (a judgement call). No others may appear. */
  mayAlso?: string[];
  /** Prefectures and counties that must be tagged. */
  places?: string[];
  /** Codes (any level) that must not be tagged: the traps. */
  never?: string[];
  /** Macro-region keys that must be tagged. */
  macros?: string[];
  /** Macro-region keys that must not be tagged. */
  neverMacros?: string[];
}

const blank: TaggableItem = {
  kicker: null,
  title: null,
  subtitle: null,
  column: null,
  byline: null,
  source: null,
  dateline: null,
  paragraphs: [],
};
const item = (fields: Partial<TaggableItem>): TaggableItem => ({ ...blank, ...fields });

const A = 'unidentified-2023-07-a';
const B = 'unidentified-2022-06';
const C = 'jingji-ribao-2023-12';
const D = 'liaocheng-ribao-2025-04-11';
const E = 'unidentified-2023-07-b';

/** The annotated seed items. */
export const seedCases: SeedCase[] = [
  {
    name: '000 温州 hotline (浙江日报 credit, 聚焦长三角 column)',
    item: item({
      title: '万名“话务员”点对点解难',
      subtitle: '温州市机关企事业单位干部轮流接热线',
      column: '聚焦长三角',
      byline: '浙江日报记者 殷诚聪 汪子芳',
      source: '浙江日报',
      paragraphs: paragraphsOf(A, 3, 77),
    }),
    provinces: ['330000'],
    places: ['330300'],
    macros: ['changsanjiao'],
  },
  {
    name: '000 辽宁沿海经济带六市 (瞭望环渤海)',
    item: item({
      title: '“握指成拳”聚合力',
      kicker: '辽宁沿海经济带六市',
      column: '瞭望环渤海',
      byline: '辽宁日报记者 吕丽',
      source: '辽宁日报',
      paragraphs: paragraphsOf(A, 86, 154),
    }),
    provinces: ['210000'],
    mayAlso: [],
    never: ['330500'],
    macros: ['huanbohai'],
  },
  {
    name: '000 天津货运航空 (route list, 点击京津冀)',
    item: item({
      title: '天津货运航空抢占航空货运新高地',
      column: '点击京津冀',
      source: '天津日报',
      paragraphs: paragraphsOf(A, 165, 199),
    }),
    provinces: ['120000'],
    mayAlso: ['110000'],
    never: ['340000', '320000', '310000', '370000', '130000', '440000', '330000'],
    macros: ['jingjinji'],
  },
  {
    name: '000 深圳海关 新西兰 (foreign place, 活力珠三角)',
    item: item({
      title: '深圳海关助力1.31亿元出口新西兰货物享惠',
      column: '活力珠三角',
      source: '深圳晚报',
      paragraphs: paragraphsOf(A, 203, 247),
    }),
    provinces: ['440000'],
    places: ['440300'],
    macros: ['zhusanjiao'],
  },
  {
    name: '000 成都 (华西 is no place; list of provinces served; 西部大开发)',
    item: item({
      title: '巨大客流量为成都带来什么？',
      kicker: '“国际朋友圈”越来越热闹',
      column: '西部大开发',
      byline: '华西都市报记者 刘秋凤',
      source: '华西都市报',
      paragraphs: paragraphsOf(A, 251, 445),
    }),
    provinces: ['510000'],
    places: ['510100'],
    never: ['500000', '530000', '610000', '430000', '420000', '520000', '650000', '810000'],
    macros: ['xibu'],
    neverMacros: ['chengyu'],
  },
  {
    name: '000 吉林省开发区 (吉林 province vs city; 通化 once)',
    item: item({
      title: '做强经济“顶梁柱”',
      subtitle: '吉林省开发区产业集群发展观察',
      column: '开发区传真',
      byline: '吉林日报记者 张雅静',
      source: '吉林日报',
      paragraphs: paragraphsOf(A, 447, 653),
    }),
    provinces: ['220000'],
    never: ['220200', '220500'],
  },
  {
    name: '000 photo 唐山港曹妃甸',
    item: item({ paragraphs: paragraphsOf(A, 666, 670) }),
    provinces: ['130000'],
    places: ['130200'],
  },
  {
    name: '000 photo 河北沧州孟村',
    item: item({ paragraphs: paragraphsOf(A, 672, 682) }),
    provinces: ['130000'],
    places: ['130900'],
  },
  {
    name: '001 长三角一体化 (沪苏浙皖 enumerations, 青浦 吴江 嘉善)',
    item: item({
      title: '长三角一体化热点不断热度不减',
      kicker: '示范区变身先手棋和突破口，120 个政务服务事项跨省市“一网通办”',
      source: '解放日报',
      paragraphs: paragraphsOf(B, 6, 64),
    }),
    provinces: ['310000'],
    mayAlso: ['320000', '330000', '340000'],
    macros: ['changsanjiao'],
  },
  {
    name: '001 市场回暖 (新华社杭州 dateline at the end)',
    item: item({ title: '市场回暖 活力渐显', subtitle: '来自长三角的一线经济信号', paragraphs: paragraphsOf(B, 68, 206) }),
    provinces: ['330000'],
    mayAlso: ['310000'],
    places: ['330100'],
    never: ['320000'],
    macros: ['changsanjiao'],
  },
  {
    name: '001 闵行 质量 (headline lost; 今日闵行 credit)',
    item: item({ column: '今日闵行', paragraphs: paragraphsOf(B, 207, 289) }),
    provinces: ['310000'],
    places: ['310112'],
  },
  {
    name: '001 photo 安徽淮北',
    item: item({ title: '安徽淮北：葵花开 引客来', paragraphs: paragraphsOf(B, 292, 296) }),
    provinces: ['340000'],
    places: ['340600', '340603'],
  },
  {
    name: '001 联动接卸 (独山港, 安吉港 are ports; 上海 hub)',
    item: item({
      title: '“联动接卸”打通长三角外贸新路',
      kicker: '组合最经济的水水运输方式和最便利的通关政策',
      source: '解放日报',
      paragraphs: paragraphsOf(B, 301, 347),
    }),
    provinces: ['310000'],
    mayAlso: ['320000', '340000'],
    never: ['522726', '330523', '520000'],
    macros: ['changsanjiao'],
  },
  {
    name: '002 郑州 先进制造业',
    item: item({
      title: '郑州加速迈向先进制造业高地',
      column: '各地新亮点',
      byline: '□ 本报记者 夏先清 杨子佩',
      source: '本报',
      paragraphs: [...paragraphsOf(C, 9, 17), ...paragraphsOf(C, 21, 33)],
    }),
    provinces: ['410000'],
    places: ['410100'],
  },
  {
    name: '002 硚口 共享法庭 (headline lost)',
    item: item({ paragraphs: paragraphsOf(C, 35, 47) }),
    provinces: ['420000'],
    places: ['420100', '420104'],
  },
  {
    name: '002 photo 广西崇左',
    item: item({ paragraphs: paragraphsOf(C, 49, 49) }),
    provinces: ['450000'],
    places: ['451400'],
  },
  {
    name: '002 浙江金华 产业链',
    item: item({ title: '浙江金华发力重点产业链', byline: '本报记者 李景', source: '本报', paragraphs: paragraphsOf(C, 53, 69) }),
    provinces: ['330000'],
    places: ['330700'],
  },
  {
    name: '002 甘肃金昌 (广州路街道 is a street)',
    item: item({ title: '甘肃金昌“村居融合”惠民生', byline: '本报记者 陈发明', source: '本报', paragraphs: paragraphsOf(C, 79, 93) }),
    provinces: ['620000'],
    places: ['620300', '620302'],
    never: ['440000', '440100', '513226'],
  },
  {
    name: '002 ad 乐清 (芙蓉镇, 金溪 are not 芙蓉区, 金溪县)',
    item: item({ title: '浙江省温州乐清市 绘就基层治理新图景', paragraphs: paragraphsOf(C, 97, 105) }),
    provinces: ['330000'],
    places: ['330300', '330382'],
    never: ['430000', '360000'],
  },
  {
    name: '002 ad 内蒙古农行',
    item: item({ title: '中国农业银行内蒙古分行 金融服务肉牛全产业链发展', paragraphs: paragraphsOf(C, 109, 117) }),
    provinces: ['150000'],
  },
  {
    name: '002 ad 山东聊城经开区',
    item: item({ title: '山东聊城经济技术开发区 创新服务提升社区治理水平', paragraphs: paragraphsOf(C, 121, 129) }),
    provinces: ['370000'],
    places: ['371500'],
    never: ['110000', '110101'],
  },
  {
    name: '002 ad 福建晋江 (晋 is no abbreviation here)',
    item: item({ title: '福建省晋江市统计局 提升统计业务精准度', paragraphs: paragraphsOf(C, 133, 143) }),
    provinces: ['350000'],
    places: ['350582'],
    never: ['140000'],
  },
  {
    name: '003 caption 冠县 我市 (聊城日报)',
    publicationRegion: '371500',
    item: item({ paragraphs: paragraphsOf(D, 4, 15) }),
    provinces: ['370000'],
    places: ['371500'],
  },
  {
    name: '003 聊城首票 木薯淀粉 (河北 customers in passing)',
    publicationRegion: '371500',
    item: item({ title: '进口木薯淀粉运达', kicker: '聊城首票“内陆港+保税”', source: '本报', paragraphs: paragraphsOf(D, 19, 46) }),
    provinces: ['370000'],
    places: ['371500'],
    never: ['130000', '370200'],
  },
  {
    name: '003 新华社北京 拉共体 (national desk, foreign)',
    publicationRegion: '371500',
    item: item({
      title: '习近平向拉美和加勒比国家共同体第九届峰会致贺信',
      source: '新华社',
      dateline: '新华社北京4月10日电',
      paragraphs: paragraphsOf(D, 51, 61).map((p) => p.replace(/^新华社北京4月10日电/, '')),
    }),
    provinces: [],
    never: ['110000', '371500'],
  },
  {
    name: '003 市政府常务会议 (全市, 冀鲁豫 in passing)',
    publicationRegion: '371500',
    item: item({
      title: '市政府常务会议召开',
      subtitle: '研究对外开放、招商引资等工作',
      source: '本报',
      paragraphs: paragraphsOf(D, 68, 97),
    }),
    provinces: ['370000'],
    places: ['371500'],
    never: ['130000', '410000'],
  },
  {
    name: '003 本报评论员 (苏州, 合肥 as examples)',
    publicationRegion: '371500',
    item: item({ title: '把好经济生命线 点燃发展主引擎', byline: '■ 本报评论员', source: '本报', paragraphs: paragraphsOf(D, 104, 190) }),
    provinces: ['370000'],
    places: ['371500'],
    never: ['320000', '340000'],
  },
  {
    name: '003 齐鲁行 聊城站 (港澳委员)',
    publicationRegion: '371500',
    item: item({ title: '聊城站活动举行', kicker: '省政协港澳委员“齐鲁行”', source: '本报', paragraphs: paragraphsOf(D, 194, 215) }),
    provinces: ['370000'],
    mayAlso: ['810000', '820000'],
    places: ['371500'],
    never: ['440000'],
  },
  {
    name: '003 全市四争 (全市, one 聊城)',
    publicationRegion: '371500',
    item: item({
      title: '全市“四争”工作会议召开',
      subtitle: '以“四争”工作新成效为高质量发展蓄势赋能',
      source: '本报',
      paragraphs: paragraphsOf(D, 220, 273),
    }),
    provinces: ['370000'],
    places: ['371500'],
  },
  {
    name: '004 婺城携手道孚 (two provinces, counties)',
    item: item({
      title: '跨越山海 婺城携手道孚织密“同心结”',
      byline: '□ 本报记者 沈贞海',
      source: '本报',
      paragraphs: paragraphsOf(E, 12, 251),
    }),
    provinces: ['330000', '510000'],
    places: ['330700', '330702', '513300', '513326'],
  },
  {
    name: '004 广东自贸试验区',
    item: item({
      title: '广东举办合作交流系列活动',
      kicker: '自贸试验区“牵手”联动发展区',
      source: '本报',
      paragraphs: paragraphsOf(E, 253, 319),
    }),
    provinces: ['440000'],
  },
  {
    name: '004 海南三亚经济圈 (list of 市县)',
    item: item({ title: '海南出台工作方案', subtitle: '助推三亚经济圈高质量发展', source: '本报', paragraphs: paragraphsOf(E, 324, 398) }),
    provinces: ['460000'],
    places: ['460200'],
    never: ['632500'],
  },
  {
    name: '004 浦东引领区',
    item: item({
      title: '浦东高质量发展拿出“新答卷”',
      subtitle: '建设实施方案任务完成超九成',
      source: '本报',
      paragraphs: paragraphsOf(E, 403, 481),
    }),
    provinces: ['310000'],
    places: ['310115'],
  },
  {
    name: '004 川渝 (abbreviations; 成渝 follows)',
    item: item({ title: '川渝共同发布行动方案', subtitle: '加快自贸区协同开放', source: '本报', paragraphs: paragraphsOf(E, 486, 564) }),
    provinces: ['510000', '500000'],
    macros: ['chengyu'],
  },
  {
    name: '004 区域协调 commentary (macro-regions named in a survey, no province)',
    item: item({ title: '找准主要发力点', paragraphs: paragraphsOf(E, 568, 776) }),
    provinces: [],
    never: ['110000', '810000', '820000'],
  },
];
