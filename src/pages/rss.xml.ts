// GET /rss.xml — the whole archive as one feed, newest first. Items of
// month- or year-precision issues carry no pubDate: RSS needs a full date,
// and the archive never invents a day.
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadArchive } from '../lib/archive.ts';
import { articleUrl } from '../lib/urls.ts';
import { itemNameText } from '../lib/titles.ts';
import { excerpt } from '../lib/article-text.ts';
import { feedText } from '../lib/feed-text.ts';
import { issueLabel, pageLabel } from '../lib/labels.ts';
import { datePrecision } from '../schemas/date.ts';
import { ui } from '../i18n/zh-Hans.ts';

/** The RSS 2.0 feed of every article. */
export const GET: APIRoute = async (context) => {
  const archive = await loadArchive();
  return rss({
    title: ui.siteName,
    description: ui.siteDescription,
    site: new URL(import.meta.env.BASE_URL, context.site).href,
    customData: '<language>zh-Hans</language>',
    items: archive.articles.map((article) => {
      const issue = archive.issueById.get(article.data.issue)!;
      const page = archive.pagesByIssue.get(issue.id)?.find((p) => p.number === article.data.page);
      const where = `${issueLabel(issue.data)}${page ? ` ${pageLabel(page)}` : ''}`;
      return {
        title: itemNameText(article),
        link: articleUrl(article.id),
        pubDate: datePrecision(article.data.date) === 'day' ? new Date(`${article.data.date}T00:00:00+08:00`) : undefined,
        description: feedText(`${where}：${article.data.subtitle ?? excerpt(article.body ?? '', 80)}`),
        categories: [article.data.column, ...article.data.regions.map((region) => region.name)].filter(
          (value): value is string => Boolean(value),
        ),
        author: article.data.authors.length > 0 ? article.data.authors.join('、') : undefined,
      };
    }),
  });
};
