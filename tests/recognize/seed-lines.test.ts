import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as r from '../../scripts/lib/parse/recognize/index.ts';

// Every credit printed on the bundled seed pages, read off the pages by hand: the
// recognizers, run line by line, must find exactly these people and nothing else.
const PAGES: Record<string, { authors: string[]; photo: string[]; datelines: string[]; ads: number; jumps: number; pageCredits: number }> =
  {
    'unidentified-2023-07-a': {
      authors: ['殷诚聪', '汪子芳', '吕丽', '万红', '李超', '张雅静', '刘秋凤'],
      photo: ['杨世尧', '王民'],
      datelines: [],
      ads: 0,
      jumps: 0,
      pageCredits: 0,
    },
    'unidentified-2022-06': {
      authors: ['任俊锰', '李晔'],
      photo: [],
      datelines: ['新华社杭州6月21日电'],
      ads: 0,
      jumps: 0,
      pageCredits: 0,
    },
    'jingji-ribao-2023-12': { authors: ['夏先清', '杨子佩', '李景', '陈发明'], photo: [], datelines: [], ads: 4, jumps: 0, pageCredits: 1 },
    'liaocheng-ribao-2025-04-11': {
      authors: ['许金松', '朱海波', '翟晓婵', '公正', '赵琦', '焦阳', '江平波', '林金彦', '杨光', '赵宗锋', '黄涛'],
      photo: [],
      datelines: ['新华社北京4月10日电'],
      ads: 0,
      jumps: 1,
      pageCredits: 0,
    },
    'unidentified-2023-07-b': {
      authors: ['翁哲宁', '沈贞海', '卢俊锦', '鲁利韦', '罗勉', '陈文杰', '刘佳', '杨有宗', '伍鲲鹏'],
      photo: [],
      datelines: [],
      ads: 0,
      jumps: 0,
      pageCredits: 0,
    },
  };

describe.each(Object.entries(PAGES))('credits on seed page %s', (issue, expected) => {
  const lines = readFileSync(`src/content/issues/${issue}/p01.txt`, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const sorted = (xs: string[]): string[] => [...xs].sort();

  it('finds every byline and credit author, and no one else', () => {
    const found = lines.flatMap((l) => [
      ...(r.parseBylineLine(l)?.authors ?? []),
      ...(r.parseLeadCredit(l)?.authors ?? []),
      ...(r.parseTrailingCredit(l)?.authors ?? []),
    ]);
    expect(sorted(found)).toEqual(sorted(expected.authors));
  });

  it('finds the photographers', () => {
    expect(sorted(lines.flatMap((l) => r.parsePhotoCredit(l)?.authors ?? []))).toEqual(sorted(expected.photo));
  });

  it('finds the datelines', () => {
    const found = lines.flatMap((l) => [r.parseLeadCredit(l)?.dateline, r.parseTrailingCredit(l)?.dateline]).filter((d) => d);
    expect(found).toEqual(expected.datelines);
  });

  it('finds advertorial marks, jump lines and page credits', () => {
    expect(lines.filter((l) => r.parseAdvertorialMark(l)).length).toBe(expected.ads);
    expect(lines.filter((l) => r.parseJumpLine(l)).length).toBe(expected.jumps);
    expect(lines.filter((l) => r.parsePageCredits(l)).length).toBe(expected.pageCredits);
  });

  it('never reads one line as two kinds of credit', () => {
    for (const l of lines) {
      const kinds = [
        r.parseBylineLine(l),
        r.parseLeadCredit(l),
        r.parseTrailingCredit(l),
        r.parsePageCredits(l),
        r.parseAdvertorialMark(l),
      ].filter((x) => x !== null);
      expect(kinds.length, l).toBeLessThanOrEqual(1);
    }
  });
});
