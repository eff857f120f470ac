/** Pure text normalizers for raw Chinese newspaper text (see docs/parser-recognizers.md). */
export { CJK_PUNCT, isAlnum, isCjk, isCjkPunct, isHan, visibleLength } from './chars.ts';
export { foldFullwidth } from './fullwidth.ts';
export { normalizeHeadline } from './headline.ts';
export { collapseLetterSpacing } from './letter-spacing.ts';
export { normalizeSpacing } from './spacing.ts';
export { normalizeText } from './text.ts';
