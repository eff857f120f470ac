// One article as an RSS item, the same in the site feed and every paper's
// feed. Items of month- or year-precision issues carry no pubDate: RSS needs
// a full date, and the archive never invents a day.
import type { RSSFeedItem } from '@astrojs/rss';
import { issueTitle, pageOf, type Archive, type ArticleEntry } from './archive.ts';
import { articleUrl } from './urls.ts';
import { itemNameText } from './titles.ts';
import { excerpt } from './article-text.ts';
import { pageLabel } from './labels.ts';
import { feedText } from './feed-text.ts';
import { datePrecision } from '../schemas/date.ts';
import { typeLabel } from './item-kinds.ts';

/** An item's title in a feed: a photo, advertorial, commentary or teaser says what it is first (【广告】…), as the site's badges do. */
export function feedTitle(article: ArticleEntry): string {
  // An untitled photo is already named as one: （图片说明）….
  const label = article.data.type === 'photo' && !article.data.title ? null : typeLabel(article.data.type);
  return `${label ? `【${label}】` : ''}${itemNameText(article)}`;
}

/** The RSS item of one article: title, link, date when known, where it was printed and its opening words. */
export function articleFeedItem(archive: Archive, article: ArticleEntry): RSSFeedItem {
  const issue = archive.issueById.get(article.data.issue)!;
  const page = pageOf(archive, article);
  const where = `${issueTitle(archive, issue)}${page ? ` ${pageLabel(page)}` : ''}`;
  return {
    title: feedTitle(article),
    link: articleUrl(article.id),
    pubDate: datePrecision(article.data.date) === 'day' ? new Date(`${article.data.date}T00:00:00+08:00`) : undefined,
    description: feedText(`${where}：${article.data.subtitle ?? excerpt(article.body ?? '', 80)}`),
    categories: [typeLabel(article.data.type), article.data.column, ...article.data.regions.map((region) => region.name)].filter(
      (value): value is string => Boolean(value),
    ),
    author: article.data.authors.length > 0 ? article.data.authors.join('、') : undefined,
  };
}
