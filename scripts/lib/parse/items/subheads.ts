import { boxLabelKind } from '../recognize/box-label.ts';
import { endsInFigure, isPeriodLabel } from '../recognize/data-box.ts';
import { parseLeadHead } from '../recognize/lead-head.ts';
import { endsSentence } from '../recognize/sentence.ts';
import { opensReport } from '../units/reflow.ts';
import { rawParagraph } from '../units/unit-text.ts';
import { setWidth } from '../lines/measure.ts';
import { isNameLine } from '../lines/name-bylines.ts';
import { foldListings } from './listings.ts';
import { appendPart, joinBodies, paragraphNode, prependPart, subheadNode } from '../tree/body.ts';
import type { Block, BodyNode, Layout, LineNode, UnitNode } from '../tree/types.ts';

/**
 * Subheads (小标题). A short display group standing between two runs of body text of the
 * same article is a subhead, not a new article's headline: nothing closed the text
 * before it (no credit, photo credit or ad mark), nothing opens a new report after it
 * (本报讯…), the text after it is not a photo caption or advertorial (those are items of
 * their own), no byline comes with it, and both runs are set in the same column width
 * (the widest line before it against the learned measure after it). With one paragraph per
 * line widths mean nothing: there a single line in that position is a subhead.
 */

const MAX_LINES = 2;
// A box at the top of a piece (核心阅读, 编者按) holds its label and a few paragraphs.
const BOX_MAX_PARTS = 4;
// A subhead with its one-sentence deck (`观云为啥能“识天”` / `云的变化…，…`) can run past 20 ems.
const MAX_LINE_WIDTH = 32;
const SAME_MEASURE = 2.5;
// A subhead with its deck, each set like a paragraph of its own (`达到世界级地质遗迹标准` / `具有较高科研价值，填补了` / `岩溶地质研究空白`).
const MAX_RUN_LINES = 4;
// A line this short standing alone is a label (a column, a box, a group's name), not a subhead.
const SHORT_LABEL = 6;

// A subhead's deck is a sentence (a comma, or a list with 、) clearly longer than the lead-in over it; a kicker is the longer line over its title.
const DECK_LONGER = 6;

function isDeck(head: LineNode, deck: LineNode[]): boolean {
  const text = deck.map((l) => l.value.trim()).join('');
  return /[，,、]/u.test(text) && setWidth(text) >= setWidth(head.value) + DECK_LONGER;
}

/** A lead-in over a deck wrapped at the column's edge (`消费更时尚——` / `茶店“变身”，…创新都` / `让茶农钱袋子更鼓`). */
function hasWrappedDeck(lines: LineNode[]): boolean {
  if (lines.length !== 3 || !/[—–]{2}$/u.test(lines[0]!.value.trim())) return false;
  const { width, measure } = lines[1]!.data;
  return width >= measure - 0.5 && lines[2]!.data.width < measure;
}

/** Shaped like a subhead: a short group of display lines, not hinted, not after a frame break, none led by dashes or wider than a deck. */
function subheadShaped(unit: UnitNode, maxLines = MAX_LINES): boolean {
  const lines = unit.children;
  if (unit.hinted || unit.breakBefore || lines.length > maxLines) return false;
  return !lines.some((l) => /^[—–-]{2}/u.test(l.value.trim()) || l.data.width > MAX_LINE_WIDTH);
}

/** A single line short enough to be a label (`今日谈`, `瞭望环渤海`). */
function isShortLabel(unit: UnitNode): boolean {
  return unit.children.length === 1 && setWidth(unit.children[0]!.value) <= SHORT_LABEL;
}

/** True when the text starts a report of its own (本报讯…) or a short item led by its bracketed head (【…】…). */
function opensOwnReport(first: UnitNode): boolean {
  return opensReport(rawParagraph(first)) || parseLeadHead(rawParagraph(first)) !== null;
}

