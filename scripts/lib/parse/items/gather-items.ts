import type { Point, Position } from 'unist';
import type { Block, BodyNode, BylineNode, ItemNode, PageChild, UnitNode, UnitType } from '../tree/types.ts';
import type { Attachment } from './attach.ts';

/**
 * The tree edit that applies attachment: each body becomes an item node with its column
 * head, headline and bylines, each headline that found no body a teaser item; the page
 * head and column heads no item took are kept as `page-head` and `column` nodes, page
 * credits, separators, jump lines and bylines no item took as they are. The page's
 * children come out in reading order.
 */

/** The display group `block` read as `type` (a copy: the block list stays as segmentation left it, for another round). */
function as<T extends UnitType>(block: Block, type: T): UnitNode<T> {
  return { ...(block as UnitNode), type };
}

function span(nodes: ItemNode['children']): Position {
  const starts = nodes.map((n) => n.position.start);
  const ends = nodes.map((n) => n.position.end);
  const offset = (p: Point): number => p.offset ?? 0;
  return {
    start: starts.reduce((a, b) => (offset(b) < offset(a) ? b : a)),
    end: ends.reduce((a, b) => (offset(b) > offset(a) ? b : a)),
  };
}

function item(children: ItemNode['children'], start: number, score: number): ItemNode {
  return { type: 'item', children, position: span(children), data: { start, score } };
}

/**
 * Where an item starts in reading order: its body, or a headline, byline or column head
 * printed right above it (photo captions in between do not count; a headline printed far
 * away does not move the item).
 */
function startLine(blocks: Block[], k: number, att: Attachment): number {
  const head = att.heads.get(k)?.head;
  const above =
    head === undefined
      ? [...(att.bodyBylines.get(k) ?? [])]
      : [head, ...(att.headBylines.get(head) ?? []), ...(att.bodyBylines.get(k) ?? [])];
  const column = att.columns.get(k);
  if (column !== undefined) above.push(column);
  let at = (blocks[k] as BodyNode).children[0].position.start.line;
  for (const j of above) {
    if (j > k) continue;
    const between = blocks.slice(j + 1, k).some((b) => b.type === 'body' && b.ended !== 'photo');
    if (!between) at = Math.min(at, blocks[j].position.start.line);
  }
  return at;
}

function bodyItem(blocks: Block[], k: number, att: Attachment): ItemNode {
  const pair = att.heads.get(k);
  const column = att.columns.get(k);
  // A byline given to a line tried as a headline stays with it when that line ends up the column head.
  const bylines = [
    ...(pair !== undefined ? (att.headBylines.get(pair.head) ?? []) : []),
    ...(column !== undefined ? (att.headBylines.get(column) ?? []) : []),
    ...(att.bodyBylines.get(k) ?? []),
  ];
  const children: ItemNode['children'] = [
    ...(column !== undefined ? [as(blocks[column], 'column')] : []),
    ...(pair !== undefined ? [as(blocks[pair.head], 'headline')] : []),
    ...bylines.map((b) => blocks[b] as BylineNode),
    blocks[k] as BodyNode,
  ];
  return item(children, startLine(blocks, k, att), pair?.score ?? 0);
}

function teaserItem(blocks: Block[], h: number, att: Attachment): ItemNode {
  const column = att.teaserColumns.get(h);
  const children: ItemNode['children'] = [
    ...(column !== undefined ? [as(blocks[column], 'column')] : []),
    as(blocks[h], 'headline'),
    ...(att.headBylines.get(h) ?? []).map((b) => blocks[b] as BylineNode),
  ];
  return item(children, blocks[h].position.start.line, 0);
}

/** Gather the blocks of a page into items as attachment decided. */
export function gatherItems(blocks: Block[], att: Attachment): PageChild[] {
  const items = new Map<number, ItemNode>();
  blocks.forEach((block, k) => {
    if (block.type === 'body') items.set(k, bodyItem(blocks, k, att));
    else if (att.teasers.includes(k)) items.set(k, teaserItem(blocks, k, att));
  });
  const taken = new Set<Block>([...items.values()].flatMap((i) => i.children.filter((c) => c.type === 'byline')));
  const out: Array<{ at: number; child: PageChild }> = [];
  blocks.forEach((block, k) => {
    const it = items.get(k);
    if (it !== undefined) out.push({ at: it.data.start, child: it });
    else if (att.pageHeads.includes(k)) out.push({ at: block.position.start.line, child: as(block, 'page-head') });
    else if (att.strayColumns.includes(k)) out.push({ at: block.position.start.line, child: as(block, 'column') });
    else if (block.type === 'page-credits' || block.type === 'separator' || block.type === 'jump')
      out.push({ at: block.position.start.line, child: block as PageChild });
    // A byline no item took (whatever attachment meant for it) is kept, for the page furniture.
    else if (block.type === 'byline' && !taken.has(block)) out.push({ at: block.position.start.line, child: block as PageChild });
  });
  // Reading order follows where an item's text starts (a displaced headline or column head does not move it).
  return out.sort((a, b) => a.at - b.at).map((x) => x.child);
}
