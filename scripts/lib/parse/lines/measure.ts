import { collapseLetterSpacing } from '../normalize/index.ts';

/**
 * Measuring printed lines. Column width is judged in ems: a Han character or full-width
 * mark is one em, an ASCII letter or digit about half of one (newspaper fonts set Latin
 * proportionally). Extraction spaces are not printed matter and count for nothing.
 */

/** Width of a line in ems, ignoring whitespace. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    if (/\s/u.test(ch)) continue;
    w += ch.charCodeAt(0) < 0x7f ? 0.5 : 1;
  }
  return w;
}

/**
 * Width of a display line as set: a letter-spaced line fills its measure with the
 * tracking, so its gaps count (extraction prints about half an em of tracking as a space).
 */
export function setWidth(text: string): number {
  const trimmed = text.trim();
  if (collapseLetterSpacing(trimmed) === null) return displayWidth(trimmed);
  const gaps = trimmed.match(/[ \t\u00a0\u3000]+/gu) ?? [];
  return displayWidth(trimmed) + gaps.length * 0.5;
}

/** True when a line is letter-spaced display type (`长 三 角 一 体 化`). */
export function isLetterSpaced(text: string): boolean {
  return collapseLetterSpacing(text.trim()) !== null;
}

/** True when a line prints a gap between two Han phrases of two or more characters (`市场回暖 活力渐显`). */
export function hasPhraseGap(text: string): boolean {
  // A gap inside quotation marks is part of a quoted slogan, not the headline's own phrasing.
  const unquoted = text.trim().replace(/“[^”]*”/gu, '“”');
  return /\p{Script=Han}{2}[”’」）)]?[ \u3000]+[“‘「（(]?\p{Script=Han}{2}/u.test(unquoted) && !isLetterSpaced(text);
}
