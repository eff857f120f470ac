// The build reads only what ingest generated under articles/ (issue.json, pNN.json,
// pNN-MM.mdx, source-pNN.txt), and never follows a symbolic link there: a link could
// make the site publish any file of the machine that builds it. Ingest never writes a
// link and rewrites a folder that holds one, so a link here was planted (a force-added
// file in a pull request) or made by hand: the build stops and names it.
import fs from 'node:fs';
import path from 'node:path';

/** Why the build stopped at `file`, in the maintainer's terms. */
export function linkRefusal(file: string, what = 'a symbolic link'): Error {
  return new Error(
    `${file} is ${what}. The build never follows links inside the content folders, because a link can publish files from outside the repository. ` +
      'Everything under articles/ is generated: delete the link and run `npm run ingest -- --force`.',
  );
}

/**
 * Every file under `base` whose path relative to it passes `wanted`, sorted; dot-folders
 * (ingest's staging and retired swaps) are skipped. Throws on a symbolic link anywhere
 * under `base`, or on `base` itself being one; a missing `base` is an empty archive.
 */
export async function listGeneratedFiles(base: string, wanted: (relative: string) => boolean): Promise<string[]> {
  const stat = await fs.promises.lstat(base).catch(() => null);
  if (!stat) return [];
  if (stat.isSymbolicLink()) throw linkRefusal(base);
  // readdir does not follow links; every entry is judged by its own type.
  const entries = await fs.promises.readdir(base, { recursive: true, withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    const file = path.join(entry.parentPath, entry.name);
    const relative = path.relative(base, file);
    if (relative.split(path.sep).some((part) => part.startsWith('.'))) continue;
    if (entry.isSymbolicLink()) throw linkRefusal(file);
    if (entry.isFile() && wanted(relative.split(path.sep).join('/'))) files.push(file);
  }
  return files.sort();
}

/** The text of a generated file, refusing a link (O_NOFOLLOW: also one swapped in after listing) or anything but a file. */
export function readGeneratedFile(file: string): string {
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW | fs.constants.O_NONBLOCK);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') throw linkRefusal(file);
    throw error;
  }
  try {
    if (!fs.fstatSync(fd).isFile()) throw linkRefusal(file, 'not an ordinary file');
    return fs.readFileSync(fd, 'utf8');
  } finally {
    fs.closeSync(fd);
  }
}
