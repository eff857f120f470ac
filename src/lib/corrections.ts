// What a reader needs to correct an article in the repository the archive is
// built from: the raw page file and the article's lines in it (sourceLines,
// the same lines the page's 原始文字 excerpt shows), opened in the forge's web
// editor, or named in a prefilled issue.
import path from 'node:path';
import { correctionsUi as t } from '../i18n/zh-Hans.ts';
import { formatRanges } from './raw-pages.ts';
import { editLinesUrl, newIssueUrl, viewLinesUrl, type LineRange, type Repository } from './repository.ts';

/** The article being corrected, as the links and the prefilled issue name it. */
export interface CorrectionTarget {
  /** The raw page file, relative to the repository root: src/content/issues/<issue>/p01.txt. */
  file: string;
  /** The article's line ranges in that file (1-based, inclusive). */
  sourceLines: ReadonlyArray<readonly [number, number]>;
  /** The article's name as its page heads it. */
  name: string;
  /** Where it was printed: 聊城日报 2025年4月11日 第1版. */
  where: string;
  /** Its permanent URL. */
  url: string;
}

/** The three links of the 报告错误 / 提出修改 section. */
export interface CorrectionLinks {
  edit: string;
  report: string;
  view: string;
  /** The lines as a reader reads them: 12–30. */
  lines: string;
}

/**
 * The raw page file inside the repository. Ingest writes an issue's outputs to
 * <content>/articles/<issue>/ from <content>/issues/<issue>/ (the folder is
 * named by the issue id, which ingest checks); the site knows the first from
 * where the issue record was loaded (relative to the project root).
 */
export function pageFileInRepository(issueRecordPath: string, issueId: string, file: string): string {
  const content = path.posix.dirname(path.posix.dirname(path.posix.dirname(issueRecordPath)));
  return path.posix.join(content, 'issues', issueId, file);
}

/**
 * One span from the article's first line to its last: forge URLs select a
 * single range, and the lines between an article's ranges are its own page's
 * blank lines or furniture, which a corrector may need to see anyway.
 */
export function lineSpan(ranges: CorrectionTarget['sourceLines']): LineRange | null {
  if (ranges.length === 0) return null;
  return [Math.min(...ranges.map(([from]) => from)), Math.max(...ranges.map(([, to]) => to))];
}

/** The edit, view and new-issue links for one article. */
export function correctionLinks(repository: Repository, target: CorrectionTarget): CorrectionLinks {
  const span = lineSpan(target.sourceLines) ?? [1, 1];
  const lines = formatRanges([span]);
  const view = viewLinesUrl(repository, target.file, span);
  return {
    edit: editLinesUrl(repository, target.file, span),
    view,
    lines,
    report: newIssueUrl(repository, {
      title: t.issueTitle(target.name, target.where),
      body: t.issueBody({ name: target.name, url: target.url, where: target.where, file: target.file, lines, view }),
    }),
  };
}
