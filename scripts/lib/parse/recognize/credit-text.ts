import { foldFullwidth } from '../normalize/fullwidth.ts';
import { normalizeText } from '../normalize/text.ts';
import { normalizeCreditSpacing } from './credit-spacing.ts';
import { parseLeadCredit } from './lead-credit.ts';
import { parsePageCredits } from './page-credits.ts';
import { parsePhotoCredit } from './photo-credit.ts';
import { parseTrailingCredit } from './trailing-credit.ts';

/**
 * Paragraph text that keeps the spaces a newspaper prints between names in its credits.
 * Body normalization closes up every space between Han characters, which is right for
 * prose and wrong for `本报讯（记者 高峰 通讯员 李晓彤）` or `新华社记者 杨世尧 摄`: there the
 * names would run together. The credit at the start or end of a paragraph is spaced as a
 * credit (one space between names and roles), the prose around it as prose.
 */

const credit = (text: string): string => normalizeCreditSpacing(foldFullwidth(text));

/** Normalize a paragraph, spacing its opening and closing credits (those that name people) as credits. */
export function normalizeParagraphWithCredits(raw: string): string {
  let text = raw.trim();
  let head = '';
  let tail = '';
  const lead = parseLeadCredit(text);
  if (lead && lead.authors.length > 0 && lead.text.length < text.length) {
    head = credit(lead.text);
    text = text.slice(lead.text.length);
  } else if (lead && lead.text.length < text.length && /^[\s\u3000]+\S/u.test(text.slice(lead.text.length))) {
    // The gap a paper prints after a report head (`新华社北京4月10日电  4月9日，…`) stays one space.
    head = `${credit(lead.text)} `;
    text = text.slice(lead.text.length).trimStart();
  }
  const closing = parsePhotoCredit(text) ?? parseTrailingCredit(text);
  if (closing && closing.authors.length > 0 && text.trimEnd().endsWith(closing.text.trim())) {
    const at = text.trimEnd().length - closing.text.trim().length;
    tail = credit(text.slice(at));
    text = text.slice(0, at);
  }
  return head + normalizeText(text).trim() + tail;
}

// Labels glued to a colon or a name (`责编：王珏`, `美编王子莹`) get a space on each side, so the names after them read as names.
const LABEL = /(本版责编|本版编辑|责任编辑|值班编辑|本版主编|美术编辑|版式设计|视觉设计|图片编辑|责任校对|责编|美编|校对)[:：]?/gu;

/** The text of a page credits line (本版编辑 周颖一 祝伟 美编 王子莹), one space between names and labels. */
export function normalizePageCreditsText(raw: string): string {
  const text = raw.trim();
  if (parsePageCredits(text) === null) return normalizeText(text);
  return credit(text.replace(LABEL, ' $& '));
}
