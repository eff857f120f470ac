import type { Block, BodyBlock, BodyPart } from '../units/segment.ts';
import { paragraphText } from '../units/unit-text.ts';
import { typicalWidth } from '../lines/column-measure.ts';
import type { Attachment } from './attach.ts';
import { headText } from './attach.ts';
import { hanBigrams, overlapScore } from './overlap.ts';

/**
 * Splitting a body that holds two articles with no credit or headline between them
 * (the page lost the boundary). Two kinds of evidence, both about wording:
 *
 * - a displaced headline (left over as a teaser) that matches one part of a body whose
 *   own headline matches the other part: split where the contrast is greatest;
 * - a body whose attached headline is restated in its first paragraphs but not once in
 *   a run of at least three paragraphs at the far end, which have wording of their own
 *   found nowhere before: that run is another article whose headline was lost (it gets
 *   `title: null` and a warning).
 */

const MIN_SIDE = 2;
const MIN_ORPHAN_RUN = 3;
const WEAK_VOTE = 3;

function occurrences(headline: string, text: string, weights?: Map<string, number>): number {
  let n = 0;
  for (const pair of hanBigrams(headline)) n += (text.split(pair).length - 1) * (weights?.get(pair) ?? 1);
  return n;
}

/**
 * Weights of a headline's pairs by how specific they are on this page: a pair found in
 * most paragraphs (发展, 经济) says little about which article a paragraph belongs to.
 */
function specificity(headlines: string[], blocks: Block[]): Map<string, number> {
  const paragraphs = blocks.flatMap((b) => (b.type === 'body' ? b.parts.map(partText) : []));
  const weights = new Map<string, number>();
  for (const pair of headlines.flatMap((h) => [...hanBigrams(h)])) {
    const df = paragraphs.filter((p) => p.includes(pair)).length;
    weights.set(pair, Math.log((paragraphs.length + 1) / (df + 1)));
  }
  return weights;
}

function splitAt(blocks: Block[], index: number, k: number): Block[] {
  const body = blocks[index] as BodyBlock;
  const head: BodyBlock = { type: 'body', parts: body.parts.slice(0, k), ended: null, continuedOn: null, jumps: [] };
  const tail: BodyBlock = { ...body, parts: body.parts.slice(k) };
  return [...blocks.slice(0, index), head, tail, ...blocks.slice(index + 1)];
}

function boundaries(body: BodyBlock): number[] {
  const out: number[] = [];
  for (let k = MIN_SIDE; k <= body.parts.length - MIN_SIDE; k++) {
    if (body.parts[k - 1].kind === 'paragraph' && body.parts[k].kind === 'paragraph') out.push(k);
  }
  return out;
}

function partText(part: BodyPart): string {
  return part.kind === 'paragraph' ? paragraphText(part.unit) : part.unit.children.map((l) => l.value).join('');
}

function displacedSplit(blocks: Block[], att: Attachment): Block[] | null {
  for (const t of att.teasers) {
    const text = headText(blocks[t]);
    for (const [b, heads] of att.heads) {
      const body = blocks[b] as BodyBlock;
      if (overlapScore(text, body) < 3) continue;
      const own = heads.map((h) => headText(blocks[h])).join('');
      // The body's own headline stands next to the part it belongs to; the displaced one
      // takes the other end. Each part votes by which headline it restates more; the split
      // goes where the running vote for the displaced headline peaks (a change point).
      const ownTrails = heads[0] > b;
      const weights = specificity([text, own], blocks);
      // Generic wording (经济, 发展) leaves small votes; they are noise, not evidence.
      const votes = body.parts.map((p) => {
        const v = occurrences(text, partText(p), weights) - occurrences(own, partText(p), weights);
        return Math.abs(v) < WEAK_VOTE ? 0 : v;
      });
      const sign = ownTrails ? 1 : -1;
      const cuts = boundaries(body);
      // Running totals once, so every cut is read in constant time (a body can be long).
      const sums = [0];
      for (const v of votes) sums.push(sums[sums.length - 1]! + v);
      const prefix = (k: number): number => sign * sums[k]!;
      const total = prefix(body.parts.length);
      const best = Math.max(...cuts.map(prefix));
      // Both sides must lean their own way: the displaced headline's part positive, the rest negative.
      if (cuts.length === 0 || best <= 0 || total - best >= 0) continue;
      // Paragraphs that restate neither headline leave a plateau of equally good cuts; the
      // column width decides among them (the two articles were set in different frames).
      const plateau = cuts.filter((k) => prefix(k) >= best - 0.5);
      const widths = body.parts.map(fullLineWidths);
      const shift = (c: number): number => widthShift(widths, c);
      const k = plateau.reduce((a, c) => (shift(c) > shift(a) ? c : a), plateau[plateau.length - 1]);
      return splitAt(blocks, b, k);
    }
  }
  return null;
}

