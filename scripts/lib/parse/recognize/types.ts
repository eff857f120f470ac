/** Result types of the line and phrase recognizers (all pure; null means "not this thing"). */

/** What a standalone byline line says: who wrote the piece and for which outlet. */
export interface Byline {
  /** The byline as printed, without a leading □/■ marker, whitespace collapsed to single spaces. */
  byline: string;
  /** Person names only (`李 晔` → 李晔); never role words such as 记者 or 通讯员. */
  authors: string[];
  /** Outlet or agency (本报, 新华社, 浙江日报 …), or null when the line names none. */
  source: string | null;
  /** The first role the line names; `author` when it names only people (`□ 翁哲宁`, `文/图 X`). */
  role: 'reporter' | 'commentator' | 'author' | 'correspondent';
  /** A guest author's affiliation printed after the name (`□ 张三（中国人民大学教授）`), if any. */
  affiliation?: string;
}

/** A credit that opens a paragraph (本报讯（记者 X）, 新华社北京4月10日电 …). */
export interface LeadCredit {
  source: string | null;
  authors: string[];
  /** The dateline with spaces removed (新华社北京4月10日电), or null when no place or date is given. */
  dateline: string | null;
  /** The matched prefix exactly as printed; the body keeps it, this is only metadata. */
  text: string;
}

/** A credit that closes an article, in parentheses at the end of the last paragraph or on its own line. */
export interface TrailingCredit {
  source: string | null;
  authors: string[];
  dateline: string | null;
  /** An author note (`作者系…`), which marks a commentary; null otherwise. */
  note: string | null;
  /** The parenthesized credit exactly as printed, including the parentheses. */
  text: string;
}

/** A photo credit at the end of a caption (新华社记者 X 摄, 新华网 发, (资料图片)). */
export interface PhotoCredit {
  authors: string[];
  source: string | null;
  /** The credit exactly as printed (a suffix of the input). */
  text: string;
}

/** The mark that ends an advertorial (·广告, - 广告 -, （广告）). */
export interface AdvertorialMark {
  /** The mark exactly as printed, including a `(数据来源：…)` note right before it. */
  text: string;
  /** What a `(数据来源：…)` note names, or null. */
  dataSource: string | null;
}

/** Page furniture naming the page's staff (本版编辑 X 美编 Y). */
export interface PageCredits {
  editors: string[];
  designers: string[];
  /** 校对 and similar; kept apart because proofreaders are neither editors nor designers. */
  proofreaders: string[];
  text: string;
}

export type { JumpLine } from '../../../../src/lib/jump-line.ts';
