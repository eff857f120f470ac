// The article's record as reference managers and search engines read it from
// the page head: Highwire-style citation_* meta tags (Zotero's and Google
// Scholar's convention) and a schema.org NewsArticle in JSON-LD. Both say what
// the visible citation says: nothing the page does not know (an unnamed paper
// has no container title, an unprinted page number no first page).
import type { CitationInput } from './citation.ts';

/** What the head record needs beyond the visible citation. */
export interface HeadRecordInput extends CitationInput {
  /** The item's name as the page heads it: the title, or the marked fallback of an untitled item. */
  name: string;
}

/** citation_* name/content pairs, in the order Zotero's Embedded Metadata translator and Google Scholar document them. */
export function citationMetaTags(input: HeadRecordInput): Array<readonly [string, string]> {
  const tags: Array<readonly [string, string]> = [['citation_title', input.name]];
  for (const author of input.authors) tags.push(['citation_author', author]);
  // Google Scholar's form: 2025/04/11, or 2023/07 when the day is not known (never padded).
  tags.push(['citation_publication_date', input.date.replaceAll('-', '/')]);
  if (input.publication) tags.push(['citation_journal_title', input.publication]);
  if (input.issn) tags.push(['citation_issn', input.issn]);
  if (input.pagePrinted) tags.push(['citation_firstpage', String(input.page)]);
  tags.push(['citation_language', 'zh']);
  tags.push(['citation_public_url', input.url]);
  return tags;
}

/** The schema.org NewsArticle of one item. */
export function newsArticleJsonLd(input: HeadRecordInput): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: input.title ?? input.name,
    ...(input.subtitle ? { alternativeHeadline: input.subtitle } : {}),
    ...(input.authors.length > 0 ? { author: input.authors.map((name) => ({ '@type': 'Person', name })) } : {}),
    // ISO 8601 at the precision known: 2025-04-11, 2023-07 or 2023.
    datePublished: input.date,
    ...(input.publication
      ? { isPartOf: { '@type': 'Periodical', name: input.publication, ...(input.issn ? { issn: input.issn } : {}) } }
      : {}),
    // The 版 the article is printed on, as the first page and as the page range (one page).
    ...(input.pagePrinted ? { pageStart: String(input.page), pagination: String(input.page) } : {}),
    ...(input.column ? { articleSection: input.column } : {}),
    inLanguage: 'zh-Hans',
    url: input.url,
    mainEntityOfPage: input.url,
  };
}

/**
 * JSON for a <script type="application/ld+json"> block. Page text is
 * untrusted: <, > and & are written as \u escapes, so no headline can close
 * the element or open a comment, and the data still parses to the same text.
 */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