function isSubhead(head: UnitNode, before: BodyNode, after: BodyNode, layout: Layout): boolean {
  const lines = head.children;
  // A data box's period label over its figure lines (`2024年一季度` / `社会物流总额 5.36万亿元 …`) is set
  // in a box of its own width inside the article, whatever the column around it.
  if (lines.length === 1 && isPeriodLabel(lines[0].value) && before.ended === null && endsInFigure(rawParagraph(after.children[0])))
    return true;
  if (!subheadShaped(head, MAX_LINES + (hasWrappedDeck(lines) ? 1 : 0))) return false;
  // A kicker over a title (its first line ending in ——) heads a new piece; a short lead-in
  // over a longer sentence is a subhead with its deck (`生产更规范——` / `“生态茶园”控制化肥农药使用，兼顾产量和质量`).
  const leadIn = /[—–]{2}$/u.test(lines[0].value.trim());
  if (lines.length >= 2 && leadIn && !isDeck(lines[0]!, lines.slice(1))) return false;
  if (before.ended !== null) return false;
  // A column's note (开栏的话) is a piece of its own, headed by its genre label.
  if (lines.length === 1 && boxLabelKind(lines[0].value) === 'note') return false;
  // A caption or an advertorial is an item of its own: a head leading into one is its headline.
  if (after.ended === 'photo' || after.ended === 'ad') return false;
  const first = after.children[0];
  // Nor is the head over a run of short items led by their bracketed heads (`各地简讯` / `【…】…`).
  if (first.breakBefore || opensOwnReport(first)) return false;
  // A piece that opens with its own box (核心阅读, 编者按) starts under this head.
  if (after.children[0].type === 'subhead') return false;
  // One paragraph per line: widths say nothing, and a two-line group there is as often a
  // feature's kicker and title as a subhead with its deck; a single line is a subhead.
  // (A first line ending in a colon leads into the subhead under it: `崭露头角：` / `《“悲怆”钢琴奏鸣曲》`.)
  if (layout === 'paragraph') return lines.length === 1 || /[：:]$/u.test(lines[0].value.trim()) || leadIn;
  // The text before may wrap around a picture at first; its widest line shows the column.
  // (A one-line paragraph, such as a lead-in `生产方式变了：` over the subhead, shows no column: look further up.)
  const last =
    before.children.findLast((p) => p.type === 'paragraph' && p.children.length > 1)?.children ?? before.children.at(-1)!.children;
  const widest = Math.max(...(last.length > 1 ? last.slice(0, -1) : last).map((l) => l.data.width));
  return Math.abs(widest - first.children[0].data.measure) <= SAME_MEASURE;
}

function boxLabel(block: Block): ReturnType<typeof boxLabelKind> {
  if (block.type !== 'display' || block.hinted || block.children.length !== 1) return null;
  return boxLabelKind(block.children[0].value);
}

/** Fold box labels into the body they head, as a subhead: above the text an opening label stands over, under the text a closing one follows. */
function foldBoxLabels(blocks: Block[]): Block[] {
  const out = [...blocks];
  for (let k = 0; k < out.length; k++) {
    const label = boxLabel(out[k]!);
    const unit = out[k] as UnitNode;
    const after = out[k + 1];
    const before = out[k - 1];
    const underHead = before?.type === 'display' || before?.type === 'byline';
    if ((label === 'opening' || (label === 'note' && underHead)) && after?.type === 'body') {
      prependPart(after, subheadNode(unit));
      out.splice(k, 1);
      // The report the box introduces follows it: its opening credit (本报…电) continues the piece.
      const report = out[k + 1];
      if (report?.type === 'body' && after.children.length <= BOX_MAX_PARTS && opensReport(rawParagraph(report.children[0]!))) {
        joinBodies(after, [], report);
        out.splice(k + 1, 1);
      }
      k--;
    } else if (label === 'closing' && before?.type === 'body' && after?.type === 'body') {
      joinBodies(before, [subheadNode(unit)], after);
      out.splice(k, 2);
      k--;
    }
  }
  return out;
}

