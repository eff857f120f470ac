// Reads an exported citation the way a reference manager does, with
// Citation.js's maintained parsers (RIS, BibTeX/biblatex, CSL-JSON), and
// reduces it to the fields the tests compare with the article's API record.
// Nothing here parses the formats by hand.
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';

export type ExportFormat = 'RIS' | 'BibTeX' | 'CSL-JSON';

/** What came out of an export. */
export interface ReadCitation {
  /** CSL item type, as the parser derives it from the format's own type (NEWS, @article + entrysubtype newspaper, article-newspaper). */
  type: string;
  title: string;
  authors: string[];
  /** The paper (container title), or null when the export names none. */
  paper: string | null;
  /** Known date parts: [2025, 4, 11], [2023, 7]. */
  date: number[];
  /** The page (版), or null when the export gives none. */
  page: string | null;
  url: string;
}

/** The parser each format is forced through, so a file can never be read as another format. */
const PARSER: Record<ExportFormat, string> = { RIS: '@ris/file', BibTeX: '@biblatex/text', 'CSL-JSON': '@csl/list+object' };

type Name = string | { literal?: string; family?: string; given?: string };
const nameText = (name: Name) => (typeof name === 'string' ? name : (name.literal ?? [name.family, name.given].filter(Boolean).join('')));

/** Parses one export (a single record) and returns its fields. */
export function readCitation(format: ExportFormat, text: string): ReadCitation {
  const input = format === 'CSL-JSON' ? JSON.parse(text) : text;
  const items = new Cite(input, { forceType: PARSER[format] }).data as Array<Record<string, any>>;
  if (items.length !== 1) throw new Error(`${format}: expected one record, the parser read ${items.length}`);
  const [item] = items;
  // RIS gives a newspaper article's writers as AU, which the RIS specification calls the reporter.
  const names: Name[] = [].concat(item.author ?? item.reporter ?? []);
  let date: number[] = item.issued?.['date-parts']?.[0] ?? [];
  if (format === 'RIS') {
    // Citation.js takes a NEWS record's date from PY (the year) only; the full date is in DA,
    // which Zotero and EndNote read. Take DA from Citation.js's own tag-level parse of the record.
    const [record] = plugins.input.chainLink(text) as Array<Record<string, string>>;
    if (record.DA) date = record.DA.split('/').filter(Boolean).map(Number);
  }
  return {
    // biblatex has no newspaper type: @article with entrysubtype = {newspaper}, which Citation.js keeps as the genre.
    type: item.genre === 'newspaper' ? 'article-newspaper' : item.type,
    title: item.title,
    authors: names.map(nameText),
    paper: item['container-title'] ?? null,
    date,
    page: item.page ?? null,
    url: item.URL,
  };
}

/** A CSL-JSON export rendered by citeproc-js (through Citation.js) in a bibliography style: what a word processor plugin prints. */
export function renderCslJson(text: string): string {
  return new Cite(JSON.parse(text), { forceType: PARSER['CSL-JSON'] }).format('bibliography', {
    format: 'text',
    template: 'apa',
    lang: 'en-US',
  });
}
