// One search as the page understands it. Pagefind alone is too loose for
// Chinese in three ways (checked on Pagefind 1.6, see docs/search.md):
//  - its segmenter splits a word it does not know (聊城 → 聊 / 城) and then
//    finds pages that only have those characters apart;
//  - a query word missing from the index silently falls back to a prefix of
//    itself: 足球 finds every page with 足, 金牌 every page with 金;
//  - an unquoted query is a bag of words whose pieces may lie far apart.
// So a query typed as one run of characters is searched as typed (Pagefind's
// exact phrase, which matches across its segmentation); only when nothing
// contains it are its pieces searched apart, and the page says so. Words the
// reader separated with spaces may lie apart, but each must occur as typed.
import { normalizeQuery, asPhrase, type NormalizedQuery } from '../../lib/search/normalize-query.ts';
import { queryPieces } from '../../lib/search/query-pieces.ts';
import { pagefindOptions, type SearchState } from '../../lib/search/search-params.ts';
import type { Pagefind, PagefindResponse, PagefindResult } from './pagefind-api.ts';

/** How the shown results relate to what the reader typed. */
export type MatchMode =
  /** Filters only, or nothing to search. */
  | 'none'
  /** A quoted phrase. */
  | 'phrase'
  /** One word, every result contains it as typed. */
  | 'exact'
  /** One word found nowhere as typed: results contain its pieces apart. */
  | 'loose'
  /** Several words (typed with spaces): each occurs as typed, anywhere. */
  | 'words';

/** What the page renders for one search. */
export interface SearchOutcome {
  state: SearchState;
  normalized: NormalizedQuery;
  mode: MatchMode;
  /** The words each result must contain as typed (the pieces, in loose mode). */
  words: string[];
  /** The segmenter's pieces of the whole query (how Pagefind alone would read it). */
  pieces: string[];
  /** Pagefind's response (its filter counts), or null when there was nothing to search. */
  response: PagefindResponse | null;
  /** The results shown. */
  results: PagefindResult[];
  /** Hits of the words as one contiguous phrase, when several words were searched. */
  phraseCount: number | null;
  /** Words that occur in no article at all. */
  missing: string[];
}

// A pasted sentence can have dozens of words; checking each costs a search.
// Beyond this many, the rest are left to Pagefind's own (looser) matching.
const MAX_CHECKED_WORDS = 12;

type Options = ReturnType<typeof pagefindOptions>;

/** Runs a search for a state; with neither query nor filters, returns no response. */
export async function runSearch(pagefind: Pagefind, state: SearchState): Promise<SearchOutcome> {
  const normalized = normalizeQuery(state.q);
  const options = pagefindOptions(state);
  const pieces = normalized.terms ? queryPieces(normalized.terms) : [];
  const hasFilters = Object.keys(options.filters).length > 0;
  const base = { state, normalized, pieces, words: [] as string[], phraseCount: null, missing: [] as string[] };
  if (!normalized.terms && !hasFilters) return { ...base, mode: 'none', response: null, results: [] };
  if (!normalized.terms || pieces.length === 0) {
    const response = await pagefind.search(normalized.terms || null, options);
    return { ...base, mode: 'none', response, results: response.results };
  }
  if (normalized.phrase) {
    const response = await pagefind.search(normalized.query, options);
    return { ...base, mode: 'phrase', words: [normalized.terms], response, results: response.results };
  }

  const words = normalized.terms.split(' ').filter((word) => queryPieces(word).length > 0);
  if (words.length > 1) return { ...base, ...(await allWords(pagefind, words, normalized.terms, options)) };

  const [word] = words;
  const exact = await pagefind.search(asPhrase(word), options);
  if (exact.results.length > 0 || pieces.length === 1) {
    // A word the segmenter keeps whole and no article contains: say so, rather
    // than show Pagefind's prefix fallback. With filters, it may exist elsewhere.
    const absent = exact.results.length === 0 && (!hasFilters || (await pagefind.search(asPhrase(word))).results.length === 0);
    return { ...base, mode: 'exact', words, response: exact, results: exact.results, missing: absent ? words : [] };
  }
  // Nothing contains the word as typed: its pieces apart are the best there is.
  const loose = await allWords(pagefind, pieces, pieces.join(' '), options);
  return { ...base, ...loose, mode: 'loose', phraseCount: null };
}

/**
 * Pagefind's bag of words, keeping only results that contain every word
 * exactly (each looked up as a phrase, unfiltered: the bag is filtered already).
 */
async function allWords(pagefind: Pagefind, words: string[], terms: string, options: Options) {
  const response = await pagefind.search(terms, options);
  const checked = [...new Set(words)].slice(0, MAX_CHECKED_WORDS);
  const exact = await Promise.all(checked.map((word) => pagefind.search(asPhrase(word))));
  const missing = checked.filter((_, i) => exact[i].results.length === 0);
  const containing = exact.map((r) => new Set(r.results.map((hit) => hit.id)));
  const results = missing.length ? [] : response.results.filter((hit) => containing.every((ids) => ids.has(hit.id)));
  let phraseCount: number | null = null;
  if (results.length > 0) phraseCount = (await pagefind.search(asPhrase(terms), options)).results.length;
  return { mode: 'words' as const, words, response, results, phraseCount, missing };
}
