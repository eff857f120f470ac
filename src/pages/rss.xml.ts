// GET /rss.xml — the whole archive as one feed, newest first (items as in
// every paper's feed: src/lib/feed-items.ts).
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadArchive } from '../lib/archive.ts';
import { articleFeedItem } from '../lib/feed-items.ts';
import { ui } from '../i18n/zh-Hans.ts';

/** The RSS 2.0 feed of every article. */
export const GET: APIRoute = async (context) => {
  const archive = await loadArchive();
  return rss({
    title: ui.siteName,
    description: ui.siteDescription,
    site: new URL(import.meta.env.BASE_URL, context.site).href,
    customData: '<language>zh-Hans</language>',
    items: archive.articles.map((article) => articleFeedItem(archive, article)),
  });
};
