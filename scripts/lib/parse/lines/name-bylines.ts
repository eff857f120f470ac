import { isPersonName, parseNameByline } from '../recognize/index.ts';
import { startsWithCommonSurname } from '../recognize/names.ts';
import type { LineNode } from '../tree/types.ts';

/**
 * Bylines of bare names. `王 建` or `冯雁军` alone could be a column head or a short headline;
 * right under a headline and over body text it is how guest authors and 短评 sign, so it is a byline.
 */

// An official or expert signing a piece under its title: post, then name (`陕西省副省长 林凯`, `中原经济研究会会长  陈兆和`).
const TITLED_NAME =
  /^\p{Script=Han}{2,16}?(?:长|书记|主任|主席|委员|教授|研究员|院士|董事长|总经理|会长|代表|负责人|总理|总统|首相|大使|主编)[\s\u3000]*(\p{Script=Han}(?:[\s\u3000]*\p{Script=Han}){1,2})$/u;

/** The name of an official or expert signing under a title (`陕西省副省长 林凯` → 林凯), or null. */
export function titledName(text: string): string | null {
  const m = TITLED_NAME.exec(text);
  const name = m?.[1]!.replace(/[\s\u3000]+/gu, '');
  return name !== undefined && isPersonName(name) && startsWithCommonSurname(name) ? name : null;
}

/** Re-mark display lines of one or two person names between a headline and body text as bylines. */
export function markNameBylines(lines: LineNode[]): void {
  lines.forEach((line, i) => {
    const prev = lines[i - 1];
    const next = lines[i + 1];
    if (line.data.kind !== 'display' || prev === undefined || next === undefined) return;
    // Over the body, or over the one-line subhead that opens it (`苗文新` / `村企共建，整村脱贫` / body).
    const overBody = next.data.kind === 'text' || (next.data.kind === 'display' && lines[i + 2]?.data.kind === 'text');
    if (!['display', 'hint'].includes(prev.data.kind) || !overBody) return;
    if (isNameLine(line.value)) line.data.kind = 'byline';
  });
}

/** True when a line holds only one or two person names, or a post and a name (`陕西省副省长 林凯`). */
export function isNameLine(value: string): boolean {
  const t = value.trim();
  // Unspaced, a name needs a common surname (`冯雁军`; `越热闹` is the tail of a headline).
  const unspaced = /^\p{Script=Han}{2,3}$/u.test(t) && isPersonName(t) && startsWithCommonSurname(t);
  return parseNameByline(value) !== null || unspaced || titledName(t) !== null;
}
