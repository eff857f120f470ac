import { endsSentence, isFactLine } from '../recognize/index.ts';
import { rawParagraph } from '../units/unit-text.ts';
import { bodyNode, subheadNode } from '../tree/body.ts';
import type { Block, BodyNode, UnitNode } from '../tree/types.ts';
import { isColumnShaped } from './roles.ts';

/**
 * Listings (艺荐, 展讯, 书讯): a box of short entries under one label, each entry a name
 * (often with a ——subtitle) over its facts behind list markers (`●主办：…`, `●时间：…`,
 * `●地点：…`) and a few lines about it. The box is one item: the entries' names are its
 * subheads, and the label, where one stands over the first entry (or, where headlines
 * follow their text, under the last), is its headline.
 */

// A name with its subtitle wrapped at the column's edge comes out as two display groups at most.
const MAX_HEAD_BLOCKS = 2;
// One entry with facts is a notice; a listing has several.
const MIN_ENTRIES = 2;

/**
 * How many of a body's first parts finish its entry's name before the facts: 0 when it opens
 * with a fact behind its marker, 1 when a subtitle wrapped at the column's edge ends in a short
 * line of its own over the facts (`——吉林省博物院藏“南` / `张北溥”书画特展` / `●主办：…`), or
 * null when the body is no entry's text.
 */
function nameTail(block: Block | undefined): 0 | 1 | null {
  if (block?.type !== 'body') return null;
  const [first, second] = block.children.map((p) => rawParagraph(p));
  if (isFactLine(first!)) return 0;
  const tail = block.children[0]!.children.length === 1 && !endsSentence(first!);
  return tail && second !== undefined && isFactLine(second) ? 1 : null;
}

/** True when a body is an entry's text (see nameTail). */
function opensWithFacts(block: Block | undefined): block is BodyNode {
  return nameTail(block) !== null;
}

/**
 * Where the display blocks that name the entry of the body at `b` start: the group right
 * above it, and the one above that when the lower group is only the wrapped tail of the
 * upper one's subtitle (`浴火重光` / `——来自阿富汗国家博物馆` and then `的宝藏`). Anything
 * higher is another head: the listing's label, or the headline of the piece before.
 */
function entryHead(blocks: Block[], b: number): number {
  const lower = blocks[b - 1];
  if (lower?.type !== 'display') return b;
  const upper = blocks[b - 2];
  const tail = lower.children.length === 1 && upper?.type === 'display' && /^[—–]{2}/u.test(upper.children.at(-1)!.value.trim());
  return tail ? b - 2 : b - 1;
}

/** The name of an entry as one unit (its display groups in page order). */
function joinUnits(units: UnitNode[]): UnitNode {
  if (units.length === 1) return units[0]!;
  return {
    ...units[0]!,
    children: units.flatMap((u) => u.children),
    position: { start: units[0]!.position.start, end: units.at(-1)!.position.end },
  };
}

/** Fold each run of listing entries into one body: the first entry's body, holding every entry's name as a subhead. */
export function foldListings(blocks: Block[]): Block[] {
  const out = [...blocks];
  for (let k = 0; k < out.length; k++) {
    if (!opensWithFacts(out[k])) continue;
    const firstHead = entryHead(out, k);
    if (firstHead === k) continue;
    // The entries that follow: name, then text opening with facts.
    const entries: Array<{ head: number; body: number }> = [{ head: firstHead, body: k }];
    for (let j = k + 1; j < out.length;) {
      let b = j;
      while (b < out.length && b - j < MAX_HEAD_BLOCKS && out[b]!.type === 'display') b++;
      if (b === j || !opensWithFacts(out[b]) || entryHead(out, b) !== j) break;
      entries.push({ head: j, body: b });
      j = b + 1;
    }
    if (entries.length < MIN_ENTRIES) continue;
    const end = entries.at(-1)!.body;
    const labelAt = (i: number): boolean => out[i] !== undefined && isColumnShaped(out[i]!);
    const labelled = labelAt(firstHead - 1) || labelAt(end + 1);
    const parts: BodyNode['children'] = [];
    entries.forEach(({ head, body }, n) => {
      const text = (out[body] as BodyNode).children;
      const tail = nameTail(out[body])!;
      const name = joinUnits([...(out.slice(head, body) as UnitNode[]), ...text.slice(0, tail)]);
      if (n > 0 || labelled) parts.push(subheadNode(name));
      // Unlabelled, the first entry's name stays above the box as its headline, its tail with it.
      else if (tail > 0) out[body - 1] = joinUnits([out[body - 1] as UnitNode, text[0]!]) as Block;
      parts.push(...text.slice(tail));
    });
    const last = out[end] as BodyNode;
    const folded = bodyNode(parts, { ended: last.ended, continuedOn: last.continuedOn, jumps: [...last.jumps] });
    const from = labelled ? firstHead : k;
    out.splice(from, end - from + 1, folded);
    k = from;
  }
  return out;
}
