import { opensReport, opensReportAt } from '../lines/report-opener.ts';
import type { Layout, LineNode, ReflowType, UnitNode } from '../tree/types.ts';
import { endsParagraph } from '../lines/mark-display.ts';
import { wrapsAtColumnEdge } from '../lines/column-edge.ts';
import { endsShortOfColumn } from './short-line.ts';
import { endsOpenParagraph } from './open-end.ts';
import { closesBrokenCredit, endMark } from './end-marks.ts';
import { endsInFigure, isPeriodLabel } from '../recognize/data-box.ts';
import { endsSentence } from '../recognize/sentence.ts';
import { parseLeadCredit } from '../recognize/lead-credit.ts';
import { parseLeadHead } from '../recognize/lead-head.ts';
import { isFactLine, opensInterviewTurn } from '../recognize/headline-text.ts';

export { opensReport };

/**
 * Reflow: hard-wrapped lines become paragraphs, display lines become display groups,
 * consecutive bylines one byline unit. A paragraph ends after a short line that ends a
 * sentence (any sentence end in the paragraph layout), after a line clearly short of its
 * column over an indented or short one even without a sentence end (short-line.ts), in the
 * paragraph layout after a short line without one that no break cut (open-end.ts), before anything that is not body
 * text, at a frame break (two blank lines) and before a line that opens with a news
 * credit (本报讯…, 新华社…电), and after a closing mark (… 摄, （记者 X）, ·广告). Blank lines alone never end a paragraph: they also fall
 * at column and page breaks in mid-sentence.
 */

function unit(type: ReflowType, lines: LineNode[]): UnitNode {
  return {
    type,
    children: lines,
    position: { start: lines[0].position.start, end: lines[lines.length - 1].position.end },
    breakBefore: lines[0].data.gap >= 2,
    hinted: lines.some((l) => l.data.kind === 'hint'),
  };
}

// A column head (栏目): one short line of plain Han characters.
const COLUMN_TEXT = /^\p{Script=Han}{2,6}$/u;

function sameDisplayGroup(prev: LineNode, line: LineNode, layout: Layout, prevStartsGroup: boolean): boolean {
  // A `#` hint is a headline of its own: it starts a group (lines after it, such as a data box, may join it).
  if (line.data.kind === 'hint') return false;
  // A dash-led subtitle (——…) belongs to the headline above it even across a blank line.
  if (/^[—–-]{2}/u.test(line.value.trim()) && line.data.gap <= 1) return true;
  // A kicker ending in —— or a colon starts a headline of its own (a teaser's line may stand above it),
  // and a subtitle ends its headline: a line after it that is no subtitle starts the next.
  if (/(?:——|[：:])$/u.test(line.value.trim()) || /^[—–-]{2}/u.test(prev.value.trim())) return false;
  // The line under a kicker that ends in —— is the title it announces.
  if (/[—–]{2}$/u.test(prev.value.trim()) && line.data.gap <= (layout === 'spaced' ? 0 : 1)) return true;
  if (layout === 'spaced') return line.data.gap === 0;
  // Across a blank line a column head stays apart: it heads the next frame, not this headline.
  // (A short line inside a group, under its kicker, is part of the title, not a column head.)
  if (line.data.gap >= 1 && ((prevStartsGroup && COLUMN_TEXT.test(prev.value.trim())) || COLUMN_TEXT.test(line.value.trim()))) return false;
  return line.data.gap <= 1;
}

/** True when lines so far hold nothing but a report's opening credit (its dateline head and reporter). */
function opensWithCreditOnly(lines: LineNode[]): boolean {
  const text = lines.map((l) => l.value.trim()).join('');
  const lead = parseLeadCredit(text);
  return lead !== null && lead.text.replace(/\s+/gu, '') === text.replace(/\s+/gu, '');
}

