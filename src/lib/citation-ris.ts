// The article as a RIS record (TY NEWS), the tagged format every reference
// manager imports (EndNote, Zotero, Mendeley, NoteExpress). Tags as the RIS
// specification gives them for a newspaper article: AU reporter, TI title,
// T2 newspaper, PY year, DA date, SP page, SE section, SN ISSN, LA, UR.
import { citationTitle, dateParts, type CitationInput } from './citation.ts';

/** A RIS value sits on one line: line breaks and runs of spaces in page text become one space. */
function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/** The RIS record of one article (CRLF line ends, as the specification asks). */
export function toRis(input: CitationInput): string {
  const tags: Array<[string, string]> = [['TY', 'NEWS']];
  for (const author of input.authors) tags.push(['AU', author]);
  tags.push(['TI', citationTitle(input)]);
  if (input.title && input.subtitle) tags.push(['ST', input.title]);
  if (input.publication) tags.push(['T2', input.publication]);
  const [year, month] = dateParts(input.date);
  tags.push(['PY', String(year)]);
  // RIS dates are YYYY/MM/DD; only the known parts are written (2023/07, never 2023/07/01).
  if (month) tags.push(['DA', input.date.replaceAll('-', '/')]);
  if (input.pagePrinted) tags.push(['SP', String(input.page)]);
  if (input.column) tags.push(['SE', input.column]);
  if (input.issn) tags.push(['SN', input.issn]);
  tags.push(['LA', 'zh-Hans']);
  tags.push(['UR', input.url]);
  tags.push(['ID', input.id]);
  const lines = tags.map(([tag, value]) => `${tag}  - ${oneLine(value)}`);
  lines.push('ER  - ');
  return `${lines.join('\r\n')}\r\n`;
}
