import { describe, expect, it } from 'vitest';
import { parsePage } from '../../scripts/lib/parse/parse-page.ts';

const previousBody = [
  '本报北京4月22日电  （记者王明）两国代表团当',
  '日在北京举行会谈，双方就深化经贸、人文等领域',
  '合作深入交换意见，一致同意加快推进重点项目建',
  '设，拓展新能源、数字经济等新兴领域合作。',
  '',
  '双方还签署了教育、卫生、农业等领域多项合作',
  '文件。会谈后，两国代表团共同会见了记者。',
];
const previousHead = ['深化合作 共谋发展', '——访某国驻华大使'];
const nextHead = ['天津北辰区设立专项应急基金', '老旧电梯 维修不难'];
const nextBody = [
  '本报记者  朱  虹',
  '',
  '电梯年久缺保养，难免出故障。去年以来，北辰',
  '区设立电梯维修专项应急基金，老旧小区的电梯坏',
  '了，居民不再为维修费发愁。',
  '',
  '“以前电梯一坏就是好几天，现在打个电话，第',
  '二天就有人来修。”家住果园新村的李大爷说。',
];

/** A column head longer than a column-shaped label (2–6 characters), printed apart between two items. */
const COLUMN = '关注改革最后一公里';

describe('a column head printed apart, longer than a label', () => {
  it('heads the item under it, not a teaser of its own (headlines before their bodies)', () => {
    const text = [...previousHead, '', ...previousBody, '', COLUMN, '', ...nextHead, '', ...nextBody].join('\n');
    const { page } = parsePage(text);
    expect(page.items.map((i) => [i.type, i.title])).toEqual([
      ['article', '深化合作 共谋发展'],
      ['article', '老旧电梯 维修不难'],
    ]);
    expect(page.items[1]).toMatchObject({ column: COLUMN, kicker: '天津北辰区设立专项应急基金' });
  });

  it('heads the item under it where headlines follow their bodies, printed under the previous headline', () => {
    const text = [...previousBody, '', ...previousHead, '', COLUMN, '', ...nextBody, '', ...nextHead].join('\n');
    const { page } = parsePage(text);
    expect(page.items.map((i) => [i.type, i.title])).toEqual([
      ['article', '深化合作 共谋发展'],
      ['article', '老旧电梯 维修不难'],
    ]);
    expect(page.items[1]).toMatchObject({ column: COLUMN, subtitle: null });
  });

  it('is never a line led by a dash, which is a subtitle, nor a line holding a credit', () => {
    for (const line of ['——记者手记', '新华社发（李明摄）']) {
      const text = [...previousHead, '', ...previousBody, '', line, '', ...nextHead, '', ...nextBody].join('\n');
      expect(parsePage(text).page.items.every((i) => i.column === null)).toBe(true);
    }
  });
});
