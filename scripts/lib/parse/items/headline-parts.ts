import { normalizeHeadline } from '../normalize/index.ts';
import { COLUMN_TAG } from '../recognize/index.ts';
import type { Layout, LineNode, UnitNode } from '../tree/types.ts';
import { displayLineText } from '../units/unit-text.ts';
import { hasPhraseGap, setWidth } from '../lines/measure.ts';
import type { Decoration } from '../types.ts';
import type { Item } from '../../../../src/schemas/item.ts';

/**
 * Headline parts from display lines. A line led by a dash run is the subtitle (副题; the
 * dashes go). Of two other lines, the first is the kicker (引题) and the second the title,
 * unless they are one title broken in two (see brokenTitle) or the second is a much longer
 * sentence, a subtitle set without dashes. A column's name at the top of the group (`九州时评`,
 * `聚焦供给侧改革·我的故事`) is the column. Of three, a short first line is the column head over
 * kicker and title, or else the kicker over a title broken in two. A `#` hint line is the title,
 * whatever the rest looks like; other lines after it (a data box) are body text.
 */

/** The item's headline fields (`column`: a column head printed at the top of the group, wrapped layout), and what else the groups held. */
export interface HeadlineParts extends Pick<Item, 'kicker' | 'title' | 'subtitle' | 'column'> {
  /** Lines that turned out to be body text (a data box under a hinted title). */
  bodyLines: LineNode[];
  decorations: Decoration[];
}

const DASHES = /^[—–-]{2,}/u;
// A kicker often reports who said or did what (`全省优化营商环境大会强调`): a line ending in a
// verb of speech or of holding a meeting is complete on its own, never half of a broken title.
const KICKER_END = /(?:强调|表示|指出|提出|要求|部署|主持|会见|出席|发布|印发|寄语|致信|勉励|宣布|显示|认为|呼吁|透露|披露|称)[：:]?$/u;
// A title that reports an event held (`市政府常务会议召开`) is complete: a longer line under it says what the event did.
const EVENT_END = /(?:召开|举行|举办|开幕|闭幕|落幕|启动|开通|揭牌|开班|开工|开业)$/u;
const HINT_MARK = /^#{1,6}/u;
// A column's name: a short label ending in a genre word (`九州时评`, `国际论坛`, `记者手记`, `地方传真`).
const COLUMN_NAME =
  /^\p{Script=Han}{0,6}(?:时评|评论|短评|快评|论坛|观察|视点|杂谈|随笔|手记|漫谈|传真|速递|快讯|简讯|短波|一线|走笔|纵横|之声|看台|之窗|知识窗|园地|课堂|信箱|茶座|纪事|笔谈|直击|连线)$/u;
// A column with its series or theme after a middle dot; a foreign name's dot (`安东尼奥·古特雷斯呼吁——`)
// comes with a predicate and punctuation, a column label with neither.
const SERIES_COLUMN = /^\p{Script=Han}{2,8}·[\p{Script=Han}“”]{2,12}$/u;
// A column head: a short label of Han characters (`名家在线`, `家乡美味·品味舌尖上的农村`).
const COLUMN_LIKE = /^[\p{Script=Han}·]{2,12}$/u;

/** A first line complete on its own as a kicker: it ends in ——, a colon, or a verb of speech or meeting. */
function kickerLine(line: LineNode): boolean {
  const t = line.value.trim();
  return /[—–]{2}$/u.test(t) || /[：:]$/u.test(t) || KICKER_END.test(t) || PLACE_ONLY.test(t);
}

// A place alone (`辽宁绥中县沙河镇`, `浙江安吉县`) says where the story is: a kicker, never half a title,
// which needs its predicate. (A number of places, `沿海经济带六市`, is the subject of one.)
const PLACE_ONLY = /^\p{Script=Han}{1,8}(?<![一二三四五六七八九十两几多数各])(?:省|市|县|区|镇|乡|村|州|盟|旗)$/u;

// Where a headline line stops in mid-phrase: on a function word, an open quote or bracket, or a
// verb that needs its object (`天津货运航空抢占` / `航空货运新高地`).
const OPEN_END =
  /(?:[的与和及或向在为把让对从以给被将同跟至到之及“‘《（「]|(?:研制出|抢占|打造|推动|推进|助力|赋能|开启|跑出|按下|激发|构建|筑牢|擦亮|书写|绘就|奏响|打通|拓宽|释放|提升|加快|促进|深化|引领|带动|探索|走出|闯出|架起|织密|搭建|迈向|走向|迈入|进入|跻身|瞄准|聚焦|锚定|点亮|唱响|守护|守好|建设|打响|跑好|下好|种下|写好|画好|激活|用好|抓好|做好|成为|实现|形成|迎来|开辟|开创|共建|共享|共绘|打开|铺就|踏上|走好))$/u;
