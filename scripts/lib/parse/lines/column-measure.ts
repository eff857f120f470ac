import type { LineNode } from '../tree/types.ts';

/**
 * Learning the column width. Text is hard-wrapped at the width of its column, which
 * changes from article to article; the full width near a line is the width most of its
 * neighbours share (within an em, since punctuation compression and proportional digits
 * make full lines differ slightly). Paragraph-final lines are shorter and do not win.
 */

const WINDOW = 8;
const TOLERANCE = 1.5;

/** The typical full width of the lines in `widths` (the value most widths lie within ±1.5 em of; larger wins ties). */
export function typicalWidth(widths: number[]): number {
  let best = 0;
  let bestCount = -1;
  for (const v of widths) {
    const count = widths.filter((w) => Math.abs(w - v) <= TOLERANCE).length;
    if (count > bestCount || (count === bestCount && v > best)) {
      best = v;
      bestCount = count;
    }
  }
  // Short paragraphs have as many indented first lines (two ems short) and last lines as
  // full ones, so the most shared width can be a first-line width: a well-supported group
  // of lines one to three ems wider is the real column.
  const wider = widths.filter((w) => w > best + TOLERANCE && w <= best + 3);
  if (wider.length >= Math.max(3, widths.length * 0.25)) {
    best = wider.sort((a, b) => a - b)[Math.floor((wider.length - 1) * 0.5)];
  }
  // Within the winning cluster, full lines are the longer ones (shorter ones are indented
  // first lines or squeezed by punctuation): take its upper quartile.
  const cluster = widths.filter((w) => Math.abs(w - best) <= TOLERANCE).sort((a, b) => a - b);
  return cluster[Math.floor((cluster.length - 1) * 0.75)] ?? best;
}

/**
 * Set `data.measure` on every line from the text lines around it. The window stops at
 * credits, bylines and frame breaks (two blank lines), which end one article's column.
 */
export function measureColumns(lines: LineNode[]): void {
  const stops = (l: LineNode): boolean => l.data.kind !== 'text' || l.data.gap >= 2;
  lines.forEach((line, i) => {
    const widths: number[] = [];
    for (let j = i, n = 0; j >= 0 && n <= WINDOW; j--) {
      if (j < i && stops(lines[j])) break;
      if (lines[j].data.kind === 'text' && lines[j].data.width >= 4) { widths.push(lines[j].data.width); n++; }
      if (j <= i && lines[j].data.gap >= 2) break;
    }
    for (let j = i + 1, n = 0; j < lines.length && n < WINDOW; j++) {
      if (stops(lines[j])) break;
      if (lines[j].data.width >= 4) { widths.push(lines[j].data.width); n++; }
    }
    line.data.measure = widths.length > 0 ? typicalWidth(widths) : line.data.width;
  });
}