/** Group classified lines into units. */
export function reflow(lines: LineNode[], layout: Layout): UnitNode[] {
  const units: UnitNode[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    const kind = line.data.kind;
    if (kind === 'display' || kind === 'hint') {
      let j = i + 1;
      while (j < lines.length && lines[j].data.kind === 'display' && sameDisplayGroup(lines[j - 1], lines[j], layout, j - 1 === i)) j++;
      units.push(unit('display', lines.slice(i, j)));
      i = j;
      continue;
    }
    if (kind === 'byline') {
      let j = i + 1;
      while (j < lines.length && lines[j].data.kind === 'byline') j++;
      units.push(unit('byline', lines.slice(i, j)));
      i = j;
      continue;
    }
    if (kind === 'page-credits' || kind === 'jump' || kind === 'separator') {
      units.push(unit(kind, [line]));
      i++;
      continue;
    }
    // A photographer's credit right under a headline, over the caption text, is the picture story's byline.
    if (kind === 'photo-credit' && units.at(-1)?.type === 'display' && lines[i + 1]?.data.kind === 'text') {
      units.push(unit('byline', [line]));
      i++;
      continue;
    }
    // Body text; credits printed on their own line close the paragraph before them.
    if (kind === 'credit' || kind === 'photo-credit') {
      const last = units[units.length - 1];
      let j = i + 1;
      while (j < lines.length && lines[j].data.kind === kind && kind === 'credit' && lines[j].data.gap === 0) j++;
      // A closing note under a signature (`本报评论员` / `（本系列评论完）`) closes the text above the signature.
      const signed = last?.type === 'byline' && units.at(-2)?.type === 'paragraph' && kind === 'credit';
      const closed = signed ? units.at(-2)! : last;
      if (closed && closed.type === 'paragraph' && line.data.gap < 2) {
        closed.children.push(...lines.slice(i, j));
        closed.position = { start: closed.position.start, end: lines[j - 1].position.end };
      } else units.push(unit('paragraph', lines.slice(i, j)));
      i = j;
      continue;
    }
    // The figure line under a data box's period label is a paragraph of its own.
    // (So is each further figure line under it.)
    const prevLine = lines[i - 1];
    const underLabel =
      prevLine !== undefined && (prevLine.data.kind === 'display' || prevLine.data.kind === 'text') && isPeriodLabel(prevLine.value);
    const underFigure =
      prevLine !== undefined &&
      units.at(-1)?.children.length === 1 &&
      units.at(-1)?.children[0] === prevLine &&
      endsInFigure(prevLine.value) &&
      !endsSentence(prevLine.value);
    if ((underLabel || underFigure) && !endsSentence(line.value) && endsInFigure(line.value)) {
      units.push(unit('paragraph', [line]));
      i++;
      continue;
    }
    let j = i;
    while (j < lines.length) {
      const cur = lines[j];
      const next = lines[j + 1];
      j++;
      if (endsParagraph(cur, layout, j - 1 === i, next)) break;
      if (endsShortOfColumn(lines, i, j, layout)) break;
      if (endsOpenParagraph(cur, next, layout)) break;
      // A credit that ends the report's opening head (`本报墨西哥城3月12` / `日电  （记者 吴  越）`) opens it.
      if (endMark(cur.value) !== null && !opensWithCreditOnly(lines.slice(i, j))) break;
      if (j - 1 > i && closesBrokenCredit(lines[j - 2], cur)) break;
      // A clause wrapped at the column's edge (a subhead set like a paragraph) ends with the line that finishes it.
      if (j - 2 === i && wrapsAtColumnEdge(lines, i, layout)) break;
      if (!next || next.data.kind !== 'text' || next.data.gap >= 2) break;
      if (opensReportAt(lines, j) || parseLeadHead(next.value) !== null) break;
      // Each fact of a listing's entry behind its marker (`●主办：…` / `●时间：…`) is a line of its own.
      if (isFactLine(next.value)) break;
      // An interview's next turn (`记者：…`, `答：…`, `王建军：…`) starts a paragraph after a finished sentence.
      if (endsSentence(cur.value) && opensInterviewTurn(next.value, { names: true })) break;
    }
    units.push(unit('paragraph', lines.slice(i, j)));
    i = j;
  }
  return units;
}
