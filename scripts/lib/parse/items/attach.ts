import type { Block, BodyNode, HeadlineNode, PageChild } from '../tree/types.ts';
import { gatherItems } from './gather-items.ts';
import { parseLeadHead } from '../recognize/lead-head.ts';
import { displayLineText, rawParagraph } from '../units/unit-text.ts';
import { overlapScore } from './overlap.ts';
import { bylineTarget, isColumnShaped, isPhotoHead, scan } from './roles.ts';

/**
 * Attaching headlines to bodies. A page prints its headlines either after their bodies or
 * before them (even both on one page), and some far away (a headline set across the
 * foot of the page). The direction of the page is voted by content: a headline between
 * two bodies shares more wording with its own. Then every headline is scored against
 * every body — adjacency in the page's direction, less against it, plus content overlap —
 * and pairs are taken best first, one headline per body. Headlines left over stay
 * teasers.
 */

export type Direction = 'before' | 'after';

/** What attachment decided for a page, by block index (gather-items.ts makes the items from it). */
export interface Attachment {
  direction: Direction;
  /** Headline block per body block index, with the score that paired them, in the order the pairs were taken. */
  heads: Map<number, { head: number; score: number }>;
  /** Byline blocks per body block index. */
  bodyBylines: Map<number, number[]>;
  /** Byline blocks per headline block index. */
  headBylines: Map<number, number[]>;
  /** Column head block per body block index. */
  columns: Map<number, number>;
  /** Headline blocks attached to no body (teasers). */
  teasers: number[];
  /** Column head block per teaser block index (the label of a 导读 box). */
  teaserColumns: Map<number, number>;
  /** Column-shaped blocks that are the page head or belong to no item. */
  pageHeads: number[];
  strayColumns: number[];
}

const ADJACENT = 3;
const ADJACENT_AGAINST = 1;
const PHOTO_ADJACENT = 2.5;
const PHOTO_ADJACENT_LONG = 1.5;
const PHOTO_TITLE_MAX = 9;
// A page holds a few dozen blocks; a headline is never printed further than this from its
// body. Looking no further keeps attachment linear on many pages run together (a whole
// issue in one file), where every split re-runs it.
const NEAR = 80;

/** The text of a display block, for overlap. */
export function headText(block: Block | HeadlineNode): string {
  return block.type === 'display' || block.type === 'headline' ? block.children.map(displayLineText).join('') : '';
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  map.set(key, [...(map.get(key) ?? []), value]);
}

/** Attach headlines, bylines and column heads to the bodies of one page: its items, in reading order, among what no item took. */
export function attach(blocks: Block[]): PageChild[] {
  return gatherItems(blocks, decide(blocks));
}

