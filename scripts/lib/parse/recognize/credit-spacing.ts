import { isCjkPunct } from '../normalize/chars.ts';
import { isPersonName } from './names.ts';

/**
 * Spacing for credit text (bylines, `本报讯（记者 X 通讯员 Y Z）`, `（陈文杰 刘 佳）`). Body
 * normalization removes every space between Han characters, which runs the names of a
 * credit together (`翟晓婵公正`); newspapers do print a space between names. Here padded
 * names are closed up (`刘 佳` → 刘佳) and one space is kept between names and role words.
 */

const RUN = /[ \t\u00a0\u3000\n]+/gu;

/** Normalize the spacing of a credit: one space between names and roles, none inside a name or next to punctuation. */
export function normalizeCreditSpacing(text: string): string {
  const tokens = text
    .trim()
    .split(RUN)
    .filter((t) => t !== '');
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    // A lone character followed by another lone character is a 2-character name padded to
    // three, possibly with the credit's parentheses attached outside (`（刘` `佳）`).
    const first = /^([（(]?)(\p{Script=Han})$/u.exec(t);
    const second = next !== undefined ? /^(\p{Script=Han})([）)]?)$/u.exec(next) : null;
    if (first && second && isPersonName(first[2] + second[1])) {
      out.push(t + next);
      i++;
      continue;
    }
    out.push(t);
  }
  // No space touches punctuation (`（ 记者` → `（记者`, `公正） 4月` → `公正）4月`).
  return out.reduce((acc, t) => {
    if (acc === '') return t;
    const last = acc[acc.length - 1];
    return isCjkPunct(last) || isCjkPunct(t[0]) || /[()]/u.test(last) || /[()]/u.test(t[0]) ? acc + t : `${acc} ${t}`;
  }, '');
}
