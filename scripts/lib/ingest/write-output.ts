import fs from 'node:fs';
import path from 'node:path';

/** Name of the file, inside each generated issue folder, that records what it was generated from. */
export const DIGEST_FILE = '.ingest-digest';

/**
 * Replaces one issue's generated folder with `files` as a whole: everything is
 * written to a sibling temporary folder first and swapped in by rename, so a
 * failure or kill mid-write leaves the previous output intact.
 */
export function writeIssueFolder(outDir: string, issueId: string, files: Map<string, string>): void {
  const target = path.join(outDir, issueId);
  const staging = path.join(outDir, `.staging-${issueId}-${process.pid}`);
  const retired = path.join(outDir, `.retired-${issueId}-${process.pid}`);
  fs.rmSync(staging, { recursive: true, force: true });
  fs.mkdirSync(staging, { recursive: true });
  for (const [name, contents] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
    fs.writeFileSync(path.join(staging, name), contents);
  }
  const hadPrevious = fs.existsSync(target);
  if (hadPrevious) fs.renameSync(target, retired);
  fs.renameSync(staging, target);
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

/** Removes generated folders whose issue no longer exists; returns their ids. */
export function removeStaleIssues(outDir: string, keep: Set<string>): string[] {
  if (!fs.existsSync(outDir)) return [];
  const removed: string[] = [];
  for (const entry of fs.readdirSync(outDir, { withFileTypes: true })) {
    if (entry.isDirectory() && !entry.name.startsWith('.') && !keep.has(entry.name)) {
      fs.rmSync(path.join(outDir, entry.name), { recursive: true, force: true });
      removed.push(entry.name);
    }
  }
  return removed.sort();
}
