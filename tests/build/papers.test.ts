// Papers are a way in: the 报纸 directory, one page per paper with its
// catalogue record, latest issue and own calendar, its RSS feed, and issues
// headed alike told apart — on the built site at / and under a sub-path.
// Expectations come from the site's own api/issues.json and api/articles.json.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { ELEMENT_NODE, type ElementNode } from 'ultrahtml';
import { elements, fileFor, SITE_ORIGIN, textOf } from './support/site.ts';

const built = inject('built');
const hasClass = (node: ElementNode, name: string) => (node.attributes?.class ?? '').split(/\s+/).includes(name);
const squash = (text: string) => text.replace(/\s+/g, '');
/** The element children of an element. */
const childElements = (node: ElementNode): ElementNode[] =>
  (node.children ?? []).filter((child): child is ElementNode => child.type === ELEMENT_NODE);
/** The hrefs of every link inside an element, in document order. */
function linksIn(node: ElementNode): string[] {
  const found = node.name === 'a' ? [node.attributes.href] : [];
  for (const child of childElements(node)) found.push(...linksIn(child));
  return found;
}

describe.each(Object.entries(built))('papers (%s)', (_name, { outDir, base }) => {
  const api = (file: string) => JSON.parse(fs.readFileSync(path.join(outDir, 'api', file), 'utf8'));
  const { issues } = api('issues.json');
  const { articles } = api('articles.json');
  const html = (...parts: string[]) => elements(fs.readFileSync(path.join(outDir, ...parts), 'utf8'));
  // What the manifests say: each named paper's issues (newest first, as the API lists them), and the unnamed ones apart.
  const keyOf = (issue: any) => (issue.publication.name === null ? 'unidentified' : issue.publication.slug);
  const held = new Map<string, any[]>();
  for (const issue of issues) held.set(keyOf(issue), [...(held.get(keyOf(issue)) ?? []), issue]);
  const named = [...held.keys()].filter((key) => key !== 'unidentified');

  test('the directory lists every named paper once, then the unnamed issues apart, each linking to its page', () => {
    const page = html('papers', 'index.html');
    const links = page.filter((node) => node.name === 'a' && node.parent?.name === 'h2').map((node) => node.attributes.href);
    expect(links).toEqual([
      ...named
        .sort((a, b) => held.get(a)![0].publication.name.localeCompare(held.get(b)![0].publication.name, 'zh-Hans-CN-u-co-pinyin'))
        .map((key) => `${base}papers/${key}/`),
      ...(held.has('unidentified') ? [`${base}papers/unidentified/`] : []),
    ]);
    // The main navigation leads there from every page.
    const nav = html('index.html').filter((node) => node.name === 'a' && node.attributes.href === `${base}papers/`);
    expect(nav.map(textOf)).toContain('报纸');
  });

  test.each([...held.keys()])('the page of %s: catalogue record, counts, latest issue and its own calendar', (key) => {
    const own = held.get(key)!;
    const page = html('papers', key, 'index.html');
    const h1 = page.find((node) => node.name === 'h1')!;
    expect(textOf(h1)).toBe(own[0].publication.name ?? '报名不详');
    const record = page.find((node) => node.name === 'dl' && hasClass(node, 'paper-record'))!;
    const terms = childElements(record)
      .filter((node) => node.name === 'dt')
      .map(textOf);
    const values = childElements(record)
      .filter((node) => node.name === 'dd')
      .map((node) => squash(textOf(node)));
    const row = (term: string) => values[terms.indexOf(term)];
    const ownArticles = articles.filter((article: any) => own.some((issue) => issue.id === article.issue));
    expect(row('期数')).toBe(String(own.length));
    expect(row('篇数')).toBe(String(ownArticles.length));
    expect(row('版数')).toBe(String(own.reduce((sum, issue) => sum + issue.pages.length, 0)));
    if (key === 'unidentified') {
      // Possibly different papers: no name, place or sponsor is claimed for them together.
      expect(terms).not.toContain('报名');
      expect(terms).not.toContain('出版地');
    } else {
      expect(row('报名')).toBe(own[0].publication.name);
    }
    if (own[0].publication.region === '371500') expect(row('出版地')).toBe('山东省聊城市');
    // Latest issue: its heading links to the newest issue, its 版面导航 to each of that issue's pages.
    const latest = own[0];
    expect(
      page.some(
        (node) => node.name === 'a' && node.parent?.attributes?.id === 'latest-h' && node.attributes.href === `${base}issues/${latest.id}/`,
      ),
    ).toBe(true);
    const pageNav = page.find((node) => node.name === 'nav' && node.attributes['aria-label'] === '版面导航')!;
    expect(linksIn(pageNav)).toEqual(latest.pages.map((p: any) => `${base}issues/${latest.id}/p${String(p.number).padStart(2, '0')}/`));
    // The calendar lists exactly this paper's issues.
    const cards = page.filter((node) => node.name === 'li' && hasClass(node, 'issue-card'));
    const cardLinks = cards.map((card) => linksIn(card)[0]);
    expect(new Set(cardLinks)).toEqual(new Set(own.map((issue) => `${base}issues/${issue.id}/`)));
    // Its feed and a search within it.
    expect(
      page.some(
        (node) => node.name === 'link' && node.attributes.rel === 'alternate' && node.attributes.href === `${base}papers/${key}/rss.xml`,
      ),
    ).toBe(true);
    const paperValue = own[0].publication.name ?? '报名不详';
    expect(
      page.some((node) => node.name === 'a' && node.attributes.href === `${base}search/?paper=${encodeURIComponent(paperValue)}`),
    ).toBe(true);
  });

  test.each([...held.keys()])('the feed of %s has exactly its articles, newest first, each linking to its page', (key) => {
    const own = new Set(held.get(key)!.map((issue) => issue.id));
    const feed = elements(fs.readFileSync(path.join(outDir, 'papers', key, 'rss.xml'), 'utf8'));
    const links = feed
      .filter((node) => node.name === 'guid' && (node.attributes.isPermaLink ?? node.attributes.ispermalink) === 'true')
      .map((guid) => String(guid.children[0]?.value ?? ''));
    const expected = articles.filter((article: any) => own.has(article.issue)).map((article: any) => article.url);
    expect(links).toEqual(expected);
    for (const link of links) expect(fileFor(outDir, base, new URL(link, SITE_ORIGIN).pathname)).not.toBeNull();
  });

  test('no two issues are headed alike: 报名不详 2023年7月 twice becomes （之一） and （之二）', () => {
    const headings = issues.map((issue: any) => squash(textOf(html('issues', issue.id, 'index.html').find((node) => node.name === 'h1')!)));
    expect(new Set(headings).size).toBe(headings.length);
    if (issues.some((issue: any) => issue.id === 'unidentified-2023-07-a')) {
      expect(headings).toContain('报名不详2023年7月（之一）');
      expect(headings).toContain('报名不详2023年7月（之二）');
    }
    // The calendar's cards and every page's <title> say the same.
    const cards = html('issues', 'index.html')
      .filter((node) => node.name === 'li' && hasClass(node, 'issue-card'))
      .map((card) => squash(textOf(childElements(card).find((node) => /^h\d$/.test(node.name))!)));
    expect(new Set(cards).size).toBe(cards.length);
  });

  test("an article's catalogue record links its paper to the paper's page and its date to the issue", () => {
    for (const article of articles) {
      const record = html('articles', article.id, 'index.html').find((node) => node.name === 'dl' && hasClass(node, 'article-meta'))!;
      const links = childElements(record)
        .filter((node) => node.name === 'dd')
        .slice(0, 2)
        .map((dd) => childElements(dd).find((node) => node.name === 'a')?.attributes.href);
      expect(links, article.id).toEqual([
        `${base}papers/${article.publication === null ? 'unidentified' : article.publicationSlug}/`,
        `${base}issues/${article.issue}/`,
      ]);
    }
  });
});
