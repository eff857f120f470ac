import { describe, expect, it } from 'vitest';
import { parseAdvertorialMark, parseJumpLine, parsePageCredits } from '../../scripts/lib/parse/recognize/index.ts';

describe('parseAdvertorialMark', () => {
  it.each([
    ['(数据来源：浙江省温州乐清市芙蓉镇党建办) ·广告', '(数据来源：浙江省温州乐清市芙蓉镇党建办) ·广告', '浙江省温州乐清市芙蓉镇党建办'],
    ['服务群众。（数据来源：某某银行）•广告', '（数据来源：某某银行）•广告', '某某银行'],
    ['欢迎垂询。 ·广告', '·广告', null],
    ['- 广告 -', '- 广告 -', null],
    ['—广告—', '—广告—', null],
    ['热线电话：12345。（广告）', '（广告）', null],
    ['【广告】', '【广告】', null],
    ['广 告', '广 告', null],
    ['欢迎来电。·广告·', '·广告·', null],
  ])('%s', (text, mark, dataSource) => {
    const m = parseAdvertorialMark(text);
    expect(m).not.toBeNull();
    expect(m!.text).toBe(mark);
    expect(m!.dataSource).toBe(dataSource);
  });

  it.each([
    ['整治虚假广告'],
    ['广告公司负责人表示，市场回暖。'],
    ['户外广告牌'],
    ['严禁发布违法广告。'],
    ['（数据来源：国家统计局）'],
    ['广告语'],
    ['本报广告部电话'],
    ['记者从广告协会获悉，'],
  ])('rejects %s', (text) => {
    expect(parseAdvertorialMark(text)).toBeNull();
  });
});

describe('parsePageCredits', () => {
  it.each([
    ['本版编辑 周颖一 祝伟 美编 王子莹', ['周颖一', '祝伟'], ['王子莹'], []],
    ['责任编辑：李 想', ['李想'], [], []],
    ['版式设计 王小丫', [], ['王小丫'], []],
    ['校对 赵 敏', [], [], ['赵敏']],
    ['本版责编：张三 | 美术编辑：李四 | 校对：王五', ['张三'], ['李四'], ['王五']],
    ['责编 陈晨 美编王子莹', ['陈晨'], ['王子莹'], []],
    ['本版编辑 张 帆 电话：010-12345678', ['张帆'], [], []],
  ])('%s', (line, editors, designers, proofreaders) => {
    const c = parsePageCredits(line);
    expect(c).toMatchObject({ editors, designers, proofreaders, text: line });
  });

  it.each([['编辑部门表示，将加快推进'], ['设计院牵头完成了方案'], ['本版编辑'], ['编辑 记者'], ['责任编辑要对稿件负责。']])(
    'rejects %s',
    (line) => {
      expect(parsePageCredits(line)).toBeNull();
    },
  );
});

describe('parseJumpLine', () => {
  it.each([
    ['（下转第7版）', 'to', 7, null, '（下转第7版）'],
    ['（上接第1版）', 'from', 1, null, '（上接第1版）'],
    ['下转第 7 版', 'to', 7, null, '下转第 7 版'],
    ['（转第3版）', 'to', 3, null, '（转第3版）'],
    ['(下转第十二版)', 'to', 12, null, '(下转第十二版)'],
    ['（紧接A2版）', 'from', 2, 'A2', '（紧接A2版）'],
    ['（下转２版）', 'to', 2, null, '（下转２版）'],
    ['促进发展。（下转第七版）', 'to', 7, null, '（下转第七版）'],
    ['（上接第一版）4月10日，', 'from', 1, null, '（上接第一版）'],
  ])('%s', (text, direction, page, pageLabel, printed) => {
    expect(parseJumpLine(text)).toEqual({ direction, page, pageLabel, text: printed });
  });

  it.each([
    ['转第3版的报道引起关注'],
    ['本报第7版刊发了评论'],
    ['（详见第7版）'],
    ['他说（下转第7版）后面还有'],
    ['促进发展。（上接第1版）'],
  ])('rejects %s', (text) => {
    expect(parseJumpLine(text)).toBeNull();
  });
});
