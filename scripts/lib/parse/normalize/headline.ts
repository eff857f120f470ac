import { isAlnum, isCjkPunct, isHan } from './chars.ts';
import { foldFullwidth } from './fullwidth.ts';
import { collapseLetterSpacing } from './letter-spacing.ts';

/**
 * Headline normalization. Unlike body text, a Chinese headline may print a real gap
 * between two phrases (`市场回暖 活力渐显`, `安徽淮北：葵花开 引客来`), which carries
 * meaning and is kept as one space; letter-spacing and spaces around punctuation or
 * between a number and its unit (`2019 年`) are extraction noise and go.
 */

const RUN = /[ \t\u00a0\u3000]+/gu;

/** Normalize a headline: collapse letter-spacing, drop extraction spaces, keep one space between two multi-character phrases. */
export function normalizeHeadline(text: string): string {
  // A headline wraps anywhere, even inside a word (`越来` / `越热闹`), so its lines join without a space.
  const folded = foldFullwidth(text.replace(/[ \t\u00a0\u3000]*\n\s*/gu, '').trim());
  const collapsed = collapseLetterSpacing(folded);
  if (collapsed !== null) return collapsed;
  return folded.replace(RUN, (run, offset: number, whole: string) => {
    const before = whole[offset - 1];
    const after = whole[offset + run.length];
    if (isCjkPunct(before) || isCjkPunct(after)) return '';
    if (isAlnum(before) && isAlnum(after)) return ' ';
    if (isHan(before) && isHan(after)) {
      const left = whole.slice(0, offset).split(RUN).pop() ?? '';
      const right = whole.slice(offset + run.length).split(RUN)[0] ?? '';
      // A lone character on either side is tracking or a split name, not a phrase.
      return [...left].length >= 2 && [...right].length >= 2 ? ' ' : '';
    }
    if (isHan(before) || isHan(after)) return '';
    return ' ';
  });
}
