import type { Reading, ReadingItem } from '../../../scripts/lib/parse/evaluate/compare-reading.ts';

/**
 * Sets article records (records/*.json, see README.md) into raw pages the way PDF and OCR
 * extraction leaves them, in the three layouts the parser reads:
 *
 * - spaced: hard-wrapped lines, each followed by a blank line; the lines of one display
 *   group (column head, kicker, title, subtitle, byline) printed without blanks between them;
 * - wrapped: hard-wrapped lines, blank lines at column breaks and (per page, often or
 *   rarely) at paragraph ends;
 * - paragraph: one paragraph per line, blank lines between; a column or page break now and
 *   then splits a paragraph in mid-sentence.
 *
 * Each page also carries its reading, derived from the records alone (what a reader sees),
 * so the reading exists before the parser ever runs on the page. Everything is driven by
 * a seeded random generator: the same records give the same pages.
 */

export type ItemType = 'article' | 'commentary' | 'photo' | 'advertorial' | 'teaser';

export interface ArticleRecord {
  id: string;
  type: ItemType;
  column: string | null;
  kicker: string | null;
  title: string | null;
  subtitle: string | null;
  byline: string | null;
  paragraphs: string[];
  continuedOn: number | null;
}

export interface RecordFile {
  paper: string;
  style?: string;
  furniture: string[];
  /** True for imported text that keeps its subheads as plain paragraphs (the readings then say so). */
  subheadsUnmarked?: boolean;
  articles: ArticleRecord[];
}

export type Layout = 'spaced' | 'wrapped' | 'paragraph';
export type Direction = 'before' | 'after';

export interface ComposedPage {
  name: string;
  layout: Layout;
  direction: Direction;
  text: string;
  reading: Reading;
}

