import { isHan } from './chars.ts';

/**
 * Display type in Chinese newspapers is often letter-spaced (`长 三 角 一 体 化`) and
 * extraction turns the tracking into spaces. A line is letter-spaced when it is made of
 * single Han characters (each possibly with attached punctuation) separated by spaces.
 */

function hanCount(token: string): number {
  let n = 0;
  for (const ch of token) if (isHan(ch)) n++;
  return n;
}

/** Join a letter-spaced line (`聊 城 站 活 动 举 行` → `聊城站活动举行`), or return null if the line is not letter-spaced. */
export function collapseLetterSpacing(line: string): string | null {
  const trimmed = line.trim();
  const parts = trimmed.split(/([ \t\u00a0\u3000]+)/u);
  const tokens = parts.filter((_, i) => i % 2 === 0);
  const gaps = parts.filter((_, i) => i % 2 === 1);
  if (tokens.length < 3) return null;
  let singles = 0;
  let alnum = 0;
  for (const token of tokens) {
    const n = hanCount(token);
    if (n === 1) singles++;
    // A token of two or more Han characters is a word: the line has ordinary spacing.
    else if (n > 1) return null;
    else if (/[0-9A-Za-z]/u.test(token)) alnum++;
  }
  // Spaces around numbers (`2023 年 7 月 1 日`) are extraction noise, not tracking: the
  // single characters must clearly outnumber the numbers and Latin words.
  if (singles < 3 || alnum * 2 > singles) return null;
  // A gap clearly wider than the tracking (two spaces, or an ideographic space when the
  // tracking is single spaces) separates two phrases of a headline and is kept as one space.
  const gapWidth = (gap: string): number => [...gap].reduce((w, ch) => w + (ch === '\u3000' ? 2 : 1), 0);
  const widths = gaps.map(gapWidth);
  const tracking = Math.min(...widths);
  let out = tokens[0];
  for (let i = 1; i < tokens.length; i++) {
    const wide = widths[i - 1] >= tracking * 2 && widths.filter((w) => w === tracking).length >= 2;
    const latinPair =
      /[0-9A-Za-z]$/u.test(tokens[i - 1]) && /^[0-9A-Za-z]/u.test(tokens[i]) && tokens[i - 1].length > 1 && tokens[i].length > 1;
    out += (wide || latinPair ? ' ' : '') + tokens[i];
  }
  // Keep a gap only where normalizeHeadline would keep it (two phrases of two or more
  // characters, Han against Han or Latin against Latin), so normalizing again changes nothing.
  const phrases = out.split(' ');
  return phrases.reduce((acc, phrase, i) => {
    if (i === 0) return phrase;
    const prev = phrases[i - 1]!;
    const han = /\p{Script=Han}$/u.test(prev) && /^\p{Script=Han}/u.test(phrase) && [...prev].length >= 2 && [...phrase].length >= 2;
    const latin = /[0-9A-Za-z]$/u.test(prev) && /^[0-9A-Za-z]/u.test(phrase);
    return acc + (han || latin ? ' ' : '') + phrase;
  }, '');
}
