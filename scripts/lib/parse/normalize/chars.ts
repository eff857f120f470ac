/**
 * Character classes shared by the normalizers and recognizers. Chinese newspaper
 * typography sets no spaces between Han characters or around full-width punctuation,
 * so most rules only need to know which side of a space is "CJK".
 */

/** Full-width punctuation that Chinese text sets without surrounding spaces. */
export const CJK_PUNCT = '，。、；：？！“”‘’《》〈〉（）【】〔〕〖〗「」『』—⸺…·・～﹏';

const CJK_PUNCT_SET = new Set(CJK_PUNCT);

/** Horizontal whitespace that extraction leaves in lines: ASCII space, tab, NBSP, ideographic space. */
export const HSPACE = '[ \\t\\u00a0\\u3000]';

/** True for a Han ideograph (including 〇) or Japanese kana, which Chinese text sets without spaces. */
export function isHan(ch: string): boolean {
  return /[\p{Script=Han}〇\p{Script=Hiragana}\p{Script=Katakana}]/u.test(ch);
}

/** True for full-width CJK punctuation (，。“” …) around which no space belongs. */
export function isCjkPunct(ch: string): boolean {
  // U+3001–303F are CJK symbols (、。〈〉「」…); U+FF01–FF65 minus letters and digits are full-width forms.
  return CJK_PUNCT_SET.has(ch) || /[\u3001-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]/u.test(ch);
}

/** True for a character that Chinese typography sets without spaces around it. */
export function isCjk(ch: string): boolean {
  return isHan(ch) || isCjkPunct(ch);
}

/** True for an ASCII or full-width Latin letter or digit. */
export function isAlnum(ch: string): boolean {
  return /[0-9A-Za-z\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/u.test(ch) || (/\p{L}/u.test(ch) && !isHan(ch));
}

/** Count of non-whitespace characters, the unit in which lengths of lines are judged. */
export function visibleLength(text: string): number {
  return text.replace(/\s/gu, '').length;
}
