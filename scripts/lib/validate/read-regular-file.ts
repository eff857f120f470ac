import fs from 'node:fs';

/**
 * What a path in a contributed folder turned out to be. Only an ordinary file is ever
 * read: a symbolic link could make the archive publish any file of the machine that
 * builds it (a pull request's CI included), and a FIFO or device would block the run.
 */
export type EntryKind = 'file' | 'symlink' | 'folder' | 'missing' | 'special';

/** The bytes of an ordinary file, or what the path is instead. */
export type ReadResult = { kind: 'file'; bytes: Buffer } | { kind: 'too-large'; size: number } | { kind: Exclude<EntryKind, 'file'> };

/** What `file` is, without following a link. */
export function entryKind(file: string): EntryKind {
  const stat = fs.lstatSync(file, { throwIfNoEntry: false });
  if (!stat) return 'missing';
  if (stat.isSymbolicLink()) return 'symlink';
  if (stat.isDirectory()) return 'folder';
  return stat.isFile() ? 'file' : 'special';
}

/**
 * Reads `file` only if it is an ordinary file. The check and the read use the same
 * open file (O_NOFOLLOW refuses a link at the last path part, fstat judges what was
 * opened), so a link swapped in between an lstat and a read is still refused;
 * O_NONBLOCK keeps a FIFO from blocking the open. A file over `maxBytes` is not read at all.
 */
export function readRegularFile(file: string, options: { maxBytes?: number } = {}): ReadResult {
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW | fs.constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP' || code === 'EMLINK') return { kind: 'symlink' };
    if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'missing' };
    if (code === 'EISDIR') return { kind: 'folder' };
    if (code === 'ENXIO') return { kind: 'special' };
    throw error;
  }
  try {
    const stat = fs.fstatSync(fd);
    if (stat.isDirectory()) return { kind: 'folder' };
    if (!stat.isFile()) return { kind: 'special' };
    if (options.maxBytes !== undefined && stat.size > options.maxBytes) return { kind: 'too-large', size: stat.size };
    return { kind: 'file', bytes: fs.readFileSync(fd) };
  } finally {
    fs.closeSync(fd);
  }
}

/** How a message names what the path is, for "…, which is a symbolic link." */
export function describeKind(kind: Exclude<EntryKind, 'file' | 'missing'>): string {
  if (kind === 'symlink') return 'a symbolic link';
  if (kind === 'folder') return 'a folder';
  return 'not an ordinary file (a pipe, socket or device)';
}
