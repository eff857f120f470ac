import type { VFile } from 'vfile';
import { fail, placeAt, warn } from './messages.ts';

/**
 * Largest page file ingest accepts. A real newspaper page is 10–40 KB of
 * text; 1 MB leaves room for 25× that while keeping every page's parse to
 * well under a second. Anything bigger is several pages in one file or not
 * a page at all.
 */
export const MAX_PAGE_BYTES = 1024 * 1024;

/** Refuses a page file too big to be one page, before its bytes are decoded; true when the size is fine. */
export function checkPageSize(size: number, file: VFile): boolean {
  if (size <= MAX_PAGE_BYTES) return true;
  fail(
    file,
    `This page file is ${(size / MAX_PAGE_BYTES).toFixed(1)} MB; a page may be at most 1 MB (a real newspaper page is 10–40 KB of text). ` +
      'It probably holds several pages or a whole issue: split it into one file per page (p01.txt, p02.txt, …) and list each under `pages` in issue.yaml.',
    'page-too-large',
  );
  return false;
}

/**
 * Checks decoded page text: refuses a page with no text, warns about signs of
 * earlier damage (U+FFFD replacement characters) and invisible control
 * characters, each placed at its first occurrence. True when the page can be parsed.
 */
export function checkPageText(text: string, file: VFile): boolean {
  if (text.trim() === '') {
    const lines = text.split('\n').length;
    fail(
      file,
      `This page file contains only whitespace (${lines} ${lines === 1 ? 'line' : 'lines'}, no text). ` +
        'Put the text of the page in it, or remove the page from `pages` in issue.yaml.',
      'page-blank',
    );
    return false;
  }
  const replacement = text.indexOf('\uFFFD');
  if (replacement !== -1) {
    const count = text.split('\uFFFD').length - 1;
    const place = placeAt(text, replacement);
    warn(
      file,
      `This page contains ${count === 1 ? 'a replacement character' : `${count} replacement characters`} (�), the first at line ${place.line}, column ${place.column}: ` +
        'some text was lost to a wrong encoding before it reached the archive. Compare with the printed page and retype the damaged characters.',
      'page-replacement-character',
      place,
    );
  }
  // Tab, LF and form feed (page breaks from PDF extraction) are ordinary in extracted text.
  const control = /[\u0001-\u0008\u000B\u000E-\u001F\u007F]/g;
  const found = [...text.matchAll(control)];
  if (found.length > 0) {
    const first = found[0];
    const place = placeAt(text, first.index);
    const code = `U+${first[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    warn(
      file,
      `This page contains ${found.length === 1 ? 'an invisible control character' : `${found.length} invisible control characters`} (the first, ${code}, at line ${place.line}, column ${place.column}). ` +
        'They are kept as they are; delete them in a text editor if they are not part of the page.',
      'page-control-character',
      place,
    );
  }
  return true;
}
