import type { AdvertorialMark } from './types.ts';

/**
 * The mark printed at the end of an advertorial (广告 must be labelled by law):
 * `·广告`, `- 广告 -`, `（广告）`, `【广告】`, a line that is only `广告`, optionally
 * preceded by a `(数据来源：…)` note.
 */

const MARK = String.raw`(?:[·•・‧∙]\s*广\s*告(?:\s*[·•・‧∙])?|[-—–－]{1,2}\s*广\s*告\s*[-—–－]{1,2}|[（(【〔\[]\s*广\s*告\s*[）)】〕\]]|^\s*广\s*告)`;
const WITH_NOTE = new RegExp(String.raw`(?:[（(]\s*(?:数据|信息|资料|内容)?来源[:：]([^（）()]*)[）)]\s*)?${MARK}\s*$`, 'u');

/** Recognize the advertorial mark at the end of a text, or return null (a sentence that merely mentions 广告 is not one). */
export function parseAdvertorialMark(text: string): AdvertorialMark | null {
  const trimmed = text.trimEnd();
  const m = WITH_NOTE.exec(trimmed);
  if (!m) return null;
  return { text: m[0].trim(), dataSource: m[1] !== undefined ? m[1].trim() : null };
}
