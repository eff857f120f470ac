import { describe, expect, it } from 'vitest';
import { shortName } from '../../scripts/lib/regions/short-names.ts';
import { allDivisions, lineage } from '../../src/data/regions/all-divisions.ts';
import { provinces, upperDivisionBySlug, parentCodeOf } from '../../src/data/regions/hierarchy.ts';
import { macroRegions } from '../../src/data/regions/macro-regions.ts';
import { regionRefSchema } from '../../src/schemas/article.ts';

describe('short forms', () => {
  it.each([
    ['温州市', 'prefecture', '温州'],
    ['甘孜藏族自治州', 'prefecture', '甘孜'],
    ['黔东南苗族侗族自治州', 'prefecture', '黔东南'],
    ['博尔塔拉蒙古自治州', 'prefecture', '博尔塔拉'],
    ['锡林郭勒盟', 'prefecture', '锡林郭勒'],
    ['内蒙古自治区', 'province', '内蒙古'],
    ['广西壮族自治区', 'province', '广西'],
    ['香港特别行政区', 'province', '香港'],
    ['道孚县', 'county', '道孚'],
    ['孟村回族自治县', 'county', '孟村'],
    ['浦东新区', 'county', '浦东'],
  ] as const)('%s → %s', (name, level, short) => {
    expect(shortName(name, level)).toBe(short);
  });

  it('keeps no one-character short form (沛县 is never 沛)', () => {
    expect(shortName('沛县', 'county')).toBeNull();
    expect(shortName('城区', 'county')).toBeNull();
  });
});

describe('the hierarchy', () => {
  it('has every province including 香港, 澳门, 台湾, and ~3,200 divisions', () => {
    expect(provinces).toHaveLength(34);
    expect(allDivisions.size).toBeGreaterThan(3000);
  });

  it('links counties to prefectures, municipal districts to the municipality, and 仙桃 to 湖北', () => {
    expect(lineage('513326').map((d) => d.name)).toEqual(['道孚县', '甘孜藏族自治州', '四川省']);
    expect(lineage('310115').map((d) => d.name)).toEqual(['浦东新区', '上海市']);
    expect(parentCodeOf('429004')).toBe('420000');
    expect(allDivisions.get('441900')?.level).toBe('prefecture');
  });

  it('gives every region a unique ASCII slug valid as a RegionRef', () => {
    const slugs = [...[...allDivisions.values()].map((d) => d.slug), ...macroRegions.map((m) => m.slug)];
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const d of allDivisions.values()) regionRefSchema.parse({ code: d.code, name: d.name, level: d.level, slug: d.slug });
    expect(upperDivisionBySlug('zhejiang')?.name).toBe('浙江省');
    expect(upperDivisionBySlug('shaanxi')?.name).toBe('陕西省');
    expect(upperDivisionBySlug('jilin-jilin')?.name).toBe('吉林市');
  });

  it('lists macro-region members that exist', () => {
    for (const m of macroRegions) for (const code of m.members) expect(allDivisions.has(code), `${m.name}: ${code}`).toBe(true);
  });
});
