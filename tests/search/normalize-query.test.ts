import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { normalizeQuery } from '../../src/lib/search/normalize-query.ts';
import { foldWidth } from '../../src/lib/search/fold-width.ts';
import { foldFullwidth } from '../../scripts/lib/parse/normalize/fullwidth.ts';
import { toSimplified } from '../../src/lib/search/to-simplified.ts';
import { queryPieces } from '../../src/lib/search/query-pieces.ts';

describe('foldWidth', () => {
  test.each([
    ['１２３４５', '12345'],
    ['ＧＤＰ', 'GDP'],
    ['ｒｃｅｐ', 'rcep'],
    ['温州　热线', '温州 热线'],
    ['１２３４５热线', '12345热线'],
    ['＂长三角＂', '"长三角"'],
  ])('%s → %s', (input, output) => expect(foldWidth(input)).toBe(output));

  test('leaves Chinese text and CJK-only punctuation alone (full-width ， folds; Pagefind drops punctuation anyway)', () => {
    expect(foldWidth('长三角，一体化。“热线”、《方案》')).toBe('长三角,一体化。“热线”、《方案》');
  });

  test('is idempotent and never leaves a full-width ASCII form', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0x20, max: 0xffef }), { maxLength: 40 }), (codes) => {
        const s = String.fromCharCode(...codes);
        const once = foldWidth(s);
        expect(foldWidth(once)).toBe(once);
        expect(/[\uFF01-\uFF5E\u3000]/.test(once)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  // The article text is folded at ingest by the parser's foldFullwidth, which folds
  // fewer forms (CJK punctuation stays). A query meets the text only if folding the
  // text first changes nothing the query's folding would not do anyway.
  test("is a superset of ingest's folding: the same result whether or not ingest folded first", () => {
    const fullwidthHeavy = fc.oneof(
      fc.integer({ min: 0xff01, max: 0xff5e }),
      fc.integer({ min: 0x20, max: 0x7e }),
      fc.constantFrom(0x3000, 0x4e2d, 0x3002, 0xff61),
    );
    fc.assert(
      fc.property(fc.array(fullwidthHeavy, { maxLength: 40 }), (codes) => {
        const s = String.fromCharCode(...codes);
        expect(foldWidth(foldFullwidth(s))).toBe(foldWidth(s));
      }),
      { numRuns: 500 },
    );
  });
});

describe('toSimplified', () => {
  test.each([
    ['熱線', '热线'],
    ['長三角一體化', '长三角一体化'],
    ['聊城日報', '聊城日报'],
    ['裡面', '里面'], // Taiwan variant
    ['發展', '发展'],
    ['乾隆', '乾隆'], // phrase dictionary: 乾 stays in a name
    ['干部', '干部'],
    ['12345 GDP', '12345 GDP'],
  ])('%s → %s', (input, output) => expect(toSimplified(input)).toBe(output));
});

describe('normalizeQuery', () => {
  test('traditional and full-width input becomes what the archive prints, and says so', () => {
    const n = normalizeQuery('１２３４５熱線');
    expect(n.query).toBe('12345热线');
    expect(n.folded).toEqual({ width: true, script: true, quotesDropped: false });
  });

  test.each(['"长三角一体化"', '“长三角一体化”', '「长三角一体化」', '『长三角一体化』', '＂长三角一体化＂', ' " 长三角一体化 " '])(
    'a wholly quoted query is a phrase: %s',
    (input) => {
      const n = normalizeQuery(input);
      expect(n).toMatchObject({ query: '"长三角一体化"', terms: '长三角一体化', phrase: true });
    },
  );

  test('partial quotes are dropped (Pagefind cannot mix phrase and words) and reported', () => {
    const n = normalizeQuery('"长三角" 发展');
    expect(n).toMatchObject({ query: '长三角 发展', phrase: false });
    expect(n.folded.quotesDropped).toBe(true);
  });

  test('whitespace is collapsed; an empty query stays empty', () => {
    expect(normalizeQuery('  温州 \t 热线 ').query).toBe('温州 热线');
    expect(normalizeQuery('   ').query).toBe('');
    expect(normalizeQuery('""').phrase).toBe(false);
  });
});

describe('queryPieces', () => {
  test('splits like Pagefind (Intl.Segmenter, punctuation dropped, lower case)', () => {
    expect(queryPieces('12345热线')).toEqual(['12345', '热线']);
    expect(queryPieces('温州，热线。')).toEqual(['温州', '热线']);
    expect(queryPieces('RCEP')).toEqual(['rcep']);
    expect(queryPieces('长三角').join('')).toBe('长三角');
  });
});
