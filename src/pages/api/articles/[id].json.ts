// GET /api/articles/<id>.json — one article's metadata and plain text (docs/api.md).
import type { APIRoute } from 'astro';
import { loadArchive, type ArticleEntry } from '../../../lib/archive.ts';
import { articleWithText, jsonResponse } from '../../../lib/api-records.ts';

export async function getStaticPaths() {
  const archive = await loadArchive();
  return archive.articles.map((article) => ({ params: { id: article.id }, props: { article } }));
}

/** One article with `text`. */
export const GET: APIRoute = ({ props, site }) => jsonResponse(articleWithText((props as { article: ArticleEntry }).article, site));
