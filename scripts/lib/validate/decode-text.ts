import path from 'node:path';
import type { VFile } from 'vfile';
import { fail, placeAt, warn, type Place } from './messages.ts';
import { firstInvalidUtf8 } from './utf8.ts';
import { detectBinary, utf8Name } from './detect-binary.ts';

/** How bytes became text, for callers that report or convert (new-issue). */
export type SourceEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** Options of {@link decodeText}. */
export interface DecodeOptions {
  /**
   * The caller stores the decoded text as the file's UTF-8 copy (new-issue, copying a page into
   * the issue folder): GB18030/GBK is converted with a note instead of refused (ingest refuses,
   * so the repository holds only UTF-8), a UTF-16 note says the copy was converted instead of
   * giving a command to convert a file that is already converted, and a command for a refused
   * file is run where that file is, not in the issue folder.
   */
  copying?: boolean;
}

/** The decoded, normalized text and where it came from; `text` is null when the file was refused. */
export interface DecodedText {
  text: string | null;
  encoding: SourceEncoding | null;
}

/**
 * Turns the bytes of a page or manifest into text, or refuses with a message
 * on `file`: UTF-8 (with or without BOM) is read as is, UTF-16 with a BOM is
 * converted with a warning, GB18030/GBK is detected and never decoded as
 * anything else, binary files are refused. The result has no BOM and only LF
 * line breaks; since CRLF and lone CR become one LF each, lines and columns
 * in later messages still match the file as the maintainer's editor shows it.
 */
export function decodeText(bytes: Uint8Array, file: VFile, options: DecodeOptions = {}): DecodedText {
  const name = path.basename(file.path || 'file.txt');
  const refused: DecodedText = { text: null, encoding: null };
  if (bytes.length === 0) {
    fail(file, `This file is empty (0 bytes). ${fillOrRemove(name)}`, 'file-empty');
    return refused;
  }

  // A byte-order mark says the encoding outright: nothing to guess.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return fromUtf16(bytes, 'utf-16le', file, name, options);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return fromUtf16(bytes, 'utf-16be', file, name, options);

  const binary = detectBinary(bytes, name, options.copying ? 'in the folder that holds it' : 'in the issue folder');
  if (binary) {
    fail(file, binary.reason, binary.ruleId);
    return refused;
  }

  const invalid = firstInvalidUtf8(bytes);
  if (invalid === -1) {
    const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    const text = normalize(Buffer.from(bytes.subarray(hasBom ? 3 : 0)).toString('utf8'));
    if (!checkNul(text, file)) return refused;
    return { text, encoding: hasBom ? 'utf-8-bom' : 'utf-8' };
  }

  const where = invalidByteAt(bytes, invalid);
  if (looksLikeGb18030(bytes)) {
    const command = `\`iconv -f GB18030 -t UTF-8 ${name} > ${utf8Name(name)} && mv ${utf8Name(name)} ${name}\``;
    if (!options.copying) {
      fail(
        file,
        `This file is not UTF-8: it is Chinese text in the GB18030/GBK encoding (${where}). ` +
          `Convert it to UTF-8 by running, in the issue folder: ${command}.`,
        'file-encoding-gb18030',
      );
      return refused;
    }
    // Node's own decoder (full ICU) knows GB18030, GBK's superset.
    const text = normalize(new TextDecoder('gb18030').decode(bytes));
    if (!checkNul(text, file)) return refused;
    // Not warn(): this is new-issue copying the page, not ingest reading it.
    file.message(
      'This file is in the GB18030/GBK encoding; its copy in the issue folder was converted to UTF-8. Compare a few lines of the copy with the printed page.',
      {
        ruleId: 'file-encoding-gb18030',
        source: 'new-issue',
      },
    );
    return { text, encoding: 'gb18030' };
  }
  fail(
    file,
    `This file is not UTF-8 text (${where}) and does not look like Chinese in GB18030/GBK either. ` +
      `Open it in a text editor and save it as UTF-8, or, if you know its encoding, convert it with ` +
      `\`iconv -f ENCODING -t UTF-8 ${name} > ${utf8Name(name)}\` (for example BIG5 for traditional characters).`,
    'file-encoding-unknown',
  );
  return refused;
}