// An event that got under way needs no object (`中超第六轮打响`, `春耕攻坚战打响`): the line is complete.
const EVENT_UNDER_WAY = /(?:轮|战|赛|役)(?:打响|开启)$/u;
// A line that cannot start a headline continues the one above (`……”` / `的……`), and so does
// one led by a preposition or adverb that needs a subject above it (`乌兹别克斯坦纺织业` / `向高附加值转型`)
// or by a verb with 了 (`杭州亚运场馆` / `成了市民的“家门口健身房”`).
const CONTINUES = /^(?:[的了着地之，、。”’》）」向从别请再又还让]|\p{Script=Han}了)/u;

// A narrow frame wraps a title after at most this many ems; a wider first line is set apart as a kicker.
const WRAPPED_TITLE_WIDTH = 12.5;

/**
 * True when two display lines are one title broken in two rather than a kicker over a title.
 * The first stops in mid-phrase, the second cannot start a headline, or the first ends in a
 * comma (`立足新起点，` / `开创新局面`). In hard-wrapped text (spaced, wrapped) a narrow frame
 * also wraps a title: a short first line at least as wide as the second (`南沙港区四期` / `全面投产`), unless either line reads as a headline of
 * its own (two phrases with a gap, or a second line with punctuation inside). Anything else
 * — the usual case — is a kicker over the title.
 */
function brokenTitle(first: LineNode, second: LineNode, layout: Layout): boolean {
  if (kickerLine(first) || COLUMN_NAME.test(first.value.trim())) return false;
  const a = first.value.trim();
  const b = second.value.trim();
  if (CONTINUES.test(b) || (OPEN_END.test(a) && !EVENT_UNDER_WAY.test(a))) return true;
  const quotes = (a.match(/[“‘《（「]/gu) ?? []).length - (a.match(/[”’》）」]/gu) ?? []).length;
  if (quotes > 0) return true;
  const [w1, w2] = [setWidth(a), setWidth(b)];
  // A comma says the sentence goes on: one title broken after it (`面对债务压力，` / `斯里兰卡推进…`),
  // unless the line lists (、) or runs much longer, the way a kicker leads into its title.
  if (/[，,]$/u.test(a)) return !/、/u.test(a) && w1 < 1.5 * w2;
  if (layout === 'paragraph' || hasPhraseGap(a) || hasPhraseGap(b) || /[，、！？!?]./u.test(b)) return false;
  return w1 <= WRAPPED_TITLE_WIDTH && w2 <= w1 + 0.5;
}

/**
 * Join the lines of one headline part: directly (a phrase broken by the line end), or with
 * a space when a line of two phrases is followed by another full line (`改进工作作风 提高服务效率`
 * / `齐 心 协 力 办 好 民 生 实 事`), which is a third phrase, not the rest of the second.
 */
export function joinHeadlineLines(lines: LineNode[]): string {
  return lines.reduce((acc, line, i) => {
    const prev = lines[i - 1];
    const phrase = i > 0 && hasPhraseGap(prev.value) && setWidth(line.value) >= setWidth(prev.value) - 2;
    return acc + (phrase ? ' ' : '') + displayLineText(line);
  }, '');
}

function stripDashes(line: LineNode, decorations: Decoration[]): string {
  const t = line.value.trim();
  const m = DASHES.exec(t);
  if (m) decorations.push({ line: line.position.start.line, text: m[0], reason: 'dash' });
  return normalizeHeadline(t.slice(m ? m[0].length : 0));
}

function appendSubtitle(parts: HeadlineParts, text: string): void {
  parts.subtitle = parts.subtitle === null ? text : `${parts.subtitle} ${text}`;
}