function decide(blocks: Block[]): Attachment {
  const columnShaped = new Set(blocks.map((b, i) => (isColumnShaped(b) ? i : -1)).filter((i) => i >= 0));
  const pageHeads: number[] = [];
  // The page head (区域动态) is the first thing printed, right above a headline.
  if (columnShaped.has(0) && blocks[1]?.type === 'display' && !columnShaped.has(1)) pageHeads.push(0);

  let isHead = (b: Block): boolean => b.type === 'display' && !columnShaped.has(blocks.indexOf(b));
  const direction = voteDirection(blocks, isHead);
  // A short line standing where the page puts headlines (right over a body where headlines
  // come first; right under one that shares its wording where they follow) may be that
  // body's title rather than a column head: it is tried as a headline and falls back to a
  // column head if the body gets a better one.
  const maybeTitles: number[] = [];
  for (const i of [...columnShaped]) {
    if (pageHeads.includes(i)) continue;
    // A body led by its own bracketed head (【…】, a 快讯 item) is not titled by the line above it.
    // (A byline may stand between a short title and its text: `开秧门` / `李  御` / 喔嗬，…)
    let n = i + 1;
    while (blocks[n]?.type === 'byline') n++;
    const nextBody = blocks[n];
    const before = direction === 'before' && nextBody?.type === 'body' && parseLeadHead(rawParagraph(nextBody.children[0])) === null;
    const prev = blocks[i - 1];
    const after = direction === 'after' && prev?.type === 'body' && overlapScore(headText(blocks[i]), prev) >= 1;
    if (!before && !after) continue;
    columnShaped.delete(i);
    maybeTitles.push(i);
  }
  isHead = (b: Block): boolean => b.type === 'display' && !columnShaped.has(blocks.indexOf(b));

  const out: Attachment = {
    direction,
    heads: new Map(),
    bodyBylines: new Map(),
    headBylines: new Map(),
    columns: new Map(),
    teasers: [],
    teaserColumns: new Map(),
    pageHeads,
    strayColumns: [],
  };

  blocks.forEach((b, k) => {
    if (b.type !== 'byline') return;
    const target = bylineTarget(blocks, k, isHead, direction);
    if (target?.kind === 'body') push(out.bodyBylines, target.index, k);
    else if (target?.kind === 'head') push(out.headBylines, target.index, k);
  });

  const headIdx = blocks.map((b, i) => (isHead(b) ? i : -1)).filter((i) => i >= 0);
  const bodyIdx = blocks.map((b, i) => (b.type === 'body' ? i : -1)).filter((i) => i >= 0);
  const pairs: Array<{ h: number; b: number; score: number }> = [];
  for (const h of headIdx) {
    const bonus = new Map<number, number>();
    for (const [step, dir] of [
      [1, 'before'],
      [-1, 'after'],
    ] as const) {
      const { body, photo } = scan(blocks, h, step, isHead);
      const weight = dir === direction ? ADJACENT : ADJACENT_AGAINST;
      if (body !== null) bonus.set(body, Math.max(bonus.get(body) ?? 0, weight));
      // A picture's title is short (`春灌`, `港口繁忙`); a longer head next to a caption is more often a story's, set apart.
      else if (photo !== null)
        bonus.set(
          photo,
          Math.max(
            bonus.get(photo) ?? 0,
            dir !== direction ? 0.5 : [...headText(blocks[h]!)].length <= PHOTO_TITLE_MAX ? PHOTO_ADJACENT : PHOTO_ADJACENT_LONG,
          ),
        );
    }
    const text = headText(blocks[h]);
    for (const b of bodyIdx) {
      if (Math.abs(b - h) > NEAR) continue;
      const adj = bonus.get(b) ?? 0;
      const ov = overlapScore(text, blocks[b] as BodyNode);
      const eligible = adj >= ADJACENT || ov >= 2 || (adj > 0 && adj + ov >= 2.5);
      if (eligible) pairs.push({ h, b, score: adj + ov });
    }
  }
  pairs.sort((x, y) => y.score - x.score || x.h - y.h);
  const headOf = new Map<number, number>();
  for (const { h, b, score } of pairs) {
    if (headOf.has(h) || out.heads.has(b)) continue;
    headOf.set(h, b);
    out.heads.set(b, { head: h, score });
  }
  for (const h of headIdx) {
    if (headOf.has(h)) continue;
    if (maybeTitles.includes(h) || headsNextItem(blocks, h, headOf, maybeTitles)) columnShaped.add(h);
    else out.teasers.push(h);
  }

  // A label over a box of headlines whose bodies are elsewhere (导读, 要闻提示) heads that
  // box, not the page: it goes with the first teaser it stands over.
  if (pageHeads[0] === 0 && out.teasers.includes(1)) {
    pageHeads.shift();
    columnShaped.delete(0);
    out.teaserColumns.set(1, 0);
  }
  assignColumns(blocks, columnShaped, pageHeads, headOf, out);
  return out;
}

// A column's name runs to a dozen characters (`家乡味美·品味舌尖上的农村`); a sentence is no column.
const COLUMN_MAX = 14;

