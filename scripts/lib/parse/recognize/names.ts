import { isPlaceName } from './place-names.ts';

/**
 * Person names and role words in Chinese credits. Credits print names as 2–3 (rarely 4)
 * Han characters separated by spaces; a two-character name is often padded to the width
 * of a three-character one with a space inside (`李 晔`), so adjacent single characters
 * are rejoined in pairs.
 */

/** Role words that precede names in credits; the longest alternatives come first so `特约评论员` wins over `评论员`. */
export const ROLE_WORDS = [
  '特约评论员',
  '评论员',
  '特约通讯员',
  '通讯员',
  '实习记者',
  '见习记者',
  '特约记者',
  '首席记者',
  '全媒体记者',
  '融媒体记者',
  '融媒记者',
  '摄影记者',
  '驻站记者',
  '特派记者',
  '记者',
  '实习生',
  '撰稿人',
  '撰稿',
  '撰文',
  '摄影',
] as const;

export type Role = 'reporter' | 'commentator' | 'author' | 'correspondent';

/** The role a role word stands for (记者 → reporter, 评论员 → commentator …). */
export function roleOf(word: string): Role {
  if (word.includes('评论员')) return 'commentator';
  if (word.includes('通讯员')) return 'correspondent';
  if (word.includes('记者') || word === '实习生') return 'reporter';
  return 'author';
}

const ROLE_RE = new RegExp(`(?:${ROLE_WORDS.join('|')})$`, 'u');

/** Split `本报记者` / `浙江日报记者` / `记者` into an outlet and a role word, or return null if it does not end in a role word. */
export function splitSourceRole(token: string): { source: string | null; role: string } | null {
  const m = ROLE_RE.exec(token);
  if (!m) return null;
  // 驻站 reporters name their post between outlet and role (`本报驻京记者`, `新华社驻香港记者`), and
  // special correspondents where they were sent (`本报赴埃塞俄比亚特派记者`).
  // A roundup's correspondents name several posts (`本报驻德国、法国、意大利记者`).
  const source = token.slice(0, m.index).replace(/[驻赴]\p{Script=Han}{1,6}(?:、\p{Script=Han}{1,6}){0,6}$/u, '');
  if (source === '') return { source: null, role: m[0] };
  return isSource(source) ? { source, role: m[0] } : null;
}

// Outlets end in a media word (日报, 新华社, 新华网, 电视台, 封面新闻, 上游新闻客户端) or are the house forms 本报/本刊/本台/本网.
// One flat character class (no nested quantifiers), so a failing match stays linear.
const SOURCE_RE =
  /^(?:本报|本刊|本台|本网|本社|[\p{Script=Han}A-Za-z0-9][\p{Script=Han}A-Za-z0-9、·]{0,18}(?:报|社|网|台|刊|新闻|客户端|频道|杂志|周刊|传媒|融媒|媒体|中心|视|号|微信|微博|APP|app))$/u;

// Function words and verbs of a clause, which no outlet's name holds (在线 is a name's word).
const CLAUSE_WORDS = /在(?!线)|[的了把被]|召开|举行|进行/u;

/** True when a string looks like the name of a news outlet (本报, 新华社, 浙江日报, 央视, 上游新闻). */
export function isSource(text: string): boolean {
  // 本报 inside a longer string is prose about the paper (`韩长赋在接受本报`), not an outlet's name.
  if (/本报|本刊/u.test(text) && !/^(?:本报|本刊)$/u.test(text)) return false;
  // Nor is a clause that happens to end in a media word (`下午在国新办召开新闻` / `发布会`, cut at a line end).
  if (CLAUSE_WORDS.test(text)) return false;
  return [...text].length <= 20 && SOURCE_RE.test(text);
}

