// The article as a BibTeX entry that biblatex reads as a newspaper article
// (@article with entrysubtype = {newspaper}, biblatex's convention) and
// classic BibTeX as an article in a journal named after the paper. Page text
// is untrusted and LaTeX treats some ASCII characters as commands: they are
// written as their LaTeX forms, so the entry compiles and reads back as typed.
import { citationTitle, dateParts, type CitationInput } from './citation.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const LATEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '%': '\\%',
  '&': '\\&',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
};

/** Text as a braced BibTeX value: LaTeX specials escaped, whitespace runs (line breaks included) one space. */
export function bibtexText(value: string): string {
  return value
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\{}%&$#_^~]/g, (char) => LATEX_SPECIALS[char]);
}

/** The BibTeX entry of one article, keyed by its id. */
export function toBibtex(input: CitationInput): string {
  const fields: Array<[string, string]> = [['entrysubtype', '{newspaper}']];
  // Each name braced whole: BibTeX would otherwise try to split a Chinese name into first and last.
  if (input.authors.length > 0) fields.push(['author', `{${input.authors.map((name) => `{${bibtexText(name)}}`).join(' and ')}}`]);
  fields.push(['title', `{${bibtexText(citationTitle(input))}}`]);
  if (input.title && input.subtitle) fields.push(['shorttitle', `{${bibtexText(input.title)}}`]);
  if (input.publication) fields.push(['journal', `{${bibtexText(input.publication)}}`]);
  // biblatex reads the partial date as it is; classic BibTeX has only year and month.
  const [year, month] = dateParts(input.date);
  fields.push(['date', `{${input.date}}`], ['year', `{${year}}`]);
  if (month) fields.push(['month', MONTHS[month - 1]]);
  if (input.pagePrinted) fields.push(['pages', `{${input.page}}`]);
  if (input.issn) fields.push(['issn', `{${bibtexText(input.issn)}}`]);
  fields.push(['url', `{${input.url}}`]);
  const body = fields.map(([name, value]) => `  ${name} = ${value},`).join('\n');
  return `@article{${input.id},\n${body}\n}\n`;
}
