// Shared by the layout (build time) and the search page (browser), so it
// imports nothing: anything heavier would end up in the search bundle.

/** Filter keys as they appear in the index and in search-page URLs (?type=commentary). */
export const filterKeys = ['macro', 'province', 'paper', 'type', 'year', 'column'] as const;
export type FilterKey = (typeof filterKeys)[number];
