// Every internal link goes through these helpers so the archive works under
// any base path (a project page of a static host lives under /<repo>/).
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** An absolute path inside the site, prefixed with the configured base. */
export function withBase(path: string): string {
  return base + path.replace(/^\//, '');
}

/** The permanent page of one article. */
export function articleUrl(id: string): string {
  return withBase(`articles/${id}/`);
}

/** The page of one issue. */
export function issueUrl(issueId: string): string {
  return withBase(`issues/${issueId}/`);
}

/** The 版面 view of one page of an issue. */
export function pageUrl(issueId: string, pageNumber: number): string {
  return withBase(`issues/${issueId}/p${String(pageNumber).padStart(2, '0')}/`);
}

/** The directory of papers (报纸). */
export function papersUrl(): string {
  return withBase('papers/');
}

/** The page of one paper, by its key (paperKey: the slug, or the 报名不详 page's key). */
export function paperUrl(key: string): string {
  return withBase(`papers/${key}/`);
}

/** The RSS feed of one paper. */
export function paperFeedUrl(key: string): string {
  return `${paperUrl(key)}rss.xml`;
}

/** The search page filtered to one paper (the paper filter's value is the name shown, 报名不详 included). */
export function paperSearchUrl(paper: string): string {
  return `${withBase('search/')}?paper=${encodeURIComponent(paper)}`;
}

/** The page of one region (macro-region, province, prefecture or county). */
export function regionUrl(slug: string): string {
  return withBase(`regions/${slug}/`);
}

/** The search page, optionally with a query filled in. */
export function searchUrl(query?: string): string {
  return withBase('search/') + (query ? `?q=${encodeURIComponent(query)}` : '');
}

/**
 * The raw text of one page, shown whole on its 版面 view (a section, not a file of its
 * own: one file per printed page was a sixth of the files a deployment holds).
 */
export function pageSourceUrl(issueId: string, pageNumber: number): string {
  return `${pageUrl(issueId, pageNumber)}#source`;
}

/** The calendar of all issues, optionally at one year's or month's anchor. */
export function calendarUrl(anchor?: string): string {
  return withBase('issues/') + (anchor ? `#${anchor}` : '');
}

/** The open-data page (开放数据): bulk files, their schema and rights. */
export function openDataUrl(): string {
  return withBase('data/');
}

/** A file of the public JSON API, e.g. apiUrl('articles.json'). */
export function apiUrl(file: string): string {
  return withBase(`api/${file.replace(/^\//, '')}`);
}

/** The JSON file of one issue's articles with their text (api/issues/<issue>.json). */
export function issueApiUrl(issueId: string): string {
  return apiUrl(`issues/${issueId}.json`);
}

/** An absolute URL (origin from Astro's `site`) for a path that already includes the base. */
export function absoluteUrl(path: string, site: URL | string | undefined): string {
  return site ? new URL(path, site).href : path;
}
