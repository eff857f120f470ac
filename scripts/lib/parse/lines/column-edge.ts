import { endsSentence } from '../recognize/index.ts';
import type { Layout, LineNode } from '../tree/types.ts';

/**
 * True when line `i` is a clause wrapped at the column's edge, the way a subhead set like a
 * paragraph is (`维修先行垫付，制度保证资` / `金回笼`): it fills its column (or, as a
 * paragraph's first line, all of it but the two-em indent), between body text, and a short
 * line printed right under it finishes it without any sentence end. That short line is
 * no byline, and the two lines are a paragraph of their own. (A headline is broken where
 * its phrases break, not where the column ends.)
 */
export function wrapsAtColumnEdge(lines: LineNode[], i: number, layout: Layout): boolean {
  const [prev, line, next, after] = [lines[i - 1], lines[i]!, lines[i + 1], lines[i + 2]];
  if (layout !== 'wrapped' || next === undefined || !['text', 'display'].includes(next.data.kind) || next.data.gap !== 0) return false;
  const { width, measure } = line.data;
  const t = line.value.trim();
  const fills = (w: number): boolean => Math.abs(w - measure) <= 0.5 || Math.abs(w - (measure - 2)) <= 0.5;
  // Body text stands on both sides: the column is the body's, not a head's own width.
  const inBody = prev?.data.kind === 'text' && after?.data.kind === 'text' && after.data.width >= measure - 2.5;
  return (
    inBody &&
    /[，,、]./u.test(t) &&
    !endsSentence(t) &&
    fills(width) &&
    next.data.width <= measure - 4 &&
    !/[。！？；!?;]/u.test(next.value)
  );
}
