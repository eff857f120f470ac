// One search as the page understands it. Pagefind alone is too loose for
// Chinese in two ways (checked on Pagefind 1.6, see docs/search.md):
//  - a query word missing from the index silently falls back to a prefix of
//    itself: 足球 finds every page with 足, 金牌 every page with 金;
//  - an unquoted query is a bag of words whose pieces may lie far apart.
// So every piece is also looked up as an exact phrase: pieces found nowhere
// are reported (and the search finds nothing, as a reader expects), results
// must contain every piece exactly, and the quoted phrase is offered when the
// pieces also occur apart.
import { normalizeQuery, asPhrase, type NormalizedQuery } from '../../lib/search/normalize-query.ts';
import { queryPieces } from '../../lib/search/query-pieces.ts';
import { pagefindOptions, type SearchState } from '../../lib/search/search-params.ts';
import type { Pagefind, PagefindResponse, PagefindResult } from './pagefind-api.ts';

/** What the page renders for one search. */
export interface SearchOutcome {
  state: SearchState;
  normalized: NormalizedQuery;
  /** Pieces Pagefind searched for (the words of an unquoted query). */
  pieces: string[];
  /** Pagefind's response (its filter counts), or null when there was nothing to search. */
  response: PagefindResponse | null;
  /** The results shown: Pagefind's, minus those lacking an exact piece. */
  results: PagefindResult[];
  /** Hits of the exact phrase, for an unquoted query of several pieces. */
  phraseCount: number | null;
  /** Pieces that occur in no article at all. */
  missing: string[];
}

// A pasted sentence can have dozens of pieces; checking each costs a search.
// Beyond this many, the rest are left to Pagefind's own (looser) matching.
const MAX_CHECKED_PIECES = 12;

/** Runs a search for a state; with neither query nor filters, returns no response. */
export async function runSearch(pagefind: Pagefind, state: SearchState): Promise<SearchOutcome> {
  const normalized = normalizeQuery(state.q);
  const options = pagefindOptions(state);
  const pieces = normalized.terms ? queryPieces(normalized.terms) : [];
  const hasFilters = Object.keys(options.filters).length > 0;
  const empty = { state, normalized, pieces, phraseCount: null, missing: [] as string[] };
  if (!normalized.terms && !hasFilters) return { ...empty, response: null, results: [] };

  const response = await pagefind.search(normalized.terms ? normalized.query : null, options);
  if (normalized.phrase || pieces.length === 0) return { ...empty, response, results: response.results };

  // Exact look-ups of each piece, unfiltered: the main results are filtered already.
  const checked = [...new Set(pieces)].slice(0, MAX_CHECKED_PIECES);
  const exact = await Promise.all(checked.map((piece) => pagefind.search(asPhrase(piece))));
  const missing = checked.filter((_, i) => exact[i].results.length === 0);
  const containing = exact.map((r) => new Set(r.results.map((hit) => hit.id)));
  const results = missing.length
    ? []
    : response.results.filter((hit) => containing.every((ids) => ids.has(hit.id)));

  let phraseCount: number | null = null;
  if (pieces.length > 1 && results.length > 0) {
    phraseCount = (await pagefind.search(asPhrase(normalized.terms), options)).results.length;
  }
  return { ...empty, response, results, phraseCount, missing };
}
