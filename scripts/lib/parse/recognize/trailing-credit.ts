import { parseCreditList } from './credit-list.ts';
import { DATE_SRC, parseDateline } from './dateline.ts';
import { isSource } from './names.ts';
import { normalizeSpacing } from '../normalize/spacing.ts';
import type { TrailingCredit } from './types.ts';

/**
 * Credits that close an article, in parentheses after the last sentence or on their own
 * line: `（记者 X）`, `（X Y）`, `（新华社杭州 6 月 21 日电）`, `（据…官方微信）`, `（作者系…）`.
 */

const FINAL_PAREN = /[（(]([^（）()]{1,120})[）)]\s*$/u;
// The credit follows a finished sentence (or stands alone); a parenthesis glued to a word is content.
const AFTER = /[。！？!?…”’」』）)】]\s*$/u;
const FROM = new RegExp(String.raw`^据\s*(?:${DATE_SRC})?\s*《?([^《》，。]{2,30}?)》?\s*(?:消息|报道|发布)?$`, 'u');

function result(text: string, fields: Partial<TrailingCredit>): TrailingCredit {
  return { source: null, authors: [], dateline: null, note: null, text, ...fields };
}

/** Recognize a closing credit at the end of a paragraph, or return null when the final parenthesis is content. */
export function parseTrailingCredit(paragraph: string): TrailingCredit | null {
  const trimmed = paragraph.trim();
  const m = FINAL_PAREN.exec(trimmed);
  if (!m) return null;
  const before = trimmed.slice(0, m.index);
  // Right after a dateline head the credit opens the report (`本报仰光5月13日电  （记者王明）`).
  if (parseDateline(before.trim()) !== null) return null;
  const inner = m[1].replace(/\s*\n\s*/gu, ' ').trim();
  const text = m[0].trimEnd();
  if (before.trim() !== '' && !AFTER.test(before)) {
    // Extraction sometimes loses the final 。; a credit set apart by a space and carrying a
    // role word or dateline is still unmistakable (`…取得实效 （记者 张三）`).
    const spaced = /\s$/u.test(before);
    const marked = parseDateline(inner) !== null || parseCreditList(inner)?.marked === true;
    if (!spaced || !marked) return null;
  }
  // 作者系/作者为 notes introduce a commentator's affiliation; the name is in the byline.
  // Line breaks inside the note are column breaks, so the note is joined the way body text is.
  if (/^作者(?:系|为|是|单位|简介|：|:)/u.test(inner)) return result(text, { note: normalizeSpacing(inner) });
  const dl = parseDateline(inner);
  if (dl) return result(text, { source: dl.source, dateline: dl.dateline });
  // A roundup's dateline and its correspondents in one credit (`本报北京、曼谷…3月24日电  记者 A B`).
  const filed = /^(.+?[电讯])\s+(\S.*)$/u.exec(inner);
  const filedAt = filed ? parseDateline(filed[1]!) : null;
  const filedBy = filed && filedAt ? parseCreditList(filed[2]!) : null;
  if (filedAt && filedBy && filedBy.authors.length > 0)
    return result(text, { source: filedAt.source, dateline: filedAt.dateline, authors: filedBy.authors });
  const from = FROM.exec(inner);
  if (from && isSource(from[1].replace(/\s+/gu, ''))) return result(text, { source: from[1].replace(/\s+/gu, '') });
  const srcLabel = /^(?:来源|稿件来源|信息来源|本文来源|文章来源|资料来源|数据来源|图片来源|转自)[:：]\s*(\S.{0,30})$/u.exec(inner);
  if (srcLabel) return result(text, { source: srcLabel[1].trim() });
  const combined = /^(本报|本刊|本台|本网)?综合(?:自)?\s*(.*?)(?:报道|消息)?$/u.exec(inner);
  if (combined && (combined[1] || combined[2])) return result(text, { source: combined[2] || combined[1] });
  const list = parseCreditList(inner);
  if (list && (list.authors.length > 0 || list.source !== null)) {
    return result(text, { authors: list.authors, source: list.source });
  }
  return null;
}
