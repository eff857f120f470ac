// GET /data/SHA256SUMS — the SHA-256 of every bulk file, for `sha256sum -c` (docs/api.md).
import type { APIRoute } from 'astro';
import { checksums, loadBulkData } from '../../lib/bulk-data.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(checksums(await loadBulkData(site)), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
