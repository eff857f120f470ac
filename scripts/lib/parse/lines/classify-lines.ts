import {
  boxLabelKind,
  endsSentence,
  isSignatureLine,
  parseAdvertorialMark,
  looksLikeHeadlineText,
  parseBylineLine,
  parseClosingNote,
  parseJumpLine,
  parsePageCredits,
  parsePhotoCredit,
  parseTrailingCredit,
} from '../recognize/index.ts';
import type { LineKind, LineNode } from '../tree/types.ts';

/**
 * Kinds of line that a line alone reveals: maintainer hints, separators, bylines, page
 * credits, jump lines, photo credits and closing credits printed on a line of their own.
 * Everything else is `text` until column measure and context decide (mark-display.ts).
 */

/** A maintainer's headline hint: a line starting with one to six `#` and a space. */
export const HINT = /^#{1,6}[ \t\u3000]+(?=\S)/u;

/** A maintainer's separator: a line of three or more `-`, `*`, `＊`, `=` or `_` (spaces allowed). */
export const SEPARATOR = /^(?:[-*＊=_][ \t\u3000]*){3,}$/u;

/** The kind of one line judged on its own text. */
export function lineKind(value: string): LineKind {
  const t = value.trim();
  if (HINT.test(t)) return 'hint';
  if (SEPARATOR.test(t)) return 'separator';
  if (parsePageCredits(t)) return 'page-credits';
  // Only a jump onward (下转) is consumed into `continuedOn`; 上接第N版 stays in the text it opens.
  const jump = parseJumpLine(t);
  if (jump && jump.text === t && jump.direction === 'to') return 'jump';
  // A box label behind its marker (`■链接`) is no byline of a two-character name.
  if (parseBylineLine(t) && boxLabelKind(t) === null) return 'byline';
  const credit = parseTrailingCredit(t);
  if (credit && credit.text === t) return 'credit';
  // An advertorial's mark on its own line closes the text above like a credit (`·广告·`, `（数据来源：…）·广告`).
  if (parseClosingNote(t)?.text === t || parseAdvertorialMark(t)?.text === t) return 'credit';
  const photo = parsePhotoCredit(t);
  if (photo && photo.text.trim() === t) return 'photo-credit';
  return 'text';
}

// A roundup's closing credit names several correspondents and posts over up to eight lines.
const MAX_CREDIT_LINES = 8;
const MAX_CREDIT_CHARS = 240;

// A letter or notice signs off with its sender and the date under the text (`昭通市鲁甸县农业农村局` / `2024年3月15日`).
const SIGN_DATE = /^[0-9０-９]{4}\s*年\s*[0-9０-９]{1,2}\s*月\s*[0-9０-９]{1,2}\s*日$/u;

function markSignDates(lines: LineNode[]): void {
  lines.forEach((line, i) => {
    if (line.data.kind !== 'text' || !SIGN_DATE.test(line.value.trim())) return;
    const sender = lines[i - 1];
    const above = lines[i - 2];
    if (sender === undefined || (sender.data.kind !== 'text' && sender.data.kind !== 'credit')) return;
    const senderLine =
      sender.data.kind === 'text' &&
      /^\p{Script=Han}{4,24}$/u.test(sender.value.trim()) &&
      above !== undefined &&
      endsSentence(above.value);
    if (!senderLine && !endsSentence(sender.value)) return;
    line.data.kind = 'credit';
    if (senderLine) sender.data.kind = 'credit';
  });
}

/**
 * Classify every line; a parenthesized credit broken over several lines
 * (`（作者系中国宏观经济研究院` / `市场与价格研究所副所长、研究员）`, a roundup's list of
 * correspondents) is one credit, and so are a letter's sender and date under its text.
 */
export function classifyLines(lines: LineNode[]): void {
  classifyEach(lines);
  markSignDates(lines);
}

/** Each line's kind from its own text, joining credits broken over lines and signatures under a text. */
function classifyEach(lines: LineNode[]): void {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    line.data.kind = lineKind(line.value);
    const t = line.value.trim();
    // A name alone under a finished paragraph signs the piece above (commentaries, essays,
    // letters): a byline printed at the foot. (A line above that reads as a headline,
    // `好种子为啥难求？`, makes the name the byline of the text below instead; either way a byline.)
    const prev = lines[i - 1];
    const underBody = prev !== undefined && prev.data.kind === 'text' && endsSentence(prev.value) && !looksLikeHeadlineText(prev.value);
    if (line.data.kind === 'text' && underBody && isSignatureLine(t)) {
      line.data.kind = 'byline';
      continue;
    }
    if (line.data.kind !== 'text' || !/^[（(]/u.test(t) || /[）)]/u.test(t)) continue;
    for (let k = 1, length = t.length; k < MAX_CREDIT_LINES && i + k < lines.length && length <= MAX_CREDIT_CHARS; k++) {
      const next = lines[i + k].value.trim();
      length += next.length;
      const parts = lines.slice(i, i + k + 1).map((l) => l.value.trim());
      // A line break inside a name joins without a space, one between names with one.
      const closes = ['', ' '].some((sep) => {
        const joined = parts.join(sep);
        return parseTrailingCredit(joined)?.text === joined || parseClosingNote(joined)?.text === joined;
      });
      if (closes) {
        for (let j = i; j <= i + k; j++) lines[j].data.kind = 'credit';
        i += k;
        break;
      }
      if (/[）)]/u.test(next)) break;
    }
  }
}
