// What Pagefind sees is not what the reader typed: Pagefind 1.6 folds
// neither width nor script, and only treats a query as a phrase when the
// whole query is wrapped in ASCII double quotes. This module bridges both.
import { foldWidth } from './fold-width.ts';
import { toSimplified } from './to-simplified.ts';

/** A reader's query, ready for Pagefind, with what was changed on the way. */
export interface NormalizedQuery {
  /** The string to hand to Pagefind: `"…"` for a phrase, bare words otherwise. */
  query: string;
  /** The words without quotes (what the page shows and highlights). */
  terms: string;
  /** Whether the reader asked for an exact phrase. */
  phrase: boolean;
  /** Which foldings applied, so the page can say so. */
  folded: { width: boolean; script: boolean; quotesDropped: boolean };
}

// Chinese and Japanese quotation marks readers use for a phrase.
const OPENING = /[“「『〝‘]/g;
const CLOSING = /[”」』〞〟’]/g;

/** Normalizes a raw query: full-width → half-width, traditional → simplified, CJK quotes → ASCII, whitespace collapsed. */
export function normalizeQuery(raw: string): NormalizedQuery {
  const widthFolded = foldWidth(raw);
  const quoted = widthFolded.replace(OPENING, '"').replace(CLOSING, '"');
  const simplified = toSimplified(quoted);
  const text = simplified.replace(/\s+/g, ' ').trim();

  const whole = /^"([^"]+)"$/.exec(text);
  const phraseTerms = whole?.[1].trim();
  const hasQuotes = text.includes('"');
  const phrase = Boolean(phraseTerms);
  // Pagefind cannot mix a phrase with loose words; stray or partial quotes
  // would be dropped by it silently, so drop them here and say so.
  const terms = phrase ? phraseTerms! : text.replace(/"/g, ' ').replace(/\s+/g, ' ').trim();
  return {
    query: phrase ? `"${terms}"` : terms,
    terms,
    phrase,
    folded: {
      width: widthFolded !== raw,
      script: simplified !== quoted,
      quotesDropped: hasQuotes && !phrase,
    },
  };
}

/** The quoted-phrase form of a query, offered when its words match far apart. */
export function asPhrase(terms: string): string {
  return `"${terms}"`;
}
