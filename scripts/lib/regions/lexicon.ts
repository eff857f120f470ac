// Curated knowledge about how place names behave in running Chinese text.
// Each list is a rule about the language, not about particular articles.

/**
 * Short forms of prefectures that are also ordinary words, brands or landmarks
 * (中山 → 中山路/中山大学, 朝阳 → 朝阳产业, 日照, 德州 = Texas, 阿里 = Alibaba,
 * 黄山 the mountain, 大理石). They count only where their province is also
 * named in the piece, or written in full (中山市).
 */
export const WORDLIKE_PREFECTURE_SHORTS = new Set([
  '中山',
  '朝阳',
  '白银',
  '安康',
  '长治',
  '大同',
  '黄山',
  '黑河',
  '海西',
  '阿里',
  '山南',
  '中卫',
  '大理',
  '怒江',
  '红河',
  '文山',
  '普洱',
  '攀枝花',
  '北海',
  '来宾',
  '德州',
  '日照',
  '四平',
  '大兴安岭',
  '兴安',
  '玉树',
  '白山',
]);

/**
 * Short forms of counties that are everyday words, brands or names of other levels, and are
 * used that way even in a piece that names the county's parent: 新华 (新华社 in a 石家庄 report),
 * 金山 and 青山 (绿水青山就是金山银山 in a 上海 one), 合作, 高明, 大方, 新建 and 安宁 (words),
 * 兴业 and 吉利 (a bank, a carmaker), 城区, 城东, 市中 and 城中 (市中心, 城中村), 长沙 and 吉林 (the
 * city, the province). They are never read bare; only the full name counts. A short form
 * that is only a place (大兴, 天长, 铁西, 鼓楼) is not listed: a county's bare short form
 * already counts only where its parent is named, and then it means the place.
 */
export const WORDLIKE_COUNTY_SHORTS = new Set([
  // words and phrases
  '新华',
  '和平',
  '太平',
  '前进',
  '向阳',
  '新兴',
  '红旗',
  '胜利',
  '平安',
  '东方',
  '白云',
  '金山',
  '青山',
  '友谊',
  '先锋',
  '团结',
  '建设',
  '光明',
  '东风',
  '民主',
  '海港',
  '开发',
  '安全',
  '大方',
  '新民',
  '合作',
  '大同',
  '新市',
  '振兴',
  '复兴',
  '兴隆',
  '富民',
  '安宁',
  '安定',
  '和顺',
  '乐业',
  '民乐',
  '康乐',
  '新建',
  '高明',
  '河口',
  '江口',
  '东山',
  '丰满',
  '二道',
  '青云',
  '文明',
  '中心',
  '文化',
  '阳光',
  // directions and generic parts of a city (城南, 城中村, 市中心, 新城, 高新区, 经开区)
  '江南',
  '江北',
  '河东',
  '河西',
  '城东',
  '城西',
  '城南',
  '城北',
  '城中',
  '市中',
  '城区',
  '郊区',
  '矿区',
  '新城',
  '高新',
  '经开',
  '中原',
  // brands, institutions and other things the name stands for (长安汽车, 红星美凯龙, 和田玉, 红山文化, 中山大学)
  '长安',
  '吉利',
  '兴业',
  '红星',
  '和田',
  '红山',
  '中山',
  '朝阳',
  // names of another level that are read at that level (长沙 the city, 海南 the province)
  '长沙',
  '海南',
  '吉林',
  '通化',
  '西安',
]);

/** Full county names so generic that only a preceding prefecture or province makes them places. */
export const GENERIC_COUNTY_NAMES = new Set(['城区', '郊区', '矿区', '市中区', '城中区', '城关区', '新城区', '东区', '西区']);

/**
 * Foreign places whose Chinese names contain a Chinese place name or
 * abbreviation (新西兰, 新西伯利亚); matching them first keeps them out.
 */
export const FOREIGN_PLACES = [
  '新西兰',
  '新西伯利亚',
  '新加坡',
  '新泽西',
  '新德里',
  '新墨西哥',
  '吉隆坡',
  '吉尔吉斯',
  '澳大利亚',
  '澳洲',
  '蒙古国',
  '外蒙古',
  '朝鲜',
  '大阪',
  '长崎',
  '广岛',
];

/** What follows a place name when it names a street or road (中山路, 通化路, 广州路街道, 南京路). */
export const STREET_SUFFIX = /^(?:路|街|大街|大道|巷|弄|胡同)/;

/** National news agencies whose Beijing dateline marks the national desk, not Beijing news. */
export const NATIONAL_AGENCIES = /(?:新华社|中新社|中国新闻社|人民日报|央视|中央广播电视总台|经济日报|光明日报)/;

/**
 * A dateline: agency, place, date, 电/讯 (新华社杭州6月21日电, 本报北京4月10日讯),
 * possibly letter-spaced and in parentheses.
 */
export const DATELINE =
  /(新华社|中新社|中国新闻社|人民日报|本报)([\u4e00-\u9fff]{2,8}?)(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日(?:电|讯)/g;

/** Words that mean "our city/province" in a local paper, by the level they refer to. */
export const SELF_REFERENCES: Array<{ pattern: RegExp; level: 'province' | 'prefecture' | 'county' }> = [
  { pattern: /(?:本市|我市|全市)/g, level: 'prefecture' },
  { pattern: /(?:本省|我省|全省)/g, level: 'province' },
  { pattern: /(?:本县|我县|全县|本区|我区|全区)/g, level: 'county' },
];
