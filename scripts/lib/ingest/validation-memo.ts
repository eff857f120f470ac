/**
 * Lets a run tell that an issue folder is exactly as it was when its output was last
 * written, without reading its manifest as YAML, decoding its pages or loading the
 * parser: on an archive of 10,000 articles nearly every folder is unchanged on every
 * run, and validating all of them again cost more than building the one that changed.
 *
 * The key covers everything validation reads: the pipeline's fingerprint (its code and
 * data) and every entry of the folder with its kind and, for ordinary files, its bytes.
 * Validation is a function of those alone (its messages name files by their names in the
 * folder), so the same key means the same verdict and the same warnings, which the record
 * keeps, by file name, and a later run replays; like the rest of the output, the record
 * does not depend on where the archive is. Ids
 * need no second look: a folder whose output was written has the id of its folder name,
 * and owns it against any other manifest claiming it (check-unique-ids.ts).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { VFile } from 'vfile';
import { MAX_PAGE_BYTES } from '../validate/check-page-text.ts';
import { readRegularFile } from '../validate/read-regular-file.ts';
import { restoreMessages, storeMessages, type StoredMessage } from './stored-messages.ts';

/** What validating one issue folder found: the key it was found under, and each file's warnings. */
export interface ValidationRecord {
  key: string;
  /** The manifest first, then each page read, by name in the issue folder. */
  files: Array<{ name: string; messages: StoredMessage[] }>;
}

/**
 * The key of the folder `dir` under `fingerprint`, or null when it cannot have one: a file
 * too large to be a page is validated (and refused) every time.
 */
export function folderKey(fingerprint: string, dir: string): string | null {
  const hash = crypto.createHash('sha256').update(fingerprint);
  const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    // Read as validation reads: never through a link, never blocking on a FIFO.
    const read = entry.isFile() ? readRegularFile(path.join(dir, entry.name), { maxBytes: MAX_PAGE_BYTES }) : null;
    if (read?.kind === 'too-large') return null;
    const kind = read?.kind ?? (entry.isSymbolicLink() ? 'symlink' : entry.isDirectory() ? 'folder' : 'special');
    hash.update('\0').update(entry.name).update('\0').update(kind);
    if (read?.kind === 'file') hash.update('\0').update(String(read.bytes.length)).update('\0').update(read.bytes);
  }
  return hash.digest('hex');
}

/** The record of a folder that passed validation under `key`, from its files (manifest and pages) as validation left them. */
export function recordValidation(key: string, files: readonly VFile[]): ValidationRecord {
  return {
    key,
    files: files.map((file) => ({ name: path.basename(file.path), messages: storeMessages(file) })),
  };
}

/**
 * The files of a record with their messages, as validating the folder `dir` again would
 * give them; `display` turns an absolute path into the one reports show.
 */
export function replayValidation(record: ValidationRecord, dir: string, display: (file: string) => string): VFile[] {
  return record.files.map(({ name, messages }) => {
    const file = new VFile({ path: display(path.join(dir, name)) });
    restoreMessages(file, messages);
    return file;
  });
}
