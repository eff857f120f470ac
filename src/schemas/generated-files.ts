// Names of the files ingest writes into each generated issue folder (articles/<id>/),
// shared by the pipeline that writes them and the site that reads them.

/** The validated manifest, as JSON: the site's only reading of issue.yaml. */
export const ISSUE_FILE = 'issue.json';

/** The decoded text (UTF-8, LF) of page file `file`, as the site publishes it (on the 版面 view, in api/issues/<issue>.json, 原始文字). */
export function sourceFileName(file: string): string {
  return `source-${file}`;
}
