import { describe, expect, test } from 'vitest';
import { formatRanges, mergeRanges, sliceLines } from '../../src/lib/raw-pages.ts';

const page = ['标题', '', '第一行', '', '第二行', '另一篇', '', '', '第三篇'].join('\n');

describe('raw page excerpts', () => {
  test('ranges separated only by blank lines merge; others stay apart', () => {
    expect(
      mergeRanges(page, [
        [3, 3],
        [1, 1],
        [5, 5],
      ]),
    ).toEqual([[1, 5]]);
    expect(
      mergeRanges(page, [
        [1, 3],
        [9, 9],
      ]),
    ).toEqual([
      [1, 3],
      [9, 9],
    ]);
    expect(
      mergeRanges(page, [
        [1, 1],
        [5, 6],
      ]),
    ).toEqual([
      [1, 1],
      [5, 6],
    ]);
  });

  test('slices 1-based inclusive line ranges', () => {
    expect(
      sliceLines(page, [
        [3, 5],
        [9, 9],
      ]),
    ).toEqual(['第一行\n\n第二行', '第三篇']);
  });

  test('formats ranges for readers', () => {
    expect(
      formatRanges([
        [1, 5],
        [9, 9],
      ]),
    ).toBe('1–5、9');
  });
});
