// The article's citation as files a reader downloads into a reference manager,
// each carried in a data: URI of the link itself: no script on the page and no
// extra file per article in dist/ (docs/site.md says why).
import type { CitationInput } from './citation.ts';
import { toBibtex } from './citation-bibtex.ts';
import { toCslJson } from './citation-csl.ts';
import { toRis } from './citation-ris.ts';

/** One downloadable citation format. */
export interface CitationExport {
  /** The format's name, as the link says it. */
  label: string;
  fileName: string;
  mediaType: string;
  /** The file's text. */
  text: string;
  /** The link's href: the text as a percent-encoded UTF-8 data: URI. */
  href: string;
}

const FORMATS = [
  { label: 'RIS', extension: 'ris', mediaType: 'application/x-research-info-systems', write: toRis },
  { label: 'BibTeX', extension: 'bib', mediaType: 'application/x-bibtex', write: toBibtex },
  { label: 'CSL-JSON', extension: 'json', mediaType: 'application/vnd.citationstyles.csl+json', write: toCslJson },
] as const;

/** The article's citation in each export format. */
export function citationExports(input: CitationInput): CitationExport[] {
  return FORMATS.map(({ label, extension, mediaType, write }) => {
    const text = write(input);
    return {
      label,
      fileName: `${input.id}.${extension}`,
      mediaType,
      text,
      href: `data:${mediaType};charset=utf-8,${encodeURIComponent(text)}`,
    };
  });
}
