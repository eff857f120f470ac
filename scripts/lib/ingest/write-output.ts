import fs from 'node:fs';
import path from 'node:path';

export { ISSUE_FILE, sourceFileName } from '../../../src/schemas/generated-files.ts';

/** Name of the file, inside each generated issue folder, that records what it was generated from. */
export const DIGEST_FILE = '.ingest-digest';

/**
 * Test seams for the atomicity tests: called after each file is written to
 * the staging folder and between the two renames, so a test can fail or kill
 * the run at exactly those points. Production runs pass none.
 */
export interface WriteHooks {
  afterFile?: (written: number) => void;
  afterRetire?: () => void;
}

/**
 * Replaces one issue's generated folder with `files` as a whole: everything is
 * written to a sibling temporary folder first and swapped in by rename, so a
 * failure or kill mid-write leaves the previous output intact. On failure the
 * temporary folder is removed and the error is rethrown.
 */
export function writeIssueFolder(outDir: string, issueId: string, files: Map<string, string>, hooks: WriteHooks = {}): void {
  const target = path.join(outDir, issueId);
  const staging = path.join(outDir, `.staging-${issueId}-${process.pid}`);
  const retired = path.join(outDir, `.retired-${issueId}-${process.pid}`);
  fs.rmSync(staging, { recursive: true, force: true });
  fs.mkdirSync(staging, { recursive: true });
  try {
    let written = 0;
    // Sorted by code point, not locale, so the write order never depends on the machine.
    for (const [name, contents] of [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      fs.writeFileSync(path.join(staging, name), contents);
      hooks.afterFile?.(++written);
    }
  } catch (error) {
    fs.rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  const hadPrevious = fs.existsSync(target);
  if (hadPrevious) fs.renameSync(target, retired);
  try {
    hooks.afterRetire?.();
    fs.renameSync(staging, target);
  } catch (error) {
    // Put the previous output back before reporting; a kill here is undone by recoverInterruptedWrites.
    if (hadPrevious) fs.renameSync(retired, target);
    fs.rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  if (hadPrevious) fs.rmSync(retired, { recursive: true, force: true });
}

/** Puts back a folder left retired by a run that was killed between its two renames. */
export function recoverInterruptedWrites(outDir: string): void {
  if (!fs.existsSync(outDir)) return;
  for (const name of fs.readdirSync(outDir)) {
    const retired = /^\.retired-(.+)-\d+$/.exec(name);
    if (retired) {
      const target = path.join(outDir, retired[1]);
      if (fs.existsSync(target)) fs.rmSync(path.join(outDir, name), { recursive: true, force: true });
      else fs.renameSync(path.join(outDir, name), target);
    } else if (name.startsWith('.staging-')) {
      fs.rmSync(path.join(outDir, name), { recursive: true, force: true });
    }
  }
}

/** The digest an issue folder was last generated from, or null. */
export function readDigest(outDir: string, issueId: string): string | null {
  try {
    return fs.readFileSync(path.join(outDir, issueId, DIGEST_FILE), 'utf8').trim();
  } catch {
    return null;
  }
}

/**
 * Whether an issue's generated folder holds only ordinary files, as ingest writes it.
 * Generated output is never committed, but a pull request can force-add a link there.
 */
export function outputIsIntact(outDir: string, issueId: string): boolean {
  const dir = path.join(outDir, issueId);
  if (!fs.lstatSync(dir, { throwIfNoEntry: false })?.isDirectory()) return false;
  return fs.readdirSync(dir, { withFileTypes: true }).every((entry) => entry.isFile());
}

/**
 * Removes generated folders whose issue no longer exists, and any symbolic link at the
 * top of the output folder (ingest never makes one; unlinked, never followed); returns their names.
 */
export function removeStaleIssues(outDir: string, keep: Set<string>): string[] {
  if (!fs.existsSync(outDir)) return [];
  const removed: string[] = [];
  for (const entry of fs.readdirSync(outDir, { withFileTypes: true })) {
    if (entry.isSymbolicLink() && !entry.name.startsWith('.ingest-lock')) {
      fs.unlinkSync(path.join(outDir, entry.name));
      removed.push(entry.name);
    } else if (entry.isDirectory() && !entry.name.startsWith('.') && !keep.has(entry.name)) {
      fs.rmSync(path.join(outDir, entry.name), { recursive: true, force: true });
      removed.push(entry.name);
    }
  }
  return removed.sort();
}

/**
 * Takes the output folder for this process, so two ingests (say, a dev server
 * and a manual run) never clean up each other's staging folders. Returns a
 * release function, or the pid of the live process holding it.
 */
export function lockOutput(outDir: string): { release: () => void } | { heldBy: number } {
  fs.mkdirSync(outDir, { recursive: true });
  const lock = path.join(outDir, '.ingest-lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lock, `${process.pid}\n`, { flag: 'wx' });
      return { release: () => fs.rmSync(lock, { force: true }) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number.parseInt(fs.readFileSync(lock, 'utf8'), 10);
      if (holder !== process.pid && isAlive(holder)) return { heldBy: holder };
      // Left by a run that was killed: take it over.
      fs.rmSync(lock, { force: true });
    }
  }
  return { heldBy: -1 };
}

/** Whether a process with this pid exists (EPERM: it exists but belongs to another user). */
export function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
