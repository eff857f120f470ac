import { parseNameByline } from '../recognize/index.ts';
import type { LineNode } from '../tree/types.ts';

/**
 * Bylines of bare names. `王 建` alone could be a column head or a short headline; right
 * under a headline and over body text it is how guest authors and 短评 sign, so it is a byline.
 */

/** Re-mark display lines of one or two person names between a headline and body text as bylines. */
export function markNameBylines(lines: LineNode[]): void {
  lines.forEach((line, i) => {
    const prev = lines[i - 1];
    const next = lines[i + 1];
    if (line.data.kind !== 'display' || prev === undefined || next === undefined) return;
    if (!['display', 'hint'].includes(prev.data.kind) || next.data.kind !== 'text') return;
    if (parseNameByline(line.value) !== null) line.data.kind = 'byline';
  });
}
