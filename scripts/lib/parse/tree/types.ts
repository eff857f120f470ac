import type { Node, Parent, Position } from 'unist';
import type { EndMark } from '../units/end-marks.ts';

/**
 * The page tree: a unist tree the parser plugins build step by step, as an mdast tree is
 * built. The parser makes one `line` per printed line; reflow groups lines into units
 * (paragraphs, display groups, bylines, credits); segmentation groups paragraphs and the
 * subheads between them into `body` nodes; attachment gathers each body with its headline,
 * bylines and column head into an `item` node, and the compiler emits the parsed page from
 * the items and what is left (page furniture, consumed marks). Every node keeps its position
 * in the raw page, so warnings point at the text.
 */

/** Extraction layouts (see docs/parser.md). */
export type Layout = 'spaced' | 'wrapped' | 'paragraph';

/** What a printed line is, as far as the line alone (and its neighbours) can tell. */
export type LineKind = 'text' | 'display' | 'hint' | 'separator' | 'byline' | 'page-credits' | 'jump' | 'photo-credit' | 'credit';

/** One non-blank printed line. */
export interface LineNode extends Node {
  type: 'line';
  /** The line as printed, without the line break. */
  value: string;
  position: Position;
  data: {
    /** Blank lines between this line and the previous non-blank one. */
    gap: number;
    kind: LineKind;
    /** Width in ems (see measure.ts). */
    width: number;
    /** Typical full line width of the column this line sits in, in ems. */
    measure: number;
  };
}

/** Units reflow makes from lines. */
export type ReflowType = 'paragraph' | 'display' | 'byline' | 'page-credits' | 'jump' | 'separator';

/**
 * What a unit is read as. Reflow makes the first six; segmentation reads a display group
 * inside a body as a `subhead`; attachment reads display groups as an item's `headline`
 * or `column` head, or as the page's `page-head`.
 */
export type UnitType = ReflowType | 'subhead' | 'headline' | 'column' | 'page-head';

/** A run of lines that reads as one thing: a paragraph, a display group, a byline, a credit line. */
export interface UnitNode<T extends UnitType = UnitType> extends Parent {
  type: T;
  children: LineNode[];
  position: Position;
  /** True when a frame break (two or more blank lines, a change of column width) precedes the unit. */
  breakBefore: boolean;
  /** For display units: the group holds a `#` hint line. */
  hinted: boolean;
}

export type ParagraphNode = UnitNode<'paragraph'>;
export type DisplayNode = UnitNode<'display'>;
export type BylineNode = UnitNode<'byline'>;
export type JumpNode = UnitNode<'jump'>;
/** A display group inside an article (小标题, a box label). */
export type SubheadNode = UnitNode<'subhead'>;
export type HeadlineNode = UnitNode<'headline'>;
export type ColumnNode = UnitNode<'column'>;

/** A run of body text that belongs to one item: its paragraphs and subheads, in print order. */
export interface BodyNode extends Parent {
  type: 'body';
  children: Array<ParagraphNode | SubheadNode>;
  /** From the first paragraph to the last one or to the last jump line. */
  position: Position;
  /** The closing mark the body ended with, if any. */
  ended: EndMark | null;
  continuedOn: number | null;
  /** Jump lines printed on their own line after the body, consumed into `continuedOn` (kept for their lines). */
  jumps: JumpNode[];
}

/** A node between segmentation and attachment: a body or a unit that is not body text. */
export type Block = BodyNode | UnitNode<Exclude<ReflowType, 'paragraph'>>;

/**
 * One item of the page. Its children are read in this order: the column head, the
 * headline, the bylines (the headline's, the column head's, then the body's, each in print
 * order) and the body; a teaser has no body.
 */
export interface ItemNode extends Parent {
  type: 'item';
  children: Array<ColumnNode | HeadlineNode | BylineNode | BodyNode>;
  /** From the first printed line of its children to the last. */
  position: Position;
  data: {
    /** Line where the item starts in reading order (see attach.ts). */
    start: number;
    /** How strongly its headline was attached to its body (adjacency + wording); 0 when it has none of the two. */
    score: number;
  };
}

/** What the page holds after attachment: items in reading order among what no item took (page furniture, consumed marks). */
export type PageChild = ItemNode | UnitNode<'page-credits' | 'page-head' | 'column' | 'byline' | 'separator' | 'jump'>;

/** Root of the page tree: lines after parsing, units after reflow, blocks after segmentation, items after attachment. */
export interface PageRoot extends Parent {
  type: 'page';
  children: Array<LineNode | UnitNode | Block | PageChild>;
  data: { layout: Layout };
}
