import {
  boxLabelKind,
  endsLeadIn,
  endsSentence,
  isDialogueLine,
  isFactLine,
  looksLikeHeadlineText,
  opensFreshSentence,
} from '../recognize/index.ts';
import type { Layout, LineNode } from '../tree/types.ts';
import { hasPhraseGap, isLetterSpaced } from './measure.ts';
import { endsInFigure, isPeriodLabel } from '../recognize/data-box.ts';
import { closesBrokenCredit, endMark } from '../units/end-marks.ts';
import { opensReport, opensReportAt } from './report-opener.ts';
import { wrapsAtColumnEdge } from './column-edge.ts';
import { isNameLine } from './name-bylines.ts';

/**
 * Deciding which text lines are display type (headlines, subheads, kickers, column
 * heads, data boxes) rather than body text. A display line reads like a headline
 * (looksLikeHeadlineText), is set differently from the column around it (clearly
 * shorter or wider, letter-spaced, or two phrases with a gap), and stands where a
 * paragraph can start: after a finished paragraph, another display line, a credit, or at
 * the top of the page. A line that the next line visibly continues (`…直面“矛盾` /
 * `窝”，…`) is body text however it looks.
 */

// The opening of a list item: 一是, 二要, （三）, 4．, ①.
const LIST_ITEM = /^(?:[一二三四五六七八九十]+[是要]|[（(][一二三四五六七八九十0-9]+[）)]|[0-9]+[．.、]|[①-⑳])/u;

// A next line that starts with at most one character and then punctuation finishes a word begun above.
const CONTINUED = /^[^，。！？；、\s]?[”’」』）)]?[，。！？；、：]/u;

/**
 * True when a text line ends a paragraph: it ends a sentence and is shorter than its
 * column (any length in paragraph layout). The first line of a paragraph is indented two
 * ems, so it must be shorter than that to count as a whole one-line paragraph.
 */
export function endsParagraph(line: LineNode, layout: Layout, first = false, next?: LineNode): boolean {
  // A list lead-in or salutation ends its paragraph without a sentence end, when the line is short (or stands alone).
  if (!endsSentence(line.value))
    return endsLeadIn(line.value) && (layout === 'paragraph' || line.data.width <= line.data.measure - (first ? 3.5 : 1.5));
  if (layout === 'paragraph') return true;
  // In the wrapped layout a blank line after a finished sentence is a paragraph break (a
  // column break right after a sentence end is the rarer case).
  if (layout === 'wrapped' && next !== undefined && next.data.gap >= 1) return true;
  const { width, measure } = line.data;
  // A sentence that fills its last line still ends the paragraph when the next line is
  // indented: a first line is two ems short of the column, a line inside a paragraph is not.
  // (Punctuation hanging at the line end or a half-width digit moves it by up to an em, and
  // the measured column takes in the marks that hang past its edge: up to an em wider.)
  const indent = next === undefined ? 0 : next.data.measure - next.data.width;
  // (A semicolon ends a clause that runs on, unless the next line opens the next item of a list: `二是…`, `（二）…`.)
  const clauseRunsOn = /[；;][”’」』）)]*$/u.test(line.value.trimEnd()) && !(next !== undefined && LIST_ITEM.test(next.value.trim()));
  const indentedNext =
    next !== undefined && next.data.kind === 'text' && indent >= 0.75 && indent <= 3.25 && !endsSentence(next.value) && !clauseRunsOn;
  // A line of dialogue of its own (`“你是哪里人？”`) under a finished sentence is a paragraph of its own.
  const dialogueNext = next !== undefined && next.data.kind === 'text' && isDialogueLine(next.value);
  // A line wider than its neighbours' column is set in another frame (a caption); its sentence end decides.
  return width <= measure - (first ? 3.5 : 1.5) || width >= measure + 2.5 || ((indentedNext || dialogueNext) && measure >= 8);
}

