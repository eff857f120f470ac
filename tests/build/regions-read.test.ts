// What a reader meets on the region pages and wherever items are listed,
// checked on the built HTML and feeds: every province tile of the map is a
// link to its page; a prefecture or county page shows its own place, not the
// national map; "about this region" lists, counts, feeds and related articles
// leave advertorials out (a region page lists them apart, folded); every
// listed item that is not an ordinary article carries its type badge.
import fs from 'node:fs';
import path from 'node:path';
import Parser from 'rss-parser';
import { describe, expect, inject, test } from 'vitest';
import type { ElementNode } from 'ultrahtml';
import { elements, textOf } from './support/site.ts';
import { ui } from '../../src/i18n/zh-Hans.ts';

const built = inject('built');
const hasClass = (node: ElementNode, name: string) => (node.attributes?.class ?? '').split(/\s+/).includes(name);
const within = (node: ElementNode, test: (n: ElementNode) => boolean): boolean => {
  for (let n: ElementNode | undefined = node.parent as ElementNode; n; n = n.parent as ElementNode) if (test(n)) return true;
  return false;
};

describe.each(Object.entries(built))('regions as a reader meets them (%s)', (_name, { outDir, base }) => {
  const read = (...parts: string[]) => fs.readFileSync(path.join(outDir, ...parts), 'utf8');
  const api = (file: string) => JSON.parse(read('api', file));
  const { articles } = api('articles.json');
  const { regions } = api('regions.json');
  const byId = new Map(articles.map((a: any) => [a.id, a]));
  const ads = new Set(articles.filter((a: any) => a.type === 'ad').map((a: any) => a.id));
  const idOf = (href: string) => /\/articles\/([^/]+)\/$/.exec(href)?.[1];
  const regionPage = (slug: string) => elements(read('regions', slug, 'index.html'));

  test("every province tile is a link to that province's page (home, /regions/, a province page)", () => {
    const provinces = regions.filter((r: any) => r.level === 'province');
    for (const page of [read('index.html'), read('regions', 'index.html'), read('regions', 'shandong', 'index.html')]) {
      const tiles = elements(page).filter((node) => node.name === 'a' && hasClass(node, 'tile'));
      expect(tiles).toHaveLength(34);
      for (const province of provinces) {
        const tile = tiles.find((node) => node.attributes.href === `${base}regions/${province.slug}/`);
        expect(tile, province.name).toBeDefined();
        // Its text names the province in full for screen readers beside the short name shown (山东 / 山东省).
        expect(textOf(tile!), province.name).toContain(province.name);
      }
    }
  });

  test('a prefecture or county page shows its own place among its neighbours, not the national map', () => {
    const lower = regions.filter((r: any) => r.level === 'prefecture' || r.level === 'county');
    expect(lower.length).toBeGreaterThan(3);
    for (const region of lower) {
      const nodes = regionPage(region.slug);
      expect(
        nodes.some((node) => hasClass(node, 'region-map')),
        region.slug,
      ).toBe(false);
      const place = nodes.find((node) => hasClass(node, 'region-place'))!;
      expect(place, region.slug).toBeDefined();
      const links = nodes.filter((node) => node.name === 'a' && within(node, (n) => n === place)).map((node) => node.attributes.href);
      // Its province is linked from the place, and its own name is marked, not linked.
      expect(links, region.slug).toContain(`${base}regions/${regions.find((r: any) => r.code === `${region.code.slice(0, 2)}0000`).slug}/`);
      expect(links).not.toContain(`${base}regions/${region.slug}/`);
      expect(nodes.filter((node) => hasClass(node, 'here')).map(textOf)[0]).toContain(region.name);
    }
  });

  test('region lists leave advertorials out of the reports and list them apart, folded', () => {
    let apart = 0;
    for (const region of regions) {
      const nodes = regionPage(region.slug);
      const listed = nodes
        .filter((node) => node.name === 'a' && idOf(node.attributes.href ?? '') && within(node, (n) => hasClass(n, 'region-articles')))
        .map((node) => ({
          id: idOf(node.attributes.href)!,
          folded: within(node, (n) => n.name === 'details' && hasClass(n, 'region-ads')),
        }));
      for (const item of listed) expect(item.folded, `${region.slug}: ${item.id}`).toBe(ads.has(item.id));
      apart += listed.filter((item) => item.folded).length;
      // The list holds every item tagged with the region, reports and advertorials.
      expect(listed.length, region.slug).toBe(region.count);
    }
    expect(apart).toBeGreaterThan(0);
  });

  test('region feeds carry reports only; every feed says what an item is in its title', async () => {
    const parser = new Parser();
    for (const region of regions) {
      const feed = await parser.parseString(read('regions', region.slug, 'rss.xml'));
      for (const item of feed.items) expect(ads.has(idOf(new URL(item.link!).pathname)!), `${region.slug}: ${item.title}`).toBe(false);
    }
    const site = await parser.parseString(read('rss.xml'));
    for (const item of site.items) {
      const article: any = byId.get(idOf(new URL(item.link!).pathname)!);
      const label = ui.types[article.type];
      if (article.type === 'ad' || article.type === 'commentary' || article.type === 'teaser')
        expect(item.title, article.id).toMatch(new RegExp(`^【${label}】`));
      if (article.type === 'article') expect(item.title).not.toMatch(/^【/);
    }
  });

  test('every listed item that is not an article carries its badge: region lists and related articles; related leaves advertorials out', () => {
    const lists: Array<{ where: string; nodes: ElementNode[] }> = [
      ...regions.map((r: any) => ({ where: `regions/${r.slug}`, nodes: regionPage(r.slug) })),
      ...articles.map((a: any) => ({ where: `articles/${a.id}`, nodes: elements(read('articles', a.id, 'index.html')) })),
    ];
    let badged = 0;
    for (const { where, nodes } of lists) {
      const items = nodes.filter(
        (node) => node.name === 'li' && within(node, (n) => hasClass(n, 'region-articles') || hasClass(n, 'related-list')),
      );
      for (const li of items) {
        const link = (li.children as ElementNode[]).find((child) => child.name === 'a');
        const article: any = byId.get(idOf(link?.attributes?.href ?? ''));
        expect(article, where).toBeDefined();
        const badge = (li.children as ElementNode[]).find((child) => hasClass(child, 'badge'));
        if (article.type === 'article') expect(badge, `${where}: ${article.id}`).toBeUndefined();
        else {
          expect(badge && textOf(badge), `${where}: ${article.id}`).toBe(ui.types[article.type]);
          badged++;
        }
        if (within(li, (n) => hasClass(n, 'related-list'))) expect(ads.has(article.id), `${where} relates ${article.id}`).toBe(false);
      }
    }
    expect(badged).toBeGreaterThan(0);
  });
});
