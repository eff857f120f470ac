// GET /api/articles.json — every article's metadata, newest issue first (docs/api.md).
import type { APIRoute } from 'astro';
import { loadArchive } from '../../lib/archive.ts';
import { articleRecord, jsonResponse } from '../../lib/api-records.ts';

/** The list of all articles, metadata only. */
export const GET: APIRoute = async ({ site }) => {
  const archive = await loadArchive();
  const articles = archive.articles.map((article) => articleRecord(article, site));
  return jsonResponse({ count: articles.length, articles });
};
