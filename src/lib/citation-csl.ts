// The article as CSL-JSON, the data model of the Citation Style Language that
// Zotero, Mendeley, Pandoc and citeproc processors read. Only what the page
// knows: an unnamed paper has no container-title, an unprinted page number no
// page, a month-precision date no day.
import { citationTitle, dateParts, type CitationInput } from './citation.ts';

/** One CSL-JSON item (the fields this archive fills; CSL has many more). */
export interface CslItem {
  id: string;
  type: 'article-newspaper';
  title: string;
  'title-short'?: string;
  author?: Array<{ literal: string }>;
  'container-title'?: string;
  ISSN?: string;
  issued: { 'date-parts': number[][] };
  page?: string;
  section?: string;
  language: 'zh-Hans';
  URL: string;
}

/** The CSL-JSON item of one article. */
export function toCslItem(input: CitationInput): CslItem {
  return {
    id: input.id,
    type: 'article-newspaper',
    title: citationTitle(input),
    // The printed title alone, as short title, when the full one carries a subtitle.
    ...(input.title && input.subtitle ? { 'title-short': input.title } : {}),
    // Chinese names are not split into family and given: a literal name invents nothing.
    ...(input.authors.length > 0 ? { author: input.authors.map((literal) => ({ literal })) } : {}),
    ...(input.publication ? { 'container-title': input.publication } : {}),
    ...(input.issn ? { ISSN: input.issn } : {}),
    issued: { 'date-parts': [dateParts(input.date)] },
    ...(input.pagePrinted ? { page: String(input.page) } : {}),
    ...(input.column ? { section: input.column } : {}),
    language: 'zh-Hans',
    URL: input.url,
  };
}

/** A CSL-JSON file: an array of items, here the one article. */
export function toCslJson(input: CitationInput): string {
  return `${JSON.stringify([toCslItem(input)], null, 2)}\n`;
}
