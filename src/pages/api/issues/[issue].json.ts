// GET /api/issues/<issue>.json — one issue's articles with their plain text, in reading
// order, and its pages' raw text (docs/api.md). One file per issue rather than per
// article and per page: those were a third of dist's files, which static hosts cap
// (Cloudflare Pages: 20,000).
import type { APIRoute } from 'astro';
import { loadArchive, type ArchivePage, type IssueEntry } from '../../../lib/archive.ts';
import { issueArticles, jsonResponse } from '../../../lib/api-records.ts';

export async function getStaticPaths() {
  const archive = await loadArchive();
  return archive.issues.map((issue) => ({
    params: { issue: issue.id },
    props: { issue, pages: archive.pagesByIssue.get(issue.id) ?? [] },
  }));
}

/** The issue's articles with `text`. */
export const GET: APIRoute = ({ props, site }) => {
  const { issue, pages } = props as { issue: IssueEntry; pages: ArchivePage[] };
  return jsonResponse(issueArticles(issue, pages, site));
};