/**
 * True when `unit` finishes the line above it, wrapped like a paragraph: a clause cut off in
 * mid-phrase (`具有较高科研价值，填补了` / `岩溶地质研究空白`), or one that fills the column
 * (`中央财政安排35亿元用于粮改饲和粮豆` / `轮作`), goes on in a shorter line without a comma.
 * A subhead set in a larger or bolder type than the body wraps an em or two short of the
 * body's column, so "fills" allows the same slack as two runs of one column do.
 */
function finishesWrappedLine(above: UnitNode, unit: UnitNode, measure: number): boolean {
  const last = above.children.at(-1)!;
  const line = unit.children[0]!;
  if (unit.children.length !== 1 || /[，,、]/u.test(line.value) || setWidth(line.value) >= setWidth(last.value)) return false;
  if (!/[\p{Script=Han}\d”]$/u.test(last.value.trim())) return false;
  return /[，,、]\p{Script=Han}/u.test(last.value) || last.data.width >= measure - SAME_MEASURE;
}

/** Join each line that finishes a wrapped line to it (`measure`: the column of the body around them). */
function joinWrappedDecks(units: UnitNode[], measure: number): UnitNode[] {
  const out: UnitNode[] = [];
  for (const unit of units) {
    const prev = out.at(-1);
    if (prev !== undefined && finishesWrappedLine(prev, unit, measure)) {
      out[out.length - 1] = {
        ...prev,
        children: [...prev.children, ...unit.children],
        position: { start: prev.position.start, end: unit.position.end },
      };
    } else out.push(unit);
  }
  return out;
}

/**
 * In the spaced layout the lines of one headline touch; display lines set apart by blank
 * lines like the paragraphs around them, between two runs of one article's text, are its
 * subheads (a subhead and its deck), each as a subhead would be alone.
 */
function foldSubheadRun(out: Block[], k: number, layout: Layout): boolean {
  if (layout !== 'spaced') return false;
  let end = k;
  while (out[end]?.type === 'display') end++;
  const run = out.slice(k, end) as UnitNode[];
  const before = out[k - 1] as BodyNode;
  const after = out[end];
  if (run.length < 2 || after?.type !== 'body') return false;
  if (run.reduce((n, b) => n + b.children.length, 0) > MAX_RUN_LINES) return false;
  // (Lines that touch are one headline in this layout.)
  if (!run.every((head) => head.children.length === 1 && isSubhead(head, before, after, layout))) return false;
  if (!run.slice(1).every((head) => head.children[0]!.data.gap >= 1)) return false;
  // A short label over a title (`今日谈` / `好风景也要好服务`, `读者来信`, a column or a group's name) heads a new piece.
  // (A short line that finishes the wrapped line above it, `头兵`, is no label.)
  const units = joinWrappedDecks(run, after.children[0]!.children[0]!.data.measure);
  if (units.some(isShortLabel)) return false;
  joinBodies(before, units.map(subheadNode), after);
  out.splice(k, run.length + 1);
  return true;
}

/**
 * A display line between a headline's byline and the body under it is the subhead that
 * opens the article (`荒庄不荒了` / `苗文新` / `村企共建，整村脱贫` / text): a second headline is
 * not printed under the first one's byline. (A byline over its headline, as some columns
 * print it, has no headline above it.)
 */
function foldOpeningSubheads(blocks: Block[]): Block[] {
  const out = [...blocks];
  for (let k = 2; k + 1 < out.length; k++) {
    const [title, byline, head, body] = [out[k - 2]!, out[k - 1]!, out[k]!, out[k + 1]!];
    if (title.type !== 'display' || byline.type !== 'byline' || head.type !== 'display' || body.type !== 'body') continue;
    // A short label there is the column of the piece below (`瞭望环渤海`), not its subhead.
    if (!subheadShaped(head) || isShortLabel(head) || opensOwnReport(body.children[0]!)) continue;
    prependPart(body, subheadNode(head));
    out.splice(k, 1);
  }
  return out;
}

