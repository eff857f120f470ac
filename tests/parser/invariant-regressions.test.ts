import { describe, expect, it } from 'vitest';
import { parsePage } from '../../scripts/lib/parse/parse-page.ts';
import { invariantDiff } from './invariant.ts';

// Pages the property test once found characters lost on, shrunk by fast-check; kept so the
// cases stay covered whatever seed the property test draws.
const PAGES = [
  // A byline given to a line tried as a headline that ended up the column head.
  '本报记者 的的 的的\n\n的的的的\n\n的变的我。\n\n新华社记者 的是 摄\n\n的的的的！\n\n的的的的。\n\n的的的的的的的的的的的的的，的的……的的的的的的的的的的的的的的，的的的的的的的的。 ·广告',
  // Two stacked column heads: one printed apart, one at the top of the headline group.
  '的的的的。\n\n的的的的\n\n的产的的\n\n——的放的把的的\n\n的它的的！\n\n的的的的。\n\n的的的的，的的的的的……的的的的……的的的的的的的的的的的的的的的的的的，的的的的的的的。\n\n的的的的。',
  // A full-width minus that an extraction space kept from its number (`－ 5℃`): joined, it folds as a sign.
  '气温－ 5℃',
];

describe('invariant regressions', () => {
  it.each(PAGES.map((p, i) => [i, p]))('page %i loses and duplicates nothing', (_, text) => {
    expect(invariantDiff(text as string, parsePage(text as string).page)).toEqual({ lost: '', duplicated: '', badDecorations: [] });
  });
});
