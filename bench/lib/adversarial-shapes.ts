// Page shapes no newspaper prints but a pull request can contain: each is
// built to hit one step of the pipeline where a per-line or per-character
// loop could turn quadratic. Sizes are in bytes of UTF-8, so every shape can
// be pushed to the page limit (MAX_PAGE_BYTES) ingest accepts.

/** One adversarial shape: a name, what it attacks, and a page of about `bytes` bytes. */
export interface Shape {
  name: string;
  attacks: string;
  make: (bytes: number) => string;
}

/** Repeats `unit(i)` while the page stays within `bytes` bytes. */
function fill(bytes: number, unit: (i: number) => string): string {
  const parts: string[] = [];
  for (let i = 0, size = 0; ; i++) {
    const part = unit(i);
    size += Buffer.byteLength(part);
    if (size > bytes) break;
    parts.push(part);
  }
  return parts.join('');
}

// An ordinary newspaper sentence that looks hostile: braces and tags on purpose (MDX must escape them).
const REPORT = '本报讯（记者 朱海波）4月10日上午，“大聊之城”文商旅综合体招商发布大会举行。{x} <b>加粗</b> ';

/** About `bytes` bytes of REPORT repeated, as one line or wrapped at a newspaper column's width (24 characters). */
function reports(bytes: number, wrap: boolean): string {
  const chars = [...REPORT.repeat(Math.ceil(bytes / Buffer.byteLength(REPORT)) + 1)];
  let text = '';
  let size = 0;
  for (let i = 0; size < bytes - 4; i++) {
    const char = chars[i] + (wrap && i % 24 === 23 ? '\n' : '');
    size += Buffer.byteLength(char);
    text += char;
  }
  return text;
}

const HAN = '聊城召开招商大会推动文商旅融合发展项目规划和政策介绍经济日报记者本报讯';
const han = (i: number, n: number) => Array.from({ length: n }, (_, k) => HAN[(i * 7 + k * 3) % HAN.length]).join('');

export const SHAPES: Shape[] = [
  {
    name: 'report-one-line',
    attacks: 'an ordinary report repeated on one line: per-line work quadratic in the sentences of a line',
    make: (bytes) => reports(bytes, false),
  },
  {
    name: 'report-wrapped',
    attacks: 'the same report wrapped at a column of 24 characters: one very long article',
    make: (bytes) => reports(bytes, true),
  },
  {
    name: 'narrow-lines',
    attacks: 'column measure: lines under 4 ems count for no window, so a window search never fills',
    make: (bytes) => fill(bytes, (i) => `${han(i, 1 + (i % 2))}\n`),
  },
  {
    name: 'one-char-lines',
    attacks: 'as narrow-lines, one hanzi per line (the 680 KB page of issue 12)',
    make: (bytes) => fill(bytes, (i) => `${han(i, 1)}\n`),
  },
  {
    name: 'one-huge-line',
    attacks: 'per-line work that is quadratic in line length (spacing, sentences, regions)',
    make: (bytes) => `${fill(bytes - 1, (i) => `${han(i, 11)}，`)}\n`,
  },
  {
    name: 'headline-lines',
    attacks: 'thousands of short display lines (kicker, title, ——subtitle): headline grouping and attachment',
    make: (bytes) => fill(bytes, (i) => `${han(i, 6 + (i % 9))}\n\n${i % 3 === 2 ? '——' : ''}${han(i + 5, 8)}\n\n`),
  },
  {
    name: 'headlines-and-bodies',
    attacks: 'thousands of real-looking items (headline, 本报讯 credit, paragraphs): item building, overlap scoring, body splitting',
    make: (bytes) =>
      fill(
        bytes,
        (i) =>
          `${han(i, 9)}\n\n本报讯（记者 ${han(i, 3)}）4月10日上午，${han(i + 1, 24)}。\n\n  ${han(i + 2, 30)}。${han(i + 3, 20)}。\n\n`,
      ),
  },
  {
    name: 'deep-credit-brackets',
    attacks: 'nested （（（ … ））） around credit words: bracket matching and credit recognizers',
    make: (bytes) => {
      // 12 bytes per level: （记者 opens (9 bytes), ） closes (3).
      const depth = Math.max(1, Math.floor((bytes - 16) / 12));
      return `${'（记者'.repeat(depth)}朱海波${'）'.repeat(depth)}\n`;
    },
  },
  {
    name: 'credit-bracket-lines',
    attacks: 'every line a bracketed credit: trailing-credit and closing-note recognizers per line',
    make: (bytes) => fill(bytes, (i) => `${han(i, 20)}（${'（'.repeat(i % 12)}记者 ${han(i, 3)}${'）'.repeat(i % 12)}）\n`),
  },
];
