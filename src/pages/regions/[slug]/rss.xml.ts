// GET /regions/<slug>/rss.xml — the reports about one region, newest first
// (advertorials that name the place are not reports about it).
// As in the site feed, items of issues known only to the month carry no pubDate.
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { issueTitle, loadArchive } from '../../../lib/archive.ts';
import { regionIndex } from '../../../lib/region-index.ts';
import { articleUrl, regionUrl } from '../../../lib/urls.ts';
import { feedTitle } from '../../../lib/feed-items.ts';
import { feedText } from '../../../lib/feed-text.ts';
import { datePrecision } from '../../../schemas/date.ts';
import { regionsUi } from '../../../i18n/zh-Hans.ts';

/** One feed per region page. */
export const getStaticPaths: GetStaticPaths = async () => {
  const index = regionIndex(await loadArchive());
  return [...index.byCode.values()].map((node) => ({ params: { slug: node.slug }, props: { code: node.code } }));
};

/** The RSS 2.0 feed of one region. */
export const GET: APIRoute = async (context) => {
  const archive = await loadArchive();
  const node = regionIndex(archive).byCode.get(context.props.code as string)!;
  return rss({
    title: regionsUi.rssTitle(node.name),
    description: regionsUi.rssDescription(node.name),
    site: new URL(regionUrl(node.slug), context.site).href,
    customData: '<language>zh-Hans</language>',
    items: node.reports.map((article) => {
      const issue = archive.issueById.get(article.data.issue);
      return {
        title: feedTitle(article),
        link: articleUrl(article.id),
        pubDate: datePrecision(article.data.date) === 'day' ? new Date(`${article.data.date}T00:00:00+08:00`) : undefined,
        description: feedText(issue ? issueTitle(archive, issue) : article.data.date),
        categories: article.data.regions.map((region) => region.name),
      };
    }),
  });
};
