import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  collapseLetterSpacing,
  foldFullwidth,
  normalizeHeadline,
  normalizeSpacing,
  normalizeText,
} from '../../scripts/lib/parse/normalize/index.ts';
import * as r from '../../scripts/lib/parse/recognize/index.ts';

// Text made of the characters newspaper pages are made of, so the properties meet the edge cases.
const piece = fc.constantFrom(
  '记者',
  '本报',
  '讯',
  '电',
  '摄',
  '发',
  '广告',
  '（',
  '）',
  '(',
  ')',
  '，',
  '。',
  '、',
  '：',
  '“',
  '”',
  '—',
  '·',
  ' ',
  '  ',
  '\u3000',
  '\n',
  '李',
  '晔',
  '张三',
  '欧阳晓明',
  '2019',
  '年',
  '月',
  '日',
  'GDP',
  '５',
  'Ａ',
  '％',
  '下转第',
  '版',
  '□',
  '■',
  '/',
  '文',
  '图',
  '编辑',
  '美编',
  '据',
  '新华社',
  '北京',
  '数据来源',
  '作者系',
);
const pageText = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(''));
const nonSpace = (s: string): string => s.replace(/[\s\u3000\u00a0]/gu, '');

describe('normalizers never lose or invent characters', () => {
  it('normalizeSpacing changes whitespace only', () => {
    fc.assert(fc.property(pageText, (s) => nonSpace(normalizeSpacing(s)) === nonSpace(s)));
  });
  it('normalizeHeadline changes whitespace and full-width forms only', () => {
    fc.assert(fc.property(pageText, (s) => foldFullwidth(nonSpace(normalizeHeadline(s))) === foldFullwidth(nonSpace(s))));
  });
  it('collapseLetterSpacing changes whitespace only', () => {
    fc.assert(
      fc.property(pageText, (s) => {
        const out = collapseLetterSpacing(s);
        return out === null || nonSpace(out) === nonSpace(s);
      }),
    );
  });
  it('foldFullwidth maps character for character', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => [...foldFullwidth(s)].length === [...s].length));
  });
  it('normalization is idempotent', () => {
    fc.assert(fc.property(pageText, (s) => normalizeText(normalizeText(s)) === normalizeText(s)));
    fc.assert(fc.property(pageText, (s) => normalizeHeadline(normalizeHeadline(s)) === normalizeHeadline(s)));
  });
});

describe('recognizers never throw and return printed text', () => {
  it('on arbitrary page-like text', () => {
    fc.assert(
      fc.property(pageText, (s) => {
        const lead = r.parseLeadCredit(s);
        if (lead) expect(s.trimStart().startsWith(lead.text)).toBe(true);
        const trail = r.parseTrailingCredit(s);
        if (trail) expect(s.trimEnd().endsWith(trail.text)).toBe(true);
        const photo = r.parsePhotoCredit(s);
        if (photo) expect(s.trimEnd().endsWith(photo.text)).toBe(true);
        const ad = r.parseAdvertorialMark(s);
        if (ad) expect(s.trimEnd().endsWith(ad.text)).toBe(true);
        const jump = r.parseJumpLine(s);
        if (jump) expect(s.includes(jump.text)).toBe(true);
        for (const b of [r.parseBylineLine(s), r.parsePageCredits(s)]) void b;
        r.endsSentence(s);
        r.looksLikeHeadlineText(s);
        r.isCaptionHint(s);
      }),
      { numRuns: 2000 },
    );
  });

  it('authors are always plausible person names', () => {
    fc.assert(
      fc.property(pageText, (s) => {
        const lists = [
          r.parseBylineLine(s)?.authors,
          r.parseLeadCredit(s)?.authors,
          r.parseTrailingCredit(s)?.authors,
          r.parsePhotoCredit(s)?.authors,
        ];
        for (const names of lists) for (const name of names ?? []) expect(name).toMatch(/^\p{Script=Han}{2,4}$|·/u);
      }),
      { numRuns: 2000 },
    );
  });
});
