import { isAlnum, isCjk } from './chars.ts';

/**
 * Removal of the spaces that text extraction inserts into Chinese text. Chinese
 * newspapers print no space between Han characters, around full-width punctuation,
 * or between Han and digits/Latin (`2019年11月`, `LVMH集团`); a space survives only
 * between two Latin words or numbers (`Hello World`, `iPhone 15`) and between two issuing
 * bodies named side by side (`中共中央 国务院`).
 */

const RUN = /[ \t\u00a0\u3000]+/gu;

// Issuing bodies printed side by side with a space (`中共中央 国务院`, `中共中央办公厅 国务院办公厅`):
// the space separates two names and stays.
const BODY = '(?:中共中央(?:办公厅)?|国务院(?:办公厅)?|中央军委|全国人大常委会|全国政协|最高人民法院|最高人民检察院|中央纪委|国家监委)';
const BETWEEN_BODIES = new RegExp(`(?<=${BODY})[ \t\u00a0\u3000]+(?=${BODY})`, 'gu');

/** Remove extraction spaces next to CJK characters or punctuation, keeping spaces between Latin words and numbers. */
export function normalizeSpacing(text: string): string {
  const bodies = new Set<number>();
  for (const m of text.matchAll(BETWEEN_BODIES)) bodies.add(m.index);
  const out = text.replace(RUN, (run, offset: number, whole: string) => {
    if (bodies.has(offset)) return ' ';
    const before = whole[offset - 1];
    const after = whole[offset + run.length];
    // Spaces at the edges of the text or of a line are layout, not content.
    if (before === undefined || after === undefined || before === '\n' || after === '\n') return '';
    if (isCjk(before) || isCjk(after)) return '';
    if (isAlnum(before) && isAlnum(after)) return ' ';
    // Units and currency signs belong to their number (`5.46 %` → `5.46%`, `¥ 100` → `¥100`).
    if (/[%‰℃°′″]/u.test(after) || /[¥$€£￥]/u.test(before)) return '';
    // Between Latin punctuation and a word (`GDP (2023)`) the printed spacing is kept.
    return run;
  });
  return out;
}