// Strings that look like 2–4 Han characters but are words that appear in parentheses or credits.
const NOT_NAMES = new Set([
  '完',
  '全文完',
  '待续',
  '未完待续',
  '续完',
  '上图',
  '下图',
  '左图',
  '右图',
  '见图',
  '组图',
  '题图',
  '资料图',
  '资料图片',
  '资料照片',
  '图片',
  '照片',
  '报道',
  '整理',
  '采写',
  '编译',
  '综合',
  '本报综合',
  '供图',
  '摄影',
  '摄',
  '发',
  '文图',
  '通讯员',
  '记者',
  '实习生',
  '评论员',
  '编辑',
  '美编',
  '校对',
  '责编',
  '特约',
  '见习',
  '首席',
  '本报',
  '新华社',
  '新华网',
  '广告',
  '近日',
  '日前',
  '目前',
  '今年',
  '去年',
  '今天',
  '昨天',
  '据悉',
  '近期',
  '专访',
  '采访',
  '独家',
  '获悉',
  '了解',
  '表示',
  '介绍',
  '透露',
  '调查',
  '走访',
  '连线',
  '手记',
]);

const COMPOUND_SURNAMES =
  /^(?:欧阳|司马|上官|诸葛|东方|皇甫|尉迟|公孙|慕容|长孙|宇文|司徒|夏侯|令狐|端木|澹台|呼延|轩辕|南宫|申屠|西门|独孤)/u;

/**
 * True when a token can be a person's name: 2–3 Han characters, 4 only with a compound
 * surname or in a role context (`allowFour`), or a transliterated name with a middle dot.
 */
export function isPersonName(token: string, allowFour = false): boolean {
  if (NOT_NAMES.has(token)) return false;
  // Outlets and credit heads (本报讯, 晚报, 新华社) sit next to names in credits but are not names.
  if (/(?:讯|报|社|刊)$/u.test(token) && [...token].length >= 2 && !/^\p{Script=Han}[报社]$/u.test(token)) return false;
  if (/^\p{Script=Han}{1,6}[·・]\p{Script=Han}{1,8}$/u.test(token)) return true;
  if (!/^\p{Script=Han}+$/u.test(token)) return false;
  const n = [...token].length;
  if (n === 2 || n === 3) return !/(?:记者|通讯|评论|图片|照片|编辑)/u.test(token);
  if (n === 4) return allowFour || COMPOUND_SURNAMES.test(token);
  return false;
}

/**
 * Read a run of space-separated name tokens as person names, pairing single characters
 * (`李 晔` → 李晔); return null if any token is not a name.
 */
export function readNames(tokens: string[], allowFour = false): string[] | null {
  const names: string[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if ([...t].length === 1 && /\p{Script=Han}/u.test(t)) {
      // Gather the run of single characters: pairs are 2-character names; a run of 3 is one name.
      let j = i;
      while (j < tokens.length && [...tokens[j]].length === 1 && /\p{Script=Han}/u.test(tokens[j])) j++;
      const run = tokens.slice(i, j);
      const joined: string[] = [];
      if (run.length === 3) joined.push(run.join(''));
      else if (run.length % 2 === 0) for (let k = 0; k < run.length; k += 2) joined.push(run[k] + run[k + 1]);
      else return null;
      // Letter-spaced role words (`记 者`) pair up just like padded names.
      if (!joined.every((name) => isPersonName(name, allowFour))) return null;
      names.push(...joined);
      i = j;
      continue;
    }
    if (!isPersonName(t, allowFour)) return null;
    names.push(t);
    i++;
  }
  return names;
}

/** Like `readNames`, for names printed with no role word: place names (成都, 重庆) are then not people. */
export function readBareNames(tokens: string[]): string[] | null {
  const names = readNames(tokens, false);
  return names !== null && names.some(isPlaceName) ? null : names;
}

/** Split a credit into tokens on any whitespace (ASCII, ideographic, NBSP, newlines). */
export function tokens(text: string): string[] {
  return text
    .trim()
    .split(/[\s\u3000\u00a0]+/u)
    .filter((t) => t !== '');
}

// The commonest surnames (and the compound ones). A bare, unspaced 2–3 character line counts as
// a person's name (a signature, a byline) only when it starts with one: 钟声 or 文苑 are columns.
const COMMON_SURNAME =
  /^(?:[王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝]|欧阳|司马|上官|诸葛|东方|皇甫|令狐|慕容)/u;

/** True when a name starts with one of the commonest surnames. */
export function startsWithCommonSurname(name: string): boolean {
  return COMMON_SURNAME.test(name);
}
