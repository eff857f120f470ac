// The regions the archive has articles about, as the region pages, the map and
// the JSON API need them: each with its parent, children and articles (newest
// first). Names and slugs of counties come from article frontmatter, so the
// site never loads the 2,900-county table.
import type { RegionRef } from '../schemas/article.ts';
import { parentCodeOf, provinces, upperDivision } from '../data/regions/hierarchy.ts';
import { macroRegions, type MacroRegion } from '../data/regions/macro-regions.ts';
import type { Archive, ArticleEntry } from './archive.ts';
import { reportsOnItsPlaces } from './item-kinds.ts';

/** One region with its place in the hierarchy and the articles about it. */
export interface RegionNode {
  code: string;
  name: string;
  level: RegionRef['level'];
  slug: string;
  /** Code of the parent region (province of a prefecture …); null for provinces and macro-regions. */
  parent: string | null;
  /** Items tagged with this region, in archive order (newest issue first). */
  articles: ArticleEntry[];
  /** The items about it: `articles` without advertorials (what the region page lists, counts and feeds). */
  reports: ArticleEntry[];
  /** The advertorials tagged with it, listed apart. */
  ads: ArticleEntry[];
  /** The curated definition, for macro-regions. */
  macro?: MacroRegion;
}

/** Every region the site has a page for, indexed. */
export interface RegionIndex {
  byCode: Map<string, RegionNode>;
  bySlug: Map<string, RegionNode>;
  /** All macro-regions in the data file's order, with or without articles. */
  macros: RegionNode[];
  /** All provinces by code (including 香港, 澳门, 台湾), with or without articles. */
  provinces: RegionNode[];
}

const cache = new WeakMap<Archive, RegionIndex>();

/** Builds (once per archive) the index of regions: every macro-region and province, plus every prefecture and county that has articles. */
export function regionIndex(archive: Archive): RegionIndex {
  const cached = cache.get(archive);
  if (cached) return cached;
  const byCode = new Map<string, RegionNode>();
  const articlesOf = (code: string) => archive.articlesByRegion.get(code) ?? [];
  const macros = macroRegions.map((m): RegionNode => ({
    code: m.key,
    name: m.name,
    level: 'macro',
    slug: m.slug,
    parent: null,
    ...byKind(articlesOf(m.key)),
    macro: m,
  }));
  const provinceNodes = provinces.map((p): RegionNode => ({
    code: p.code,
    name: p.name,
    level: 'province',
    slug: p.slug,
    parent: null,
    ...byKind(articlesOf(p.code)),
  }));
  for (const node of [...macros, ...provinceNodes]) byCode.set(node.code, node);
  for (const article of archive.articles) {
    for (const ref of article.data.regions) {
      if (byCode.has(ref.code)) continue;
      const upper = upperDivision(ref.code);
      byCode.set(ref.code, {
        code: ref.code,
        name: upper?.name ?? ref.name,
        level: ref.level,
        slug: upper?.slug ?? ref.slug,
        parent: ref.level === 'macro' ? null : parentCodeOf(ref.code),
        ...byKind(articlesOf(ref.code)),
      });
    }
  }
  const index: RegionIndex = {
    byCode,
    bySlug: new Map([...byCode.values()].map((node) => [node.slug, node])),
    macros,
    provinces: provinceNodes,
  };
  cache.set(archive, index);
  return index;
}

/** A region's items, and the same split into reports and advertorials. */
function byKind(articles: ArticleEntry[]): Pick<RegionNode, 'articles' | 'reports' | 'ads'> {
  return { articles, reports: articles.filter(reportsOnItsPlaces), ads: articles.filter((a) => !reportsOnItsPlaces(a)) };
}

/** The chain from the top region down to this one, for breadcrumbs. */
export function ancestry(index: RegionIndex, node: RegionNode): RegionNode[] {
  const chain: RegionNode[] = [];
  for (let n: RegionNode | undefined = node; n; n = n.parent ? index.byCode.get(n.parent) : undefined) chain.unshift(n);
  return chain;
}

/** Regions one level below (for a macro-region: its members) that have reports, most reports first. */
export function subRegions(index: RegionIndex, node: RegionNode): RegionNode[] {
  const children =
    node.level === 'macro'
      ? (node.macro?.members ?? []).map((code) => index.byCode.get(code)).filter((n): n is RegionNode => n !== undefined)
      : [...index.byCode.values()].filter((n) => n.parent === node.code);
  return children.filter((n) => n.reports.length > 0).sort((a, b) => b.reports.length - a.reports.length || a.code.localeCompare(b.code));
}

/** Report counts per province code, for the map. */
export function provinceCounts(index: RegionIndex): Map<string, number> {
  return new Map(index.provinces.map((p) => [p.code, p.reports.length]));
}

/** Province codes a region page's map should outline: the province itself, a lower region's province, a macro-region's members' provinces. */
export function provincesToOutline(node: RegionNode): string[] {
  if (node.level === 'macro') return [...new Set((node.macro?.members ?? []).map((code) => `${code.slice(0, 2)}0000`))];
  return [`${node.code.slice(0, 2)}0000`];
}
