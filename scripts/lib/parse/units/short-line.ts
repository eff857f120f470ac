import { endsSentence, parseClosingNote, parseJumpLine, parsePhotoCredit, parseTrailingCredit } from '../recognize/index.ts';
import type { Layout, LineNode } from '../tree/types.ts';
import { breaksWord, opensBodyText } from './open-end.ts';

const bare = (text: string): string => text.replace(/\s+/gu, '');

// A closing credit runs over at most eight lines (a roundup's correspondents).
const MARK_LINES = 8;

/** True when `next` finishes a closing mark begun on the lines above it (`…王东` / `摄（新华社发）`, `（作者系…副教` / `授）`). */
function finishesMark(above: LineNode[], next: LineNode): boolean {
  const tail = bare(next.value);
  const text = bare(above.map((l) => l.value).join('') + next.value);
  const mark = parsePhotoCredit(text) ?? parseTrailingCredit(text) ?? parseClosingNote(text);
  return mark !== null && text.endsWith(bare(mark.text)) && bare(mark.text).length > tail.length;
}

// A number or a Latin word broken at the line's end runs on into its unit or the rest of the name
// (`约3.8` / `万亿美元`, `市场B` / `区18号`): no paragraph ends inside a phrase.
function breaksToken(line: LineNode, next: LineNode): boolean {
  return /[0-9A-Za-z.]$/u.test(line.value.trimEnd()) && /^[\p{Script=Han}0-9A-Za-z%‰℃]/u.test(next.value.trimStart());
}

/** True when a line opens a quotation it does not close. */
function opensQuote(text: string): boolean {
  return (text.match(/“/gu) ?? []).length > (text.match(/”/gu) ?? []).length;
}

/**
 * True when a hard-wrapped paragraph of lines `start` … `end` − 1 ends there although its
 * last line ends no sentence: the line stops clearly short of its column, and the line under it starts
 * a new paragraph. Justified text falls short of the column only at a paragraph's end, so an
 * unpunctuated paragraph (a summary under the headline, a subhead set like a paragraph, a
 * line of verse) ends there too. A paragraph's first line is indented two ems, so as the
 * paragraph's only line it must be shorter still.
 */
export function endsShortOfColumn(lines: LineNode[], start: number, end: number, layout: Layout): boolean {
  const [line, next] = [lines[end - 1], lines[end]];
  if (line === undefined || layout === 'paragraph' || next === undefined || next.data.kind !== 'text' || endsSentence(line.value))
    return false;
  const { width, measure } = line.data;
  // The next line opens a paragraph: indented two ems (hanging punctuation moves it by up to an
  // em, and the measured column takes in marks hanging past its edge), or short itself (a line
  // of verse, a one-line paragraph); not a full line running on. Under an indented line, a line
  // two ems short is short enough, unless a quotation it opens runs on (`…采取“内陆` / `港+保税”…`).
  const indent = next.data.measure - next.data.width;
  const indented = indent >= 1.25 && indent <= 3.25;
  const short = indented && !opensQuote(line.value) ? 2 : 2.5;
  if (width > measure - (end - start === 1 ? 4.5 : short)) return false;
  // `（上接第1版）` printed over the text it continues is no paragraph of its own; nor is a
  // broken word or number, or a credit the next line finishes. A paragraph that opens like a
  // report's body (`4月25日，…`: a caption set narrower than the column above) ends in a sentence.
  if (
    parseJumpLine(line.value.trim()) !== null ||
    opensBodyText(lines[start]!.value.trim()) ||
    breaksToken(line, next) ||
    breaksWord(line.value.trim(), next.value.trim()) ||
    finishesMark(lines.slice(Math.max(start, end - MARK_LINES), end), next)
  )
    return false;
  return indented || indent >= 3;
}
