import { parseJumpLine } from '../recognize/index.ts';
import { parseLeadHead } from '../recognize/lead-head.ts';
import type { UnitNode } from '../tree/types.ts';
import { endMark, type EndMark } from './end-marks.ts';
import { opensReport } from './reflow.ts';
import { rawParagraph } from './unit-text.ts';

/**
 * Segmentation: the unit sequence becomes blocks. Body text splits into separate bodies
 * where one report ends and another begins: before an opening credit (本报讯…), after a
 * closing mark (（记者 X）, … 摄, ·广告, （下转第N版）) and at a frame break (two blank
 * lines). Everything else
 * (display groups, bylines, page credits, separators) is a block of its own.
 */

/** One part of a body: a paragraph or a subhead (a display group inside the article). */
export interface BodyPart {
  kind: 'paragraph' | 'subhead';
  unit: UnitNode;
}

/** A run of body text that belongs to one item. */
export interface BodyBlock {
  type: 'body';
  parts: BodyPart[];
  /** The closing mark the body ended with, if any. */
  ended: EndMark | null;
  continuedOn: number | null;
  /** Jump lines printed on their own line after the body (consumed into `continuedOn`). */
  jumps: UnitNode[];
}

/** A block that is not body text. */
export interface OtherBlock {
  type: 'display' | 'byline' | 'page-credits' | 'separator' | 'jump';
  unit: UnitNode;
}

export type Block = BodyBlock | OtherBlock;

function newBody(): BodyBlock {
  return { type: 'body', parts: [], ended: null, continuedOn: null, jumps: [] };
}

/** Group units into blocks. */
export function segment(units: UnitNode[]): Block[] {
  const blocks: Block[] = [];
  let body: BodyBlock | null = null;
  for (const unit of units) {
    if (unit.kind === 'paragraph') {
      const raw = rawParagraph(unit);
      // An editor's sign-off closes the note box at the top of a piece; the piece's text follows in the same body.
      // A short item led by its bracketed head (`【…】3月8日，…`) starts afresh like a report.
      if (
        body === null ||
        (body.ended !== null && body.ended !== 'box') ||
        unit.breakBefore ||
        opensReport(raw) ||
        parseLeadHead(raw) !== null
      ) {
        body = newBody();
        blocks.push(body);
      }
      body.parts.push({ kind: 'paragraph', unit });
      body.ended = endMark(raw);
      if (body.ended === 'jump') body.continuedOn = parseJumpLine(raw)?.page ?? null;
      continue;
    }
    if (unit.kind === 'jump' && body !== null && body.continuedOn === null) {
      const jump = parseJumpLine(rawParagraph(unit));
      if (jump && jump.direction === 'to') {
        body.continuedOn = jump.page;
        body.jumps.push(unit);
        body.ended = 'jump';
        continue;
      }
    }
    body = null;
    blocks.push({ type: unit.kind as OtherBlock['type'], unit });
  }
  return blocks;
}
