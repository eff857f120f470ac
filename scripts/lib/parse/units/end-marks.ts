import type { LineNode } from '../tree/types.ts';
import {
  parseAdvertorialMark,
  closesEditorsNote,
  parseClosingNote,
  parseJumpLine,
  parsePhotoCredit,
  parseTrailingCredit,
} from '../recognize/index.ts';

/**
 * Marks that close an item where they are printed: a closing credit （记者 X）, a photo
 * credit (… 摄, 新华网 发, (资料图片)), a closing note or sign-off ((本系列评论完), ——编 者), an advertorial mark (·广告) or a jump line
 * (（下转第7版）). Whatever follows them belongs to another item.
 */

/** `box`: an editor's sign-off (——编 者) closing an editor's note; the piece itself goes on. */
export type EndMark = 'credit' | 'photo' | 'ad' | 'jump' | 'box';

/** The mark a paragraph (or its last line) ends with, or null. */
export function endMark(text: string): EndMark | null {
  const t = text.trim();
  const jump = parseJumpLine(t);
  if (jump && jump.direction === 'to' && t.endsWith(jump.text)) return 'jump';
  if (parseAdvertorialMark(t)) return 'ad';
  if (closesEditorsNote(t)) return 'box';
  // `（新华社记者 杨文川 摄）` reads as a closing credit too; what it credits is a photo.
  if (parsePhotoCredit(t)) return 'photo';
  if (parseTrailingCredit(t) || parseClosingNote(t)) return 'credit';
  return null;
}

/**
 * How a closing credit broken over two lines joins (`…培训。（朱` / `琳 许 可）` with a
 * space, `…吨。（记` / `者 谭 鑫）` without), or null when the line finishes no credit begun
 * at the end of the line before.
 */
export function brokenCreditJoin(prev: LineNode, line: LineNode): string | null {
  const a = prev.value.trim();
  const b = line.value.trim();
  // A photo credit broken inside a padded name (`…本报记者  李` / `明摄`).
  for (const sep of ['', ' ']) {
    const photo = parsePhotoCredit(a + sep + b);
    if (photo !== null && photo.text.trim().length > b.length && (a + sep + b).endsWith(photo.text.trim()) && !/[）)]$/u.test(b))
      return sep;
  }
  const open = Math.max(a.lastIndexOf('（'), a.lastIndexOf('('));
  if (open < 0 || /[）)]/u.test(a.slice(open)) || !/[）)]$/u.test(b)) return null;
  for (const sep of [' ', '']) {
    const mark = endMark(a.slice(open) + sep + b);
    if (mark === 'credit' || mark === 'photo') return sep;
  }
  return null;
}

/** True when a line finishes a closing credit begun at the end of the line before. */
export function closesBrokenCredit(prev: LineNode, line: LineNode): boolean {
  return brokenCreditJoin(prev, line) !== null;
}
