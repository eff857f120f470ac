import { describe, expect, it } from 'vitest';
import { parseLeadCredit } from '../../scripts/lib/parse/recognize/index.ts';

describe('parseLeadCredit', () => {
  it.each([
    [
      '本报讯（记者 朱海波 通讯员 翟晓婵 公正） 4月8日，河北',
      '本报讯（记者 朱海波 通讯员 翟晓婵 公正）',
      '本报',
      ['朱海波', '翟晓婵', '公正'],
      null,
    ],
    ['据天津日报讯（记者 万红）日前，随着', '据天津日报讯（记者 万红）', '天津日报', ['万红'], null],
    ['解放日报讯 2018 年 11 月 5 日，首届', '解放日报讯', '解放日报', [], null],
    ['本报讯 卢俊锦 鲁利韦 记者罗勉\n报道 近日，广东', '本报讯 卢俊锦 鲁利韦 记者罗勉\n报道', '本报', ['卢俊锦', '鲁利韦', '罗勉'], null],
    [
      '本报讯 卢俊锦 鲁利韦 记者罗勉\n\n报道 近日，广东',
      '本报讯 卢俊锦 鲁利韦 记者罗勉\n\n报道',
      '本报',
      ['卢俊锦', '鲁利韦', '罗勉'],
      null,
    ],
    ['本报讯 卢俊锦 鲁利韦 记者罗勉报道 近日，广东', '本报讯 卢俊锦 鲁利韦 记者罗勉报道', '本报', ['卢俊锦', '鲁利韦', '罗勉'], null],
    ['本报讯 张小红 记者 王 强 报道：近日', '本报讯 张小红 记者 王 强 报道', '本报', ['张小红', '王强'], null],
    ['本报讯 近日，海南省三亚', '本报讯', '本报', [], null],
    ['新华社北京4月10日电 4月9日，拉美', '新华社北京4月10日电', '新华社', [], '新华社北京4月10日电'],
    ['本报北京12月1日讯（记者 王 静）国家统计局', '本报北京12月1日讯（记者 王 静）', '本报', ['王静'], '本报北京12月1日讯'],
    ['据新华社电 国家发展改革委', '据新华社电', '新华社', [], null],
    ['记者 王小川 报道 近日，', '记者 王小川 报道', null, ['王小川'], null],
    ['中新网上海 6 月 1 日电 （记者 陈静）上海', '中新网上海 6 月 1 日电 （记者 陈静）', '中新网', ['陈静'], '中新网上海6月1日电'],
    ['新华社杭州电（记者 张三 李四）浙江', '新华社杭州电（记者 张三 李四）', '新华社', ['张三', '李四'], '新华社杭州电'],
    ['羊城晚报讯 记者程行欢 通讯员粤仁宣报道：', '羊城晚报讯 记者程行欢 通讯员粤仁宣报道', '羊城晚报', ['程行欢', '粤仁宣'], null],
    ['本报讯(记者 刘 佳)昨日', '本报讯(记者 刘 佳)', '本报', ['刘佳'], null],
    ['本报讯近日，我市', '本报讯', '本报', [], null],
    ['本报讯（记者 张晓明）（通讯员 李想）近日', '本报讯（记者 张晓明）（通讯员 李想）', '本报', ['张晓明', '李想'], null],
    ['本报讯（全媒体记者 张晓明 摄影报道）近日', '本报讯（全媒体记者 张晓明 摄影报道）', '本报', ['张晓明'], null],
    ['央视网消息（记者 张 琳）：近日', '央视网消息（记者 张 琳）', '央视网', ['张琳'], null],
    [
      '人民网乌鲁木齐4月10日电 （记者 阿依古丽·买买提）',
      '人民网乌鲁木齐4月10日电 （记者 阿依古丽·买买提）',
      '人民网',
      ['阿依古丽·买买提'],
      '人民网乌鲁木齐4月10日电',
    ],
  ])('%s', (paragraph, text, source, authors, dateline) => {
    const c = parseLeadCredit(paragraph);
    expect(c).not.toBeNull();
    expect(c!.text).toBe(text);
    expect(paragraph.startsWith(c!.text)).toBe(true);
    expect(c!.source).toBe(source);
    expect(c!.authors).toEqual(authors);
    expect(c!.dateline).toBe(dateline);
  });

  it.each([
    ['据了解，为全力打造10条重点产业链'],
    ['据悉，《方案》在政务服务同城化'],
    ['据统计，今年以来'],
    ['新华社电视台报道称'],
    ['记者了解到，近年来'],
    ['记者从河北省唐山市海洋口岸和港航管理局获悉'],
    ['本报记者 李景'],
    ['通讯员表示，项目进展顺利。'],
    ['喜讯传来，全村沸腾'],
    ['本报讯息中心提供的数据显示'],
    ['据新华社消息，近日'],
    ['本报消息称'],
  ])('rejects %s', (paragraph) => {
    expect(parseLeadCredit(paragraph)).toBeNull();
  });

  it('does not take the first word of the body for a name', () => {
    expect(parseLeadCredit('本报讯 记者 张三 日前 我市召开会议')!.authors).toEqual(['张三']);
    expect(parseLeadCredit('本报讯 记者 张三 李四 上周，我市召开会议')!.text).toBe('本报讯 记者 张三 李四');
  });
});

describe('据…消息 heads', () => {
  it('a county media centre credited before the first sentence opens the report', async () => {
    const { parseLeadCredit } = await import('../../scripts/lib/parse/recognize/index.ts');
    const { opensReport } = await import('../../scripts/lib/parse/lines/report-opener.ts');
    expect(parseLeadCredit('据石阡县融媒体中心消息  3月8日，铜仁市')).toMatchObject({
      source: '石阡县融媒体中心',
      text: '据石阡县融媒体中心消息',
    });
    expect(opensReport('据石阡县融媒体中心消息  3月8日，铜仁市')).toBe(true);
  });
});
