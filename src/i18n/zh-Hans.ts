/** Every UI string of the site, in one place (zh-Hans). */
export const ui = {
  siteName: '报纸数字档案',
  siteDescription: '中文报纸版面全文档案：按日期、版面、地区浏览，全文检索。',
  nav: {
    home: '首页',
    issues: '往期',
    papers: '报纸',
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
    /** An untitled photo item: its words are the caption, no headline was lost. */
    untitledPhoto: '（图片说明）',
    /** Shown after the fallback label: the first words of the body, marked as such. */
    untitledExcerptLabel: '正文开头：',
    meta: '出处',
    publication: '报名',
    date: '日期',
    page: '版次',
    column: '栏目',
    authors: '作者',
    source: '来源',
    dateline: '电头',
    regions: '地区',
    issue: '所在期',
    continuedOn: (n: number) => `下转第${n}版`,
    continuedOnMissing: '（本档案未收该版）',
    prevItem: '上一篇',
    nextItem: '下一篇',
    onThisPage: '同版其他稿件',
    related: '相关地区报道',
    relatedVia: (names: string) => `同涉 ${names}`,
    photoCaption: '图片说明',
    photoNotHeld: '（本档案只收录图片说明，未收图片）',
    teaserNote: '导读：版面上的标题提要，正文另见他版或他处。',
    citation: '引用本文',
    citationHelp: '按 GB/T 7714—2015 著录（网上报纸文章），可直接选中复制；请把“引用日期”换成您查阅本页的日期：',
    permalink: '永久链接',
    citationExport: '导出到文献管理软件',
    /** After a format's name in its download link: which programs read it. */
    citationExportFor: (readers: string) => `（${readers}）`,
    citationExportReaders: {
      RIS: 'EndNote、Zotero、NoteExpress 等',
      BibTeX: 'LaTeX、JabRef 等',
      'CSL-JSON': 'Zotero、Pandoc 等',
    } as Record<string, string>,
    sourceText: '原始文字',
    sourceSummary: (ranges: string) => `查看本文在版面原始文字中的位置（第 ${ranges} 行）`,
    sourceNote: '以下为版面文字提取后的原样文本，未经整理。',
    sourceWholePage: '整版原始文字（纯文本）',
    jsonData: '本文数据（JSON）',
    backToPage: '返回本版',
  },
  /** Badges for items that are not ordinary articles (type 'article' has none). */
  types: {
    article: '文章',
    commentary: '评论',
    photo: '图片',
    ad: '广告',
    teaser: '导读',
  } as Record<string, string>,
  issue: {
    unknownPaper: '报名不详',
    pageNumber: (n: number) => `第${n}版`,
    pageNumberUnknown: '版次不详',
    /** Heading of an issue page: paper and date. */
    heading: (paper: string, date: string) => `${paper} ${date}`,
    /** Tells apart issues headed alike (two unnamed papers of the same month): 之一, 之二 … */
    ordinal: (n: string) => `（之${n}）`,
    /** On such an issue's page, before links to the others of its group. */
    alike: (heading: string) => `档案中另有题为“${heading}”的期次，按编号以“之一”“之二”区分：`,
    pages: '本期版面',
    pageCount: (n: number) => `${n}个版面`,
    itemCount: (n: number) => `${n}篇`,
    provenance: '著录依据',
    provenanceNote: '报名、日期、版次由维护者据版面文字判定，依据如下：',
    dayUnknown: '日期不详',
    headlines: '标题导航',
    credits: '版面署名',
    pageHead: '版头',
    furnitureOther: '版面其他文字',
    pagerLabel: '翻版',
    prevPage: '上一版',
    nextPage: '下一版',
    noItems: '本版未识别出稿件。',
    sourceText: '本版原始文字（纯文本）',
  },
  calendar: {
    title: '往期',
    intro: '按年、月浏览全部已收报纸。只知年月的期次不标日。',
    year: (y: string) => `${y}年`,
    month: (m: number) => `${m}月`,
    monthEmpty: (m: number) => `${m}月：无`,
    monthNav: (y: string) => `${y}年各月`,
    daysCaption: (y: number, m: number) => `${y}年${m}月日历`,
    weekdays: ['一', '二', '三', '四', '五', '六', '日'],
    dayLink: (m: number, d: number) => `${m}月${d}日的报纸`,
  },
  /** The directory of papers (/papers/) and each paper's page. */
  papers: {
    title: '报纸',
    intro: '按报纸浏览：每种报纸的著录信息、所收期次与最新一期的版面。',
    unnamedHeading: '报名不详',
    unnamedIntro: (n: number) => `另有${n}期的版面文字未载报名，单独列出（可能出自不同报纸）。`,
    unnamedPageIntro: '以下各期的版面文字未载报名，报名无从判定；它们可能出自不同报纸，因此没有统一的著录信息。',
    record: '著录信息',
    name: '报名',
    formerNames: '所收期次中的报名',
    place: '出版地',
    sponsor: '主办',
    cn: 'CN',
    issn: 'ISSN',
    held: '馆藏起止',
    heldRange: (from: string, to: string) => (from === to ? from : `${from}—${to}`),
    /** When a field changed over the issues held: the value and the span of issues that give it. */
    span: (from: string, to: string) => (from === to ? `（${from}）` : `（${from}—${to}）`),
    issueCount: '期数',
    pageCount: '版数',
    articleCount: '篇数',
    count: (issues: number, articles: number) => `${issues}期 · ${articles}篇`,
    recordNote: '著录信息取自各期的清单（issue.yaml），未给出的项目不列。',
    latest: '最新一期',
    pagesNav: '版面导航',
    calendar: '往期',
    search: (name: string) => `检索${name}的文章`,
    rssLink: (name: string) => `订阅${name}的文章（RSS）`,
    rssTitle: (name: string) => `${name} - 报纸`,
    rssDescription: (name: string) => `档案所收${name}的全部文章，最新在前。`,
    allOfPaper: (name: string) => `${name}的全部期次`,
  },
  home: {
    latest: '最近收录',
    allIssues: '全部往期',
    allPapers: '按报纸浏览',
    counts: '馆藏',
    countIssues: '期',
    countPages: '版',
    countArticles: '篇',
    countPapers: '种报纸',
    countUnnamed: '期报名不详',
    regions: '按地区浏览',
    regionsIntro: '报道涉及的省、市、县和区域板块：',
    allRegions: '全部地区',
    search: '全文检索',
    openData: '开放数据',
    openDataIntro: '全部元数据与正文以 JSON 公开，另有 RSS 订阅。',
  },
  footer: {
    about: '本站为静态档案，页面不含脚本（检索页除外）。',
    data: '数据接口',
    rss: 'RSS 订阅',
  },
  notFound: {
    title: '页面不存在',
    body: '没有找到这个地址。可以从首页、往期或检索重新开始：',
  },
  /** The search page (/search/): labels, notes on how the query was read, result lines. */
  searchPage: {
    title: '全文检索',
    intro: '检索全部文章的标题与正文。繁体字、全角字符会自动转换；给检索词加引号（"…" 或 “…”）则只找完整短语。',
    noscript: '检索需要在浏览器中启用 JavaScript。也可以按往期或地区浏览全部文章。',
    queryLabel: '检索词',
    submit: '搜索',
    filtersHeading: '筛选',
    filtersChosen: (n: number) => `（已选 ${n} 项）`,
    filterNames: {
      macro: '区域板块',
      province: '省份',
      paper: '报纸',
      type: '类型',
      year: '年份',
      column: '栏目',
    } as Record<string, string>,
    year: (y: string) => `${y}年`,
    sortLabel: '排序',
    sortOptions: { relevance: '相关度', newest: '日期从新到旧', oldest: '日期从旧到新' } as Record<string, string>,
    clearFilters: '清除筛选',
    /** Beside each value of the paper filter: a link to that paper's page. */
    paperPage: '报纸页',
    paperPageFor: (paper: string) => `${paper} 报纸页`,
    resultsHeading: '检索结果',
    idle: '请输入检索词，或选择筛选条件。',
    loading: '正在检索…',
    loadError: '检索索引加载失败，请刷新页面重试。',
    count: (n: number) => `找到 ${n} 篇`,
    none: '没有找到符合条件的文章。',
    foldedScript: (terms: string) => `已按简体字检索：${terms}`,
    foldedWidth: (terms: string) => `已将全角字符转为半角：${terms}`,
    quotesDropped: '引号须包住整个检索词才表示短语，本次按分词检索。',
    bag: (pieces: string) => `分词检索：${pieces}，各词可以不相邻。`,
    phraseSome: (n: number) => `其中 ${n} 篇含完整短语。`,
    phraseNone: '没有文章含完整短语。',
    phraseLink: '改为精确短语搜索',
    phrase: (terms: string) => `精确短语：只列出“${terms}”连续出现的文章。`,
    looseLink: '改为分词搜索',
    /** A word the segmenter splits, found as typed: the pieces-apart search is offered. */
    exact: (word: string) => `只列出含“${word}”原文的文章。`,
    exactLooseLink: (pieces: string[]) => `改为分词检索（${pieces.join('、')}可以不相邻）`,
    /** Nothing contains the word as typed: what is shown instead. */
    loose: (word: string, pieces: string[]) =>
      `没有文章含“${word}”原文。以下是分别含${pieces.map((p) => `“${p}”`).join('')}的文章，它们可以不相邻。`,
    missing: (pieces: string) => `以下词在档案中没有出现：${pieces}。`,
    withoutMissing: (rest: string) => `只搜“${rest}”`,
    more: '显示更多结果',
    shown: (n: number, total: number) => `已显示 ${n} / ${total} 篇`,
  },
  breadcrumb: '当前位置',
  navLabel: '主导航',
  skipToContent: '跳到正文',
} as const;

