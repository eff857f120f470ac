// The papers (报纸) of the archive, as the directory and each paper's page
// show them: a catalogue record gathered from the issues' manifests, and the
// issues held. A field may change over a paper's life (a new sponsor, a new
// name): every distinct value is kept with the span of issues that give it,
// newest first, instead of one manifest silently winning.
import type { Archive, IssueEntry } from './archive.ts';
import { compareDatesAsc, compareDatesDesc } from './dates.ts';
import { paperKey, UNNAMED_PAPER_KEY } from './paper-key.ts';
import { upperDivision, parentCodeOf, levelOfCode } from '../data/regions/hierarchy.ts';

/** One value of a catalogue field and the dates of the first and last issue held that give it. */
export interface CatalogueValue {
  value: string;
  from: string;
  to: string;
}

/** The catalogue fields a manifest may give for its paper. */
export const catalogueFields = ['name', 'region', 'sponsor', 'cn', 'issn'] as const;
export type CatalogueField = (typeof catalogueFields)[number];

/** One paper page: a named paper, or the gathering of issues whose paper is not named. */
export interface Paper {
  /** URL key: the publication slug, or UNNAMED_PAPER_KEY. */
  key: string;
  /** The name as the newest issue prints it; null for the 报名不详 page. */
  name: string | null;
  /** Issues held, newest first (as in the archive). */
  issues: IssueEntry[];
  /** Every value each field has in the manifests, newest first; empty when no manifest gives one. */
  record: Record<CatalogueField, CatalogueValue[]>;
  /** Dates of the oldest and newest issue held. */
  first: string;
  last: string;
  pageCount: number;
  articleCount: number;
}

/** The archive's papers: named ones by name, and the 报名不详 page when some issue names no paper. */
export interface Papers {
  named: Paper[];
  unnamed: Paper | undefined;
  byKey: Map<string, Paper>;
}

const cache = new WeakMap<Archive, Papers>();

/** The papers of an archive, built once per build. */
export function papersOf(archive: Archive): Papers {
  let papers = cache.get(archive);
  if (!papers) {
    const counts = (issue: IssueEntry) => {
      const pages = archive.pagesByIssue.get(issue.id) ?? [];
      return { pages: pages.length, articles: pages.reduce((sum, page) => sum + page.articles.length, 0) };
    };
    papers = groupPapers(archive.issues, counts);
    cache.set(archive, papers);
  }
  return papers;
}

type IssueLike = Pick<IssueEntry, 'id' | 'data'>;

/**
 * Groups issues (newest first) into papers by paperKey and gathers each
 * paper's catalogue record. Pure, for tests: `counts` says how many pages and
 * items each issue has.
 */
export function groupPapers<T extends IssueLike>(issues: readonly T[], counts: (issue: T) => { pages: number; articles: number }): Papers {
  const groups = new Map<string, T[]>();
  for (const issue of issues) {
    const { name, slug } = issue.data.publication;
    const key = paperKey(name, slug);
    if (name !== null && key === UNNAMED_PAPER_KEY) {
      throw new Error(
        `issue ${issue.id}: the slug \`${UNNAMED_PAPER_KEY}\` is kept for papers the page does not name, but this manifest names ${name}; give the paper its own slug`,
      );
    }
    groups.set(key, [...(groups.get(key) ?? []), issue]);
  }
  const byKey = new Map<string, Paper>();
  for (const [key, held] of groups) {
    const newestFirst = [...held].sort((a, b) => compareDatesDesc(a.data.date, b.data.date) || a.id.localeCompare(b.id));
    const record = Object.fromEntries(
      catalogueFields.map((field) => [field, key === UNNAMED_PAPER_KEY ? [] : valuesOf(newestFirst, field)]),
    ) as Paper['record'];
    const totals = newestFirst.map(counts);
    byKey.set(key, {
      key,
      name: key === UNNAMED_PAPER_KEY ? null : (newestFirst[0].data.publication.name as string),
      issues: newestFirst as unknown as IssueEntry[],
      record,
      first: newestFirst.at(-1)!.data.date,
      last: newestFirst[0].data.date,
      pageCount: totals.reduce((sum, t) => sum + t.pages, 0),
      articleCount: totals.reduce((sum, t) => sum + t.articles, 0),
    });
  }
  const named = [...byKey.values()]
    .filter((paper) => paper.name !== null)
    .sort((a, b) => a.name!.localeCompare(b.name!, 'zh-Hans-CN-u-co-pinyin') || a.key.localeCompare(b.key));
  return { named, unnamed: byKey.get(UNNAMED_PAPER_KEY), byKey };
}

/** Distinct values of one field over a paper's issues, newest first, each with the dates of the issues giving it. */
function valuesOf(newestFirst: readonly IssueLike[], field: CatalogueField): CatalogueValue[] {
  const spans = new Map<string, CatalogueValue>();
  for (const issue of [...newestFirst].reverse()) {
    const value = issue.data.publication[field];
    if (value === undefined || value === null) continue;
    const span = spans.get(value);
    if (span) span.to = issue.data.date;
    else spans.set(value, { value, from: issue.data.date, to: issue.data.date });
  }
  return [...spans.values()].sort((a, b) => compareDatesAsc(b.to, a.to));
}

/**
 * A place of publication from its GB/T 2260 code, as a catalogue writes it:
 * 山东省聊城市. Counties are not in the site's tables (only the tagger loads
 * them), so a county code is shown as its prefecture or province plus the code.
 */
export function placeName(code: string): string {
  const chain: string[] = [];
  const own = upperDivision(code);
  const start = own ? code : parentCodeOf(code);
  for (let at: string | null = start; at; at = parentCodeOf(at)) {
    const division = upperDivision(at);
    if (division) chain.unshift(division.name);
  }
  const name = chain.join('');
  if (levelOfCode(code) === 'county' || !own) return name ? `${name}（${code}）` : code;
  return name;
}
