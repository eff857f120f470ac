import { describe, expect, it } from 'vitest';
import { parsePage } from '../../scripts/lib/parse/parse-page.ts';
import { compareReading, type Reading } from '../../scripts/lib/parse/evaluate/compare-reading.ts';

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
