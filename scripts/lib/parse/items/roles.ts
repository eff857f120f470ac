import type { Block } from '../tree/types.ts';
import { opensReport } from '../units/reflow.ts';
import { rawParagraph } from '../units/unit-text.ts';

/**
 * Roles of the blocks around the text: which display groups are column heads (栏目) or
 * the page head, and which headline or body each byline belongs to. Column heads are
 * recognized by typography alone: a single short line of plain Han characters, with no
 * punctuation, standing on its own.
 */

/** True for a display group shaped like a column head: one line of 2–6 Han characters and nothing else. */
export function isColumnShaped(block: Block): boolean {
  if (block.type !== 'display' || block.hinted || block.children.length !== 1) return false;
  const t = block.children[0].value.replace(/[\s\u3000]+/gu, '');
  // A picture story's genre head (图片报道) is its headline, the way papers title photo items.
  return /^\p{Script=Han}{2,6}$/u.test(t) && !isPhotoHead(t);
}

const PHOTO_HEAD = /^(?:图片报道|图片新闻|新闻图片|摄影报道|新闻图片报道|图说)$/u;

/** True for a picture story's genre head (图片报道), which titles its item. */
export function isPhotoHead(text: string): boolean {
  return PHOTO_HEAD.test(text.replace(/[\s\u3000]+/gu, ''));
}

/** Where a byline goes: the body it stands over, the headline it stands under, or the body it closes. */
export type BylineTarget = { kind: 'body' | 'head'; index: number } | null;

/**
 * Decide the owner of the byline block at `k`. Over a body that opens without a credit it
 * is that body's; between an unclosed text and the next headline of a page whose headlines
 * come first it signs that text; otherwise it stays with the headline right above it (the headline-after
 * layout prints body, headline, byline), else the headline right below, else the body it
 * follows.
 */
export function bylineTarget(
  blocks: Block[],
  k: number,
  isHead: (b: Block) => boolean,
  direction: 'before' | 'after' = 'before',
): BylineTarget {
  const next = blocks[k + 1];
  const prev = blocks[k - 1];
  if (next?.type === 'body' && !opensReport(rawParagraph(next.children[0]))) return { kind: 'body', index: k + 1 };
  // Where headlines come first, a byline between the end of one text and the next headline signs
  // the text above it (commentaries sign at the foot: `□ 本报评论员`, `作者：沈立`).
  const nextStarts = next === undefined || next.type === 'display' || next.type === 'page-credits';
  if (direction === 'before' && prev?.type === 'body' && prev.ended === null && nextStarts) return { kind: 'body', index: k - 1 };
  if (prev && isHead(prev)) return { kind: 'head', index: k - 1 };
  if (next && isHead(next)) return { kind: 'head', index: k + 1 };
  if (prev?.type === 'body') return { kind: 'body', index: k - 1 };
  if (next?.type === 'body') return { kind: 'body', index: k + 1 };
  return null;
}

/** The nearest block in one direction from `k` that is a body or a headline, skipping bylines and column heads. */
export function scan(
  blocks: Block[],
  k: number,
  step: 1 | -1,
  isHead: (b: Block) => boolean,
): { body: number | null; photo: number | null } {
  let photo: number | null = null;
  for (let j = k + step; j >= 0 && j < blocks.length; j += step) {
    const b = blocks[j];
    if (b.type === 'byline' || (b.type === 'display' && !isHead(b))) continue;
    if (b.type === 'body') {
      // A photo caption sits between a headline and its article without taking the headline.
      if (b.ended === 'photo') {
        photo ??= j;
        continue;
      }
      return { body: j, photo };
    }
    break;
  }
  return { body: null, photo };
}
