import { parseCreditList } from './credit-list.ts';
import { memoByText } from './memo-by-text.ts';
import { DATE_SRC, splitSourcePlace } from './dateline.ts';
import type { LeadCredit } from './types.ts';

/**
 * Credits that open a paragraph: `本报讯（记者 X 通讯员 Y）`, `据天津日报讯（记者 X）`,
 * `新华社北京4月10日电`, `本报讯 X Y 记者Z 报道`, `记者 X 报道`. Only metadata is
 * extracted; the body keeps the credit as printed.
 */

const HEAD = new RegExp(String.raw`^(据\s*)?(\p{Script=Han}[\p{Script=Han}、]{1,39}?)\s*(${DATE_SRC})?\s*(电|讯|消息)`, 'u');
const PAREN = /^\s*[（(]([^（）()]{1,80})[）)]/u;

/** Read the longest run of whitespace-separated tokens at the start of `rest` that forms a marked credit list. */
function leadingNames(rest: string, needVerb: boolean): { end: number; list: NonNullable<ReturnType<typeof parseCreditList>> } | null {
  const spans: Array<[number, number]> = [];
  // Punctuation ends a credit (`通讯员X报道：`), so it also ends a token.
  const re = /[^\s，。：；:,;]+/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(rest)) !== null && spans.length < 12) spans.push([m.index, m.index + m[0].length]);
  for (let k = spans.length; k >= 1; k--) {
    const piece = rest.slice(0, spans[k - 1][1]);
    if (needVerb && !/报道$/u.test(piece)) continue;
    // A name glued to following punctuation is the body's first word (`张三 上周，`), unless the credit ends in 报道.
    const after = rest[spans[k - 1][1]];
    if (after !== undefined && !/\s/u.test(after) && !/报道$/u.test(piece)) continue;
    const list = parseCreditList(piece);
    if (list && list.marked) return { end: spans[k - 1][1], list };
  }
  return null;
}

/** Recognize a credit at the start of a paragraph, or return null when the paragraph does not open with one. */
function parseLeadCreditUncached(paragraph: string): LeadCredit | null {
  const text = paragraph.replace(/^\s+/u, '');
  const head = HEAD.exec(text);
  let source: string | null = null;
  let dateline: string | null = null;
  let end = 0;
  const authors: string[] = [];
  if (head) {
    const sp = splitSourcePlace(head[2]);
    const next = text[head[0].length] ?? '';
    const dated = head[3] !== undefined;
    const ok =
      sp !== null &&
      // Without a date, 讯 needs the whole prefix to be the outlet (天津日报讯), and a bare
      // 电 must stand apart from what follows (新华社电 vs 新华社电视台).
      (dated ||
        (head[4] === '讯'
          ? sp.place === '' && !/^[息号]/u.test(next)
          : head[4] === '消息'
            ? // `央视网消息（记者 X）：` — as a credit, 消息 is followed by the credit or a colon;
              // `据石阡县融媒体中心消息  3月8日，` — or, after 据, by the gap before the first sentence.
              /^\s*[（(：:]/u.test(text.slice(head[0].length)) ||
              (head[1] !== undefined && /^(?:[ \t]{2,}|\u3000)\S/u.test(text.slice(head[0].length)))
            : !/^\p{Script=Han}/u.test(next)));
    if (ok && sp) {
      source = sp.source;
      dateline = (dated || sp.place !== '') && head[4] !== '消息' ? head[0].replace(/^据\s*/u, '').replace(/\s+/gu, '') : null;
      end = head[0].length;
    }
  }
  const rest = text.slice(end);
  // One or more parenthesized credits after the head: `本报讯（记者 X）（通讯员 Y）`.
  let parens = 0;
  for (;;) {
    const paren = end > 0 ? PAREN.exec(text.slice(end)) : null;
    const list = paren ? parseCreditList(paren[1]) : null;
    if (!paren || !list) break;
    authors.push(...list.authors);
    source ??= list.source;
    end += paren[0].length;
    parens++;
  }
  if (parens === 0) {
    // Unparenthesized names must carry a role word or end in 报道 (`本报讯 X Y 记者Z 报道`),
    // and without an outlet prefix the credit must end in 报道 (`记者 X 报道`).
    const names = leadingNames(rest, end === 0);
    if (names) {
      authors.push(...names.list.authors);
      source ??= names.list.source;
      end += names.end;
    }
  }
  if (end === 0) return null;
  return { source, authors, dateline, text: text.slice(0, end) };
}

/** parseLeadCredit, remembered for the strings seen last (memo-by-text.ts: the parser asks the same text many times). */
export const parseLeadCredit = memoByText(parseLeadCreditUncached, (credit) =>
  credit === null ? null : { ...credit, authors: [...credit.authors] },
);
