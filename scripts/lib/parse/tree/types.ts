import type { Node, Parent, Position } from 'unist';

/**
 * The page tree: a unist tree the parser plugins build step by step. The parser makes
 * one `line` per printed line; reflow groups lines into units (paragraphs, display
 * groups, credits); segmentation groups paragraphs into bodies; attachment makes items.
 * Every node keeps its position in the raw page, so warnings point at the text.
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

/** Kinds of unit reflow produces. */
export type UnitKind = 'paragraph' | 'display' | 'byline' | 'page-credits' | 'jump' | 'separator';

/** A run of lines that reads as one thing: a paragraph, a display group, a byline, a credit line. */
export interface UnitNode extends Parent {
  type: 'unit';
  kind: UnitKind;
  children: LineNode[];
  position: Position;
  /** True when a frame break (two or more blank lines, a change of column width) precedes the unit. */
  breakBefore: boolean;
  /** For display units: the hint level when the group holds a `#` line. */
  hinted: boolean;
}

/** Root of the page tree. */
export interface PageRoot extends Parent {
  type: 'page';
  children: Array<LineNode | UnitNode>;
  data: { layout: Layout };
}
