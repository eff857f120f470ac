// GET /data/articles.jsonl.gz — every article with its text, one JSON record a line, gzipped (docs/api.md).
import type { APIRoute } from 'astro';
import { gzipResponse, loadBulkData } from '../../lib/bulk-data.ts';

export const GET: APIRoute = async ({ site }) => gzipResponse((await loadBulkData(site)).all.bytes);
