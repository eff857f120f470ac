import fs from 'node:fs';
import path from 'node:path';
import { VFile } from 'vfile';
import type { Issue } from '../../../src/schemas/issue.ts';
import type { LoadedIssue } from './load-manifest.ts';
import { MAX_PAGE_BYTES } from './check-page-text.ts';
import { fail, hasErrors, warn } from './messages.ts';
import { readPageText } from './read-page-text.ts';
import { describeKind, readRegularFile } from './read-regular-file.ts';

/** One page file of a valid issue, read, decoded and checked. */
export interface PageInput {
  /** The bytes on disk (what the incremental digest covers). */
  bytes: Buffer;
  /** Decoded text: no BOM, LF line breaks. */
  text: string;
  /** The page's vfile (path as shown in reports), carrying any warnings. */
  file: VFile;
}

/** Everything checked about one issue folder: the page texts when all is well, and every file with messages. */
export interface CheckedIssue {
  pages: Map<string, PageInput> | null;
  files: VFile[];
}

/**
 * Checks a valid manifest against its folder and reads its pages, writing
 * nothing: the id matches the folder name, page numbers and files are listed
 * once, every listed file exists, no .txt file is forgotten, and each page is
 * text of a sane size. `display` turns an absolute path into the one reports show.
 */
export function checkIssueFolder(loaded: LoadedIssue & { issue: Issue }, dir: string, display: (file: string) => string): CheckedIssue {
  const { issue, file: manifest, placeOf } = loaded;
  const folder = path.basename(dir);
  if (issue.id !== folder) {
    fail(
      manifest,
      `\`id\` is "${issue.id}" but the issue folder is named "${folder}". They must be the same: rename the folder to "${issue.id}", or change \`id\` to "${folder}".`,
      'manifest-id-folder',
      placeOf(['id']),
    );
  }
  checkListedOnce(loaded);

  const entries = fs.readdirSync(dir, { withFileTypes: true });
  const names = entries.map((entry) => entry.name);
  const files: VFile[] = [];
  const pages = new Map<string, PageInput>();
  issue.pages.forEach((page, index) => {
    const where = placeOf(['pages', index, 'file']);
    const entry = entries.find((candidate) => candidate.name === page.file);
    if (!entry) {
      const other = names.find((name) => name.toLowerCase() === page.file.toLowerCase());
      const txt = names.filter((name) => name.endsWith('.txt'));
      fail(
        manifest,
        other
          ? `\`file\` of page entry ${index + 1} is "${page.file}", but the file in the folder is "${other}". Names must match exactly, including upper and lower case: correct one of them.`
          : `\`file\` of page entry ${index + 1} is "${page.file}", but there is no such file next to issue.yaml (${txt.length > 0 ? `the folder has ${txt.join(', ')}` : 'the folder has no .txt file'}). Add the page file or correct the name.`,
        'page-missing',
        where,
      );
      return;
    }
    const absolute = path.join(dir, page.file);
    // One open judges and reads the file, so a link swapped in after readdir is refused too.
    const read = pages.has(page.file) ? null : readRegularFile(absolute, { maxBytes: MAX_PAGE_BYTES });
    const kind = read?.kind ?? (entry.isSymbolicLink() ? 'symlink' : 'file');
    if (kind === 'symlink') {
      // A link could publish any file of the machine that builds the site (a pull request's CI included).
      fail(
        manifest,
        `\`file\` of page entry ${index + 1} is "${page.file}", which is a symbolic link. Page files must be ordinary files inside the issue folder (the archive never follows links: a link can publish files from outside the repository): put a copy of the text there instead of the link.`,
        'page-symlink',
        where,
      );
      return;
    }
    if (kind === 'folder') {
      fail(
        manifest,
        `\`file\` of page entry ${index + 1} is "${page.file}", which is a folder, not a text file. Point it at the page's .txt file.`,
        'page-missing',
        where,
      );
      return;
    }
    if (kind === 'special' || kind === 'missing') {
      fail(
        manifest,
        `\`file\` of page entry ${index + 1} is "${page.file}", which is ${kind === 'missing' ? 'gone (it was removed while ingest ran)' : describeKind('special')}. Page files must be ordinary text files: put the page's text in a .txt file there.`,
        kind === 'missing' ? 'page-missing' : 'page-not-a-file',
        where,
      );
      return;
    }
    if (!read || (read.kind !== 'file' && read.kind !== 'too-large')) return;
    const file = new VFile({ path: display(absolute) });
    files.push(file);
    const decoded = readPageText(read, file);
    if (decoded !== null) pages.set(page.file, { ...decoded, file });
  });

  // Names that differ only in case were reported above as the listed file's problem.
  const listed = new Set(issue.pages.map((page) => page.file.toLowerCase()));
  for (const name of names.filter((name) => name.endsWith('.txt') && !listed.has(name.toLowerCase())).sort()) {
    warn(
      manifest,
      `${name} is in the issue folder but not listed under \`pages\`, so it is not ingested. Add an entry for it (\`number:\` and \`file: ${name}\`) or remove the file.`,
      'page-unlisted',
      placeOf(['pages']),
    );
  }
  const ok = !hasErrors(manifest) && files.every((file) => !hasErrors(file));
  return { pages: ok ? pages : null, files };
}

/** Refuses page numbers or page files that appear twice in `pages`. */
function checkListedOnce({ issue, file, placeOf }: LoadedIssue & { issue: Issue }): void {
  const numbers = new Map<number, number>();
  const names = new Map<string, number>();
  issue.pages.forEach((page, index) => {
    const firstNumber = numbers.get(page.number);
    if (firstNumber !== undefined) {
      fail(
        file,
        `Page number ${page.number} is listed twice (page entries ${firstNumber + 1} and ${index + 1}). Each page appears once under \`pages\`: correct the number, or remove the repeated entry.`,
        'page-number-duplicate',
        placeOf(['pages', index, 'number']),
      );
    } else numbers.set(page.number, index);
    const firstName = names.get(page.file);
    if (firstName !== undefined) {
      fail(
        file,
        `${page.file} is listed twice (page entries ${firstName + 1} and ${index + 1}). Each page file belongs to one page: correct the file name, or remove the repeated entry.`,
        'page-file-duplicate',
        placeOf(['pages', index, 'file']),
      );
    } else names.set(page.file, index);
  });
}
