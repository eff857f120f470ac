// GET /robots.txt — everything may be crawled; the sitemap lives under the base path.
import type { APIRoute } from 'astro';
import { absoluteUrl, withBase } from '../lib/urls.ts';

/** robots.txt pointing at the sitemap index. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(withBase('sitemap-index.xml'), site)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
