// How Chinese texts shorten official division names: 温州市 → 温州,
// 甘孜藏族自治州 → 甘孜, 内蒙古自治区 → 内蒙古, 浦东新区 → 浦东. A short form is
// only kept when at least two characters remain (沛县 is never written 沛).

// The 56 officially recognized ethnic groups as they appear inside names of
// autonomous areas (甘孜藏族自治州, 博尔塔拉蒙古自治州, 伊犁哈萨克自治州).
// Longest first, so that 哈萨克 is tried before 哈尼 and 土家 before 土.
const ETHNIC_GROUPS = [
  '乌孜别克',
  '柯尔克孜',
  '达斡尔',
  '鄂温克',
  '鄂伦春',
  '哈萨克',
  '维吾尔',
  '塔吉克',
  '塔塔尔',
  '俄罗斯',
  '蒙古',
  '朝鲜',
  '布依',
  '土家',
  '哈尼',
  '傈僳',
  '高山',
  '拉祜',
  '东乡',
  '纳西',
  '景颇',
  '仫佬',
  '布朗',
  '撒拉',
  '毛南',
  '仡佬',
  '锡伯',
  '阿昌',
  '普米',
  '德昂',
  '保安',
  '裕固',
  '独龙',
  '赫哲',
  '门巴',
  '珞巴',
  '基诺',
  '汉',
  '回',
  '藏',
  '苗',
  '彝',
  '壮',
  '满',
  '侗',
  '瑶',
  '白',
  '傣',
  '黎',
  '佤',
  '畲',
  '水',
  '土',
  '羌',
  '怒',
  '京',
  '各',
].sort((a, b) => b.length - a.length);

const PROVINCE_SUFFIXES = ['特别行政区', '自治区', '省', '市'];
const PREFECTURE_SUFFIXES = ['自治州', '地区', '盟', '市'];
const COUNTY_SUFFIXES = ['自治县', '自治旗', '新区', '特区', '林区', '县', '区', '市', '旗'];

/** Removes trailing ethnic-group names (藏族, 蒙古, 土家族苗族) left after an 自治 suffix. */
function stripEthnic(stem: string): string {
  let rest = stem;
  for (let changed = true; changed;) {
    changed = false;
    for (const group of ETHNIC_GROUPS) {
      // One-character groups (回, 藏) only ever appear as 回族, 藏族; longer ones
      // sometimes without 族 (博尔塔拉蒙古自治州).
      for (const form of group.length === 1 ? [`${group}族`] : [`${group}族`, group]) {
        if (rest.endsWith(form) && rest.length - form.length >= 2) {
          rest = rest.slice(0, -form.length);
          changed = true;
        }
      }
    }
  }
  return rest;
}

/** The common short form of an official division name, or null when none is safe (≥2 characters left). */
export function shortName(name: string, level: 'province' | 'prefecture' | 'county'): string | null {
  const suffixes = level === 'province' ? PROVINCE_SUFFIXES : level === 'prefecture' ? PREFECTURE_SUFFIXES : COUNTY_SUFFIXES;
  for (const suffix of suffixes) {
    if (!name.endsWith(suffix)) continue;
    let stem = name.slice(0, -suffix.length);
    if (suffix.startsWith('自治')) stem = stripEthnic(stem);
    return stem.length >= 2 && stem !== name ? stem : null;
  }
  return null;
}
