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
  // Sorted once, every count "within ±1.5 em of v" is a window of the sorted list, found
  // by two pointers: n log n where counting against every width was quadratic (callers
  // pass short windows here, but nothing stops a caller passing a whole page).
  const sorted = [...widths].sort((a, b) => a - b);
  let best = 0;
  let bestCount = -1;
  for (let i = 0, lo = 0, hi = 0; i < sorted.length; i++) {
    const v = sorted[i];
    // The same comparisons as |w - v| <= TOLERANCE, so rounding cannot move a border.
    while (v - sorted[lo] > TOLERANCE) lo++;
    while (hi < sorted.length && sorted[hi] - v <= TOLERANCE) hi++;
    const count = hi - lo;
    // The most shared width; among equals the larger, as scanning in any order with
    // "more, or as many and larger" would pick.
    if (count > bestCount || (count === bestCount && v > best)) {
      best = v;
      bestCount = count;
    }
  }
  // Short paragraphs have as many indented first lines (two ems short) and last lines as
  // full ones, so the most shared width can be a first-line width: a well-supported group
  // of lines one to three ems wider is the real column.
  const wider = sorted.filter((w) => w > best + TOLERANCE && w <= best + 3);
  if (wider.length >= Math.max(3, widths.length * 0.25)) {
    best = wider[Math.floor((wider.length - 1) * 0.5)];
  }
  // Within the winning cluster, full lines are the longer ones (shorter ones are indented
  // first lines or squeezed by punctuation): take its upper quartile.
  const cluster = sorted.filter((w) => Math.abs(w - best) <= TOLERANCE);
  return cluster[Math.floor((cluster.length - 1) * 0.75)] ?? best;
}

/**
 * Set `data.measure` on every line from the text lines around it. The window stops at
 * credits, bylines and frame breaks (two blank lines), which end one article's column.
 *
 * Each line's window is its own width (a text line of 4 ems or more), up to WINDOW widths
 * of the same column before it and up to WINDOW after it; lines under 4 ems count for
 * nothing. Walking out from every line until the window filled went back to the top of
 * the page when the lines were narrow (80,000 one-character lines: minutes). Instead two
 * passes carry the last widths seen since the previous stop (forward) and the first
 * widths until the next stop (backward), so each line's window costs O(WINDOW).
 */
export function measureColumns(lines: LineNode[]): void {
  const stops = (l: LineNode): boolean => l.data.kind !== 'text' || l.data.gap >= 2;
  const counts = (l: LineNode): boolean => l.data.kind === 'text' && l.data.width >= 4;

  // Before each line: the widths of counting lines since the last stop, nearest first,
  // at most WINDOW + 1 of them (the window before a line holds WINDOW + 1 widths, its own included).
  const before: number[][] = new Array(lines.length);
  let since: number[] = [];
  lines.forEach((line, i) => {
    before[i] = since;
    if (stops(line)) since = [];
    else if (counts(line)) since = [line.data.width, ...since.slice(0, WINDOW)];
  });
  // After each line: the widths of counting lines up to the next stop, nearest first, at most WINDOW.
  let until: number[] = [];
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i];
    const after = until;
    if (stops(line)) until = [];
    else if (counts(line)) until = [line.data.width, ...until.slice(0, WINDOW - 1)];

    const widths: number[] = [];
    if (counts(line)) widths.push(line.data.width);
    // A line that opens a frame (two blank lines above it) looks only at itself and below.
    if (line.data.gap < 2) widths.push(...before[i].slice(0, WINDOW + 1 - widths.length));
    widths.push(...after);
    line.data.measure = widths.length > 0 ? typicalWidth(widths) : line.data.width;
  }
}
