/**
 * Run-in lead heads of short news items (简讯, 快讯): `【青岛港开通新航线】3月8日，…`. The
 * bracketed phrase is the item's headline, printed bold at the start of its only paragraph.
 */

const LEAD_HEAD = /^【([^【】]{2,30})】(?=\S)/u;

/** The lead head at the start of a paragraph (`【…】` followed by text), or null. */
export function parseLeadHead(paragraph: string): { head: string; text: string } | null {
  const m = LEAD_HEAD.exec(paragraph.trim());
  return m ? { head: m[1], text: m[0] } : null;
}
