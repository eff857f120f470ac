// One read of the content collections, indexed the ways pages need them
// (by issue, by page, by id, by region). Astro renders every route in one
// process, so the index is built once per build.
import { getCollection, type CollectionEntry } from 'astro:content';
import { compareDatesDesc } from './dates.ts';

export type IssueEntry = CollectionEntry<'issues'>;
export type ArticleEntry = CollectionEntry<'articles'>;
export type PageEntry = CollectionEntry<'pages'>;

/** A printed page with its manifest data, its generated record and its items in reading order. */
export interface ArchivePage {
  issue: IssueEntry;
  number: number;
  numberPrinted: boolean;
  name: string | null;
  file: string;
  record: PageEntry | undefined;
  articles: ArticleEntry[];
}

/** The whole archive, indexed. */
export interface Archive {
  /** Newest first (partial dates as their first day), then by id. */
  issues: IssueEntry[];
  /** Every article, newest issue first, then page and reading order. */
  articles: ArticleEntry[];
  issueById: Map<string, IssueEntry>;
  articleById: Map<string, ArticleEntry>;
  /** Pages of each issue in print order. */
  pagesByIssue: Map<string, ArchivePage[]>;
  /** Articles tagged with each region code. */
  articlesByRegion: Map<string, ArticleEntry[]>;
}

let cached: Promise<Archive> | undefined;

/** The archive, loaded and indexed once per build. */
export function loadArchive(): Promise<Archive> {
  cached ??= build();
  return cached;
}

async function build(): Promise<Archive> {
  const [issueEntries, articleEntries, pageEntries] = await Promise.all([
    getCollection('issues'),
    getCollection('articles'),
    getCollection('pages'),
  ]);
  const issues = issueEntries.sort((a, b) => compareDatesDesc(a.data.date, b.data.date) || a.id.localeCompare(b.id));
  const issueById = new Map(issues.map((issue) => [issue.id, issue]));
  const articleById = new Map(articleEntries.map((article) => [article.id, article]));
  const issueRank = new Map(issues.map((issue, index) => [issue.id, index]));
  const articles = [...articleEntries].sort(
    (a, b) =>
      (issueRank.get(a.data.issue) ?? 0) - (issueRank.get(b.data.issue) ?? 0) ||
      a.data.page - b.data.page ||
      a.data.order - b.data.order,
  );

  const recordByKey = new Map(pageEntries.map((page) => [`${page.data.issue}#${page.data.number}`, page]));
  const pagesByIssue = new Map<string, ArchivePage[]>();
  for (const issue of issues) {
    const pages = [...issue.data.pages]
      .sort((a, b) => a.number - b.number)
      .map((page): ArchivePage => {
        const record = recordByKey.get(`${issue.id}#${page.number}`);
        // The page record lists its items in reading order; fall back to the
        // articles' own order fields if a record is missing.
        const items = record
          ? record.data.articles.map((id) => articleById.get(id)).filter((a): a is ArticleEntry => a !== undefined)
          : articles
              .filter((a) => a.data.issue === issue.id && a.data.page === page.number)
              .sort((a, b) => a.data.order - b.data.order);
        return {
          issue,
          number: page.number,
          numberPrinted: page.numberPrinted,
          name: page.name,
          file: page.file,
          record,
          articles: items,
        };
      });
    pagesByIssue.set(issue.id, pages);
  }

  const articlesByRegion = new Map<string, ArticleEntry[]>();
  for (const article of articles) {
    for (const region of article.data.regions) {
      const list = articlesByRegion.get(region.code) ?? [];
      list.push(article);
      articlesByRegion.set(region.code, list);
    }
  }
  return { issues, articles, issueById, articleById, pagesByIssue, articlesByRegion };
}

/** The page an article was printed on. */
export function pageOf(archive: Archive, article: ArticleEntry): ArchivePage | undefined {
  return archive.pagesByIssue.get(article.data.issue)?.find((page) => page.number === article.data.page);
}

/** Other articles sharing at least one region, most shared regions first, then newest; at most `limit`. */
export function relatedByRegion(
  archive: Archive,
  article: ArticleEntry,
  limit = 6,
): Array<{ article: ArticleEntry; shared: string[] }> {
  const shared = new Map<string, string[]>();
  for (const region of article.data.regions) {
    for (const other of archive.articlesByRegion.get(region.code) ?? []) {
      if (other.id === article.id) continue;
      const names = shared.get(other.id) ?? [];
      names.push(region.name);
      shared.set(other.id, names);
    }
  }
  // Called once per article page: rebuilding the order map and sorting every
  // candidate each time made article pages quadratic in the archive's size.
  // Keep only the best `limit` (same order: most shared places, then archive order).
  const order = articleOrder(archive);
  const before = ([a, na]: [string, string[]], [b, nb]: [string, string[]]) =>
    nb.length - na.length || (order.get(a) ?? 0) - (order.get(b) ?? 0);
  const best: Array<[string, string[]]> = [];
  for (const entry of shared) {
    if (best.length === limit && before(entry, best[limit - 1]) >= 0) continue;
    let at = best.length;
    while (at > 0 && before(entry, best[at - 1]) < 0) at--;
    best.splice(at, 0, entry);
    if (best.length > limit) best.pop();
  }
  return best.map(([id, names]) => ({ article: archive.articleById.get(id)!, shared: names }));
}

const orders = new WeakMap<Archive, Map<string, number>>();

/** Each article's position in the archive's order, computed once per archive. */
function articleOrder(archive: Archive): Map<string, number> {
  let order = orders.get(archive);
  if (!order) {
    order = new Map(archive.articles.map((a, index) => [a.id, index]));
    orders.set(archive, order);
  }
  return order;
}
