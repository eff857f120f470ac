// Names of pages and issues as the site prints them. A number the page does
// not show is never presented as printed: it becomes 版次不详.
import { ui } from '../i18n/zh-Hans.ts';
import { formatDate } from './dates.ts';

/** A page as listed: 第1版 · 头版, or 版次不详 · 区域动态. */
export function pageLabel(page: { number: number; numberPrinted: boolean; name: string | null }, siblings = 1): string {
  let label = page.numberPrinted ? ui.issue.pageNumber(page.number) : ui.issue.pageNumberUnknown;
  // Several unnumbered pages in one issue still need telling apart.
  if (!page.numberPrinted && !page.name && siblings > 1) label += `（第${page.number}面）`;
  return page.name ? `${label} · ${page.name}` : label;
}

/** The paper's name, or 报名不详 when the page does not name it. */
export function paperName(name: string | null): string {
  return name ?? ui.issue.unknownPaper;
}

/** An issue as headed: 聊城日报 2025年4月11日. */
export function issueLabel(issue: { publication: { name: string | null }; date: string }): string {
  return ui.issue.heading(paperName(issue.publication.name), formatDate(issue.date));
}
