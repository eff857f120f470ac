import { splitBody } from '../tree/body.ts';
import type { Block, BodyNode, HeadlineNode, ItemNode, PageChild } from '../tree/types.ts';
import { paragraphText } from '../units/unit-text.ts';
import { headText } from './attach.ts';
import { hanBigrams } from './overlap.ts';

/**
 * Splitting a body that holds two articles with no credit or headline between them (the
 * page lost the boundary, most often because the second article's title was folded into
 * the first as a subhead). The evidence is wording: a body whose attached headline is
 * restated in its first paragraphs but not once in a run of at least three paragraphs at
 * the far end, which have wording of their own found nowhere before, holds another article
 * whose headline was lost there (it gets `title: null` and a warning).
 */

// The headline's side keeps at least two paragraphs; the other article is at least three,
// each of them carrying its own wording (so a run of three needs it in all three).
const MIN_SIDE = 2;
const MIN_ORPHAN_RUN = 3;
const ANCHOR_SHARE = 0.6;
// The headline's side must restate it (pairs of the headline found there, all told) at least this often.
const MIN_RESTATED = 3;

function occurrences(headline: string, text: string): number {
  let n = 0;
  for (const pair of hanBigrams(headline)) n += text.split(pair).length - 1;
  return n;
}

function partText(part: BodyNode['children'][number]): string {
  return part.type === 'paragraph' ? paragraphText(part) : part.children.map((l) => l.value).join('');
}

/** Where `body` holds the orphan run of another article, the part it starts at, or null (`ownLeads`: its headline is printed before it). */
function orphanCut(body: BodyNode, own: string, ownLeads: boolean): number | null {
  const paras = body.children.map((p) => (p.type === 'paragraph' ? occurrences(own, paragraphText(p)) : 1));
  // Walk in from the end away from the headline while paragraphs never restate it.
  const order = ownLeads ? [...paras.keys()].reverse() : [...paras.keys()];
  let run = 0;
  for (const i of order) {
    if (paras[i] > 0 || body.children[i].type !== 'paragraph') break;
    run++;
  }
  if (run < MIN_ORPHAN_RUN || run > paras.length - MIN_SIDE) return null;
  const rest = ownLeads ? paras.slice(0, paras.length - run) : paras.slice(run);
  if (rest.reduce((a, n) => a + n, 0) < MIN_RESTATED) return null;
  const k = ownLeads ? paras.length - run : run;
  const [restParts, runParts] = ownLeads
    ? [body.children.slice(0, k), body.children.slice(k)]
    : [body.children.slice(k), body.children.slice(0, k)];
  return hasOwnAnchor(runParts, restParts) ? k : null;
}

/**
 * True when a run of paragraphs has wording of its own: a character pair found in most of
 * its paragraphs and nowhere in the rest of the body (the place or subject the other
 * article is about, 硚口 after 郑州). A section of one article that merely stops repeating
 * its headline has none.
 */
function hasOwnAnchor(run: BodyNode['children'], rest: BodyNode['children']): boolean {
  const restText = rest.map(partText).join('\n');
  const sets = run.map((p) => hanBigrams(partText(p)));
  const counts = new Map<string, number>();
  for (const set of sets) for (const pair of set) counts.set(pair, (counts.get(pair) ?? 0) + 1);
  const need = Math.max(MIN_ORPHAN_RUN, Math.ceil(sets.length * ANCHOR_SHARE));
  for (const [pair, n] of counts) if (n >= need && !restText.includes(pair)) return true;
  return false;
}

/**
 * Split one body where wording shows two articles: a tree edit on the page's blocks (the
 * body is replaced by its two parts). Items are tried in the order attachment paired their
 * headlines, most certain first. False when nothing needs splitting.
 */
export function splitBodies(blocks: Block[], page: PageChild[]): boolean {
  const paired = page.filter((c): c is ItemNode => c.type === 'item' && c.children.some((n) => n.type === 'headline'));
  paired.sort((a, b) => b.data.score - a.data.score || headline(a).position.start.line - headline(b).position.start.line);
  for (const item of paired) {
    const body = item.children.at(-1);
    if (body?.type !== 'body') continue;
    const head = headline(item);
    const k = orphanCut(body, headText(head), head.position.start.line < body.position.start.line);
    if (k === null) continue;
    blocks.splice(blocks.indexOf(body), 1, ...splitBody(body, k));
    return true;
  }
  return false;
}

function headline(item: ItemNode): HeadlineNode {
  return item.children.find((n): n is HeadlineNode => n.type === 'headline')!;
}