// ---------------------------------------------------------------------------
// Region pages (/regions/, RegionMap, region RSS): owned by the regions work.
// ---------------------------------------------------------------------------

/** Strings of the region pages and the province map. */
export const regionsUi = {
  title: '按地区浏览',
  intro: '报道按其所写的地方归类：省、地级市、县区，以及长三角、京津冀等区域板块。只被顺带提到的地方不算。',
  macroHeading: '区域板块',
  provinceHeading: '省级行政区',
  levels: { macro: '区域板块', province: '省级', prefecture: '地级', county: '县级' } as Record<string, string>,
  articleCount: '报道数',
  province: '省级行政区',
  count: (n: number) => `${n}篇`,
  none: '暂无报道',
  articlesHeading: (name: string) => `关于${name}的报道`,
  articlesNone: (name: string) => `档案中还没有关于${name}的报道。`,
  subRegionsHeading: '下辖地区',
  membersHeading: '成员',
  definedBy: (doc: string, issuer: string, year: number) => `范围依据：${issuer}《${doc}》（${year}年）`,
  rssLink: (name: string) => `订阅${name}报道（RSS）`,
  rssTitle: (name: string) => `${name} - 地区报道`,
  rssDescription: (name: string) => `档案中关于${name}的报道，最新在前。`,
  mapCaption: '各省级行政区报道数量（方块图：每个方块代表一个省级行政区，位置近似地理方位）。',
  mapCaptionFor: (name: string) => `各省级行政区报道数量；描边为${name}所在。`,
  mapLegendCount: (n: number) => (n === 0 ? '无报道' : `${n}篇`),
  mapLegendRange: (from: number, to: number) => (from === to ? `${from}篇` : `${from}–${to}篇`),
  mapTableSummary: '查看数据表',
  mapTableCaption: '各省级行政区报道数量',
  dateUnknownDay: '日期不详',
} as const;

