import { describe, expect, it } from 'vitest';
import { parseBylineLine } from '../../scripts/lib/parse/recognize/index.ts';

describe('parseBylineLine', () => {
  it.each([
    ['浙江日报记者 殷诚聪 汪子芳', '浙江日报', ['殷诚聪', '汪子芳'], 'reporter'],
    ['华西都市报记者 刘秋凤', '华西都市报', ['刘秋凤'], 'reporter'],
    ['□ 本报记者 夏先清 杨子佩', '本报', ['夏先清', '杨子佩'], 'reporter'],
    ['■ 本报记者 许金松', '本报', ['许金松'], 'reporter'],
    ['■ 本报评论员', '本报', [], 'commentator'],
    ['□ 翁哲宁', null, ['翁哲宁'], 'author'],
    ['本报特约评论员 孙立平', '本报', ['孙立平'], 'commentator'],
    ['新华社记者 王希 宋晨', '新华社', ['王希', '宋晨'], 'reporter'],
    ['本报通讯员 陈 静', '本报', ['陈静'], 'correspondent'],
    ['文/图 赵一鸣', null, ['赵一鸣'], 'author'],
    ['赵一鸣 文/图', null, ['赵一鸣'], 'author'],
    ['文／图　欧阳晓明', null, ['欧阳晓明'], 'author'],
    ['◆ 南方日报记者 黄 进 通讯员 李小红', '南方日报', ['黄进', '李小红'], 'reporter'],
    ['本报记者  李 晔  刘 佳', '本报', ['李晔', '刘佳'], 'reporter'],
    ['羊城晚报首席记者 程行欢', '羊城晚报', ['程行欢'], 'reporter'],
    ['本报见习记者 王梓涵 实习生 张可', '本报', ['王梓涵', '张可'], 'reporter'],
    ['华西都市报、封面新闻记者 刘秋凤', '华西都市报、封面新闻', ['刘秋凤'], 'reporter'],
    ['人民网记者 阿依古丽·买买提', '人民网', ['阿依古丽·买买提'], 'reporter'],
    ['本报记者夏先清', '本报', ['夏先清'], 'reporter'],
    ['本报记者 张晓明、李 想', '本报', ['张晓明', '李想'], 'reporter'],
    ['本报驻京记者 韩 霁', '本报', ['韩霁'], 'reporter'],
    ['本报赴埃塞俄比亚特派记者  李志伟', '本报', ['李志伟'], 'reporter'],
    ['新华社驻香港记者 王 旭', '新华社', ['王旭'], 'reporter'],
    ['本报记者 周 琳 发自上海', '本报', ['周琳'], 'reporter'],
    ['本报记者 周 琳 上海报道', '本报', ['周琳'], 'reporter'],
  ])('%s', (line, source, authors, role) => {
    const b = parseBylineLine(line);
    expect(b).not.toBeNull();
    expect(b!.source).toBe(source);
    expect(b!.authors).toEqual(authors);
    expect(b!.role).toBe(role);
  });

  it("reads a guest author's affiliation", () => {
    expect(parseBylineLine('□ 张明远（中国人民大学教授）')).toMatchObject({
      authors: ['张明远'],
      affiliation: '中国人民大学教授',
      role: 'author',
    });
    expect(parseBylineLine('□ （中国人民大学教授）')).toBeNull();
  });

  it('lets a role word decide the role over a 文/图 label', () => {
    expect(parseBylineLine('□ 文/本报记者 张三')).toMatchObject({ source: '本报', authors: ['张三'], role: 'reporter' });
  });

  it('keeps the printed byline without the marker, spaces collapsed', () => {
    expect(parseBylineLine('□ 本报记者　夏先清  杨子佩')!.byline).toBe('本报记者 夏先清 杨子佩');
  });

  it.each([
    ['他告诉记者'],
    ['记者了解到，近年来，通榆县委县政府大力'],
    ['记者从河北省唐山市海洋口岸和港航管理局获悉'],
    ['本报讯 卢俊锦 鲁利韦 记者罗勉'],
    ['新华社记者 王民 摄'],
    ['新华网 发'],
    ['区域动态'],
    ['聚焦长三角'],
    ['市场回暖 活力渐显'],
    ['记者'],
    ['本报记者 深入一线采访报道'],
    ['本版编辑 周颖一 祝伟 美编 王子莹'],
    ['（记者 任俊锰）'],
    ['本报记者 李 晔 。'],
    ['李长萍 王强'],
    ['□ 记 者 张 三'],
    ['本报记者从市商务局获悉'],
    ['本报记者 近日从市商务局获悉'],
    ['记者 日前'],
    ['本报讯'],
    ['本报 记者'],
  ])('rejects %s', (line) => {
    expect(parseBylineLine(line)).toBeNull();
  });
});

describe('parseNameByline', () => {
  it('reads a padded or spaced signature', async () => {
    const { parseNameByline } = await import('../../scripts/lib/parse/recognize/byline.ts');
    expect(parseNameByline('王 建')?.authors).toEqual(['王建']);
    expect(parseNameByline('张三 李四')?.authors).toEqual(['张三', '李四']);
  });
  it('reads a team of three or four, each a name with a common surname', async () => {
    const { parseNameByline } = await import('../../scripts/lib/parse/recognize/byline.ts');
    expect(parseNameByline('李  亮  李德忠  王  鑫')?.authors).toEqual(['李亮', '李德忠', '王鑫']);
    expect(parseNameByline('芍药 绽放 致富 花开')).toBeNull();
  });
  it('refuses unspaced words and sentences', async () => {
    const { parseNameByline } = await import('../../scripts/lib/parse/recognize/byline.ts');
    expect(parseNameByline('越热闹')).toBeNull();
    expect(parseNameByline('王 建说，')).toBeNull();
  });
});

describe('labelled bylines', () => {
  it('作者：沈立 is a byline that keeps its label', () => {
    expect(parseBylineLine('作者：沈立')).toMatchObject({ byline: '作者：沈立', authors: ['沈立'] });
  });
});