/** Widths of a part's full lines (all but a paragraph's last). */
function fullLineWidths(part: BodyPart): number[] {
  return part.kind === 'paragraph' ? part.unit.children.slice(0, -1).map((l) => l.data.width) : [];
}

const SHIFT_LINES = 8;

/**
 * How much the column width changes at cut `k` of a body whose parts' full-line widths are
 * `widths` (0 when either side has too few full lines to tell). Only the eight lines on each
 * side are gathered, so trying every cut stays linear in the body's length.
 */
function widthShift(widths: number[][], k: number): number {
  const before: number[] = [];
  for (let i = k - 1; i >= 0 && before.length < SHIFT_LINES; i--) before.unshift(...widths[i]!.slice(-(SHIFT_LINES - before.length)));
  const after: number[] = [];
  for (let i = k; i < widths.length && after.length < SHIFT_LINES; i++) after.push(...widths[i]!.slice(0, SHIFT_LINES - after.length));
  if (before.length < 4 || after.length < 4) return 0;
  return Math.abs(typicalWidth(before) - typicalWidth(after));
}

function orphanSplit(blocks: Block[], att: Attachment): Block[] | null {
  for (const [b, heads] of att.heads) {
    const body = blocks[b] as BodyBlock;
    const own = heads.map((h) => headText(blocks[h])).join('');
    const ownLeads = heads[0] < b;
    const paras = body.parts.map((p) => (p.kind === 'paragraph' ? occurrences(own, paragraphText(p.unit)) : 1));
    // Walk in from the end away from the headline while paragraphs never restate it.
    const order = ownLeads ? [...paras.keys()].reverse() : [...paras.keys()];
    let run = 0;
    for (const i of order) {
      if (paras[i] > 0 || body.parts[i].kind !== 'paragraph') break;
      run++;
    }
    if (run < MIN_ORPHAN_RUN || run > paras.length - MIN_SIDE) continue;
    const rest = ownLeads ? paras.slice(0, paras.length - run) : paras.slice(run);
    if (rest.reduce((a, n) => a + n, 0) < 3) continue;
    const k = ownLeads ? paras.length - run : run;
    const [restParts, runParts] = ownLeads ? [body.parts.slice(0, k), body.parts.slice(k)] : [body.parts.slice(k), body.parts.slice(0, k)];
    if (!hasOwnAnchor(runParts, restParts)) continue;
    return splitAt(blocks, b, k);
  }
  return null;
}

/**
 * True when a run of paragraphs has wording of its own: a character pair found in most of
 * its paragraphs and nowhere in the rest of the body (the place or subject the other
 * article is about, 硚口 after 郑州). A section of one article that merely stops repeating
 * its headline has none.
 */
function hasOwnAnchor(run: BodyPart[], rest: BodyPart[]): boolean {
  const restText = rest.map(partText).join('\n');
  const sets = run.map((p) => hanBigrams(partText(p)));
  const counts = new Map<string, number>();
  for (const set of sets) for (const pair of set) counts.set(pair, (counts.get(pair) ?? 0) + 1);
  const need = Math.max(3, Math.ceil(sets.length * 0.6));
  for (const [pair, n] of counts) if (n >= need && !restText.includes(pair)) return true;
  return false;
}

/** Split one body where wording shows two articles, or return null when nothing needs splitting. */
export function splitBodies(blocks: Block[], att: Attachment): Block[] | null {
  return displacedSplit(blocks, att) ?? orphanSplit(blocks, att);
}
