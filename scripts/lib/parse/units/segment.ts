import { parseJumpLine } from '../recognize/index.ts';
import { parseLeadHead } from '../recognize/lead-head.ts';
import { appendJump, appendPart, bodyNode } from '../tree/body.ts';
import type { Block, BodyNode, JumpNode, ParagraphNode, UnitNode } from '../tree/types.ts';
import { endMark } from './end-marks.ts';
import { opensReport } from './reflow.ts';
import { rawParagraph } from './unit-text.ts';

/**
 * Segmentation: the unit sequence becomes blocks. Body text splits into separate bodies
 * where one report ends and another begins: before an opening credit (本报讯…), after a
 * closing mark (（记者 X）, … 摄, ·广告, （下转第N版）) and at a frame break (two blank
 * lines). Everything else
 * (display groups, bylines, page credits, separators) is a block of its own.
 */

/** Group units into blocks. */
export function segment(units: UnitNode[]): Block[] {
  const blocks: Block[] = [];
  let body: BodyNode | null = null;
  for (const unit of units) {
    if (unit.type === 'paragraph') {
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
        body = bodyNode([unit as ParagraphNode]);
        blocks.push(body);
      } else appendPart(body, unit as ParagraphNode);
      body.ended = endMark(raw);
      if (body.ended === 'jump') body.continuedOn = parseJumpLine(raw)?.page ?? null;
      continue;
    }
    if (unit.type === 'jump' && body !== null && body.continuedOn === null) {
      const jump = parseJumpLine(rawParagraph(unit));
      if (jump && jump.direction === 'to') {
        appendJump(body, unit as JumpNode, jump.page);
        continue;
      }
    }
    body = null;
    blocks.push(unit as Exclude<Block, BodyNode>);
  }
  return blocks;
}
