import { describe, expect, it } from 'vitest';
import { normalizeCreditSpacing } from '../../scripts/lib/parse/recognize/index.ts';

describe('normalizeCreditSpacing', () => {
  it.each([
    ['本报讯（记者 朱海波 通讯员 翟晓婵 公正）', '本报讯（记者 朱海波 通讯员 翟晓婵 公正）'],
    ['（陈文杰 刘 佳）', '（陈文杰 刘佳）'],
    ['（记者 李 晔）', '（记者 李晔）'],
    ['（刘 佳）', '（刘佳）'],
    ['本报记者\u3000\u3000夏先清  杨子佩', '本报记者 夏先清 杨子佩'],
    ['本报讯 卢俊锦 鲁利韦 记者罗勉\n\n报道', '本报讯 卢俊锦 鲁利韦 记者罗勉 报道'],
    ['（ 记者 张三 ）', '（记者 张三）'],
    ['(记者 王 静)', '(记者 王静)'],
    ['新华社记者 杨世尧 摄', '新华社记者 杨世尧 摄'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeCreditSpacing(input)).toBe(expected);
  });

  it('changes spacing only', () => {
    const input = '本报讯（记者 李 晔 通讯员 刘 佳 王小红）';
    expect(normalizeCreditSpacing(input).replace(/\s/gu, '')).toBe(input.replace(/\s/gu, ''));
  });
});
