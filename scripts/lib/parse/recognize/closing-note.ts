import { readNames, startsWithCommonSurname, tokens } from './names.ts';

/** True when a closing note is an editor's sign-off (`——编  者`), which closes an editor's note box, not the piece. */
export function closesEditorsNote(text: string): boolean {
  return /——\s*编\s*者$/u.test(text.trimEnd());
}

/**
 * Notes and sign-offs that close a piece without naming its reporter the way a credit
 * does: `（本系列评论完）`, `（完）`, `（待续）`, `（执笔：王  林）`, `（李明参与采写）`, `（一 琳整理）`,
 * `（相关报道见第四版）`, `（摘编自《某某》，原题为《……》）`, and a dash line holding only
 * a name or 编者 (`——编  者`, `——王  林`) under an editor's note or a letter. Whatever
 * follows one of them belongs to another item.
 */

// One parenthesized note at the very end; 《》 and ， may appear inside (摘编自《…》，原题为《…》).
const FINAL_NOTE = /[（(]([^（）()]{1,80})[）)]\s*$/u;

const NOTE_TEXT = [
  /^(?:本系列|本组|本专题|本栏)?(?:报道|评论|文章|稿件|连载|系列)?(?:全文)?(?:完|终|待续|未完待续|续完)$/u,
  /^(?:执笔|撰稿|整理|文字整理|记录整理|编译|采写)[:：]/u,
  /^[\p{Script=Han}、·\s]{2,40}(?:参与采写|参与报道|对本文亦有贡献|亦有贡献|参与调研)$/u,
  // Who put the piece together, name first (`（一 琳整理）`, `（李明编译）`).
  /^[\p{Script=Han}、·]{2,12}(?:整理|编译|摘编)$/u,
  /^(?:相关|更多|详细|详细内容|全文)?(?:报道|评论|图片|内容|链接|稿件)?(?:详)?见(?:本报)?(?:今日)?第[0-9一二三四五六七八九十〇]{1,3}版$/u,
  /^(?:摘编|摘|转载|选编|节选|编选|摘录)自/u,
  /^原载《[^》]{1,30}》/u,
];

/** A dash sign-off: `——编  者`, `——本报编辑部`, `——王  林`. */
const SIGN_OFF = /(?:^|(?<=[。！？…”’」』）)]\s*))——\s*([^—\s。，！？：；、][^—。，！？：；、]{0,14})$/u;

function isSignOffName(text: string): boolean {
  const compact = text.replace(/[\s\u3000]+/gu, '');
  if (/^(?:编者|编辑部|本报编辑部|本刊编辑部|编辑|记者)$/u.test(compact)) return true;
  const names = readNames(tokens(text), false);
  return names !== null && names.length >= 1 && names.length <= 2;
}

/** A signature printed on its own line under a piece: one or two names, spaced or padded, or one unspaced name with a common surname. */
export function isSignatureLine(text: string): boolean {
  const t = text.trim().replace(/^[□■◇◆]\s*/u, '');
  // Unspaced, only a three-character name: two characters are as often a column head (`钟声`, `文苑`).
  if (/^\p{Script=Han}{2,3}$/u.test(t)) return [...t].length === 3 && startsWithCommonSurname(t);
  if (!/^[\p{Script=Han}\s\u3000]{3,12}$/u.test(t)) return false;
  const names = readNames(tokens(t), false);
  return names !== null && names.length >= 1 && names.length <= 2 && names.every(startsWithCommonSurname);
}

/** The closing note or sign-off a paragraph ends with (as printed), or null. */
export function parseClosingNote(paragraph: string): { text: string } | null {
  const trimmed = paragraph.trimEnd();
  const note = FINAL_NOTE.exec(trimmed);
  if (note) {
    const inner = note[1]!.replace(/[\s\u3000]+/gu, '');
    if (NOTE_TEXT.some((re) => re.test(inner))) return { text: note[0].trim() };
  }
  const sign = SIGN_OFF.exec(trimmed);
  if (sign && isSignOffName(sign[1]!)) return { text: sign[0].trim() };
  // A signature line under the last sentence (joined to the paragraph with a space).
  const signed = /(?<=[。！？…”’」』）)])\s+([□■]?\s*\p{Script=Han}[\p{Script=Han}\s\u3000]{1,11})$/u.exec(trimmed);
  if (signed && isSignatureLine(signed[1]!)) return { text: signed[1]!.trim() };
  return null;
}
