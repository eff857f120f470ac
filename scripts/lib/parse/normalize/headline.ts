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

const QUOTES = /^[“”‘’「」『』《》]$/u;
const QUOTES_ALL = /[“”‘’「」『』《》]/gu;

/** Normalize a headline: collapse letter-spacing, drop extraction spaces, keep one space between two multi-character phrases. */
export function normalizeHeadline(text: string): string {
  // A headline wraps anywhere, even inside a word (`越来` / `越热闹`), so its lines join without a space.
  const folded = foldFullwidth(text.replace(/[ \t\u00a0\u3000]*\n\s*/gu, '').trim());
  // Folding again at the end reaches a decimal point or colon that only the removed spaces kept from its digits (`2019 ：Ａ`).
  return foldFullwidth(collapseLetterSpacing(folded) ?? spaceOutPhrases(folded));
}

/** Each run of spaces goes, or stays as one space where it parts two phrases or two words of Latin script. */
function spaceOutPhrases(folded: string): string {
  return folded.replace(RUN, (run, offset: number, whole: string) => {
    const before = whole[offset - 1];
    const after = whole[offset + run.length];
    // A gap between two phrases stays when one of them is quoted (`电商“慕课” 助农脱贫`, `跨省协同 “一张蓝图”绘到底`).
    const phraseEdge = (ch: string | undefined): boolean => ch !== undefined && (isHan(ch) || QUOTES.test(ch));
    if (phraseEdge(before) && phraseEdge(after) && (QUOTES.test(before!) || QUOTES.test(after!))) {
      const left = (whole.slice(0, offset).split(RUN).pop() ?? '').replace(QUOTES_ALL, '');
      const right = (whole.slice(offset + run.length).split(RUN)[0] ?? '').replace(QUOTES_ALL, '');
      return [...left].length >= 2 && [...right].length >= 2 ? ' ' : '';
    }
    if (isCjkPunct(before) || isCjkPunct(after)) return '';
    if (isAlnum(before) && isAlnum(after)) return ' ';
    if (isHan(before) && isHan(after)) {
      const left = whole.slice(0, offset).split(RUN).pop() ?? '';
      const right = whole.slice(offset + run.length).split(RUN)[0] ?? '';
      // A lone character on either side is tracking or a split name, not a phrase.
      return [...left].length >= 2 && [...right].length >= 2 ? ' ' : '';
    }
    // A gap before a number printed tight to its unit parts two phrases (`38家中介被惩 90余家自停业`):
    // extraction spaces a number on both sides (`被惩 90 余家`), never only before it.
    if (isHan(before) && /^[0-9][0-9.]*\p{Script=Han}/u.test(whole.slice(offset + run.length))) {
      const left = whole.slice(0, offset).split(RUN).pop() ?? '';
      return /\p{Script=Han}{2}$/u.test(left) ? ' ' : '';
    }
    if (isHan(before) || isHan(after)) return '';
    return ' ';
  });
}
