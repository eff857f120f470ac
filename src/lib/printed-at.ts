// Where an article was printed, which the article page states twice: in the
// context line above the headline and in the catalogue record below the text.
// One function keeps the two agreeing on every link and label.
import type { ArchivePage, ArticleEntry } from './archive.ts';
import { issueUrl, pageUrl, paperUrl } from './urls.ts';
import { paperKey } from './paper-key.ts';
import { formatDate } from './dates.ts';
import { pageLabel, paperName } from './labels.ts';
import { ui } from '../i18n/zh-Hans.ts';

/** What the article page hands its context line and catalogue record: the article, its page (when the issue lists it) and how many pages the issue has. */
export interface ArticleOnPage {
  article: ArticleEntry;
  page: ArchivePage | undefined;
  siblings: number;
}

/** An article's issue link, paper, date and page link, labelled as the site prints them. */
export interface PrintedAt {
  issueHref: string;
  /** The paper's page (the 报名不详 page for an unnamed paper). */
  paperHref: string;
  paper: string;
  date: string;
  /** Undefined when the issue does not list the article's page. */
  page: { href: string; label: string } | undefined;
  /** What the site says about the page, linked or not: the page's label, or 第N版 from the article when the issue does not list its page. The search index shows the same words. */
  pageText: string;
}

/** Where an article was printed (issue link, paper, date, page link), labelled as the site prints them. */
export function printedAt({ article, page, siblings }: ArticleOnPage): PrintedAt {
  const { issue, publication, publicationSlug, date } = article.data;
  return {
    issueHref: issueUrl(issue),
    paperHref: paperUrl(paperKey(publication, publicationSlug)),
    paper: paperName(publication),
    date: formatDate(date),
    page: page && { href: pageUrl(issue, page.number), label: pageLabel(page, siblings) },
    pageText: page ? pageLabel(page, siblings) : ui.issue.pageNumber(article.data.page),
  };
}