/**
 * A dash line under a finished sentence that names who said the words above it
 * (`——湖北荆门市沙洋县三坪村村民肖家新` under a first-person account) is a line of the text,
 * not a subtitle, which stands under its title: the next account may go on under it, or the
 * piece ends with it. Returns the line as one unit (in the spaced layout it may wrap into a
 * second display line), how many blocks it takes, and whether the text goes on after it.
 */
function quoteAttribution(out: Block[], k: number): { unit: UnitNode; blocks: number; goesOn: boolean } | null {
  const [before, head, second] = [out[k - 1]!, out[k]!, out[k + 1]];
  if (before.type !== 'body' || head.type !== 'display' || head.hinted || head.children.length > 2) return null;
  if (!/^[—–]{2}/u.test(head.children[0]!.value.trim()) || before.ended !== null) return null;
  if (!endsSentence(rawParagraph(before.children.at(-1)!)) || endsSentence(rawParagraph(head))) return null;
  // The text goes on under it, or under its wrapped last line (a display line, or a name read as a
  // byline: `——湖北荆门市沙洋县三坪村村民` / `肖家新`).
  const finishing = second?.type === 'display' || (second?.type === 'byline' && isNameLine(rawParagraph(second)));
  const after = out[k + 2];
  if (finishing && after?.type === 'body') {
    const units = joinWrappedDecks([head, second as UnitNode], after.children[0]!.children[0]!.data.measure);
    if (units.length === 1 && goesOnUnder(after)) return { unit: units[0]!, blocks: 2, goesOn: true };
  }
  if (second?.type === 'body') return goesOnUnder(second) ? { unit: head, blocks: 1, goesOn: true } : null;
  // Or it is the piece's last line: the next headline, page credits or the page's end follow.
  const last = head.children.length === 1 && (second === undefined || second.type === 'display' || second.type === 'page-credits');
  return last ? { unit: head, blocks: 1, goesOn: false } : null;
}

/** True when a body can go on the text above it: no caption, advertorial or report of its own. */
function goesOnUnder(after: BodyNode): boolean {
  return after.ended !== 'photo' && after.ended !== 'ad' && !opensOwnReport(after.children[0]!);
}

/** Fold listings' entries, box labels, and subheads with the text after them, into the bodies they belong to. */
export function mergeSubheads(blocks: Block[], layout: Layout): Block[] {
  const out = foldOpeningSubheads(foldBoxLabels(foldListings(blocks)));
  for (let k = 1; k < out.length; k++) {
    const before = out[k - 1];
    const head = out[k];
    if (before.type === 'body' && head.type === 'display' && foldSubheadRun(out, k, layout)) {
      k--;
      continue;
    }
    const attribution = quoteAttribution(out, k);
    if (attribution !== null) {
      const text = before as BodyNode;
      const line = paragraphNode(attribution.unit);
      if (attribution.goesOn) joinBodies(text, [line], out[k + attribution.blocks] as BodyNode);
      else appendPart(text, line);
      out.splice(k, attribution.blocks + (attribution.goesOn ? 1 : 0));
      k--;
      continue;
    }
    const after = out[k + 1];
    if (before.type !== 'body' || head.type !== 'display' || after?.type !== 'body') continue;
    if (!isSubhead(head, before, after, layout)) continue;
    // A data box's period label (2024年1—2月) stays a paragraph of the article.
    const label = head.children.length === 1 && isPeriodLabel(head.children[0].value);
    joinBodies(before, [label ? paragraphNode(head) : subheadNode(head)], after);
    out.splice(k, 2);
    k--;
  }
  return out;
}
