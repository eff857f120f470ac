// 报告错误 / 提出修改 on the built article pages: absent when the deployer names
// no repository (the root build), and on every article when it does (the
// sub-path build sets REPOSITORY_URL and REPOSITORY_BRANCH): the edit and view
// links open this repository's raw page file at the lines the page's own
// 原始文字 excerpt shows, and the issue link names the article, its issue, the
// file and the lines.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import type { ElementNode } from 'ultrahtml';
import { ROOT } from '../support/build-site.ts';
import { elements, textOf } from './support/site.ts';

const built = inject('built');

describe.each(Object.entries(built))('correction links (%s)', (_name, { outDir, env }) => {
  const api = (file: string) => JSON.parse(fs.readFileSync(path.join(outDir, 'api', file), 'utf8'));
  const { articles } = api('articles.json');
  const { issues } = api('issues.json');
  const repository = (env as { REPOSITORY_URL?: string }).REPOSITORY_URL;
  const branch = (env as { REPOSITORY_BRANCH?: string }).REPOSITORY_BRANCH ?? 'main';
  const html = (id: string) => elements(fs.readFileSync(path.join(outDir, 'articles', id, 'index.html'), 'utf8'));
  const hasClass = (node: ElementNode, name: string) =>
    String(node.attributes.class ?? '')
      .split(/\s+/)
      .includes(name);
  const link = (nodes: ElementNode[], text: string) => nodes.find((node) => node.name === 'a' && textOf(node) === text);

  test.runIf(!repository)('without a repository, no article page offers corrections', () => {
    for (const article of articles) {
      const nodes = html(article.id);
      expect(
        nodes.some((node) => node.attributes.id === 'correct-h'),
        article.id,
      ).toBe(false);
      expect(link(nodes, '提出修改') ?? link(nodes, '报告错误'), article.id).toBeUndefined();
    }
  });

  test.runIf(Boolean(repository))(
    "each article's 提出修改 and view links open its page file in the repository at the lines its excerpt shows",
    () => {
      for (const article of articles) {
        const nodes = html(article.id);
        const page = issues.find((issue: any) => issue.id === article.issue).pages.find((p: any) => p.number === article.page);
        const file = `src/content/issues/${article.issue}/${page.file}`;
        const [from, to] = span(article.sourceLines);
        const lines = from === to ? `#L${from}` : `#L${from}-L${to}`;
        expect(link(nodes, '提出修改')?.attributes.href, article.id).toBe(`${repository}/edit/${branch}/${file}${lines}`);
        const view = nodes.find((node) => node.name === 'a' && textOf(node).startsWith('在仓库中查看本文的原始文字'));
        expect(view?.attributes.href).toBe(`${repository}/blob/${branch}/${file}${lines}`);
        // The file is this repository's, and the lines linked hold what the page's excerpt shows.
        const linked = fs
          .readFileSync(path.join(ROOT, file), 'utf8')
          .split(/\r?\n/)
          .slice(from - 1, to)
          .join('\n');
        const excerpts = nodes.filter((node) => node.name === 'pre' && !hasClass(node, 'citation')).map(textOf);
        expect(excerpts.length, article.id).toBeGreaterThan(0);
        for (const excerpt of excerpts) expect(linked, article.id).toContain(excerpt);
      }
    },
  );

  test.runIf(Boolean(repository))(
    "each article's 报告错误 link opens a new issue naming the article, its issue and page, the file and the lines",
    () => {
      for (const article of articles) {
        const nodes = html(article.id);
        const href = link(nodes, '报告错误')?.attributes.href;
        expect(href, article.id).toBeDefined();
        const url = new URL(href!);
        expect(url.origin + url.pathname).toBe(`${repository}/issues/new`);
        // 首页 › 往期 › issue › page › article, as the reader sees them above the headline.
        const crumbs = nodes
          .filter((node) => node.name === 'li' && nodes.some((nav) => hasClass(nav, 'breadcrumbs') && contains(nav, node)))
          .map(textOf);
        const [, , issueTitle, pageLabel, name] = crumbs;
        expect(url.searchParams.get('title')).toBe(`报告错误：${name}（${issueTitle} ${pageLabel}）`);
        const body = url.searchParams.get('body')!;
        const page = issues.find((issue: any) => issue.id === article.issue).pages.find((p: any) => p.number === article.page);
        for (const part of [`文章：${name}`, `链接：${article.url}`, `出处：${issueTitle} ${pageLabel}`]) expect(body).toContain(part);
        const [from, to] = span(article.sourceLines);
        expect(body).toContain(
          `版面原始文字：src/content/issues/${article.issue}/${page.file} 第 ${from === to ? from : `${from}–${to}`} 行`,
        );
      }
    },
  );
});

/** From an article's first source line to its last. */
function span(ranges: Array<[number, number]>): [number, number] {
  return [Math.min(...ranges.map(([from]) => from)), Math.max(...ranges.map(([, to]) => to))];
}

/** Whether `node` is `ancestor` or inside it. */
function contains(ancestor: ElementNode, node: ElementNode): boolean {
  return ancestor === node || (ancestor.children ?? []).some((child) => child.type === 1 && contains(child as ElementNode, node));
}
