import { isPersonName, parseNameByline } from '../recognize/index.ts';
import { startsWithCommonSurname } from '../recognize/names.ts';
import type { LineNode } from '../tree/types.ts';

/**
 * Bylines of bare names. `王 建` or `冯雁军` alone could be a column head or a short headline;
 * right under a headline and over body text it is how guest authors and 短评 sign, so it is a byline.
 */

/** Re-mark display lines of one or two person names between a headline and body text as bylines. */
export function markNameBylines(lines: LineNode[]): void {
  lines.forEach((line, i) => {
    const prev = lines[i - 1];
    const next = lines[i + 1];
    if (line.data.kind !== 'display' || prev === undefined || next === undefined) return;
    if (!['display', 'hint'].includes(prev.data.kind) || next.data.kind !== 'text') return;
    const t = line.value.trim();
    // Unspaced, a name needs a common surname (`冯雁军`; `越热闹` is the tail of a headline).
    const unspaced = /^\p{Script=Han}{2,3}$/u.test(t) && isPersonName(t) && startsWithCommonSurname(t);
    if (parseNameByline(line.value) !== null || unspaced) line.data.kind = 'byline';
  });
}
