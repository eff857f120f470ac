import { describe, expect, it } from 'vitest';
import { parsePage } from '../../scripts/lib/parse/parse-page.ts';

// The orphan-run split (scripts/lib/parse/items/split-bodies.ts): a body whose headline is
// restated at its start but not once in a run of paragraphs at the far end, which share
// wording of their own, is two articles. Each threshold is pinned from both sides on pages
// in the paragraph layout (one paragraph per line), where nothing but wording can split.

const HEAD = '临沂开通首条跨省冷链班列';
// Wording shared by every paragraph: none of the headline's pairs, and found on both sides, so never a run's own.
const FILLER = '记者在现场看到，工作人员正在有序忙碌，各项准备工作已经基本就绪，相关负责人介绍了下一步的安排。';
// Each 班列 restates one pair of the headline (班列); paragraphs of the first article carry `n` of them.
const restating = (n: number): string => `${'班列，'.repeat(n)}${FILLER}`;
// A run paragraph: a place name of its own (遂昌) or one found in no other paragraph.
const about = (word: string): string => `${word}，${FILLER}`;
const ONE_OFF = ['竹林', '茶园', '渔港', '果园', '牧场', '花田'];

function items(paragraphs: string[], headAfter = false) {
  const body = paragraphs.flatMap((p) => [p, '']);
  const lines = headAfter ? [...body, HEAD, ''] : [HEAD, '', ...body];
  return parsePage(lines.join('\n')).page.items;
}

/** Run paragraphs, `anchored` of them naming 遂昌 and the rest a word of their own. */
function run(length: number, anchored: number): string[] {
  return Array.from({ length }, (_, i) => (i < anchored ? about('遂昌') : about(ONE_OFF[i]!)));
}

describe('orphan-run split', () => {
  it('splits off a run of three unrestating paragraphs with a place of their own, untitled', () => {
    const got = items([restating(2), restating(1), ...run(3, 3)]);
    expect(got.map((i) => [i.title, i.body.length])).toEqual([
      [HEAD, 2],
      [null, 3],
    ]);
  });

  it('leaves a run of two paragraphs in the article (at least three make another article)', () => {
    expect(items([restating(2), restating(1), restating(1), ...run(2, 2)]).map((i) => i.title)).toEqual([HEAD]);
  });

  it('keeps at least two paragraphs on the headline side', () => {
    expect(items([restating(3), ...run(3, 3)]).map((i) => i.title)).toEqual([HEAD]);
    expect(items([restating(2), restating(1), ...run(3, 3)]).map((i) => i.title)).toEqual([HEAD, null]);
  });

  it('needs the headline restated at least three times before the run', () => {
    expect(items([restating(1), restating(1), ...run(3, 3)]).map((i) => i.title)).toEqual([HEAD]);
    expect(items([restating(2), restating(1), ...run(3, 3)]).map((i) => i.title)).toEqual([HEAD, null]);
  });

  it('needs a pair of the run in at least three of its paragraphs', () => {
    expect(items([restating(2), restating(1), ...run(3, 2)]).map((i) => i.title)).toEqual([HEAD]);
    expect(items([restating(2), restating(1), ...run(4, 3)]).map((i) => i.title)).toEqual([HEAD, null]);
  });

  it('needs that pair in at least 60% of a longer run (four of six)', () => {
    expect(items([restating(2), restating(1), ...run(6, 3)]).map((i) => i.title)).toEqual([HEAD]);
    expect(items([restating(2), restating(1), ...run(6, 4)]).map((i) => i.title)).toEqual([HEAD, null]);
  });

  it('does not split when the run’s own wording is found before it too (one article that stops restating its headline)', () => {
    const rest = [restating(2), `遂昌，${restating(1)}`];
    expect(items([...rest, ...run(3, 3)]).map((i) => i.title)).toEqual([HEAD]);
  });

  it('walks in from the start when the headline follows its body', () => {
    const got = items([...run(3, 3), restating(1), restating(2)], true);
    expect(got.map((i) => [i.title, i.body.length])).toEqual([
      [null, 3],
      [HEAD, 2],
    ]);
  });
});
