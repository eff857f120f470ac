import {
  parseAdvertorialMark,
  parseJumpLine,
  parsePhotoCredit,
  parseTrailingCredit,
} from '../recognize/index.ts';

/**
 * Marks that close an item where they are printed: a closing credit （记者 X）, a photo
 * credit (… 摄, 新华网 发, (资料图片)), an advertorial mark (·广告) or a jump line
 * (（下转第7版）). Whatever follows them belongs to another item.
 */

export type EndMark = 'credit' | 'photo' | 'ad' | 'jump';

/** The mark a paragraph (or its last line) ends with, or null. */
export function endMark(text: string): EndMark | null {
  const t = text.trim();
  const jump = parseJumpLine(t);
  if (jump && jump.direction === 'to' && t.endsWith(jump.text)) return 'jump';
  if (parseAdvertorialMark(t)) return 'ad';
  if (parseTrailingCredit(t)) return 'credit';
  if (parsePhotoCredit(t)) return 'photo';
  return null;
}