// ---------------------------------------------------------------------------
// The open-data page (/data/) and its bulk files: owned by the open-data work.
// ---------------------------------------------------------------------------

/** Strings of the open-data page; the field meanings are the record schema a reader of the dump relies on. */
export const dataUi = {
  title: '开放数据',
  /** The home page's link to this page. */
  homeLink: '全部文章整批下载（JSON Lines）',
  intro:
    '档案全部文章的元数据与正文可整批下载。文件为 JSON Lines 格式（UTF-8，每行一条记录，即一篇稿件），经 gzip 压缩；每条记录与本站 JSON 接口的单篇记录（api/articles/<id>.json）完全相同，顺序为最新一期在前，期内按版次、版内按阅读顺序。',
  rightsHeading: '权利声明',
  /** Printed when the deployer sets no DATA_RIGHTS (docs/deploy.md). */
  rightsDefault:
    '版权归原报社所有。各报纸版面及文章的著作权属于原报社及原作者，本站仅将版面文字整理为可检索、可引用的档案。下载的数据可供研究、教学与个人查阅；转载、出版或商业使用，请先取得原报社的许可。',
  filesHeading: '下载',
  filesIntro: '全部文章一个文件，另有每期一个文件；大小为 gzip 压缩后的文件大小。',
  allArticles: '全部文章',
  checksumsIntro: '各文件的 SHA-256 校验和见 ',
  checksumsUsage: '；下载后可在同一目录中用以下命令核对：',
  count: (n: number) => `${n}条`,
  /** A size as a reader reads it, and the exact byte count (what a download manager shows). */
  size: (human: string, bytes: string) => `${human}（${bytes} 字节）`,
  schemaHeading: '记录字段',
  schemaIntro: '每条记录是一个 JSON 对象，字段如下（未知的值为 null，从不臆造）：',
  usageHeading: '使用示例',
  usageIntro: '在命令行中解压并逐行读取，例如列出全部标题：',
  otherHeading: '其他接口',
  otherIntro: '同样的记录也可逐篇读取；另有期次与地区的列表和 RSS 订阅：',
  articlesJson: '全部文章的元数据（不含正文）',
  issuesJson: '全部期次及其版面',
  regionsJson: '全部地区及报道数',
  rss: 'RSS 订阅',
  /**
   * The record schema, in the order a record's fields come. Each is [field, type, meaning];
   * a build test checks that the dump's records have exactly these fields.
   */
  fields: [
    ['id', 'string', '稿件的永久编号：<期次编号>-p<版次>-<序号>'],
    ['issue', 'string', '所在期次的编号'],
    ['publication', 'string | null', '报名；版面未载报名时为 null（本站显示为“报名不详”）'],
    ['publicationSlug', 'string', '报名的拼音缩写（报名不详时为 unidentified）'],
    ['date', 'string', '出版日期 YYYY-MM-DD；只知年月或年份时为 YYYY-MM 或 YYYY，不补造日期'],
    ['page', 'number', '版次；版面是否印有版次见 issues.json 的 numberPrinted'],
    ['pageName', 'string | null', '版名，如“区域动态”'],
    ['order', 'number', '在本版中的阅读顺序，从 1 起'],
    ['type', 'string', '稿件类型：article 文章、commentary 评论、photo 图片说明、ad 广告、teaser 导读'],
    ['kicker', 'string | null', '引题'],
    ['title', 'string | null', '主题（标题）；版面未保留标题时为 null'],
    ['subtitle', 'string | null', '副题'],
    ['column', 'string | null', '栏目'],
    ['authors', 'string[]', '作者姓名'],
    ['byline', 'string | null', '版面上单独成行的署名，按原样'],
    ['source', 'string | null', '来源：本报、新华社等'],
    ['dateline', 'string | null', '电头，如“新华社北京4月10日电”'],
    ['continuedOn', 'number | null', '“下转第N版”的版次'],
    ['regions', '{code, name, level, slug}[]', '报道所涉地区，按相关程度排列；level 为 macro（区域板块）、province、prefecture 或 county'],
    ['sourceLines', '[from, to][]', '稿件在版面原始文字中的行号范围（从 1 起，含首尾）'],
    ['url', 'string', '稿件页面的永久链接'],
    ['json', 'string', '本条记录在 JSON 接口中的地址'],
    ['pageSource', 'string', '版面原始文字（source.txt）的地址，sourceLines 即指其中的行'],
    ['text', 'string', '正文纯文本：段落与小标题之间以一个空行（"\\n\\n"）分隔；只有标题的导读为空字符串'],
  ] as ReadonlyArray<readonly [string, string, string]>,
} as const;