/** mulberry32: small, fast, good enough to vary page shapes reproducibly. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hashSeed(text: string): number {
  let h = 2166136261;
  for (const ch of text) h = Math.imul(h ^ ch.codePointAt(0)!, 16777619);
  return h >>> 0;
}

// Extraction spaces are not printed matter: they take no room on the line.
const em = (ch: string): number => (/\s/u.test(ch) ? 0 : ch.charCodeAt(0) < 0x7f ? 0.5 : 1);

// Marks that never start a line (they hang at the end of the previous one) and marks that never end one.
const NO_LINE_START = /[，。、；：？！”’）》」』…—·%]/u;
const NO_LINE_END = /[“‘（《「『]/u;

/** Hard-wrap one paragraph at `width` ems, the first line indented two ems. */
export function wrapParagraph(text: string, width: number, indent = 2): string[] {
  const chars = [...text];
  const lines: string[] = [];
  let line = '';
  let w = 0;
  let limit = width - indent;
  for (let i = 0; i < chars.length; i += 1) {
    const ch = chars[i]!;
    if (w + em(ch) > limit && line !== '' && !NO_LINE_START.test(ch)) {
      let carry = '';
      while (line.length > 1 && NO_LINE_END.test(line.at(-1)!)) {
        carry = line.at(-1)! + carry;
        line = line.slice(0, -1);
      }
      lines.push(line);
      line = carry;
      w = [...carry].reduce((s, c) => s + em(c), 0);
      limit = width;
    }
    line += ch;
    w += em(ch);
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** Extraction spaces: PDF text often prints a space on each side of a run of ASCII digits (` 5 月 12 日`). */
function spaceDigits(text: string, rand: () => number, rate: number): string {
  return text.replace(/(?<=\p{Script=Han}|[，。])([0-9][0-9.%]*)(?=\p{Script=Han})/gu, (m) => (rand() < rate ? ` ${m} ` : m));
}

function letterSpace(title: string): string {
  return [...title].join(' ');
}

/** What the reader reads as the headline: printed lines joined, one space kept between phrases. */
function readTitle(title: string): string {
  return title
    .split('\n')
    .map((l) => l.trim())
    .join('')
    .replace(/\s+/gu, ' ');
}

// (A picture agency printed alone under a caption, `人民视觉`, credits the photo as `新华社发` does.)
const STANDALONE_CREDIT =
  /^(?:[（(][^（()）]{1,240}[）)]|——\s*\S.{0,12}|.{1,30}(?:摄|摄影|摄影报道|供图|发|制图)(?:[（(][^）)]{1,12}[）)])?|[（(].{1,20}[）)]|人民视觉|人民图片|视觉中国|东方IC|图虫创意|CFP|IC\s?photo|[·•]\s*广\s*告\s*[·•]?|[（(]广告[）)])$/u;

const SIGNATURE =
  /^(?:[□■]\s*\S[^。，！？]{0,15}|(?:作者|文)[：:][^。，！？]{1,12}|(?:本报|晚报|本刊)?(?:特约)?评论员[^。，！？]{0,6}|(?![^摄]*摄$)\p{Script=Han}(?:[\s\u3000]*\p{Script=Han}){1,2})$/u;

const BRACKET_HEAD = /^【([^】]{2,40})】/u;

function readingOf(record: ArticleRecord, column: string | null): ReadingItem {
  const body = record.paragraphs.filter((p) => p.trim() !== '');
  // A signature printed under the last paragraph (`王  林`, `□ 本报评论员`, `作者：沈  立`) is the
  // piece's byline, not a paragraph.
  while (body.length > 1 && SIGNATURE.test(body.at(-1)!.trim())) body.pop();
  // A credit or mark printed on a line of its own under a paragraph (本报记者  李  明摄, （本系列评论完）,
  // ——编  者 under an editor's note, ·广告·) closes that paragraph; a reader does not count it as one.
  for (let k = body.length - 1; k >= 1; k -= 1) {
    if (STANDALONE_CREDIT.test(body[k]!.trim()) && !body[k - 1]!.startsWith('§')) {
      body[k - 1] += body[k]!;
      body.splice(k, 1);
    }
  }
  let title = record.title === null ? null : readTitle(record.title);
  const openings = body.map((p) => (p.startsWith('§') ? `§${p.slice(1).trim()}` : p));
  const lead = BRACKET_HEAD.exec(openings[0] ?? '');
  if (title === null && lead) {
    title = lead[1]!;
    openings[0] = openings[0]!.slice(lead[0].length);
  }
  const last = body.at(-1) ?? '';
  return {
    type: record.type,
    kicker: record.kicker === null ? null : readTitle(record.kicker),
    title,
    subtitle: record.subtitle === null ? null : readTitle(record.subtitle),
    column,
    continuedOn: record.continuedOn,
    paragraphs: openings.map((p) => (p.startsWith('§') ? p : [...p.replace(/\s+/gu, '')].slice(0, 8).join(''))),
    ending: last === '' || last.startsWith('§') ? undefined : [...last.replace(/\s+/gu, '')].slice(-8).join(''),
  };
}

interface PageShape {
  layout: Layout;
  direction: Direction;
  widths: number[];
  /** Chance that a paragraph end in wrapped text is followed by a blank line. */
  blankAfterParagraph: number;
  /** Lines per column before a column break (wrapped and spaced). */
  columnHeight: number;
  digitSpaces: number;
}

class PageWriter {
  readonly lines: string[] = [];
  private bodyLinesInColumn = 0;
  private readonly shape: PageShape;
  private readonly rand: () => number;
  constructor(shape: PageShape, rand: () => number) {
    this.shape = shape;
    this.rand = rand;
  }

  blank(): void {
    if (this.lines.length > 0 && this.lines.at(-1) !== '') this.lines.push('');
  }

  /** A display group: its lines together, set apart from what is around it. */
  group(lines: string[]): void {
    if (lines.length === 0) return;
    this.blank();
    for (const line of lines) {
      this.lines.push(line);
      if (this.shape.layout === 'paragraph') this.blank();
    }
    this.blank();
    this.bodyLinesInColumn += lines.length;
  }

  paragraph(text: string, width: number): void {
    const printed = spaceDigits(text, this.rand, this.shape.digitSpaces);
    if (this.shape.layout === 'paragraph') {
      // A column or page break now and then cuts a long paragraph in mid-sentence.
      const chars = [...printed];
      if (chars.length > 80 && this.rand() < 0.08) {
        const cut = Math.floor(chars.length * (0.3 + this.rand() * 0.4));
        this.lines.push(chars.slice(0, cut).join(''), '', chars.slice(cut).join(''), '');
      } else this.lines.push(printed, '');
      return;
    }
    const lines = wrapParagraph(printed, width);
    for (const line of lines) {
      if (this.bodyLinesInColumn >= this.shape.columnHeight) {
        this.blank();
        this.bodyLinesInColumn = 0;
      }
      this.lines.push(line);
      this.bodyLinesInColumn += 1;
      if (this.shape.layout === 'spaced') this.lines.push('');
    }
    if (this.shape.layout === 'wrapped' && this.rand() < this.shape.blankAfterParagraph) this.blank();
  }

  subhead(text: string): void {
    if (this.shape.layout === 'wrapped' && this.rand() < 0.5) {
      // Set on its own line but without blank lines around it.
      this.lines.push(text);
      return;
    }
    this.group([text]);
  }
}

function headLines(record: ArticleRecord, rand: () => number, layout: Layout): string[] {
  const lines: string[] = [];
  if (record.kicker !== null) lines.push(record.kicker);
  if (record.title !== null) {
    // One paragraph per line: the extraction joins the lines of one text block, so a title
    // printed over two lines comes out as one (a kicker, a block of its own, stays apart).
    const titleLines = layout === 'paragraph' ? [record.title.split('\n').join('')] : record.title.split('\n');
    const spaced =
      layout !== 'paragraph' && titleLines.length === 1 && [...record.title].length <= 8 && !/\s/u.test(record.title) && rand() < 0.15;
    lines.push(...(spaced ? [letterSpace(record.title)] : titleLines));
  }
  if (record.subtitle !== null) lines.push(`——${record.subtitle}`);
  return lines;
}

function writeItem(page: PageWriter, record: ArticleRecord, column: string | null, shape: PageShape, rand: () => number): void {
  const width = shape.widths[Math.floor(rand() * shape.widths.length)]!;
  const head = headLines(record, rand, shape.layout);
  // A column head (栏目) tops the item's frame, so extraction meets it first in either direction.
  // Set in a box of its own, it comes out as a group of its own about half the time.
  if (column !== null) {
    if (shape.direction === 'before' && record.paragraphs.length > 0 && rand() < 0.5) head.unshift(column);
    else page.group([column]);
  }
  const writeBody = (): void => {
    if (record.byline !== null) page.group([record.byline]);
    for (const p of record.paragraphs) {
      if (p.trim() === '') continue;
      if (p.startsWith('§')) page.subhead(p.slice(1).trim());
      else page.paragraph(p, width);
    }
    if (record.continuedOn !== null) page.group([`（下转第${'〇一二三四五六七八九'[record.continuedOn] ?? record.continuedOn}版）`]);
  };
  if (shape.direction === 'before' || record.paragraphs.length === 0) {
    page.group(head);
    writeBody();
  } else {
    writeBody();
    page.group(head);
  }
}

function pageShape(rand: () => number, layout: Layout): PageShape {
  const base = 11 + Math.floor(rand() * 14);
  return {
    layout,
    direction: rand() < 0.25 ? 'after' : 'before',
    widths: [base, base, base + (rand() < 0.5 ? 0 : 2 + Math.floor(rand() * 6))],
    blankAfterParagraph: [1, 0.6, 0.15][Math.floor(rand() * 3)]!,
    columnHeight: 18 + Math.floor(rand() * 40),
    digitSpaces: rand() < 0.4 ? 0.7 : 0,
  };
}

const LAYOUTS: Layout[] = ['spaced', 'wrapped', 'paragraph'];

/** Set one paper's records into pages of 4–9 items each, the layouts taken in turn. */
export function composePaper(file: RecordFile, slug: string): ComposedPage[] {
  const rand = random(hashSeed(slug));
  const articles = [...file.articles];
  for (let i = articles.length - 1; i > 0; i -= 1) {
    const j = Math.floor(rand() * (i + 1));
    [articles[i], articles[j]] = [articles[j]!, articles[i]!];
  }
  const pages: ComposedPage[] = [];
  for (let start = 0, n = 0; start < articles.length; n += 1) {
    const size = 4 + Math.floor(rand() * 6);
    // Headlines whose text is on another page stand together at the top, as a 导读 box does.
    const slice = articles.slice(start, start + size);
    const chunk = [...slice.filter((r) => r.type === 'teaser'), ...slice.filter((r) => r.type !== 'teaser')];
    start += size;
    const layout = LAYOUTS[n % 3]!;
    const shape = pageShape(rand, layout);
    const writer = new PageWriter(shape, rand);
    const items: ReadingItem[] = [];
    let previousColumn: string | null = null;
    for (const record of chunk) {
      // A run of items under one column prints the column head once, above the first.
      const column = record.column !== null && record.column === previousColumn ? null : record.column;
      previousColumn = record.column;
      writeItem(writer, record, column, shape, rand);
      items.push(readingOf(record, column));
    }
    const furniture = file.furniture.length > 0 && rand() < 0.7 ? [file.furniture[Math.floor(rand() * file.furniture.length)]!] : [];
    if (furniture.length > 0) writer.group(furniture);
    const name = `${slug}-${String(n + 1).padStart(2, '0')}-${layout}-${shape.direction}`;
    pages.push({
      name,
      layout,
      direction: shape.direction,
      text: `${writer.lines.join('\n').trimEnd()}\n`,
      reading: { items, furniture, ...(file.subheadsUnmarked ? { subheadsUnmarked: true } : {}) },
    });
  }
  return pages;
}

/**
 * Every composition of a paper's records the corpus holds: the same articles set three times
 * with different layouts, widths, page breaks and noise, so that a rule is judged on how
 * pages vary, not on one draw of them.
 */
export const COMPOSITIONS = ['', '-b', '-c'] as const;

/**
 * All compositions of one paper's records. A `seed` sets the same records again in other
 * page shapes (more material for local runs; the committed corpus is the unseeded one).
 */
export function composeAll(file: RecordFile, slug: string, seed = ''): ComposedPage[] {
  return COMPOSITIONS.flatMap((suffix) => composePaper(file, `${slug}${seed === '' ? '' : `-${seed}`}${suffix}`));
}
