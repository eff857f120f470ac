// GET /data/issues/<issue>.jsonl.gz — one issue's articles with their text, one JSON record a line, gzipped (docs/api.md).
import type { APIRoute } from 'astro';
import { loadArchive } from '../../../lib/archive.ts';
import { gzipResponse, loadBulkData } from '../../../lib/bulk-data.ts';

export async function getStaticPaths() {
  const archive = await loadArchive();
  return archive.issues.map((issue) => ({ params: { issue: issue.id } }));
}

export const GET: APIRoute = async ({ params, site }) => {
  const entry = (await loadBulkData(site)).issues.find(({ issue }) => issue.id === params.issue);
  if (!entry) return new Response(null, { status: 404 });
  return gzipResponse(entry.file.bytes);
};