/**
 * True when the headline `h`, left without a body, is the column head (栏目) of the item
 * printed right under it: a single line over a headline that has its body, or over a body
 * whose headline follows it. A column head tops its item's frame, so it is met first in
 * either direction; longer names (`关注改革最后一公里`) are not column-shaped and would
 * otherwise stand as a teaser of their own.
 */
function headsNextItem(blocks: Block[], h: number, headOf: Map<number, number>, maybeTitles: number[]): boolean {
  const block = blocks[h]!;
  if (block.type !== 'display' || block.hinted || block.children.length !== 1) return false;
  // It stands where an item starts: under a finished one (its text, or its full headline where
  // headlines follow), never atop the page, where 导读 lines stand. (Under a short line taken
  // as the title above, it is more likely that headline's second line: `广东揭阳` / `电商“慕课” 助农脱贫`.)
  const prev = h - 1;
  const finished = blocks[prev]?.type === 'body' || ((headOf.get(prev) ?? h) < prev && !maybeTitles.includes(prev));
  if (!finished) return false;
  const text = headText(block);
  // A dash leads a subtitle, brackets hold a credit, a stop ends a sentence: none is a column's name.
  if ([...text].length > COLUMN_MAX || /^[—–-]|[。！？!?：:]$|[（(]/u.test(text) || isPhotoHead(text)) return false;
  let next = h + 1;
  while (blocks[next]?.type === 'byline') next++;
  const body = blocks[next]?.type === 'body' ? next : headOf.get(next);
  return body !== undefined && body > h;
}

function voteDirection(blocks: Block[], isHead: (b: Block) => boolean): Direction {
  let before = 0;
  let after = 0;
  blocks.forEach((b, h) => {
    if (!isHead(b)) return;
    const next = scan(blocks, h, 1, isHead).body;
    const prev = scan(blocks, h, -1, isHead).body;
    if (next === null || prev === null) return;
    const text = headText(b);
    const n = overlapScore(text, blocks[next] as BodyNode);
    const p = overlapScore(text, blocks[prev] as BodyNode);
    // Only a clear difference is a vote: half a point is one shared pair deep in a body.
    if (n >= p + 1) before++;
    else if (p >= n + 1) after++;
  });
  // Without content votes, how the page opens and ends decides: body text first and a
  // headline last is the headline-after layout.
  if (before === after) {
    const bodies = blocks.filter((b) => b.type === 'body');
    const heads = blocks.filter(isHead);
    if (bodies.length > 0 && heads.length > 0) {
      if (blocks.indexOf(bodies[0]) < blocks.indexOf(heads[0]) && blocks.indexOf(heads.at(-1)!) > blocks.indexOf(bodies.at(-1)!)) after++;
      else before++;
    }
  }
  return after > before ? 'after' : 'before';
}

function assignColumns(blocks: Block[], columns: Set<number>, pageHeads: number[], headOf: Map<number, number>, out: Attachment): void {
  const stray: number[] = [];
  for (const c of [...columns].sort((a, b) => a - b)) {
    if (pageHeads.includes(c)) continue;
    let j = c + 1;
    while (blocks[j]?.type === 'byline') j++;
    const target = blocks[j]?.type === 'body' ? j : headOf.get(j);
    if (target !== undefined && !out.columns.has(target)) out.columns.set(target, c);
    else stray.push(c);
  }
  // A column head printed away from its article (two stacked heads, one at the foot of the
  // page) goes to the untagged article whose text names it (开发区传真 → the 开发区 report).
  for (const c of stray) {
    const text = headText(blocks[c]);
    let best: number | null = null;
    let bestScore = 1.5;
    blocks.forEach((b, i) => {
      if (b.type !== 'body' || out.columns.has(i) || Math.abs(i - c) > NEAR) return;
      const score = overlapScore(text, b);
      if (score > bestScore) {
        best = i;
        bestScore = score;
      }
    });
    if (best !== null) out.columns.set(best, c);
    else out.strayColumns.push(c);
  }
}
