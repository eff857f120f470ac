// GET /papers/<paper>/rss.xml — one paper's articles, newest first (the 报名不详
// page has one too: the issues whose paper the pages do not name).
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadArchive } from '../../../lib/archive.ts';
import { papersOf } from '../../../lib/papers.ts';
import { articleFeedItem } from '../../../lib/feed-items.ts';
import { paperUrl } from '../../../lib/urls.ts';
import { paperName } from '../../../lib/labels.ts';
import { ui } from '../../../i18n/zh-Hans.ts';

/** One feed per paper page. */
export const getStaticPaths: GetStaticPaths = async () => {
  const papers = papersOf(await loadArchive());
  return [...papers.byKey.keys()].map((key) => ({ params: { paper: key }, props: { key } }));
};

/** The RSS 2.0 feed of one paper. */
export const GET: APIRoute = async (context) => {
  const archive = await loadArchive();
  const paper = papersOf(archive).byKey.get(context.props.key as string)!;
  const name = paperName(paper.name);
  const held = new Set(paper.issues.map((issue) => issue.id));
  return rss({
    title: ui.papers.rssTitle(name),
    description: ui.papers.rssDescription(name),
    site: new URL(paperUrl(paper.key), context.site).href,
    customData: '<language>zh-Hans</language>',
    // archive.articles is already newest issue first, then page and reading order.
    items: archive.articles.filter((article) => held.has(article.data.issue)).map((article) => articleFeedItem(archive, article)),
  });
};
