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

type Labelled = { id: string; data: { publication: { name: string | null }; date: string } };

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/**
 * What tells apart issues that would otherwise be headed alike: two pages of
 * unnamed papers both of 2023年7月 both read 报名不详 2023年7月. Each issue of
 * such a group gets （之一）, （之二）… in id order (ids are permanent, so the
 * order only changes when an issue is added to the group); issues whose
 * heading is unique get nothing.
 */
export function issueSuffixes(issues: readonly Labelled[]): Map<string, string> {
  const groups = new Map<string, string[]>();
  for (const issue of issues) {
    const label = issueLabel(issue.data);
    groups.set(label, [...(groups.get(label) ?? []), issue.id]);
  }
  const suffixes = new Map<string, string>();
  for (const ids of groups.values()) {
    if (ids.length < 2) continue;
    [...ids].sort().forEach((id, index) => suffixes.set(id, ui.issue.ordinal(NUMERALS[index] ?? String(index + 1))));
  }
  return suffixes;
}