function shaped(line: LineNode, layout: Layout, next?: LineNode): boolean {
  const t = line.value.trim();
  if (!looksLikeHeadlineText(t)) return false;
  if (layout === 'paragraph' || isLetterSpaced(t)) return true;
  // A short clause running straight on into a full line is a paragraph's first line wrapped
  // around a picture (`截至今年三月底，全区共` / `有各类市场主体…`), not a headline.
  if (/[，,]/u.test(t) && next?.data.kind === 'text' && next.data.gap === 0 && next.data.width >= next.data.measure - 1.5) {
    return false;
  }
  const { width, measure } = line.data;
  // A paragraph's first line is indented two ems (and full lines vary by an em), so "short" must be clearly shorter.
  if (width <= measure - Math.max(4.5, measure * 0.22) || width >= measure + 2.5) return true;
  // Two phrases with a gap are a headline only when the line does not fill the column
  // (a body line may quote `“港澳同心 聚力共赢”`).
  return hasPhraseGap(t) && width <= measure - 1.5;
}

function startsFresh(prev: LineNode | undefined, layout: Layout, line?: LineNode, before?: LineNode): boolean {
  if (prev === undefined || prev.data.kind !== 'text') return true;
  if (before?.data.kind === 'text' && closesBrokenCredit(before, prev)) return true;
  return endsParagraph(prev, layout, false, line) || endMark(prev.value) !== null;
}

/**
 * True when the lines right above `i` are a short run of unfinished headline-like lines
 * back to a fresh start: stacked headlines (a 导读 box, a kicker over a title) whose last
 * line stands over display type or a byline. Body text never stops unfinished there.
 */
function headlineRunAbove(lines: LineNode[], i: number, layout: Layout): boolean {
  for (let k = i - 1, n = 0; k >= 0 && n < 3; k--, n++) {
    const l = lines[k];
    if (l.data.kind !== 'text') return true;
    if (!looksLikeHeadlineText(l.value) || endsSentence(l.value)) return false;
    if (startsFresh(lines[k - 1], layout, l, lines[k - 2])) return true;
  }
  return false;
}

/**
 * True when a headline-like line ending in a comma or colon is the first line of a display
 * group: a kicker (`公安部：`, `面对债务压力，`) or the first half of a title broken after a
 * comma. The next line must touch it (in the paragraph layout, one blank line still touches)
 * and read as an unfinished headline line itself; a body line cut at a comma runs on into a
 * full line instead.
 */
function opensDisplayGroup(line: LineNode, next: LineNode | undefined, after: LineNode | undefined, layout: Layout): boolean {
  const t = line.value.trim();
  if (!/[，：,:]$/u.test(t) || !looksLikeHeadlineText(t.slice(0, -1)) || next === undefined) return false;
  const n = next.value.trim();
  if (!['text', 'display'].includes(next.data.kind) || endsSentence(n) || !looksLikeHeadlineText(n)) return false;
  if (layout === 'paragraph') return next.data.gap <= 1 && [...n].length <= 30;
  if (next.data.gap !== 0) return false;
  return layout === 'spaced' || next.data.kind === 'display' || shaped(next, layout, after);
}

/** True when the line at `i` is a figure line of a data box: under its period label, or under another figure line of it. */
function inDataBox(lines: LineNode[], i: number): boolean {
  const isFigure = (l: LineNode): boolean => endsInFigure(l.value) && !endsSentence(l.value) && !isPeriodLabel(l.value);
  if (!isFigure(lines[i]!)) return false;
  let j = i - 1;
  while (j >= 0 && isFigure(lines[j]!)) j--;
  const label = lines[j];
  return label !== undefined && isPeriodLabel(label.value) && lines[j - 1]?.data.kind !== 'hint';
}

/** True when the next line is printed right under this one (in the paragraph layout, one blank line still touches). */
function touchesNext(next: LineNode, layout: Layout): boolean {
  return next.data.gap === 0 || (layout === 'paragraph' && next.data.gap === 1);
}

/** A text line in its surroundings, as the display rules see it. */
interface Place {
  lines: LineNode[];
  i: number;
  layout: Layout;
  line: LineNode;
  prev: LineNode | undefined;
  next: LineNode | undefined;
  /** The line's text, trimmed. */
  t: string;
}

