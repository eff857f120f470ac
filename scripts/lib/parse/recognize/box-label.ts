/**
 * Box labels: the genre label over a box set inside a piece. Some open the piece, standing
 * over its text (核心阅读, 内容提要, 编者按); some follow the text they belong to (编后, 链接,
 * 小贴士). A label is printed alone on its line, sometimes behind a marker (`■链接`).
 */

const OPENING_BOX = /^(?:核心阅读|内容提要|阅读提示|编者按|编者的话|导语)$/u;
const CLOSING_BOX = /^(?:编后|编后语|链接|相关链接|背景链接|小贴士|延伸阅读)$/u;

// A column's opening or closing note (开栏的话) heads a piece of its own, unless it stands right
// under another piece's headline or byline: then it opens a box in that piece.
const NOTE_BOX = /^(?:开栏的话|写在前面|结束语)$/u;

/** Which kind of box label a line is, or null when it is none. */
export function boxLabelKind(line: string): 'opening' | 'closing' | 'note' | null {
  const text = line
    .trim()
    .replace(/^[■□●◆▲★]/u, '')
    .replace(/[\s\u3000：:]/gu, '');
  return OPENING_BOX.test(text) ? 'opening' : CLOSING_BOX.test(text) ? 'closing' : NOTE_BOX.test(text) ? 'note' : null;
}
