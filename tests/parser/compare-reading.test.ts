import { describe, expect, it } from 'vitest';
import { parsePage } from '../../scripts/lib/parse/parse-page.ts';
import { compareReading, type Reading } from '../../scripts/lib/parse/evaluate/compare-reading.ts';
import { scorePage } from '../../scripts/lib/parse/evaluate/score.ts';

// A headline with no body on the page is a teaser the reader does not count as an item here.
const page = parsePage(
  ['县域商业体系建设提速', '', '本报讯（记者 周航）全省县域商业体系建设提速，新建乡镇商贸中心四十个。', '', '新能源汽车下乡活动启动'].join(
    '\n',
  ),
).page;
const article = { type: 'article' as const, title: '县域商业体系建设提速', paragraphs: ['本报讯'] };

describe('compareReading: items the reader does not see', () => {
  it('reports a made-up item as wrong, and as known wrong when the reading says why', () => {
    const plain: Reading = { furniture: [], items: [article] };
    const extra = compareReading(page, plain).filter((v) => v.label.startsWith('extra item'));
    expect(extra.map((v) => [v.ok, v.knownWrong])).toEqual([[false, undefined]]);
    const marked = compareReading(page, { ...plain, extraKnownWrong: 'a teaser' }).filter((v) => v.label.startsWith('extra item'));
    expect(marked.map((v) => [v.ok, v.knownWrong])).toEqual([[false, 'a teaser']]);
  });

  it('flags the mark once no item is made up, so it is removed', () => {
    const reading: Reading = {
      furniture: [],
      items: [article, { type: 'teaser', title: '新能源汽车下乡活动启动', paragraphs: [] }],
      extraKnownWrong: 'stale',
    };
    const verdicts = compareReading(page, reading);
    expect(verdicts.filter((v) => v.label === 'extra items')).toEqual([{ label: 'extra items', ok: true, knownWrong: 'stale', diffs: [] }]);
  });
});

describe('compareReading: a source that does not mark subheads', () => {
  const feature = parsePage(
    [
      '县域商业体系建设提速',
      '',
      '全省县域商业体系建设提速，新建乡镇商贸中心四十个，农村消费持续回暖，县城商业街人气渐旺。',
      '',
      '冷链补上短板',
      '',
      '今年以来，全省新建县级冷链物流中心十二个，生鲜农产品损耗明显下降，农民增收有了新门路。',
    ].join('\n'),
  ).page;
  const paragraphs = ['全省县域商业体系', '冷链补上短板', '今年以来'];

  it('compares a subhead the parser finds as the plain paragraph such a reading has', () => {
    expect(feature.items[0]!.body.map((b) => b.kind)).toEqual(['paragraph', 'subhead', 'paragraph']);
    const unmarked: Reading = {
      furniture: [],
      items: [{ type: 'article', title: '县域商业体系建设提速', paragraphs }],
      subheadsUnmarked: true,
    };
    expect(compareReading(feature, unmarked).every((v) => v.ok)).toBe(true);
    // Without the flag a plain paragraph in the reading is a claim that it is no subhead.
    const marked: Reading = { ...unmarked, subheadsUnmarked: undefined };
    expect(compareReading(feature, marked).find((v) => v.label === '县域商业体系建设提速')?.ok).toBe(false);
  });
});

describe('scorePage: a column tag printed beside the title', () => {
  const tagged = parsePage(
    ['发掘运用本土教育经验(大家手笔)', '', '教育的根本在于立德树人，办好中国的教育，离不开对本土经验的发掘与运用，这是一门大学问。'].join(
      '\n',
    ),
  ).page;

  it('counts the title exact when the parser sets the tag apart as the column, whether or not the reading keeps the tag in its title', () => {
    expect(tagged.items[0]).toMatchObject({ title: '发掘运用本土教育经验', column: '大家手笔' });
    const reading = (title: string): Reading => ({ furniture: [], items: [{ type: 'article', title, paragraphs: ['教育的根本'] }] });
    expect(scorePage(tagged, reading('发掘运用本土教育经验(大家手笔)')).titleExact).toBe(1);
    expect(scorePage(tagged, reading('发掘运用本土教育经验')).titleExact).toBe(1);
    // The tag is forgiven only as the column the parser found, not as any text dropped from a title.
    expect(scorePage(tagged, reading('发掘运用本土教育经验(读书札记)')).titleExact).toBe(0);
  });
});