function fromGroup(group: UnitNode, parts: HeadlineParts, layout: Layout): void {
  const lines = group.children;
  const hint = lines.findIndex((l) => l.data.kind === 'hint');
  if (hint >= 0) {
    const mark = HINT_MARK.exec(lines[hint].value.trim())![0];
    parts.decorations.push({ line: lines[hint].position.start.line, text: mark, reason: 'hint' });
    parts.title = displayLineText(lines[hint]);
    for (const line of lines.slice(hint + 1)) {
      if (DASHES.test(line.value.trim())) appendSubtitle(parts, stripDashes(line, parts.decorations));
      else parts.bodyLines.push(line);
    }
    return;
  }
  const rest = lines.filter((l) => !DASHES.test(l.value.trim()));
  for (const line of lines) if (DASHES.test(line.value.trim())) appendSubtitle(parts, stripDashes(line, parts.decorations));
  if (rest.length >= 2 && /^\p{Script=Han}{2,6}$/u.test(rest[0].value.trim()) && rest[1].data.gap >= 1) {
    parts.column = displayLineText(rest.shift()!);
  }
  // A column and its series joined by a middle dot (`聚焦供给侧改革·我的故事`), or a column's name
  // (`九州时评`), heads the group as its column.
  if (rest.length >= 2 && parts.column === null && (SERIES_COLUMN.test(rest[0].value.trim()) || COLUMN_NAME.test(rest[0].value.trim()))) {
    parts.column = displayLineText(rest.shift()!);
  }
  if (rest.length === 0) return;
  if (rest.length === 1) {
    parts.title = displayLineText(rest[0]);
    return;
  }
  if (rest.length >= 3) {
    // Over a kicker and a title, a short first line is the column head; over a title broken in two, the kicker.
    const [first, second, ...others] = rest as [LineNode, LineNode, ...LineNode[]];
    if (others.length === 1 && parts.column === null && COLUMN_LIKE.test(first.value.trim()) && !brokenTitle(second, others[0]!, layout)) {
      parts.column = displayLineText(first);
      parts.kicker = displayLineText(second);
      parts.title = displayLineText(others[0]!);
      return;
    }
    parts.kicker = displayLineText(first);
    parts.title = joinHeadlineLines([second, ...others]);
    return;
  }
  const [w1, w2] = rest.map((l) => setWidth(l.value));
  if (brokenTitle(rest[0], rest[1], layout)) parts.title = joinHeadlineLines(rest);
  else if (
    parts.subtitle === null &&
    !kickerLine(rest[0]) &&
    w2 > w1 &&
    (EVENT_END.test(rest[0].value.trim()) || (w2 >= 1.5 * w1 && w2 - w1 >= 6 && /[，,]/u.test(rest[1].value)))
  ) {
    // A much longer second line that reads as a sentence, or any longer line under an event held, is a subtitle set without dashes.
    parts.title = displayLineText(rest[0]);
    parts.subtitle = displayLineText(rest[1]);
  } else {
    parts.kicker = displayLineText(rest[0]);
    parts.title = displayLineText(rest[1]);
  }
}

/** A column tag printed beside the title (`…新路（经济观察）`) is the column, not headline text. */
function takeColumnTag(parts: HeadlineParts, group: UnitNode): void {
  if (parts.title === null || parts.column !== null) return;
  const tag = COLUMN_TAG.exec(parts.title);
  const line = group.children.find((l) => COLUMN_TAG.test(l.value.trim()));
  if (tag === null || tag.index < 4 || line === undefined) return;
  parts.column = tag[1]!;
  parts.title = parts.title.slice(0, tag.index).trimEnd();
  const at = line.position.start.line;
  parts.decorations.push(
    { line: at, text: tag[0][0]!, reason: 'tag-brackets' },
    { line: at, text: tag[0].at(-1)!, reason: 'tag-brackets' },
  );
}

/** Read kicker, title and subtitle from the display group attached to one item (none: an untitled item). */
export function headlineParts(group: UnitNode | null, layout: Layout = 'wrapped'): HeadlineParts {
  const parts: HeadlineParts = { kicker: null, title: null, subtitle: null, column: null, bodyLines: [], decorations: [] };
  if (group === null) return parts;
  fromGroup(group, parts, layout);
  takeColumnTag(parts, group);
  return parts;
}

/** The text of a subhead: lines joined directly, or with a space when they are two parallel phrases (`完善制度框架` / `优化互通机制`). */
export function subheadText(unit: UnitNode): string {
  const lines = unit.children;
  const plain = (l: LineNode): boolean => /^[\p{Script=Han}“”‘’]+$/u.test(l.value.trim());
  if (
    lines.length === 2 &&
    lines.every(plain) &&
    lines.every((l) => l.data.width >= 4) &&
    Math.abs(lines[0].data.width - lines[1].data.width) <= 2
  ) {
    return `${displayLineText(lines[0])} ${displayLineText(lines[1])}`;
  }
  return joinHeadlineLines(lines);
}
