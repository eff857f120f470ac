import { parseAdvertorialMark } from './advertorial.ts';
import { parseBylineLine } from './byline.ts';
import { parseJumpLine } from './jump-line.ts';
import { parseLeadCredit } from './lead-credit.ts';
import { parsePageCredits } from './page-credits.ts';
import { parsePhotoCredit } from './photo-credit.ts';
import { parseTrailingCredit } from './trailing-credit.ts';

/**
 * One signal for headline detection: display heads are phrases, not sentences. They use
 * quotes, colons, dashes, 、 and spaces between phrases, at most one comma
 * (`订单数上涨，企业生产`), may end in ？or ！, and never end in 。 or ；.
 */

const MAX_LENGTH = 40;

/** True when a line reads like headline text: phrase punctuation only, moderate length, not a sentence or credit. */
export function looksLikeHeadlineText(line: string): boolean {
  const t = line.trim().replace(/^#{1,6}\s+/u, '');
  const visible = t.replace(/[\s\u3000]/gu, '');
  const n = [...visible].length;
  if (n < 2 || n > MAX_LENGTH) return false;
  if (!/\p{Script=Han}/u.test(visible)) return false;
  if (/[。；;]/u.test(visible)) return false;
  if ((visible.match(/[，,]/gu) ?? []).length > 1) return false;
  // ？/！ are allowed only at the very end (`巨大客流量为成都带来什么？`).
  if (/[？！?!]./u.test(visible.replace(/[？！?!][”’」』）)]*$/u, ''))) return false;
  if (/[，,]$/u.test(visible) || /…$/u.test(visible)) return false;
  if (parseBylineLine(t) || parseLeadCredit(t)?.text === t || parseTrailingCredit(t) || parsePhotoCredit(t)) return false;
  if (parseAdvertorialMark(t) || parsePageCredits(t) || parseJumpLine(t)) return false;
  return true;
}