/** Lines that are body text whatever they look like. */
function bodyTextAlways({ lines, i, layout, prev, next, t }: Place): boolean {
  // (A name right under display type is its byline, not a paragraph broken after a few
  // characters, even over a text that opens with a one-character sentence: `贾飞黄` / `困。春困。…`.)
  const signsUnderHead = prev?.data.kind === 'display' && isNameLine(t);
  if (next && next.data.kind === 'text' && CONTINUED.test(next.value.trim()) && !signsUnderHead) return true;
  // A clause wrapped at the column's edge (a subhead set like a paragraph) is text, and so is the line that finishes it.
  if (wrapsAtColumnEdge(lines, i, layout) || (i > 0 && wrapsAtColumnEdge(lines, i - 1, layout))) return true;
  // A fact line of a listing or notice behind its marker (`●主办：…`, `●时间：…`) is text, however short.
  if (isFactLine(t)) return true;
  // A report's opening head is body text, even broken over two lines.
  if (opensReportAt(lines, i)) return true;
  // The figure lines of a data box (`规模以上工业增加值 增长7.1%` under `2024年1—2月`) are body text
  // (under a `#` hinted headline they belong to its group, as the hint says).
  return inDataBox(lines, i);
}

/** Wrapped text: an unfinished line before a blank line is a column break in mid-sentence, unless what comes after the blank cannot continue a sentence (`3月5日，…`, 本报讯…). */
function beforeFreshOpener({ lines, i, layout, next, t }: Place): boolean {
  return (
    layout === 'wrapped' &&
    !endsSentence(t) &&
    next?.data.kind === 'text' &&
    next.data.gap >= 1 &&
    (opensFreshSentence(next.value) || opensReportAt(lines, i + 1))
  );
}

/** True when the line stands where display type can stand: where a paragraph could start, or where a display group plainly does. */
function atDisplayPlace(place: Place): boolean {
  const { lines, i, layout, line, prev, next, t } = place;
  const { width: w, measure: m } = line.data;
  // The line above a headline may fill the column and still end its paragraph: a short line
  // without a sentence end cannot be that paragraph's last line, nor (not indented) a new one's
  // first. Nor can a line wider than the column be.
  if (prev?.data.kind === 'text' && endsSentence(prev.value) && !endsSentence(t) && (w <= m - Math.max(4.5, m * 0.22) || w >= m + 2.5))
    return true;
  // In the spaced layout body lines never touch: a line printed tight over the next one after a
  // finished sentence heads a display group, however full the sentence's line.
  if (layout === 'spaced' && next?.data.gap === 0 && prev?.data.kind === 'text' && endsSentence(prev.value) && !endsSentence(t))
    return true;
  if (startsFresh(prev, layout, line, lines[i - 2])) return true;
  // A headline-like line right after a fresh start may be the first of a display group whose
  // second line is the one that reveals it (`“国际朋友圈”越来越热闹` / `巨大客流量…？` + byline).
  const afterHeadlineLike = prev?.data.kind === 'text' && looksLikeHeadlineText(prev.value) && startsFresh(lines[i - 2], layout);
  if (afterHeadlineLike && ((layout === 'spaced' && next?.data.gap === 0) || beforeFreshOpener(place))) return true;
  const overDisplay = next !== undefined && ['display', 'hint', 'byline'].includes(next.data.kind) && !endsSentence(t);
  return overDisplay && headlineRunAbove(lines, i, layout);
}

