// No imports but the UI strings on purpose: the search page's client bundle
// names untitled results with this too, and must not pull in remark.
import { ui } from '../i18n/zh-Hans.ts';

/** What an item without a title is called: a photo's words are its caption, anything else lost its headline. */
export function untitledLabel(type: string | undefined): string {
  return type === 'photo' ? ui.article.untitledPhoto : ui.article.untitled;
}
