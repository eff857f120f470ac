import { readNames, tokens } from './names.ts';
import type { PageCredits } from './types.ts';

/**
 * Page furniture naming the page's staff: `本版编辑 周颖一 祝伟 美编 王子莹`,
 * `责任编辑：X`, `版式设计 X`, `校对 X`. These belong to the page, not to an article.
 */

const EDITOR = ['本版责编', '本版编辑', '责任编辑', '值班编辑', '本版主编', '责编', '编辑', '主编', '签发', '统筹'];
const DESIGNER = [
  '本版制图',
  '本版美编',
  '本版设计',
  '图表制作',
  '美术编辑',
  '版式设计',
  '视觉设计',
  '美编',
  '版式',
  '设计',
  '制图',
  '组版',
  '排版',
  '图片编辑',
];
const PROOF = ['本版校对', '责任校对', '校对', '审校', '校审'];
const LABELS = [...EDITOR, ...DESIGNER, ...PROOF].sort((a, b) => b.length - a.length);
const CONTACT = /^(?:电话|热线|邮箱|电子邮箱|E-?mail|传真|新闻热线)/iu;
const LABEL_AT_START = new RegExp(`^(${LABELS.join('|')})[:：]?`, 'u');

/** Recognize a page credits line, or return null when the line is anything else. */
export function parsePageCredits(line: string): PageCredits | null {
  const text = line.trim();
  if (/[，。；！？]/u.test(text) || !LABEL_AT_START.test(text)) return null;
  const out: PageCredits = { editors: [], designers: [], proofreaders: [], text };
  // Separators between groups: ｜, |, /, ：, and labels glued to the first name (`美编王子莹`).
  const toks = tokens(text.replace(/[|｜/／]/gu, ' '));
  let label: string | null = null;
  let names: string[] = [];
  const flush = (): boolean => {
    if (label === null) return true;
    const read = readNames(names, true);
    if (read === null || read.length === 0) return false;
    const bucket = EDITOR.includes(label) ? out.editors : DESIGNER.includes(label) ? out.designers : out.proofreaders;
    bucket.push(...read);
    return true;
  };
  for (const tok of toks) {
    // Contact details after the staff names (`电话：010-…`, `邮箱：…`) end the credits; they stay in `text`.
    if (label !== null && CONTACT.test(tok)) break;
    const m = LABEL_AT_START.exec(tok);
    if (m) {
      if (!flush()) return null;
      label = m[1];
      names = [];
      const rest = tok.slice(m[0].length);
      if (rest !== '') names.push(rest);
    } else {
      if (label === null) return null;
      names.push(tok.replace(/^[:：]/u, ''));
    }
  }
  if (!flush()) return null;
  return out;
}
