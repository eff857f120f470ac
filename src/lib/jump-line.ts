// Jump lines (下转第7版 / 上接第1版) are read by the parser, which consumes a closing one into an item's
// `continuedOn`, and by the site, which links the two parts of a continued article: one definition of
// their wording for both, kept here because the site never imports from the pipeline (scripts/).

/** A continuation line (（下转第7版）, （上接第1版）). */
export interface JumpLine {
  /** `to`: the article continues on `page`; `from`: it continues from `page`. */
  direction: 'to' | 'from';
  page: number;
  /** The page as printed when it has a letter (A3), else null. */
  pageLabel: string | null;
  /** The jump exactly as printed (a prefix or suffix of the input, or all of it). */
  text: string;
}

/**
 * Continuation lines of articles that run over several pages: `（下转第7版）`,
 * `（上接第1版）`, `下转第 7 版`, `（转第3版）`, `（紧接A2版）`, `（下转第七版）`.
 */

const PAGE = String.raw`([A-Za-zＡ-Ｚ]?\s*[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})`;
const CORE = String.raw`(下转|转至|转|下接|上接|紧接|接|续)\s*(?:第\s*)?${PAGE}\s*版`;
const WHOLE = new RegExp(String.raw`^[（(]?\s*${CORE}\s*[）)]?$`, 'u');
const SUFFIX = new RegExp(String.raw`[（(]\s*${CORE}\s*[）)]$`, 'u');
const PREFIX = new RegExp(String.raw`^[（(]\s*${CORE}\s*[）)]`, 'u');

const DIGIT: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Parse a page number printed in Arabic or Chinese numerals (七, 十二, 二十), ignoring a section letter. */
function pageNumber(raw: string): number {
  const ascii = raw.replace(/[０-９Ａ-Ｚ]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\s+/gu, '');
  const digits = /[0-9]+/u.exec(ascii);
  if (digits) return Number(digits[0]);
  const [tens, ones] = ascii.includes('十') ? ascii.split('十') : ['', ascii];
  return ascii.includes('十') ? (tens === '' ? 1 : DIGIT[tens]) * 10 + (ones === '' ? 0 : DIGIT[ones]) : DIGIT[ones];
}

function build(m: RegExpExecArray, text: string): JumpLine {
  const label = /[A-Za-zＡ-Ｚ]/u.test(m[2]) ? m[2].replace(/\s+/gu, '') : null;
  return { direction: /^(?:上接|紧接|接|续)$/u.test(m[1]) ? 'from' : 'to', page: pageNumber(m[2]), pageLabel: label, text };
}

/** Recognize a jump line, or a jump closing (下转) or opening (上接) a paragraph; null otherwise. */
export function parseJumpLine(text: string): JumpLine | null {
  const t = text.trim();
  let m = WHOLE.exec(t);
  if (m) return build(m, t);
  m = SUFFIX.exec(t);
  if (m && build(m, m[0]).direction === 'to') return build(m, m[0]);
  m = PREFIX.exec(t);
  if (m && build(m, m[0]).direction === 'from') return build(m, m[0]);
  return null;
}
