// What every article page promises a reader, checked on the built HTML of
// every article: headline or marked fallback, citation with the permanent
// URL, 下转 link only where the archive has that page, neighbours on the page
// in reading order, and the article's own raw lines.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import type { ElementNode } from 'ultrahtml';
import { elements, SITE_ORIGIN, textOf } from './support/site.ts';

const built = inject('built');

describe.each(Object.entries(built))('article pages (%s)', (_name, { outDir, base }) => {
  const api = (file: string) => JSON.parse(fs.readFileSync(path.join(outDir, 'api', file), 'utf8'));
  const { articles } = api('articles.json');
  const { issues } = api('issues.json');
  const pageOf = (article: any) =>
    issues.find((issue: any) => issue.id === article.issue).pages.find((page: any) => page.number === article.page);
  const html = (id: string) => elements(fs.readFileSync(path.join(outDir, 'articles', id, 'index.html'), 'utf8'));
  const hasClass = (node: ElementNode, name: string) => (node.attributes?.class ?? '').split(/\s+/).includes(name);

  test('the headline is the printed title, or a marked fallback that is not passed off as one', () => {
    for (const article of articles) {
      const nodes = html(article.id);
      const h1s = nodes.filter((node) => node.name === 'h1');
      expect(h1s.length, article.id).toBe(1);
      const mark = (h1s[0].children as ElementNode[]).find((node) => hasClass(node, 'untitled-mark'));
      if (article.title) {
        expect(textOf(h1s[0]), article.id).toBe(article.title);
        expect(mark).toBeUndefined();
      } else {
        // The label is its own element (styled apart), followed by the body's first words.
        expect(mark && textOf(mark), article.id).toMatch(/^（(标题缺失|图片说明)）$/);
        expect(textOf(h1s[0]).length).toBeGreaterThan(textOf(mark!).length);
      }
    }
  });

  test('the citation is GB/T 7714 for an online source: [N/OL], the 引用日期 placeholder, the permanent URL under the base', () => {
    for (const article of articles) {
      const citation = html(article.id).find((node) => node.name === 'pre' && hasClass(node, 'citation'));
      expect(citation, article.id).toBeDefined();
      const text = textOf(citation!);
      expect(text).toContain('[N/OL]. ');
      expect(text).toContain(article.publication ?? '[报名不详]');
      expect(text).toMatch(/, \d{4}(-\d{2}){0,2}(\(\d+\))?\[引用日期\]\. /);
      // The page number only where the page prints it (版次不详 is left out, never guessed).
      expect(text.includes(`(${article.page})[引用日期]`), article.id).toBe(pageOf(article).numberPrinted);
      expect(text.endsWith(`${SITE_ORIGIN}${base}articles/${article.id}/.`)).toBe(true);
    }
  });

  test('reference managers read the same record from the head: citation_* meta tags and schema.org NewsArticle JSON-LD', () => {
    for (const article of articles) {
      const nodes = html(article.id);
      const meta = (name: string) =>
        nodes.filter((node) => node.name === 'meta' && node.attributes.name === name).map((node) => node.attributes.content);
      expect(meta('citation_title'), article.id).toEqual([article.title ?? expect.stringMatching(/^（(标题缺失|图片说明)）/)]);
      expect(meta('citation_author')).toEqual(article.authors);
      expect(meta('citation_publication_date')).toEqual([article.date.replaceAll('-', '/')]);
      expect(meta('citation_journal_title')).toEqual(article.publication ? [article.publication] : []);
      expect(meta('citation_firstpage')).toEqual(pageOf(article).numberPrinted ? [String(article.page)] : []);
      expect(meta('citation_public_url')).toEqual([article.url]);
      const blocks = nodes.filter((node) => node.name === 'script' && node.attributes.type === 'application/ld+json');
      expect(blocks.length, article.id).toBe(1);
      const data = JSON.parse(textOf(blocks[0]));
      expect(data['@type']).toBe('NewsArticle');
      expect(data.url).toBe(article.url);
      expect(data.datePublished).toBe(article.date);
      expect(data.author ?? []).toEqual(article.authors.map((name: string) => ({ '@type': 'Person', name })));
      if (article.title) expect(data.headline).toBe(article.title);
      expect(data.isPartOf?.name ?? null).toBe(article.publication);
      expect(data.inLanguage).toBe('zh-Hans');
      // The 版 as first page and pagination only where the page prints its number.
      const printed = pageOf(article).numberPrinted;
      expect([data.pageStart, data.pagination], article.id).toEqual(
        printed ? [String(article.page), String(article.page)] : [undefined, undefined],
      );
      expect(data.alternativeHeadline).toBe(article.subtitle ?? undefined);
      expect(meta('citation_language')).toEqual(['zh']);
    }
  });

  test('下转第N版 links to page N of the issue only when the archive holds it', () => {
    for (const article of articles.filter((a: any) => a.continuedOn !== null)) {
      const line = html(article.id).find((node) => hasClass(node, 'article-continued'));
      expect(line, article.id).toBeDefined();
      expect(textOf(line!)).toContain(`下转第${article.continuedOn}版`);
      const issue = issues.find((i: any) => i.id === article.issue);
      const held = issue.pages.some((page: any) => page.numberPrinted && page.number === article.continuedOn);
      const links = elements(fs.readFileSync(path.join(outDir, 'articles', article.id, 'index.html'), 'utf8'))
        .filter((node) => hasClass(node, 'article-continued'))
        .flatMap((node) => {
          const found: ElementNode[] = [];
          const walk = (n: any) => {
            if (n.name === 'a') found.push(n);
            n.children?.forEach(walk);
          };
          walk(node);
          return found;
        });
      expect(links.length > 0).toBe(held);
    }
  });

  test("prev/next follow the page record's reading order", () => {
    for (const article of articles) {
      const order: string[] = pageOf(article).articles;
      const index = order.indexOf(article.id);
      const rel = (kind: string) =>
        html(article.id)
          .filter((node) => node.name === 'a' && node.attributes.rel === kind)
          .map((node) => node.attributes.href);
      const expected = (id: string | undefined) => (id ? [`${base}articles/${id}/`] : []);
      expect(rel('prev'), article.id).toEqual(expected(order[index - 1]));
      expect(rel('next'), article.id).toEqual(expected(order[index + 1]));
    }
  });

  test("the article's own raw lines are one click away", () => {
    for (const article of articles) {
      const nodes = html(article.id);
      const details = nodes.find((node) => node.name === 'details');
      expect(details, article.id).toBeDefined();
      const issueFile = JSON.parse(fs.readFileSync(path.join(outDir, 'api', 'issues', `${article.issue}.json`), 'utf8'));
      const raw: string = issueFile.pages.find((page: { number: number }) => page.number === article.page).text;
      const lines = raw.split(/\r?\n/);
      const [from] = article.sourceLines[0];
      const shown = nodes
        .filter((node) => node.name === 'pre' && !hasClass(node, 'citation'))
        .map(textOf)
        .join('\n');
      expect(shown).toContain(lines[from - 1]);
    }
  });
});
