import type { Position } from 'unist';
import type { EndMark } from '../units/end-marks.ts';
import type { BodyNode, JumpNode, ParagraphNode, SubheadNode, UnitNode } from './types.ts';

/**
 * Making and editing body nodes. Every edit goes through here, so a body's position always
 * spans its text and its jump lines.
 */

/** From the start of the first node to the end of the last. */
export function span(nodes: Array<{ position: Position }>): Position {
  return { start: nodes[0]!.position.start, end: nodes.at(-1)!.position.end };
}

function place(body: BodyNode): BodyNode {
  body.position = span([...body.children, ...body.jumps]);
  return body;
}

/** A body of `children`; what ended it and where it continues come with its last part. */
export function bodyNode(
  children: BodyNode['children'],
  end: { ended: EndMark | null; continuedOn: number | null; jumps: JumpNode[] } = { ended: null, continuedOn: null, jumps: [] },
): BodyNode {
  return place({
    type: 'body',
    children,
    position: children[0]!.position,
    ended: end.ended,
    continuedOn: end.continuedOn,
    jumps: end.jumps,
  });
}

/** A display group read as a subhead of the body it stands in. */
export function subheadNode(unit: UnitNode): SubheadNode {
  return { ...unit, type: 'subhead' };
}

/** A display group read as a paragraph (a data box's period label). */
export function paragraphNode(unit: UnitNode): ParagraphNode {
  return { ...unit, type: 'paragraph' };
}

/** Add `part` at the end of `body`'s text. */
export function appendPart(body: BodyNode, part: ParagraphNode): void {
  body.children.push(part);
  place(body);
}

/** Record a jump line printed after `body` as where it continues. */
export function appendJump(body: BodyNode, jump: JumpNode, page: number): void {
  body.continuedOn = page;
  body.jumps.push(jump);
  body.ended = 'jump';
  place(body);
}

/** Put `part` first in `body` (a box label or an opening subhead over its text). */
export function prependPart(body: BodyNode, part: ParagraphNode | SubheadNode): void {
  body.children.unshift(part);
  place(body);
}

/** Continue `before` with the parts between the two bodies and the body after it; `after` is used up. */
export function joinBodies(before: BodyNode, between: Array<ParagraphNode | SubheadNode>, after: BodyNode): void {
  before.children.push(...between, ...after.children);
  before.ended = after.ended;
  before.continuedOn = after.continuedOn;
  before.jumps.push(...after.jumps);
  place(before);
}

/** Cut a body before its part `k`: the head ends with no mark; the tail keeps how the body ended. */
export function splitBody(body: BodyNode, k: number): [BodyNode, BodyNode] {
  return [bodyNode(body.children.slice(0, k)), bodyNode(body.children.slice(k), body)];
}