/** Strips a leading BOM and turns CRLF and lone CR into LF (one break each, so line numbers do not move). */
export function normalize(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

function fromUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', file: VFile, name: string, options: DecodeOptions): DecodedText {
  let decoded: string;
  try {
    decoded = new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    fail(
      file,
      `This file starts like UTF-16 text (a UTF-16 byte-order mark) but is not valid UTF-16. Open it in a text editor and save it as UTF-8.`,
      'file-encoding-utf16',
    );
    return { text: null, encoding: null };
  }
  const text = normalize(decoded);
  if (!checkNul(text, file)) return { text: null, encoding: null };
  if (options.copying) {
    // new-issue writes the converted text: the copy is UTF-8 already, there is nothing to run.
    file.message(
      'This file is UTF-16, not UTF-8; its copy in the issue folder was converted to UTF-8, so there is nothing more to do. Compare a few lines of the copy with the printed page.',
      {
        ruleId: 'file-encoding-utf16',
        source: 'new-issue',
      },
    );
    return { text, encoding };
  }
  warn(
    file,
    `This file is UTF-16, not UTF-8; it was converted for this run. To store it as UTF-8, run in the issue folder: ` +
      `\`iconv -f UTF-16 -t UTF-8 ${name} > ${utf8Name(name)} && mv ${utf8Name(name)} ${name}\`.`,
    'file-encoding-utf16',
  );
  return { text, encoding };
}

/** Refuses text holding NUL characters, which no plain-text page contains; true when there is none. */
function checkNul(text: string, file: VFile): boolean {
  const first = text.indexOf('\0');
  if (first === -1) return true;
  const count = text.split('\0').length - 1;
  const { line, column } = placeAt(text, first);
  fail(
    file,
    `This file contains ${count === 1 ? 'a NUL character' : `${count} NUL characters`} (byte 0x00), the first at line ${line}, column ${column}. ` +
      `Plain text never contains NUL: the file is damaged or was saved by a program that is not a text editor. ` +
      `Extract the page again, or delete the NUL characters in a text editor.`,
    'file-nul',
    { line, column },
  );
  return false;
}

/** "byte 0xD6 at line 3, column 7 is not UTF-8", the place counted over the valid text before it. */
function invalidByteAt(bytes: Uint8Array, offset: number): string {
  const before = normalize(Buffer.from(bytes.subarray(0, offset)).toString('utf8'));
  const place: Place = placeAt(before, before.length);
  const hex = bytes[offset].toString(16).toUpperCase().padStart(2, '0');
  return `byte 0x${hex} at line ${place.line}, column ${place.column} is not UTF-8`;
}

/**
 * Whether bytes that are not UTF-8 read as Chinese in GB18030: every
 * multi-byte sequence decodes, and nearly all of them are in the GB2312 zone
 * (both bytes 0xA1–0xFE), where every common hanzi and CJK punctuation mark
 * lives. Latin-1 or random bytes fail this, so they are never decoded as hanzi.
 */
export function looksLikeGb18030(bytes: Uint8Array): boolean {
  let sequences = 0;
  let common = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b < 0x80) continue;
    if (b === 0x80 || b === 0xff) return false;
    const next = bytes[i + 1];
    if (next === undefined) return false;
    sequences++;
    if (next >= 0x30 && next <= 0x39) {
      // Four-byte sequence: valid, but rare in newspaper text.
      if (i + 3 >= bytes.length || bytes[i + 2] < 0x81 || bytes[i + 2] > 0xfe || bytes[i + 3] < 0x30 || bytes[i + 3] > 0x39) return false;
      i += 3;
      continue;
    }
    if (next < 0x40 || next === 0x7f || next === 0xff) return false;
    if (b >= 0xa1 && next >= 0xa1) common++;
    i += 1;
  }
  return sequences > 0 && common / sequences >= 0.9;
}

function fillOrRemove(name: string): string {
  return name === 'issue.yaml'
    ? 'Write the manifest (see CONTRIBUTING.md for an example), or remove the issue folder.'
    : 'Put the text of the page in it, or remove the page from `pages` in issue.yaml.';
}
