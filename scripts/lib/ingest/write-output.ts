import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readRegularFile } from '../validate/read-regular-file.ts';

export { ISSUE_FILE, sourceFileName } from '../../../src/schemas/generated-files.ts';

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
    } else if (/^\.ingest-lock-\d+$/.test(name) && !isAlive(Number(name.slice(LOCK_FILE.length + 1)))) {
      // A lock record a killed run had not yet linked into place.
      fs.rmSync(path.join(outDir, name), { force: true });
    }
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

/** The name of the lock file in the output folder. */
export const LOCK_FILE = '.ingest-lock';

/**
 * What a lock file records about the ingest that holds it: enough to tell, later and from
 * another process, whether that ingest is still running, or whether its pid now belongs to
 * an unrelated process (pids are reused, quickly in containers) or the machine rebooted.
 * `start` is the process's start time in clock ticks since boot (Linux /proc/<pid>/stat),
 * `boot` the kernel's boot id; both are null where /proc does not give them.
 */
export interface LockRecord {
  pid: number;
  host: string;
  boot: string | null;
  start: string | null;
  since: string;
}

/** Why the output folder cannot be taken: a live holder, or a lock path ingest did not make. */
export type LockRefusal =
  | { heldBy: number; record: LockRecord | null; lock: string; why: 'running' | 'other-host' | 'unverifiable' }
  | { invalid: 'folder' | 'symlink' | 'special' | 'unreadable'; lock: string };

/** The record this process writes into its lock. */
export function lockRecordFor(pid: number): LockRecord {
  return { pid, host: os.hostname(), boot: bootId(), start: processStart(pid), since: new Date().toISOString() };
}

/**
 * Takes the output folder for this process, so two ingests (say, a dev server
 * and a manual run) never clean up each other's staging folders. Returns a
 * release function, or why the folder cannot be taken. A lock whose holder is
 * gone is taken over: its pid is dead, the machine rebooted since, or the pid
 * now belongs to a process started at another time than the one recorded.
 */
export function lockOutput(outDir: string): { release: () => void } | LockRefusal {
  fs.mkdirSync(outDir, { recursive: true });
  const lock = path.join(outDir, LOCK_FILE);
  for (let attempt = 0; attempt < 3; attempt++) {
    // Written whole to a private file and linked into place: the lock never exists half-written.
    const mine = path.join(outDir, `.ingest-lock-${process.pid}`);
    fs.writeFileSync(mine, `${JSON.stringify(lockRecordFor(process.pid))}\n`);
    try {
      try {
        fs.linkSync(mine, lock);
      } catch (error) {
        // A file system without hard links: create the lock exclusively instead.
        if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
        fs.writeFileSync(lock, fs.readFileSync(mine), { flag: 'wx' });
      }
      return { release: () => fs.rmSync(lock, { force: true }) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      fs.rmSync(mine, { force: true });
    }
    const read = readRegularFile(lock, { maxBytes: 4096 });
    if (read.kind === 'missing') continue; // released in between: try again
    if (read.kind === 'folder' || read.kind === 'symlink' || read.kind === 'special') return { invalid: read.kind, lock };
    if (read.kind !== 'file') return { invalid: 'unreadable', lock };
    const holder = parseLock(read.bytes.toString('utf8'));
    if (!holder) return { invalid: 'unreadable', lock };
    const state = holderState(holder);
    if (state !== 'gone') return { heldBy: holder.pid, record: 'host' in holder ? holder : null, lock, why: state };
    // Left by a run that was killed (or by a pid now reused): take it over.
    fs.rmSync(lock, { force: true });
  }
  return { invalid: 'unreadable', lock };
}

/** The lock's contents: a record, or (written by older versions) a bare pid; null when neither. */
function parseLock(text: string): LockRecord | { pid: number } | null {
  if (/^\d+\s*$/.test(text)) return { pid: Number(text.trim()) };
  try {
    const value = JSON.parse(text) as Partial<LockRecord>;
    if (!Number.isInteger(value.pid) || typeof value.host !== 'string') return null;
    return { pid: value.pid!, host: value.host, boot: value.boot ?? null, start: value.start ?? null, since: String(value.since ?? '') };
  } catch {
    return null;
  }
}

/** Whether the ingest a lock names is still running, judged by what the lock records. */
function holderState(holder: LockRecord | { pid: number }): 'gone' | 'running' | 'other-host' | 'unverifiable' {
  if (holder.pid === process.pid) return 'gone';
  if (!('host' in holder)) return isAlive(holder.pid) ? 'unverifiable' : 'gone';
  // Another machine's processes (a shared folder, another container) cannot be checked from here.
  if (holder.host !== os.hostname()) return 'other-host';
  if (!isAlive(holder.pid)) return 'gone';
  const boot = bootId();
  if (holder.boot && boot && holder.boot !== boot) return 'gone';
  const start = processStart(holder.pid);
  if (holder.start && start) return holder.start === start ? 'running' : 'gone';
  return 'unverifiable';
}

/** The kernel's boot id (Linux), or null. */
function bootId(): string | null {
  try {
    return fs.readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim() || null;
  } catch {
    return null;
  }
}

/** A process's start time in clock ticks since boot (field 22 of /proc/<pid>/stat, Linux), or null. */
function processStart(pid: number): string | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces: count fields after it.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
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
