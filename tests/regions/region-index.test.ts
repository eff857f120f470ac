import { describe, expect, it } from 'vitest';
import { ancestry, provincesToOutline, regionIndex, subRegions } from '../../src/lib/region-index.ts';
import { tagRegions } from '../../scripts/lib/regions/tag-regions.ts';
import type { Archive, ArticleEntry } from '../../src/lib/archive.ts';

// A minimal archive: the index only reads articles (in archive order) and their regions.
function archiveOf(titles: Array<[id: string, title: string, paragraphs: string[]]>): Archive {
  const articles = titles.map(([id, title, paragraphs]) => ({
    id,
    data: {
      regions: tagRegions({ kicker: null, title, subtitle: null, column: null, byline: null, source: null, dateline: null, paragraphs }),
    },
  })) as unknown as ArticleEntry[];
  const articlesByRegion = new Map<string, ArticleEntry[]>();
  for (const a of articles) for (const r of a.data.regions) articlesByRegion.set(r.code, [...(articlesByRegion.get(r.code) ?? []), a]);
  return { articles, articlesByRegion } as unknown as Archive;
}

const archive = archiveOf([
  ['new', '温州推出热线', ['温州市12345热线受理诉求。温州市信访局介绍。']],
  ['mid', '婺城携手道孚', ['浙江省金华市婺城区与四川省甘孜藏族自治州道孚县结对。婺城区支援道孚县。']],
  ['old', '川渝共同发布行动方案', ['川渝两地共同发布方案，重庆市与四川省合作。']],
]);
const index = regionIndex(archive);

describe('the region index behind the pages', () => {
  it('has every macro-region and province, and the prefectures and counties with articles', () => {
    expect(index.macros.map((m) => m.slug)).toContain('changsanjiao');
    expect(index.provinces).toHaveLength(34);
    expect(index.bySlug.get('daofu')?.name).toBe('道孚县');
    expect(index.bySlug.get('hangzhou')).toBeUndefined();
  });

  it('lists a region’s articles in archive order (newest first)', () => {
    expect(index.bySlug.get('sichuan')!.articles.map((a) => a.id)).toEqual(['mid', 'old']);
    expect(index.bySlug.get('zhejiang')!.articles.map((a) => a.id)).toEqual(['new', 'mid']);
  });

  it('gives breadcrumbs down the hierarchy and sub-regions with articles', () => {
    expect(ancestry(index, index.bySlug.get('daofu')!).map((n) => n.name)).toEqual(['四川省', '甘孜藏族自治州', '道孚县']);
    expect(subRegions(index, index.bySlug.get('zhejiang')!).map((n) => n.name)).toEqual(['温州市', '金华市']);
    expect(subRegions(index, index.bySlug.get('chengyu')!).map((n) => n.name)).toEqual(['四川省', '重庆市']);
  });

  it('outlines a region’s province, or a macro-region’s member provinces, on the map', () => {
    expect(provincesToOutline(index.bySlug.get('daofu')!)).toEqual(['510000']);
    expect(provincesToOutline(index.bySlug.get('changsanjiao')!).sort()).toEqual(['310000', '320000', '330000', '340000']);
  });
});

describe('advertorials in the region index', () => {
  const withAd = archiveOf([
    ['report', '温州推出热线', ['温州市12345热线受理诉求。温州市信访局介绍。']],
    ['ad', '温州乐清电器', ['温州市乐清市电器企业，温州市乐清市柳市镇。']],
  ]);
  (withAd.articles[1].data as { type: string }).type = 'ad';
  (withAd.articles[0].data as { type: string }).type = 'article';
  const adIndex = regionIndex(withAd);

  it('keeps them apart from the reports, which alone are counted and mapped', () => {
    const wenzhou = adIndex.bySlug.get('wenzhou')!;
    expect(wenzhou.articles.map((a) => a.id)).toEqual(['report', 'ad']);
    expect(wenzhou.reports.map((a) => a.id)).toEqual(['report']);
    expect(wenzhou.ads.map((a) => a.id)).toEqual(['ad']);
    // 乐清 is tagged by the advertorial only: it has a page, but is no sub-region with reports.
    expect(adIndex.bySlug.get('yueqing')!.ads.map((a) => a.id)).toEqual(['ad']);
    expect(subRegions(adIndex, wenzhou).map((n) => n.slug)).not.toContain('yueqing');
  });
});
