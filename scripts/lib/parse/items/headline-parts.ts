import { normalizeHeadline } from '../normalize/index.ts';
import type { LineNode, UnitNode } from '../tree/types.ts';
import { displayLineText } from '../units/unit-text.ts';
import { hasPhraseGap, setWidth } from '../lines/measure.ts';
import type { Decoration } from '../types.ts';

/**
 * Headline parts from display lines. A line led by a dash run is the subtitle (副题; the
 * dashes go). Of two other lines, a clearly longer first line is a kicker (引题, set smaller
 * above the title), a clearly longer second line is a subtitle set smaller below it, and
 * two lines of about the same set width are one title broken in two (`天津货运航空抢占` /
 * `航空货运新高地`). Of three, the first is the kicker. A `#` hint line is the title,
 * whatever the rest looks like; other lines after it (a data box) are body text.
 */

export interface HeadlineParts {
  kicker: string | null;
  title: string | null;
  subtitle: string | null;
  /** A column head printed at the top of the group (wrapped layout). */
  column: string | null;
  /** Lines that turned out to be body text (a data box under a hinted title). */
  bodyLines: LineNode[];
  decorations: Decoration[];
}

const DASHES = /^[—–-]{2,}/u;
// A kicker often reports who said or did what (`全省优化营商环境大会强调`): a line ending in a
// verb of speech or of holding a meeting is complete on its own, never half of a broken title.
const KICKER_END = /(?:强调|表示|指出|提出|要求|召开|举行|部署|主持|会见|出席|发布|印发|指出|寄语|致信|勉励|宣布)[：:]?$/u;
const HINT_MARK = /^#{1,6}/u;

/**
 * Join the lines of one headline part: directly (a phrase broken by the line end), or with
 * a space when a line of two phrases is followed by another full line (`改进工作作风 提高服务效率`
 * / `齐 心 协 力 办 好 民 生 实 事`), which is a third phrase, not the rest of the second.
 */
export function joinHeadlineLines(lines: LineNode[]): string {
  return lines.reduce((acc, line, i) => {
    const prev = lines[i - 1];
    const phrase = i > 0 && hasPhraseGap(prev.value) && setWidth(line.value) >= setWidth(prev.value) - 2;
    return acc + (phrase ? ' ' : '') + displayLineText(line);
  }, '');
}

function stripDashes(line: LineNode, decorations: Decoration[]): string {
  const t = line.value.trim();
  const m = DASHES.exec(t);
  if (m) decorations.push({ line: line.position.start.line, text: m[0], reason: 'dash' });
  return normalizeHeadline(t.slice(m ? m[0].length : 0));
}

function appendSubtitle(parts: HeadlineParts, text: string): void {
  parts.subtitle = parts.subtitle === null ? text : `${parts.subtitle} ${text}`;
}

function fromGroup(group: UnitNode, parts: HeadlineParts): void {
  const lines = group.children;
  const hint = lines.findIndex((l) => l.data.kind === 'hint');
  if (hint >= 0) {
    const mark = HINT_MARK.exec(lines[hint].value.trim())![0];
    parts.decorations.push({ line: lines[hint].position.start.line, text: mark, reason: 'hint' });
    parts.title = displayLineText(lines[hint]);
    for (const line of lines.slice(hint + 1)) {
      if (DASHES.test(line.value.trim())) appendSubtitle(parts, stripDashes(line, parts.decorations));
      else parts.bodyLines.push(line);
    }
    return;
  }
  const rest = lines.filter((l) => !DASHES.test(l.value.trim()));
  for (const line of lines) if (DASHES.test(line.value.trim())) appendSubtitle(parts, stripDashes(line, parts.decorations));
  if (rest.length >= 2 && /^\p{Script=Han}{2,6}$/u.test(rest[0].value.trim()) && rest[1].data.gap >= 1) {
    parts.column = displayLineText(rest.shift()!);
  }
  if (rest.length === 0) return;
  if (rest.length === 1) {
    parts.title = displayLineText(rest[0]);
    return;
  }
  if (rest.length >= 3) {
    parts.kicker = displayLineText(rest[0]);
    parts.title = joinHeadlineLines(rest.slice(1));
    return;
  }
  const [w1, w2] = rest.map((l) => setWidth(l.value));
  // Of two lines of about the same width, a first line complete on its own is a kicker.
  const complete = Math.abs(w1 - w2) < 2 && KICKER_END.test(rest[0].value.trim());
  if ((w1 >= 1.4 * w2 && w1 - w2 >= 4) || complete) {
    parts.kicker = displayLineText(rest[0]);
    parts.title = displayLineText(rest[1]);
  } else if (w2 >= w1 + 2 && parts.subtitle === null) {
    parts.title = displayLineText(rest[0]);
    parts.subtitle = displayLineText(rest[1]);
  } else parts.title = joinHeadlineLines(rest);
}

/** Read kicker, title and subtitle from the display groups attached to one item (page order). */
export function headlineParts(groups: UnitNode[], main: UnitNode | null = groups[0] ?? null): HeadlineParts {
  const parts: HeadlineParts = { kicker: null, title: null, subtitle: null, column: null, bodyLines: [], decorations: [] };
  if (main === null) return parts;
  fromGroup(main, parts);
  for (const group of groups) {
    if (group === main) continue;
    const extra: HeadlineParts = { kicker: null, title: null, subtitle: null, column: null, bodyLines: [], decorations: [] };
    fromGroup(group, extra);
    parts.decorations.push(...extra.decorations);
    parts.bodyLines.push(...extra.bodyLines);
    const text = [extra.kicker, extra.title, extra.subtitle].filter((t) => t !== null).join(' ');
    if (text === '') continue;
    const above = group.position.start.line < main.position.start.line;
    if (above && parts.kicker === null) parts.kicker = text;
    else appendSubtitle(parts, text);
  }
  return parts;
}

/** The text of a subhead: lines joined directly, or with a space when they are two parallel phrases (`完善制度框架` / `优化互通机制`). */
export function subheadText(unit: UnitNode): string {
  const lines = unit.children;
  const plain = (l: LineNode): boolean => /^[\p{Script=Han}“”‘’]+$/u.test(l.value.trim());
  if (lines.length === 2 && lines.every(plain) && lines.every((l) => l.data.width >= 4) && Math.abs(lines[0].data.width - lines[1].data.width) <= 2) {
    return `${displayLineText(lines[0])} ${displayLineText(lines[1])}`;
  }
  return joinHeadlineLines(lines);
}
