// One search as the page understands it: the reader's query normalized, the
// Pagefind search itself, and the two checks that make a bag-of-words search
// understandable — does the exact phrase occur, and which pieces occur nowhere.
import { normalizeQuery, asPhrase, type NormalizedQuery } from '../../lib/search/normalize-query.ts';
import { queryPieces } from '../../lib/search/query-pieces.ts';
import { pagefindOptions, type SearchState } from '../../lib/search/search-params.ts';
import type { Pagefind, PagefindResponse } from './pagefind-api.ts';

/** What the page renders for one search. */
export interface SearchOutcome {
  state: SearchState;
  normalized: NormalizedQuery;
  /** Pieces Pagefind searched for (unquoted queries). */
  pieces: string[];
  response: PagefindResponse | null;
  /** Hits of the exact phrase, for an unquoted query of several pieces. */
  phraseCount: number | null;
  /** Pieces that occur in no article at all. */
  missing: string[];
}

// Checking every piece costs one search each (their index chunks are already
// loaded by the main search); beyond a handful the note would not help anyway.
const MAX_PIECES_CHECKED = 6;

/** Runs a search for a state; with neither query nor filters, returns no response. */
export async function runSearch(pagefind: Pagefind, state: SearchState): Promise<SearchOutcome> {
  const normalized = normalizeQuery(state.q);
  const options = pagefindOptions(state);
  const pieces = normalized.terms ? queryPieces(normalized.terms) : [];
  const hasFilters = Object.keys(options.filters).length > 0;
  if (!normalized.terms && !hasFilters) {
    return { state, normalized, pieces, response: null, phraseCount: null, missing: [] };
  }
  const response = await pagefind.search(normalized.terms ? normalized.query : null, options);

  let phraseCount: number | null = null;
  let missing: string[] = [];
  if (!normalized.phrase && pieces.length > 1) {
    const [phrase, ...perPiece] = await Promise.all([
      pagefind.search(asPhrase(normalized.terms), options),
      ...pieces.slice(0, MAX_PIECES_CHECKED).map((piece) => pagefind.search(piece)),
    ]);
    phraseCount = phrase.results.length;
    missing = pieces.filter((_, i) => i < perPiece.length && perPiece[i].results.length === 0);
  }
  return { state, normalized, pieces, response, phraseCount, missing };
}
