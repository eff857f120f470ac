// GET /api/regions.json — every region that has articles: code, name, level,
// slug, parent, count and page URL (docs/regions.md).
import type { APIRoute } from 'astro';
import { loadArchive } from '../../lib/archive.ts';
import { regionIndex } from '../../lib/region-index.ts';
import { jsonResponse } from '../../lib/api-records.ts';
import { absoluteUrl, regionUrl } from '../../lib/urls.ts';

const levelRank = { macro: 0, province: 1, prefecture: 2, county: 3 } as const;

/** The list of regions with at least one article. */
export const GET: APIRoute = async ({ site }) => {
  const index = regionIndex(await loadArchive());
  const regions = [...index.byCode.values()]
    .filter((node) => node.articles.length > 0)
    .sort((a, b) => levelRank[a.level] - levelRank[b.level] || a.code.localeCompare(b.code))
    .map((node) => ({
      code: node.code,
      name: node.name,
      level: node.level,
      slug: node.slug,
      parent: node.parent,
      count: node.articles.length,
      url: absoluteUrl(regionUrl(node.slug), site),
    }));
  return jsonResponse({ count: regions.length, regions });
};
