// Articles that run over two pages (转版): the part that ends 下转第7版 and the
// part on page 7 that opens 上接第1版. The parser records the jump onward as
// `continuedOn`; the jump back stays in the text it opens. Two items are the
// two parts of one article when the second is on the page the first jumps
// to, opens with 上接 naming the first one's page, and carries the same
// headline (papers often shorten it over the continuation: one may contain
// the other). Anything less is not linked: a wrong link is worse than none.
import { parseJumpLine } from './jump-line.ts';
import { articleBlocks } from './article-text.ts';
import type { Archive, ArticleEntry } from './archive.ts';

/** The two parts of one article, where the archive holds both. */
export interface ContinuationLinks {
  /** For a first part: the part on the page it jumps to. */
  next: Map<string, ArticleEntry>;
  /** For a continuation: the part it continues. */
  previous: Map<string, ArticleEntry>;
}

/** Shortest headline that may match by containment: shorter ones (要闻, 简讯) match too much. */
const MIN_CONTAINED = 4;

const cache = new WeakMap<Archive, ContinuationLinks>();

/** The page an item says it continues from (上接第N版 opening its first paragraph), or null. */
export function continuesFrom(article: Pick<ArticleEntry, 'body'>): number | null {
  const first = articleBlocks(article.body ?? '').find((block) => block.kind === 'paragraph');
  const jump = first ? parseJumpLine(first.text) : null;
  return jump?.direction === 'from' ? jump.page : null;
}

/** A headline as compared: without spaces and punctuation (line breaks and letter-spacing differ between the parts). */
function comparable(title: string): string {
  return title.replace(/[\s\p{P}\p{S}]/gu, '');
}

/** Whether two headlines name the same article: equal, or one holds the other (a shortened continuation head). */
export function sameHeadline(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  const [x, y] = [comparable(a), comparable(b)];
  if (x === y) return x.length > 0;
  const [shorter, longer] = x.length <= y.length ? [x, y] : [y, x];
  return shorter.length >= MIN_CONTAINED && longer.includes(shorter);
}

/** Pairs every first part with its continuation, once per build. */
export function continuationLinks(archive: Archive): ContinuationLinks {
  let links = cache.get(archive);
  if (links) return links;
  links = { next: new Map(), previous: new Map() };
  for (const article of archive.articles) {
    const jumpTo = article.data.continuedOn;
    if (jumpTo === null) continue;
    const pages = archive.pagesByIssue.get(article.data.issue) ?? [];
    const from = pages.find((page) => page.number === article.data.page);
    const target = pages.find((page) => page.numberPrinted && page.number === jumpTo);
    // 上接第N版 names a printed page number; an unprinted one cannot be named.
    if (!from?.numberPrinted || !target) continue;
    const part = target.articles.find(
      (candidate) =>
        !links!.previous.has(candidate.id) &&
        continuesFrom(candidate) === from.number &&
        sameHeadline(article.data.title, candidate.data.title),
    );
    if (!part) continue;
    links.next.set(article.id, part);
    links.previous.set(part.id, article);
  }
  cache.set(archive, links);
  return links;
}