// ---------------------------------------------------------------------------
// Corrections (报告错误 / 提出修改) on article pages: owned by the open-data work.
// ---------------------------------------------------------------------------

/** Strings of the correction links, shown only when the deployer names the repository. */
export const correctionsUi = {
  heading: '报告错误 / 提出修改',
  intro: (forge: string) =>
    `本页由 ${forge} 仓库中的版面原始文字生成。发现错字、漏字，或标题、分篇有误，欢迎指正（需要 ${forge} 账号）：`,
  edit: '提出修改',
  editNote: (lines: string) => `：在网页编辑器中打开本文所在的版面文件（第 ${lines} 行），改正后提交修改请求，维护者审核后合并。`,
  report: '报告错误',
  reportNote: '：新建一条已填好本文信息的问题报告，写明错在哪里即可。',
  view: (lines: string) => `在仓库中查看本文的原始文字（第 ${lines} 行）`,
  /** The prefilled issue: its title names the article and where it was printed. */
  issueTitle: (name: string, where: string) => `报告错误：${name}（${where}）`,
  issueBody: (fields: { name: string; url: string; where: string; file: string; lines: string; view: string }) =>
    [
      `文章：${fields.name}`,
      `链接：${fields.url}`,
      `出处：${fields.where}`,
      `版面原始文字：${fields.file} 第 ${fields.lines} 行`,
      fields.view,
      '',
      '错在哪里（请写明原文如何、应当如何；如有版面图片或 PDF，可一并附上）：',
      '',
    ].join('\n'),
} as const;
