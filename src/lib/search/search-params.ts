// The search page's state lives in its URL so every search can be shared:
// /search/?q=长三角&province=浙江省&sort=newest. The header form on every page
// sends only ?q=, which this reads the same way.
import { filterKeys, type FilterKey } from './filter-keys.ts';

/** Result order: Pagefind relevance, or the date sort key either way. */
export type SortOrder = 'relevance' | 'newest' | 'oldest';

/** Everything a search needs, as read from or written to the URL. */
export interface SearchState {
  q: string;
  filters: Partial<Record<FilterKey, string[]>>;
  sort: SortOrder;
}

/** Reads the search state from a URL query string; unknown parameters are ignored. */
export function readSearchParams(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filters: SearchState['filters'] = {};
  for (const key of filterKeys) {
    const values = [...new Set(params.getAll(key).filter(Boolean))];
    if (values.length) filters[key] = values;
  }
  const sort = params.get('sort');
  return {
    q: params.get('q') ?? '',
    filters,
    sort: sort === 'newest' || sort === 'oldest' ? sort : 'relevance',
  };
}

/** Writes the search state as a query string (without `?`), in a stable order. */
export function writeSearchParams(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of filterKeys) for (const value of state.filters[key] ?? []) params.append(key, value);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  return params.toString();
}

/** The filter and sort options in Pagefind's form: values within one filter are alternatives (any). */
export function pagefindOptions(state: SearchState): {
  filters: Record<string, { any: string[] }>;
  sort: Record<string, 'asc' | 'desc'>;
} {
  const filters: Record<string, { any: string[] }> = {};
  for (const key of filterKeys) {
    const values = state.filters[key];
    if (values?.length) filters[key] = { any: values };
  }
  const sort: Record<string, 'asc' | 'desc'> = state.sort === 'newest' ? { date: 'desc' } : state.sort === 'oldest' ? { date: 'asc' } : {};
  return { filters, sort };
}
