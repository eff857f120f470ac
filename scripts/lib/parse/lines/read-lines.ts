import type { Layout, LineNode } from '../tree/types.ts';
import { displayWidth } from './measure.ts';

/**
 * Turning raw page text into positioned line nodes. Blank lines are not kept as nodes:
 * what matters about them is how many separate two printed lines (`gap`).
 */

/** Split raw page text into non-blank line nodes with positions and blank-line gaps. */
export function readLines(text: string): LineNode[] {
  const raw = text.replace(/^\uFEFF/u, '').split(/\r\n|\r|\n/u);
  const out: LineNode[] = [];
  let gap = 0;
  let offset = text.startsWith('\uFEFF') ? 1 : 0;
  raw.forEach((value, index) => {
    const start = offset;
    offset += value.length + (text.slice(offset + value.length, offset + value.length + 2) === '\r\n' ? 2 : 1);
    if (value.trim() === '') {
      if (out.length > 0) gap++;
      return;
    }
    const lead = value.length - value.trimStart().length;
    out.push({
      type: 'line',
      value,
      position: {
        start: { line: index + 1, column: lead + 1, offset: start + lead },
        end: { line: index + 1, column: value.trimEnd().length + 1, offset: start + value.trimEnd().length },
      },
      data: { gap, kind: 'text', width: displayWidth(value), measure: 0 },
    });
    gap = 0;
  });
  return out;
}

/** No newspaper column (≈ 10–30 ems) is this wide: a line of 45 ems or more is a whole paragraph. */
export const PARAGRAPH_LINE_WIDTH = 45;

/**
 * Tell the three extraction layouts apart: `spaced` (every printed line followed by a
 * blank line), `paragraph` (one paragraph per line) and `wrapped` (hard-wrapped lines,
 * blank lines at column breaks).
 */
export function detectLayout(lines: LineNode[]): Layout {
  if (lines.length === 0) return 'wrapped';
  // Judge on body-sized lines: headlines, bylines and credits are short in every layout.
  const widths = lines
    .map((l) => l.data.width)
    .filter((w) => w > 12)
    .sort((a, b) => a - b);
  const median = widths[Math.floor(widths.length / 2)] ?? 0;
  // Paragraph-per-line text has lines far longer than any newspaper column.
  // An interview's short questions or a page of short items can pull the median down, but
  // a fifth of the lines that wide cannot come from a column of any layout.
  const long = widths.filter((w) => w >= PARAGRAPH_LINE_WIDTH).length;
  if (median >= PARAGRAPH_LINE_WIDTH || long >= Math.max(2, widths.length * 0.2)) return 'paragraph';
  const tight = lines.slice(1).filter((l) => l.data.gap === 0).length;
  return tight / lines.length < 0.25 ? 'spaced' : 'wrapped';
}
