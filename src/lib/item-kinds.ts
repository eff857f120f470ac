// What kind of item a list shows, and which lists an item belongs in. A page
// carries photos, advertorials, commentary and teasers beside its reports;
// wherever items are listed, each that is not an ordinary article says so.

import { ui } from '../i18n/zh-Hans.ts';

/** The label of an item that is not an ordinary article (图片, 广告, 评论, 导读); null for an article. */
export function typeLabel(type: string): string | null {
  return type === 'article' ? null : (ui.types[type] ?? type);
}

/**
 * Whether an item reports on the places it is tagged with. An advertorial
 * names a place to sell there, not to report on it: it stays out of "about
 * this region" (region pages, their feeds and counts, related articles)
 * unless the reader asks for it.
 */
export function reportsOnItsPlaces(article: { data: { type: string } }): boolean {
  return article.data.type !== 'ad';
}
