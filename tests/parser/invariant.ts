import { foldFullwidth } from '../../scripts/lib/parse/normalize/index.ts';
import { SEPARATOR } from '../../scripts/lib/parse/lines/classify-lines.ts';
import { parseJumpLine } from '../../scripts/lib/parse/recognize/index.ts';
import type { Decoration, ParsedPage } from '../../scripts/lib/parse/types.ts';

/**
 * The parser's invariant: nothing lost, nothing duplicated. Every non-space character of
 * the page (full-width letters and digits folded, as the parser folds them) ends up
 * exactly once in an item, in the page furniture, or in a consumed decoration — and the
 * decorations are only the marks the parser is allowed to consume.
 */

// The signs foldFullwidth folds only next to a digit or letter (．－／：): the parser's removal of an
// extraction space (`－ 5℃` → `－5℃`) or a line break brings them there, so they count the same either width.
const CONTEXT_FOLDED = /[\uff0e\uff0d\uff0f\uff1a]/gu;

function counts(texts: string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const text of texts) {
    const folded = foldFullwidth(text).replace(CONTEXT_FOLDED, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
    for (const ch of folded.replace(/\s/gu, '')) out.set(ch, (out.get(ch) ?? 0) + 1);
  }
  return out;
}

/** True when a consumed decoration is one of the allowed kinds, with the text that kind allows. */
export function allowedDecoration(d: Decoration): boolean {
  switch (d.reason) {
    case 'hint':
      return /^#{1,6}$/u.test(d.text);
    case 'marker':
      return /^[□■◇◆○●▲△▼▽★☆▌▍|｜◎]$/u.test(d.text);
    case 'dash':
      return /^[—–-]{2,}$/u.test(d.text);
    case 'jump':
      return parseJumpLine(d.text)?.text === d.text.trim();
    case 'separator':
      return SEPARATOR.test(d.text.trim());
    case 'lead-brackets':
      return /^[【】]$/u.test(d.text);
    case 'tag-brackets':
      return /^[（()）]$/u.test(d.text);
    default:
      return false;
  }
}

/** Every string the page kept: headline parts, columns, bylines, body text, furniture. */
export function keptTexts(page: ParsedPage): string[] {
  return [
    ...page.items.flatMap((item) => [item.kicker, item.title, item.subtitle, item.column, item.byline, ...item.body.map((b) => b.text)]),
    ...page.furniture.map((f) => f.text),
  ].filter((t): t is string => t !== null);
}

/** Characters lost (in the input, not in the output) and duplicated (in the output more often than in the input). */
export function invariantDiff(input: string, page: ParsedPage): { lost: string; duplicated: string; badDecorations: Decoration[] } {
  const want = counts([input]);
  const got = counts([...keptTexts(page), ...page.decorations.map((d) => d.text)]);
  let lost = '';
  let duplicated = '';
  for (const [ch, n] of want) if ((got.get(ch) ?? 0) < n) lost += ch.repeat(n - (got.get(ch) ?? 0));
  for (const [ch, n] of got) if ((want.get(ch) ?? 0) < n) duplicated += ch.repeat(n - (want.get(ch) ?? 0));
  return { lost, duplicated, badDecorations: page.decorations.filter((d) => !allowedDecoration(d)) };
}
