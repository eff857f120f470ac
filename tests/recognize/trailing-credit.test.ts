import { describe, expect, it } from 'vitest';
import { parseTrailingCredit } from '../../scripts/lib/parse/recognize/index.ts';

describe('parseTrailingCredit', () => {
  it.each([
    ['重点协同深化事项。\n（记者 任俊锰）', '（记者 任俊锰）', { authors: ['任俊锰'] }],
    ['物流平均用时 48 小时。 （记者 李 晔）', '（记者 李 晔）', { authors: ['李晔'] }],
    ['（陈文杰 刘 佳）', '（陈文杰 刘 佳）', { authors: ['陈文杰', '刘佳'] }],
    ['增长24.9%。 （杨有宗）', '（杨有宗）', { authors: ['杨有宗'] }],
    ['（伍鲲鹏）', '（伍鲲鹏）', { authors: ['伍鲲鹏'] }],
    ['（新华社杭州 6 月 21 日电）', '（新华社杭州 6 月 21 日电）', { source: '新华社', dateline: '新华社杭州6月21日电' }],
    ['新征程。 （据 6 月 20 日今日闵行官方微信）', '（据 6 月 20 日今日闵行官方微信）', { source: '今日闵行官方微信' }],
    ['（作者系中国宏观经济研究院\n市场与价格研究所副所长、研究员）', '（作者系中国宏观经济研究院\n市场与价格研究所副所长、研究员）', { note: '作者系中国宏观经济研究院 市场与价格研究所副所长、研究员' }],
    ['（本报记者 王 静 整理）', '（本报记者 王 静 整理）', { source: '本报', authors: ['王静'] }],
    ['他说。”(记者 黄进 通讯员 李小红)', '(记者 黄进 通讯员 李小红)', { authors: ['黄进', '李小红'] }],
    ['取得实效。（据《人民日报》）', '（据《人民日报》）', { source: '人民日报' }],
    ['更上层楼。（作者为浙江大学教授）', '（作者为浙江大学教授）', { note: '作者为浙江大学教授' }],
    ['（新华社北京电）', '（新华社北京电）', { source: '新华社', dateline: '新华社北京电' }],
    ['（本报综合）', '（本报综合）', { source: '本报' }],
    ['（来源：央视新闻客户端）', '（来源：央视新闻客户端）', { source: '央视新闻客户端' }],
    ['开幕。（欧阳晓明）', '（欧阳晓明）', { authors: ['欧阳晓明'] }],
  ])('%s', (paragraph, text, fields) => {
    const c = parseTrailingCredit(paragraph);
    expect(c).not.toBeNull();
    expect(c!.text).toBe(text);
    expect(c).toMatchObject({ source: null, authors: [], dateline: null, note: null, ...fields });
  });

  it.each([
    ['近日，多艘轮船靠泊在唐山港曹妃甸港区矿石码头卸载（无人机照片）'],
    ['（无人机照片）'],
    ['制造业采购经理指数（PMI）'],
    ['（PMI）'],
    ['指数回升。（资料图片）'],
    ['（全文完）'],
    ['（完）'],
    ['志愿者周义帛（右一）'],
    ['两地合作。（上图）'],
    ['成都航空枢纽（天府机场+双流机场）'],
    ['记者在现场看到。'],
    ['（下转第7版）'],
    ['在华东地区（上海）'],
    ['他说（记者 李四）'],
  ])('rejects %s', (paragraph) => {
    expect(parseTrailingCredit(paragraph)).toBeNull();
  });
});
