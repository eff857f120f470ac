import type { VFile } from 'vfile';
import { checkPageSize, checkPageText } from './check-page-text.ts';
import { decodeText } from './decode-text.ts';
import type { ReadResult } from './read-regular-file.ts';

/**
 * The text of a page file, read the one way ingest, the build and the preview
 * (`npm run parse`) all read it: too large refused before decoding, bytes decoded (UTF-8
 * with or without BOM, UTF-16 converted, GB18030 and binary refused with what to do),
 * then the decoded text checked (blank refused, damage and control characters warned).
 * Problems become messages on `file`; the text is null when the page cannot be parsed.
 */
export function readPageText(
  read: Extract<ReadResult, { kind: 'file' } | { kind: 'too-large' }>,
  file: VFile,
): { bytes: Buffer; text: string } | null {
  if (read.kind === 'too-large') {
    checkPageSize(read.size, file);
    return null;
  }
  const { text } = decodeText(read.bytes, file);
  if (text === null) return null;
  file.value = text;
  return checkPageText(text, file) ? { bytes: read.bytes, text } : null;
}
