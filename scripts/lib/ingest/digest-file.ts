import fs from 'node:fs';
import path from 'node:path';
import type { ValidationRecord } from './validation-memo.ts';

/** Name of the file, inside each generated issue folder, that records what it was generated from. */
export const DIGEST_FILE = '.ingest-digest';

/** What the digest file of a generated folder records. */
export interface DigestRecord {
  /** The digest of the issue's inputs under the pipeline that generated the folder (fingerprint.ts). */
  digest: string;
  /** What validating those inputs found (validation-memo.ts); absent in folders of older versions. */
  validation: ValidationRecord | null;
}

/**
 * The digest file's text: the digest on the first line, then the validation record as one
 * line of JSON. It is written into the folder it describes, so both are swapped in together.
 */
export function formatDigestFile(record: DigestRecord): string {
  return `${record.digest}\n${record.validation ? `${JSON.stringify(record.validation)}\n` : ''}`;
}

/** The record in a generated issue folder, or null when it has none (or one ingest did not write). */
export function readDigestFile(outDir: string, issueId: string): DigestRecord | null {
  let text: string;
  try {
    text = fs.readFileSync(path.join(outDir, issueId, DIGEST_FILE), 'utf8');
  } catch {
    return null;
  }
  const [digest = '', validation = ''] = text.split('\n');
  if (!/^[0-9a-f]{64}$/.test(digest)) return null;
  return { digest, validation: parseValidation(validation) };
}

function parseValidation(line: string): ValidationRecord | null {
  if (line === '') return null;
  try {
    const value = JSON.parse(line) as ValidationRecord;
    return typeof value?.key === 'string' && Array.isArray(value.files) ? value : null;
  } catch {
    // A damaged record only costs this run the full validation.
    return null;
  }
}
