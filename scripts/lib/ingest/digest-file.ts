import fs from 'node:fs';
import path from 'node:path';
import type { StoredMessage } from './stored-messages.ts';
import type { ValidationRecord } from './validation-memo.ts';

/** Name of the file, inside each generated issue folder, that records what it was generated from. */
export const DIGEST_FILE = '.ingest-digest';

/** What the digest file of a generated folder records. */
export interface DigestRecord {
  /** The digest of the issue's inputs under the pipeline that generated the folder (fingerprint.ts). */
  digest: string;
  /** What validating those inputs found (validation-memo.ts); absent in folders of older versions. */
  validation: ValidationRecord | null;
  /** Each page's share of the folder, to reuse when only other pages changed (build-issue.ts, BuiltPage). */
  pages: PageDigest[] | null;
}

/** One page's files in the folder and what building them said, under the digest of its text and the manifest. */
export interface PageDigest {
  file: string;
  digest: string;
  articles: string[];
  record: string;
  pageMessages: StoredMessage[];
  manifestMessages: StoredMessage[];
}

/**
 * The digest file's text: the digest on the first line, then the validation record and the
 * pages, each as one line of JSON. It is written into the folder it describes, so all of it
 * is swapped in together.
 */
export function formatDigestFile(record: DigestRecord): string {
  return `${record.digest}\n${JSON.stringify(record.validation)}\n${JSON.stringify(record.pages)}\n`;
}

/** The record in a generated issue folder, or null when it has none (or one ingest did not write). */
export function readDigestFile(outDir: string, issueId: string): DigestRecord | null {
  let text: string;
  try {
    text = fs.readFileSync(path.join(outDir, issueId, DIGEST_FILE), 'utf8');
  } catch {
    return null;
  }
  const [digest = '', validation = '', pages = ''] = text.split('\n');
  if (!/^[0-9a-f]{64}$/.test(digest)) return null;
  const record = parseLine(validation) as ValidationRecord | null;
  const built = parseLine(pages);
  return {
    digest,
    validation: typeof record?.key === 'string' && Array.isArray(record.files) ? record : null,
    pages: Array.isArray(built) ? (built as PageDigest[]) : null,
  };
}

function parseLine(line: string): unknown {
  try {
    return line === '' ? null : JSON.parse(line);
  } catch {
    // A damaged record only costs this run the work it would have saved.
    return null;
  }
}