/** True when something about the line, where it stands, says it is display type. */
function displayCue(place: Place): boolean {
  const { lines, i, layout, line, prev, next, t } = place;
  const { width: w, measure: m } = line.data;
  // A dash-led line under display type is its subtitle (`———来自长三角的一线经济信号`), also one
  // blank line below its title (in the paragraph layout every line is followed by one).
  if (prev?.data.kind === 'display' && line.data.gap <= 1 && /^[—–-]{2}/u.test(t) && !/。$/u.test(t) && [...t].length <= 64) return true;
  // A date printed under a title in parentheses (`（2019年9月30日）`, a speech's date) is part of the head.
  if (prev?.data.kind === 'display' && line.data.gap <= 1 && /^[（(]\d{4}年\d{1,2}月\d{1,2}日[）)]$/u.test(t.replace(/\s+/gu, '')))
    return true;
  // The line right under a kicker that ends in —— is the title the dash announces, however wide.
  if (
    prev?.data.kind === 'display' &&
    /[—–]{2}$/u.test(prev.value.trim()) &&
    line.data.gap <= (layout === 'paragraph' ? 1 : 0) &&
    !endsSentence(t) &&
    looksLikeHeadlineText(t)
  )
    return true;
  // A box label (编后, 链接) under a finished sentence heads a box, however full that sentence's line is.
  if (boxLabelKind(t) !== null && (prev === undefined || prev.data.kind !== 'text' || endsSentence(prev.value))) return true;
  // A kicker ending in —— (or ……) over a headline line may list with 、 and ，
  // (`海平面上升、极端天气频发，太平洋岛国——`): the dash says a title follows. A long kicker may
  // even run to a sentence with several commas (`以竹子为基材，采用缠绕工艺…，…`) when it stands
  // at a fresh start right over a shorter headline line.
  const overHeadline =
    next !== undefined &&
    touchesNext(next, layout) &&
    ['text', 'display'].includes(next.data.kind) &&
    looksLikeHeadlineText(next.value) &&
    !endsSentence(next.value) &&
    startsFresh(prev, layout, line, lines[i - 2]);
  if (overHeadline && !/[。；;]/u.test(t) && [...t].length <= 60 && !endsSentence(t)) {
    if (/(?:——|……)$/u.test(t)) return true;
    if ((t.match(/[，,]/gu) ?? []).length <= 3 && !/[，,、：:]$/u.test(t) && shaped(next!, layout, lines[i + 2]) && next!.data.width < w)
      return true;
  }
  // A line that ends no sentence between a finished paragraph and an indented first line is no
  // paragraph of its own: a headline, however close to the column's width (`河北将逐年提高公共供水普及率`).
  const nextIndent = next === undefined ? 0 : next.data.measure - next.data.width;
  if (
    layout !== 'paragraph' &&
    !endsSentence(t) &&
    !/[，,、]/u.test(t) &&
    !/^[—–-]{2}/u.test(t) &&
    w <= m - 0.5 &&
    next?.data.kind === 'text' &&
    nextIndent >= 1.25 &&
    nextIndent <= 2.75 &&
    prev !== undefined &&
    startsFresh(prev, layout, line, lines[i - 2]) &&
    looksLikeHeadlineText(t)
  )
    return true;
  // A picture story's headline stands over its photographer's credit and the caption text,
  // however wide (`我家门前10亩田(聚焦供给侧改革·我的故事)` / `田豆豆 何长青 饶 茜摄影报道` / text).
  if (
    next?.data.kind === 'photo-credit' &&
    lines[i + 2]?.data.kind === 'text' &&
    !endsSentence(t) &&
    looksLikeHeadlineText(t) &&
    startsFresh(prev, layout, line, lines[i - 2])
  )
    return true;
  if (opensDisplayGroup(line, next, lines[i + 2], layout) || shaped(line, layout, next)) return true;
  if (!looksLikeHeadlineText(t)) return false;
  // In the spaced layout body lines never touch: lines printed without a blank between are a display group.
  if (layout === 'spaced' && (line.data.gap === 0 || next?.data.gap === 0)) return true;
  // A line left unfinished right before display type or a byline is itself display type,
  // and so is a headline-like line over a line that is plainly display type (a kicker).
  const beforeDisplay =
    !endsSentence(t) &&
    (next === undefined ||
      ['display', 'hint', 'byline', 'separator', 'page-credits'].includes(next.data.kind) ||
      (next.data.kind === 'text' && shaped(next, layout, lines[i + 2]) && !CONTINUED.test(next.value.trim())) ||
      // Text right before a report's opening credit (本报讯…) cannot run on into it.
      (next.data.kind === 'text' && opensReportAt(lines, i + 1)));
  return beforeDisplay || beforeFreshOpener(place);
}

/** Re-mark `text` lines as `display` where shape and context say so (until nothing changes: a new display line is context for its neighbours). */
export function markDisplay(lines: LineNode[], layout: Layout): void {
  let changed = true;
  while (changed) {
    changed = false;
    lines.forEach((line, i) => {
      if (line.data.kind !== 'text') return;
      const place: Place = { lines, i, layout, line, prev: lines[i - 1], next: lines[i + 1], t: line.value.trim() };
      if (bodyTextAlways(place) || !atDisplayPlace(place) || !displayCue(place)) return;
      line.data.kind = 'display';
      changed = true;
    });
  }
}
