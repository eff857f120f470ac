// What Pagefind records about an article besides its text: filters (facets
// the search page offers), meta (what a result shows) and the sort key. Kept
// pure so the layout only renders it and tests can check it without a build.
import type { Article } from '../../schemas/article.ts';
import { dateSortKey } from '../../schemas/date.ts';

export { filterKeys, type FilterKey } from './filter-keys.ts';

/** One name/value pair Pagefind reads from an attribute. */
export type IndexPair = readonly [name: string, value: string];

/** The filters, meta and sort keys of one article, in render order. */
export interface IndexAttributes {
  filters: IndexPair[];
  meta: IndexPair[];
  sort: IndexPair[];
}

/** The subset of article fields the index needs. */
export type IndexedArticle = Pick<Article, 'title' | 'publication' | 'date' | 'page' | 'type' | 'kicker' | 'column' | 'regions'>;

/** What the index needs from the site's labels, so results say what the article page says. */
export interface IndexOptions {
  /** The paper shown for an unnamed one (报名不详). */
  unknownPaper: string;
  /** The page as the article page labels it: 第1版 · 头版, or 版次不详 where the number is not printed. */
  pageLabel: string;
}

/**
 * Computes what Pagefind should record for one article: region (macro and
 * province), paper, item type, year and column filters, plus the date and page
 * label the result list shows; title and kicker meta; and an ISO date sort key,
 * without which a page vanishes from sorted results.
 */
export function indexAttributes(article: IndexedArticle, options: IndexOptions): IndexAttributes {
  const filters: IndexPair[] = [];
  const seen = new Set<string>();
  for (const region of article.regions) {
    const key = region.level === 'macro' ? 'macro' : region.level === 'province' ? 'province' : null;
    if (!key || seen.has(`${key}:${region.name}`)) continue;
    seen.add(`${key}:${region.name}`);
    filters.push([key, region.name]);
  }
  const paper = article.publication ?? options.unknownPaper;
  filters.push(['paper', paper]);
  filters.push(['type', article.type]);
  filters.push(['year', article.date.slice(0, 4)]);
  if (article.column) filters.push(['column', article.column]);
  // Shown in the result list, never offered as facets (not in filterKeys).
  // Filters, not meta: Pagefind 1.6 searches every meta value, so a date meta
  // made 2021 or 06 find every item of that year or month, and a page label
  // 第6版 · 经济 made 经济 find items that never say it. Filter values are not searched.
  // The label, not the number: an unprinted number is 版次不详 on the article page and in results alike.
  filters.push(['date', article.date], ['page', options.pageLabel]);

  // Only what is also in the indexed text. An explicit empty title stops
  // Pagefind from taking the fallback <h1> (（标题缺失）) as the title, which
  // would make every untitled item match 标题.
  const meta: IndexPair[] = [['title', article.title ?? '']];
  if (article.kicker) meta.push(['kicker', article.kicker]);

  return { filters, meta, sort: [['date', dateSortKey(article.date)]] };
}
