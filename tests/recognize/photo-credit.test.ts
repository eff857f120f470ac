import { describe, expect, it } from 'vitest';
import { isCaptionHint, parsePhotoCredit } from '../../scripts/lib/parse/recognize/index.ts';

describe('parsePhotoCredit', () => {
  it.each([
    ['同比增长24.72％。 新华社记者 杨世尧 摄', '新华社记者 杨世尧 摄', '新华社', ['杨世尧']],
    ['新华社记者 王民 摄', '新华社记者 王民 摄', '新华社', ['王民']],
    ['助力乡村振兴。 新华网 发', '新华网 发', '新华网', []],
    ['(资料图片)', '(资料图片)', null, []],
    ['（资料照片）', '（资料照片）', null, []],
    ['游客在基地游玩。 本报记者 张 伟 摄', '本报记者 张 伟 摄', '本报', ['张伟']],
    ['游客在基地游玩。 刘 佳/摄', '刘 佳/摄', null, ['刘佳']],
    ['图为游客在基地游玩 张三丰 摄', '张三丰 摄', null, ['张三丰']],
    ['李 晔 摄', '李 晔 摄', null, ['李晔']],
    ['游客游玩。张三丰/摄', '张三丰/摄', null, ['张三丰']],
    ['新华社发 陈文杰 摄', '新华社发 陈文杰 摄', '新华社', ['陈文杰']],
    ['新华社发', '新华社发', '新华社', []],
    ['村民正在采收。（新华社记者 李贺 摄）', '（新华社记者 李贺 摄）', '新华社', ['李贺']],
    ['开园仪式现场。 受访者供图', '受访者供图', '受访者', []],
    ['开园仪式现场。 通讯员 王小红 李 想 摄', '通讯员 王小红 李 想 摄', null, ['王小红', '李想']],
    ['开园仪式现场 新华社记者张三摄', '新华社记者张三摄', '新华社', ['张三']],
    ['本报资料图片', '本报资料图片', '本报', []],
    ['游客游玩。 CFP供图', 'CFP供图', 'CFP', []],
  ])('%s', (text, credit, source, authors) => {
    const c = parsePhotoCredit(text);
    expect(c).not.toBeNull();
    expect(c!.text).toBe(credit);
    expect(text.endsWith(c!.text)).toBe(true);
    expect(c!.source).toBe(source);
    expect(c!.authors).toEqual(authors);
  });

  it.each([
    ['举办各类质量体验、质量安全教育、质量摄影大'],
    ['他拿起相机拍摄'],
    ['游客纷纷举起手机拍照留念，记者在现场拍摄'],
    ['这组照片由他拍摄'],
    ['研究成果近日发'],
    ['新华社记者 王民'],
    ['他 们 正 在 拍 摄'],
    ['工 作 人 员 拍 摄'],
    ['全力推动协同发展'],
    ['（无人机照片）'],
  ])('rejects %s', (text) => {
    expect(parsePhotoCredit(text)).toBeNull();
  });
});

describe('isCaptionHint', () => {
  it.each([
    ['近日，多艘轮船靠泊在唐山港曹妃甸港区矿石码头卸载（无人机照片）。'],
    ['近日，在河北沧州，志愿者周义帛（右一）教社区的孩子打篮球。'],
    ['图为游客在油葵种植基地游玩。'],
    ['上图：夜幕下的杭州湖滨步行街。'],
    ['图①：工人在生产线上作业。'],
    ['新华社记者 王民 摄'],
    ['村民正在收割（航拍照片）'],
  ])('%s', (text) => {
    expect(isCaptionHint(text)).toBe(true);
  });

  it.each([
    ['今年上半年，成都的“国际朋友圈”越来越热闹。'],
    ['制造业采购经理指数（PMI）回升。'],
    ['图书馆新馆开放'],
    ['反对虚假广告'],
  ])('rejects %s', (text) => {
    expect(isCaptionHint(text)).toBe(false);
  });
});
