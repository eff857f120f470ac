// A reader reaches every article from the home page in at most four clicks,
// both by date (往期 → issue → 版面) and by region (地区 → region pages),
// following only the links the pages really show.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { elements, fileFor, htmlFiles, pageUrlOf, SITE_ORIGIN } from './support/site.ts';

const built = inject('built');
const MAX_CLICKS = 4;

/** Link graph of a built site: page path → the internal page paths it links to. */
function linkGraph(outDir: string, base: string): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of htmlFiles(outDir)) {
    const from = pageUrlOf(file, base);
    const here = new URL(from, SITE_ORIGIN);
    const targets = new Set<string>();
    for (const node of elements(fs.readFileSync(path.join(outDir, file), 'utf8'))) {
      if (node.name !== 'a' || !node.attributes.href) continue;
      const url = new URL(node.attributes.href, here);
      if (url.origin === SITE_ORIGIN && fileFor(outDir, base, url.pathname)?.endsWith('.html')) targets.add(url.pathname);
    }
    graph.set(from, targets);
  }
  return graph;
}

/** Fewest clicks from `start` to every page, walking only through pages `via` allows. */
function clicksFrom(graph: Map<string, Set<string>>, start: string, via: (page: string) => boolean): Map<string, number> {
  const depth = new Map([[start, 0]]);
  const queue = [start];
  while (queue.length > 0) {
    const page = queue.shift()!;
    if (page !== start && !via(page)) continue;
    for (const next of graph.get(page) ?? []) {
      if (!depth.has(next)) {
        depth.set(next, depth.get(page)! + 1);
        queue.push(next);
      }
    }
  }
  return depth;
}

describe.each(Object.entries(built))('every article within four clicks (%s)', (_name, { outDir, base }) => {
  const graph = linkGraph(outDir, base);
  const { articles } = JSON.parse(fs.readFileSync(path.join(outDir, 'api', 'articles.json'), 'utf8'));
  const pathOf = (article: { id: string }) => `${base}articles/${article.id}/`;

  // By region only where the item is tagged with a place: an untagged item
  // (a national news piece, a headline-only teaser) has no region to be found by.
  test.each([
    ['by date', `${base}issues/`, () => true],
    ['by region', `${base}regions/`, (article: { regions: unknown[] }) => article.regions.length > 0],
  ])('%s', (_how, through, applies) => {
    const depth = clicksFrom(graph, base, (page) => page.startsWith(through));
    const expected: string[] = articles.filter(applies).map(pathOf);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.filter((page) => (depth.get(page) ?? Infinity) > MAX_CLICKS)).toEqual([]);
  });
});
