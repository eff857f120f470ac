// GET /api/issues.json — every issue with its pages, newest first (docs/api.md).
import type { APIRoute } from 'astro';
import { loadArchive } from '../../lib/archive.ts';
import { issueRecord, jsonResponse } from '../../lib/api-records.ts';

/** The list of all issues and their pages. */
export const GET: APIRoute = async ({ site }) => {
  const archive = await loadArchive();
  const issues = archive.issues.map((issue) => issueRecord(issue, archive.pagesByIssue.get(issue.id) ?? [], site));
  return jsonResponse({ count: issues.length, issues });
};
