/** Every UI string of the site, in one place (zh-Hans). */
export const ui = {
  siteName: '报纸数字档案',
  siteDescription: '中文报纸版面全文档案：按日期、版面、地区浏览，全文检索。',
  nav: {
    home: '首页',
    issues: '往期',
    regions: '地区',
    search: '检索',
  },
  search: {
    label: '检索全文',
    placeholder: '输入关键词，如 长三角',
    submit: '搜索',
  },
  article: {
    untitled: '（标题缺失）',
    untitledNote: '原版面未保留此文标题',
  },
  issue: {
    unknownPaper: '报名不详',
    pageNumber: (n: number) => `第${n}版`,
    pageNumberUnknown: '版次不详',
  },
  skipToContent: '跳到正文',
} as const;
