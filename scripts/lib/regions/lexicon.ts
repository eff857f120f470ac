// Curated knowledge about how place names behave in running Chinese text.
// Each list is a rule about the language, not about particular articles.

/**
 * Short forms of prefectures that are also ordinary words, brands or landmarks
 * (中山 → 中山路/中山大学, 朝阳 → 朝阳产业, 日照, 德州 = Texas, 阿里 = Alibaba,
 * 黄山 the mountain, 大理石). They count only where their province is also
 * named in the piece, or written in full (中山市).
 */
export const WORDLIKE_PREFECTURE_SHORTS = new Set([
  '中山', '朝阳', '白银', '安康', '长治', '大同', '黄山', '黑河', '海西', '阿里', '山南', '中卫', '大理', '怒江',
  '红河', '文山', '普洱', '攀枝花', '北海', '来宾', '德州', '日照', '四平', '大兴安岭', '兴安', '玉树', '白山',
]);

/**
 * Short forms of counties that are ordinary words (新华 → 新华社, 和平, 东方,
 * 江南, 前进, 向阳, 新兴产业, 吉利 the carmaker) or generic district names
 * (城关, 市中, 铁西). They are never read bare; only the full name counts.
 */
export const WORDLIKE_COUNTY_SHORTS = new Set([
  '新华', '和平', '城关', '长安', '永安', '吉利', '太平', '前进', '向阳', '新兴', '红旗', '胜利', '平安', '新城',
  '高新', '东方', '白云', '南山', '西湖', '宝山', '金山', '青山', '友谊', '先锋', '团结', '建设', '光明', '江南',
  '江北', '河东', '河西', '桥东', '桥西', '市中', '城中', '城东', '城西', '城南', '城北', '大方', '新民', '东风',
  '民主', '龙华', '永定', '永和', '铁东', '铁西', '海港', '开发', '中原', '华龙', '红山', '大安', '安全', '和田',
  '通州', '普陀', '长宁', '鼓楼', '中山', '朝阳', '东城', '西城', '城区', '郊区', '矿区', '大通', '新市', '平山',
  '大同', '长沙', '海南', '吉林', '通化', '上城', '下城', '西安', '南关', '北关', '东港', '西岗', '沙河',
  '合作', '开平', '江城', '清河', '芙蓉', '天长', '东至', '尖山', '大兴', '文峰',
  '振兴', '复兴', '兴隆', '富民', '安宁', '安定', '太和', '仁和', '和顺', '兴业', '乐业', '民乐', '康乐', '永福',
  '长乐', '新建', '高明', '南海', '天河', '南沙', '福田', '河口', '江口', '西山', '东山', '龙山', '丰满', '二道',
  '经开', '新市', '城阳', '海城', '华容', '青云', '文明', '龙湖', '金水', '中心', '红星', '文化', '阳光',
]);

/** Full county names so generic that only a preceding prefecture or province makes them places. */
export const GENERIC_COUNTY_NAMES = new Set(['城区', '郊区', '矿区', '市中区', '城中区', '城关区', '新城区', '东区', '西区']);

/**
 * Foreign places whose Chinese names contain a Chinese place name or
 * abbreviation (新西兰, 新西伯利亚); matching them first keeps them out.
 */
export const FOREIGN_PLACES = [
  '新西兰', '新西伯利亚', '新加坡', '新泽西', '新德里', '新墨西哥', '吉隆坡', '吉尔吉斯', '澳大利亚', '澳洲',
  '蒙古国', '外蒙古', '朝鲜', '大阪', '长崎', '广岛',
];

/** What follows a place name when it names a street or road (中山路, 通化路, 广州路街道, 南京路). */
export const STREET_SUFFIX = /^(?:路|街|大街|大道|巷|弄|胡同)/;

/** National news agencies whose Beijing dateline marks the national desk, not Beijing news. */
export const NATIONAL_AGENCIES = /(?:新华社|中新社|中国新闻社|人民日报|央视|中央广播电视总台|经济日报|光明日报)/;

/**
 * A dateline: agency, place, date, 电/讯 (新华社杭州6月21日电, 本报北京4月10日讯),
 * possibly letter-spaced and in parentheses.
 */
export const DATELINE = /(新华社|中新社|中国新闻社|人民日报|本报)([\u4e00-\u9fff]{2,8}?)(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日(?:电|讯)/g;

/** Words that mean "our city/province" in a local paper, by the level they refer to. */
export const SELF_REFERENCES: Array<{ pattern: RegExp; level: 'province' | 'prefecture' | 'county' }> = [
  { pattern: /(?:本市|我市|全市)/g, level: 'prefecture' },
  { pattern: /(?:本省|我省|全省)/g, level: 'province' },
  { pattern: /(?:本县|我县|全县|本区|我区|全区)/g, level: 'county' },
];
