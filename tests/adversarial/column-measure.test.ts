// The column measure was made linear (issue 12: narrow lines walked back to the top of
// the page). Its results must not change: the old walk is kept here as the oracle and
// compared with the new passes on random pages of lines, narrow ones, stops and frame
// breaks included; then the shape that used to take minutes is measured right (the time it takes is
// the adversarial bench's).
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { measureColumns, typicalWidth } from '../../scripts/lib/parse/lines/column-measure.ts';
import type { LineNode } from '../../scripts/lib/parse/tree/types.ts';

const WINDOW = 8;
const TOLERANCE = 1.5;

/** typicalWidth before issue 12: counts every width against every other. */
function oldTypicalWidth(widths: number[]): number {
  let best = 0;
  let bestCount = -1;
  for (const v of widths) {
    const count = widths.filter((w) => Math.abs(w - v) <= TOLERANCE).length;
    if (count > bestCount || (count === bestCount && v > best)) {
      best = v;
      bestCount = count;
    }
  }
  const wider = widths.filter((w) => w > best + TOLERANCE && w <= best + 3);
  if (wider.length >= Math.max(3, widths.length * 0.25)) best = wider.sort((a, b) => a - b)[Math.floor((wider.length - 1) * 0.5)];
  const cluster = widths.filter((w) => Math.abs(w - best) <= TOLERANCE).sort((a, b) => a - b);
  return cluster[Math.floor((cluster.length - 1) * 0.75)] ?? best;
}

/** measureColumns before issue 12: walks out from every line until its window fills. */
function oldMeasureColumns(lines: LineNode[]): void {
  const stops = (l: LineNode): boolean => l.data.kind !== 'text' || l.data.gap >= 2;
  lines.forEach((line, i) => {
    const widths: number[] = [];
    for (let j = i, n = 0; j >= 0 && n <= WINDOW; j--) {
      if (j < i && stops(lines[j])) break;
      if (lines[j].data.kind === 'text' && lines[j].data.width >= 4) {
        widths.push(lines[j].data.width);
        n++;
      }
      if (j <= i && lines[j].data.gap >= 2) break;
    }
    for (let j = i + 1, n = 0; j < lines.length && n < WINDOW; j++) {
      if (stops(lines[j])) break;
      if (lines[j].data.width >= 4) {
        widths.push(lines[j].data.width);
        n++;
      }
    }
    line.data.measure = widths.length > 0 ? oldTypicalWidth(widths) : line.data.width;
  });
}

// Widths as measure.ts makes them (halves and quarters of an em), narrow ones frequent.
const width = fc.oneof(
  fc.integer({ min: 0, max: 15 }).map((n) => n / 4),
  fc.integer({ min: 8, max: 120 }).map((n) => n / 4),
);
const lineData = fc.record({
  gap: fc.constantFrom(0, 0, 0, 1, 2, 3),
  kind: fc.constantFrom('text', 'text', 'text', 'text', 'display', 'byline', 'credits'),
  width,
});
// Long columns: mostly counting text lines, so windows fill on both sides and the ninth width matters.
const columnLine = fc.record({
  gap: fc.constantFrom(0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2),
  kind: fc.constantFrom('text', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'byline'),
  width: fc.oneof(
    fc.constantFrom(1, 2, 3.5),
    fc.integer({ min: 60, max: 90 }).map((n) => n / 4),
  ),
});
const toLines = (data: Array<{ gap: number; kind: string; width: number }>): LineNode[] =>
  data.map((d, i) => ({
    type: 'line',
    value: 'x',
    position: { start: { line: i + 1, column: 1 }, end: { line: i + 1, column: 2 } },
    data: { ...d, kind: d.kind as LineNode['data']['kind'], measure: 0 },
  }));

describe('column measure (linear) gives what the old walk gave', () => {
  test('typicalWidth on random widths', () => {
    fc.assert(
      fc.property(fc.array(width, { maxLength: 40 }), (widths) => typicalWidth([...widths]) === oldTypicalWidth([...widths])),
      { numRuns: 2000 },
    );
  });

  test('typicalWidth does not reorder its argument', () => {
    const widths = [20, 4, 18.5, 20];
    typicalWidth(widths);
    expect(widths).toEqual([20, 4, 18.5, 20]);
  });

  test('measureColumns on random pages of lines', () => {
    fc.assert(
      fc.property(fc.array(lineData, { maxLength: 80 }), (data) => {
        const fresh = toLines(data);
        const old = toLines(data);
        measureColumns(fresh);
        oldMeasureColumns(old);
        expect(fresh.map((l) => l.data.measure)).toEqual(old.map((l) => l.data.measure));
      }),
      { numRuns: 2000 },
    );
  });

  test('measureColumns on random long columns', () => {
    fc.assert(
      fc.property(fc.array(columnLine, { minLength: 10, maxLength: 60 }), (data) => {
        const fresh = toLines(data);
        const old = toLines(data);
        measureColumns(fresh);
        oldMeasureColumns(old);
        expect(fresh.map((l) => l.data.measure)).toEqual(old.map((l) => l.data.measure));
      }),
      { numRuns: 3000 },
    );
  });

  // The old walk took minutes on this shape; the timeout is a backstop against that coming
  // back, not a speed claim (the time is measured in bench/adversarial.ts, docs/benchmarks.md).
  test('170,000 one-character lines (a 680 KB page) are measured, each to its column', { timeout: 60_000 }, () => {
    const lines = toLines(Array.from({ length: 170_000 }, () => ({ gap: 0, kind: 'text', width: 1 })));
    measureColumns(lines);
    expect(lines.every((l) => l.data.measure === 1)).toBe(true);
  });
});
