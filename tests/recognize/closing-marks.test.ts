import { describe, expect, it } from 'vitest';
import { lineKind } from '../../scripts/lib/parse/lines/classify-lines.ts';
import { endMark } from '../../scripts/lib/parse/units/end-marks.ts';
import {
  isSignatureLine,
  parseBylineLine,
  parseClosingNote,
  parseDateline,
  parsePhotoCredit,
  parseTrailingCredit,
} from '../../scripts/lib/parse/recognize/index.ts';

// Closing marks in the forms papers print them; each one ends the item above it.
describe('closing notes and sign-offs', () => {
  it.each([
    ['（执笔：王  林）'],
    ['（本系列评论完）'],
    ['（本系列报道完）'],
    ['（李明参与采写）'],
    ['4月23日为海军成立日。（一 琳整理）'],
    ['（李明编译）'],
    ['（相关报道见第四版）'],
    ['（摘编自《经济参考》，原题为《县域经济的新路》）'],
    ['——王  林'],
    ['这是我的一点建议。 王  林'],
    ['这是我的一点建议。 王慧敏'],
  ])('%s', (text) => {
    expect(parseClosingNote(text)).not.toBeNull();
    expect(endMark(text)).toBe('credit');
  });

  it.each([['——编  者'], ['——编者'], ['群众的事无小事。——编者']])('%s closes the editor’s note box, not the piece', (text) => {
    expect(parseClosingNote(text)).not.toBeNull();
    expect(endMark(text)).toBe('box');
  });

  it('a signature needs a name: two unspaced characters are as often a column head', () => {
    expect(isSignatureLine('王  林')).toBe(true);
    expect(isSignatureLine('程远')).toBe(false);
    expect(isSignatureLine('钟声')).toBe(false);
    expect(isSignatureLine('王慧敏')).toBe(true);
    expect(isSignatureLine('新华社')).toBe(false);
  });

  it.each([['——记者手记'], ['——来自长三角的一线经济信号'], ['（上图）'], ['（PMI）'], ['他说——不好'], ['（2019年9月30日）']])(
    '%s is not one',
    (text) => {
      expect(parseClosingNote(text)).toBeNull();
    },
  );

  it('a note or sign-off on a line of its own is a credit line', () => {
    expect(lineKind('（本系列评论完）')).toBe('credit');
    expect(lineKind('——编  者')).toBe('credit');
  });
});

describe('credits naming several places and posts', () => {
  it('reads a dateline filed from several places', () => {
    expect(parseDateline('本报柏林、巴黎3月2日电')).toEqual({ source: '本报', dateline: '本报柏林、巴黎3月2日电' });
    expect(parseTrailingCredit('会谈取得成果。（本报柏林、巴黎3月2日电）')).toMatchObject({
      source: '本报',
      dateline: '本报柏林、巴黎3月2日电',
    });
  });

  it('reads a roundup credit of correspondents at several posts', () => {
    expect(parseTrailingCredit('（本报驻德国、法国、意大利记者 张三 李四 王五）')).toMatchObject({
      source: '本报',
      authors: ['张三', '李四', '王五'],
    });
  });

  it('reads a roundup dateline with its correspondents in one credit', () => {
    expect(
      parseTrailingCredit('（本报北京、曼谷、华盛顿、里约热内卢、约翰内斯堡、多伦多、柏林3月24日电  记者 顾春 李志伟）'),
    ).toMatchObject({
      source: '本报',
      authors: ['顾春', '李志伟'],
    });
  });

  it('a credit right after a dateline head opens the report, it does not close it', () => {
    expect(parseTrailingCredit('本报仰光5月13日电  （记者王明）')).toBeNull();
    expect(endMark('本报仰光5月13日电  （记者王明）')).toBeNull();
  });
});

describe('photo credits', () => {
  it.each([
    ['本报记者  李  明摄', ['李明'], '本报'],
    ['游客在景区游览。新华社记者 张  三摄', ['张三'], '新华社'],
    ['王东摄（新华社发）', ['王东'], '新华社'],
    ['游客在景区游览。张三摄影报道（视觉中国）', ['张三'], '视觉中国'],
    ['游客在景区游览。（视觉中国）', [], '视觉中国'],
    ['游客在景区游览。王丽娟摄', ['王丽娟'], null],
    // On a line of its own under the caption, joined to it with a space.
    ['游客在景区游览。 王丽娟摄', ['王丽娟'], null],
    ['郑  强摄', ['郑强'], null],
    ['本报记者刘洪超摄', ['刘洪超'], '本报'],
    ['人民视觉', [], '人民视觉'],
    ['史自强 郝群英摄影报道', ['史自强', '郝群英'], null],
  ])('%s', (text, authors, source) => {
    expect(parsePhotoCredit(text)).toMatchObject({ authors, source });
  });

  it.each([['他正在拍摄'], ['正在拍摄'], ['一路拍摄'], ['图片报道'], ['下午在国新办召开新闻发']])('%s is not a credit', (text) => {
    expect(parsePhotoCredit(text)).toBeNull();
  });

  it('文/摄 heads the text as a byline, it does not close a caption', () => {
    expect(parsePhotoCredit('晚报记者  陈  默  文/摄')).toBeNull();
    expect(parseBylineLine('晚报记者  陈  默  文/摄')).toMatchObject({ authors: ['陈默'], source: '晚报' });
  });
});
