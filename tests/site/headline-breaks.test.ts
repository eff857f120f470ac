// Headline units: a line may break between them, never inside. They must give
// back the headline exactly, never cut a word of the segmenter, and never let
// one character stand alone as a unit (it could then stand alone on a line).
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { headlineUnits, letterCount, segmentWords } from '../../src/lib/headline-breaks.ts';

/** Offsets (in UTF-16 units) where one unit ends and the next begins. */
function breaks(units: string[]): number[] {
  const out: number[] = [];
  let at = 0;
  for (const unit of units.slice(0, -1)) out.push((at += unit.length));
  return out;
}

/** Offsets strictly inside a segmenter word. */
function insideWords(text: string): Set<number> {
  const inside = new Set<number>();
  let at = 0;
  for (const word of segmentWords(text)) {
    for (let i = 1; i < word.text.length; i++) inside.add(at + i);
    at += word.text.length;
  }
  return inside;
}

const headline = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '提高',
        '服务',
        '效率',
        '点燃',
        '大',
        '聊',
        '之',
        '城',
        '“',
        '”',
        '，',
        '——',
        ' ',
        '《',
        '》',
        '3.5',
        '%',
        'GDP',
        '习',
        '近平',
        '年',
        '（',
        '）',
        '+',
        '保税',
        '繁荣',
      ),
      fc.string({ minLength: 1, maxLength: 3 }),
    ),
    { maxLength: 20 },
  )
  .map((parts) => parts.join(''));

describe('headlineUnits', () => {
  test('the reported breaks: 效率 and 点燃 stay whole', () => {
    expect(headlineUnits('改进工作作风 提高服务效率')).not.toContain('效');
    expect(breaks(headlineUnits('提高服务效率'))).not.toContain(5);
    expect(headlineUnits('把好经济生命线 点燃发展主引擎').some((unit) => unit.includes('点燃'))).toBe(true);
  });

  test('punctuation goes with its word: opening marks with the word after, closing marks with the word before', () => {
    expect(headlineUnits('共赴“大聊之城”共享两河繁荣')).toEqual(['共赴', '“大聊之城”', '共享', '两河繁荣']);
  });

  test('a lone character joins the next word, and the last two units are one', () => {
    const units = headlineUnits('习近平向拉美和加勒比国家共同体第九届峰会致贺信');
    expect(units[0]).toBe('习近平');
    expect(units.at(-1)).toBe('峰会致贺信');
  });

  test('units give back the headline exactly, whatever it is', () => {
    fc.assert(
      fc.property(headline, (text) => {
        expect(headlineUnits(text).join('')).toBe(text);
      }),
    );
  });

  test('no break falls inside a word of the segmenter', () => {
    fc.assert(
      fc.property(headline, (text) => {
        const inside = insideWords(text);
        expect(breaks(headlineUnits(text)).filter((at) => inside.has(at))).toEqual([]);
      }),
    );
  });

  test('every unit holds at least two letters once the headline does', () => {
    fc.assert(
      fc.property(headline, (text) => {
        const units = headlineUnits(text);
        if (units.length > 1) expect(units.filter((unit) => letterCount(unit) < 2)).toEqual([]);
      }),
    );
  });
});
