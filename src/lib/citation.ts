// GB/T 7714-2015 reference for a newspaper article read online (4.4 连续出版物中的
// 析出文献, with the electronic-resource marks of 4.1.1 and 8.8):
//   主要责任者. 题名[N/OL]. 报纸名, 出版日期(版次)[引用日期]. 获取和访问路径.
// The reader reads it here, so the carrier is OL and the path is the archive's
// permanent URL; the 引用日期 is the day of reading, which a static page cannot
// know, so it is a placeholder the reader replaces. Unknown parts are marked in
// square brackets, as the standard does for information the cataloguer supplies.

/** What a citation needs to know about one article. */
export interface CitationInput {
  /** The article's id: the export files' names and the BibTeX key. */
  id: string;
  authors: readonly string[];
  /** Printed headline; null when the page lost it. */
  title: string | null;
  subtitle?: string | null;
  /** Item type: an untitled photo is cited as a caption, not as a lost headline. */
  type?: string;
  publication: string | null;
  /** Partial ISO date: YYYY-MM-DD, YYYY-MM or YYYY. */
  date: string;
  page: number;
  /** False when the page does not print its number: the 版次 is then left out rather than guessed. */
  pagePrinted: boolean;
  url: string;
  /** The column (栏目), as the section in the exports. */
  column?: string | null;
  /** The paper's ISSN, when its manifest gives one. */
  issn?: string;
}

/** Where the date the reader consulted the page goes; they replace it with that date (YYYY-MM-DD). */
export const ACCESS_DATE_PLACEHOLDER = '引用日期';

/** Standard's limit: list up to three authors, then 等. */
const MAX_AUTHORS = 3;

/**
 * The title as every citation of the article gives it (the visible reference and
 * the RIS, BibTeX and CSL-JSON exports): the printed title, then the subtitle
 * (副题) as 其他题名信息 after a colon. The kicker (引题) is a lead-in printed
 * above the title, not part of it, and is left out. A lost title is the
 * bracketed mark of information the cataloguer supplies, never a made-up one.
 */
export function citationTitle(input: Pick<CitationInput, 'title' | 'subtitle' | 'type'>): string {
  if (!input.title) return input.type === 'photo' ? '[图片说明]' : '[标题缺失]';
  return input.subtitle ? `${input.title}: ${input.subtitle}` : input.title;
}

/** The parts of a partial ISO date that are known: [2025, 4, 11], [2023, 7] or [2023]. */
export function dateParts(date: string): number[] {
  return date.split('-').map(Number);
}

/** The GB/T 7714 reference of one newspaper article read online, ending in its permanent URL. */
export function citeGbt7714(input: CitationInput): string {
  const parts: string[] = [];
  if (input.authors.length > 0) {
    const shown = input.authors.slice(0, MAX_AUTHORS).join(', ');
    parts.push(`${shown}${input.authors.length > MAX_AUTHORS ? ', 等' : ''}. `);
  }
  parts.push(`${citationTitle(input)}[N/OL]. `);
  parts.push(`${input.publication ?? '[报名不详]'}, `);
  parts.push(input.pagePrinted ? `${input.date}(${input.page})` : input.date);
  parts.push(`[${ACCESS_DATE_PLACEHOLDER}]. `);
  parts.push(`${input.url}.`);
  return parts.join('');
}
