// GET /api/issues/<issue>.json — one issue's articles with their plain text, in reading
// order (docs/api.md). One file per issue rather than per article: a per-article file
// was a third of dist's files, which static hosts cap (Cloudflare Pages: 20,000).
import type { APIRoute } from 'astro';
import { loadArchive, type ArticleEntry, type IssueEntry } from '../../../lib/archive.ts';
import { issueArticles, jsonResponse } from '../../../lib/api-records.ts';

export async function getStaticPaths() {
  const archive = await loadArchive();
  return archive.issues.map((issue) => ({
    params: { issue: issue.id },
    props: { issue, articles: (archive.pagesByIssue.get(issue.id) ?? []).flatMap((page) => page.articles) },
  }));
}

/** The issue's articles with `text`. */
export const GET: APIRoute = ({ props, site }) => {
  const { issue, articles } = props as { issue: IssueEntry; articles: ArticleEntry[] };
  return jsonResponse(issueArticles(issue.id, articles, site));
};
