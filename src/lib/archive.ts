// One read of the content collections, indexed the ways pages need them
// (by issue, by page, by id, by region). Astro renders every route in one
// process, so the index is built once per build.
import { getCollection, type CollectionEntry } from 'astro:content';
import type { IssuePage } from '../schemas/issue.ts';
import { compareDatesDesc } from './dates.ts';
import { issueLabel, issueSuffixes } from './labels.ts';
import { reportsOnItsPlaces } from './item-kinds.ts';

export type IssueEntry = CollectionEntry<'issues'>;
export type ArticleEntry = CollectionEntry<'articles'>;
export type PageEntry = CollectionEntry<'pages'>;

/** A printed page with its manifest data, its generated record and its items in reading order. */
export interface ArchivePage extends Pick<IssuePage, 'number' | 'numberPrinted' | 'name' | 'file'> {
  issue: IssueEntry;
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
  /** （之一）, （之二）… for issues that share paper and date (see issueSuffixes); absent for the rest. */
  issueSuffix: Map<string, string>;
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
      (issueRank.get(a.data.issue) ?? 0) - (issueRank.get(b.data.issue) ?? 0) || a.data.page - b.data.page || a.data.order - b.data.order,
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
          : articles.filter((a) => a.data.issue === issue.id && a.data.page === page.number).sort((a, b) => a.data.order - b.data.order);
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
  return { issues, articles, issueById, articleById, pagesByIssue, articlesByRegion, issueSuffix: issueSuffixes(issues) };
}

/** An issue as every list, heading, breadcrumb and feed names it: 聊城日报 2025年4月11日, or 报名不详 2023年7月（之二）. */
export function issueTitle(archive: Archive, issue: IssueEntry): string {
  return issueLabel(issue.data) + (archive.issueSuffix.get(issue.id) ?? '');
}

/** The page an article was printed on. */
export function pageOf(archive: Archive, article: ArticleEntry): ArchivePage | undefined {
  return archive.pagesByIssue.get(article.data.issue)?.find((page) => page.number === article.data.page);
}

/** Other reports sharing at least one region (advertorials are not about their places), most shared regions first, then newest; at most `limit`. */
export function relatedByRegion(archive: Archive, article: ArticleEntry, limit = 6): Array<{ article: ArticleEntry; shared: string[] }> {
  // Called once per article page. Counting shared places in a Map keyed by id
  // visited 91 million (article, candidate) pairs at 11,357 synthetic articles
  // (one macro-region held 44% of them) and took ~50 s; counting in a typed
  // array by archive position, then keeping the best `limit`, gives the same
  // list (most shared places, then archive order) in well under a second.
  const index = relatedIndex(archive);
  const self = index.position.get(article.id);
  const { counts } = index;
  const touched: number[] = [];
  for (const region of article.data.regions) {
    const list = index.lists.get(region.code);
    if (!list) continue;
    for (let i = 0; i < list.length; i++) {
      const at = list[i];
      if (at === self || !index.reports[at]) continue;
      if (counts[at]++ === 0) touched.push(at);
    }
  }
  const before = (a: number, b: number) => counts[b] - counts[a] || a - b;
  const best: number[] = [];
  for (const candidate of touched) {
    if (best.length === limit && before(candidate, best[limit - 1]) >= 0) continue;
    let at = best.length;
    while (at > 0 && before(candidate, best[at - 1]) < 0) at--;
    best.splice(at, 0, candidate);
    if (best.length > limit) best.pop();
  }
  const result = best.map((at) => ({
    article: archive.articles[at],
    shared: article.data.regions.filter((region) => index.members.get(region.code)?.has(at)).map((region) => region.name),
  }));
  for (const at of touched) counts[at] = 0;
  return result;
}

/** Per-build lookup for relatedByRegion: positions in archive order, each region's articles as positions, and a scratch counter. */
interface RelatedIndex {
  position: Map<string, number>;
  lists: Map<string, Int32Array>;
  members: Map<string, Set<number>>;
  counts: Int32Array;
  /** By archive position: whether the item reports on its places (reportsOnItsPlaces). */
  reports: Uint8Array;
}

const relatedIndexes = new WeakMap<Archive, RelatedIndex>();

function relatedIndex(archive: Archive): RelatedIndex {
  let index = relatedIndexes.get(archive);
  if (!index) {
    const position = new Map(archive.articles.map((a, at) => [a.id, at]));
    const lists = new Map<string, Int32Array>();
    const members = new Map<string, Set<number>>();
    for (const [code, articles] of archive.articlesByRegion) {
      const positions = articles.map((a) => position.get(a.id)!);
      lists.set(code, Int32Array.from(positions));
      members.set(code, new Set(positions));
    }
    const reports = Uint8Array.from(archive.articles, (a) => (reportsOnItsPlaces(a) ? 1 : 0));
    index = { position, lists, members, counts: new Int32Array(archive.articles.length), reports };
    relatedIndexes.set(archive, index);
  }
  return index;
}
