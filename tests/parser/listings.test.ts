import { describe, expect, it } from 'vitest';
import { parsePage } from '../../scripts/lib/parse/parse-page.ts';

/** One entry of an exhibition listing as a wrapped page prints it: name, ——subtitle, facts behind ●, a few lines about it. */
const entry = (name: string, subtitle: string[], facts: string[], about: string[]): string[] => [
  name,
  ...subtitle,
  '',
  ...facts.flatMap((f) => [f, '']),
  ...about,
  '',
];

const entries = [
  entry(
    '山水清音',
    ['——馆藏明清山水画特展'],
    ['●主办：江南博物院', '●时间：5月1日至7月31日', '●地点：江南博物院二号展厅'],
    ['展览遴选馆藏明清山水画六十余件，', '从“四王”到“金陵八家”，勾勒出山', '水画在明清两代的演变脉络。'],
  ),
  entry(
    '纸上春秋',
    ['——近代报刊文献展'],
    ['●主办：省图书馆', '●时间：5月10日至6月30日', '●地点：省图书馆展览厅'],
    ['展出近代报刊原件两百余种，观众可', '以从泛黄的版面上读到百年前城市生', '活的点点滴滴。'],
  ),
  entry(
    '指尖非遗',
    ['——传统手工艺邀请展来自十个省份的', '匠人'],
    ['●主办：市文化馆', '●时间：5月18日至6月18日', '●地点：市文化馆'],
    ['剪纸、竹编、蓝印花布等三十多个项', '目的传承人现场展示技艺，观众可以', '动手体验。'],
  ),
];

describe('a listing: entries with their facts behind list markers', () => {
  it('under its label is one item, the label its headline and each entry’s name a subhead', () => {
    const { page } = parsePage(['展讯', '', ...entries.flat()].join('\n'));
    expect(page.items).toHaveLength(1);
    expect(page.items[0]!.title).toBe('展讯');
    expect(page.items[0]!.body.filter((b) => b.kind === 'subhead').map((b) => b.text)).toEqual([
      '山水清音——馆藏明清山水画特展',
      '纸上春秋——近代报刊文献展',
      '指尖非遗——传统手工艺邀请展来自十个省份的匠人',
    ]);
    // Each fact is a paragraph of its own.
    expect(page.items[0]!.body.filter((b) => b.text.startsWith('●'))).toHaveLength(9);
  });

  it('without a label is still one item, under its first entry’s name', () => {
    const { page } = parsePage(entries.slice(0, 2).flat().join('\n'));
    expect(page.items).toHaveLength(1);
    expect(page.items[0]!.title).toBe('山水清音');
    expect(page.items[0]!.body.filter((b) => b.kind === 'subhead').map((b) => b.text)).toEqual(['纸上春秋——近代报刊文献展']);
  });

  it('is not made of one notice with its facts: that stays an item of its own beside the next piece', () => {
    const next = [
      '馆藏精品亮相西湖边',
      '',
      '本报讯（记者 周航）西湖边的老建筑里，一场特别的展览',
      '吸引了不少市民前来参观，展厅里人头攒动。',
    ];
    const { page } = parsePage([...entries[0]!, ...next].join('\n'));
    expect(page.items.map((i) => i.title)).toEqual(['山水清音', '馆藏精品亮相西湖边']);
  });
});
