import fs from 'node:fs';
import path from 'node:path';
import { VFile } from 'vfile';
import type { Issue } from '../../../src/schemas/issue.ts';
import { buildIssue, type IssueOutput } from './build-issue.ts';
import { restoreOutput, type BuildJob } from './build-job.ts';
import { buildOnThreads, threadsFor } from './build-pool.ts';
import { archivePaths } from './paths.ts';
import { issueDigest, pipelineFingerprint } from './fingerprint.ts';
import {
  DIGEST_FILE,
  ISSUE_FILE,
  outputIsIntact,
  sourceFileName,
  lockOutput,
  type LockRefusal,
  readDigest,
  recoverInterruptedWrites,
  removeStaleIssues,
  writeIssueFolder,
  type WriteHooks,
} from './write-output.ts';
import { checkIssueFolder } from '../validate/check-issue-folder.ts';
import { checkUniqueIds } from '../validate/check-unique-ids.ts';
import { fail, hasErrors } from '../validate/messages.ts';
import type { LoadedIssue } from '../validate/load-manifest.ts';
import type { PageInput } from '../validate/check-issue-folder.ts';
import { readManifest } from '../validate/read-manifest.ts';
import { entryKind } from '../validate/read-regular-file.ts';

/** Options of one ingest run. */
export interface IngestOptions {
  /** The archive folder holding issues/ and articles/ (default: ARCHIVE_CONTENT, else src/content). */
  content?: string;
  /** Regenerate every issue even when its inputs are unchanged. */
  force?: boolean;
  /** Called with one line per issue written, for progress output. */
  onProgress?: (line: string) => void;
  /** Worker threads to parse changed issues on (0: in this thread); default one per core when there is enough page text. */
  threads?: number;
  /** Test seams passed to every folder write (see WriteHooks). */
  hooks?: WriteHooks;
}

/** What one ingest run did. */
export interface IngestResult {
  /** Every file with its messages (manifests and pages), for the report. */
  files: VFile[];
  written: string[];
  unchanged: string[];
  removed: string[];
  /** Issue folders skipped because of an error; their earlier output is kept. */
  failed: string[];
}

/**
 * Regenerates the articles folder from the issues folder: every issue is
 * validated before anything of it is written; each issue whose inputs (or the
 * pipeline) changed is parsed and swapped in atomically; a bad issue is
 * reported and keeps its previous output; removed issues' output goes.
 */
export function runIngest(root: string, options: IngestOptions = {}): IngestResult {
  const paths = archivePaths(root, options.content);
  const display = (file: string) => displayPath(file);
  const result: IngestResult = { files: [], written: [], unchanged: [], removed: [], failed: [] };
  if (!fs.existsSync(paths.issues) || !fs.statSync(paths.issues).isDirectory()) {
    // Never treat a mistyped archive path as an archive without issues: that would delete all output.
    const file = new VFile({ path: display(paths.issues) });
    const message = file.message(
      'There is no issues folder here, so there is nothing to ingest. Check ARCHIVE_CONTENT (or run from the project folder). Nothing was written or deleted.',
      { ruleId: 'archive-missing', source: 'ingest' },
    );
    message.fatal = true;
    result.files.push(file);
    result.failed.push('(archive)');
    return result;
  }
  // The archive's own folders must be real folders too: `issues` linked elsewhere would
  // ingest (and publish) whatever the link points at; `articles` linked elsewhere would be written through.
  for (const dir of [paths.issues, paths.articles]) {
    if (entryKind(dir) !== 'symlink') continue;
    const file = new VFile({ path: display(dir) });
    fail(
      file,
      `This folder is a symbolic link (to ${fs.readlinkSync(dir)}). The archive never follows links inside its content folders, because a link can publish files from outside the repository: replace the link with a real folder${dir === paths.articles ? ' (or delete it: ingest recreates it)' : ' holding the issues'}. Nothing was written or deleted.`,
      'archive-symlink',
    );
    result.files.push(file);
    result.failed.push('(archive)');
    return result;
  }
  const lock = lockOutput(paths.articles);
  if (!('release' in lock)) {
    const file = new VFile({ path: display(lock.lock) });
    const message = file.message(`${describeLockRefusal(lock, display(lock.lock))} Nothing was written or deleted.`, {
      ruleId: 'heldBy' in lock ? 'archive-busy' : 'archive-lock-invalid',
      source: 'ingest',
    });
    message.fatal = true;
    result.files.push(file);
    result.failed.push('(archive)');
    return result;
  }
  try {
    ingestArchive(root, paths, options, display, result);
  } finally {
    lock.release();
  }
  return result;
}

function ingestArchive(
  root: string,
  paths: ReturnType<typeof archivePaths>,
  options: IngestOptions,
  display: (file: string) => string,
  result: IngestResult,
): void {
  recoverInterruptedWrites(paths.articles);
  const fingerprint = pipelineFingerprint(root);
  const { folders, links } = listIssueFolders(paths.issues);
  for (const name of links) {
    const link = path.join(paths.issues, name);
    const file = new VFile({ path: display(link) });
    fail(
      file,
      `This issue folder is a symbolic link (to ${fs.readlinkSync(link)}), not a folder. The archive never follows links inside its content folders, because a link can publish files from outside the repository: replace the link with a real folder holding a copy of the issue's files.`,
      'issue-folder-symlink',
    );
    result.files.push(file);
    result.failed.push(name);
  }

  // First every manifest, so that ids can be checked across the whole archive.
  const manifests = new Map<string, LoadedIssue>();
  const manifestBytes = new Map<string, Buffer>();
  for (const folder of folders) {
    const dir = path.join(paths.issues, folder);
    const read = readManifest(dir, display);
    if ('refused' in read) {
      result.files.push(read.refused);
      continue;
    }
    result.files.push(read.loaded.file);
    manifests.set(folder, read.loaded);
    manifestBytes.set(folder, read.bytes);
  }
  checkUniqueIds(manifests);

  // Validate every issue and compare digests here; parse the changed ones (on worker
  // threads when there is enough of them); write each in folder order, here.
  const total = folders.length;
  const pending: Array<{
    folder: string;
    index: number;
    loaded: LoadedIssue & { issue: Issue };
    pages: Map<string, PageInput>;
    digest: string;
  }> = [];
  folders.forEach((folder, index) => {
    const loaded = manifests.get(folder);
    if (!loaded?.issue || loaded.file.messages.some((m) => m.fatal)) {
      result.failed.push(folder);
      return;
    }
    const issue: Issue = loaded.issue;
    const dir = path.join(paths.issues, folder);
    const checked = checkIssueFolder({ ...loaded, issue }, dir, display);
    result.files.push(...checked.files);
    if (!checked.pages) {
      result.failed.push(folder);
      return;
    }
    const pages = checked.pages;
    const digest = issueDigest(fingerprint, [
      ['issue.yaml', manifestBytes.get(folder)!],
      ...issue.pages.map((page): [string, Buffer] => [page.file, pages.get(page.file)!.bytes]),
    ]);
    // A folder someone planted links or folders in is rewritten whole, even when the digest matches.
    if (!options.force && readDigest(paths.articles, issue.id) === digest && outputIsIntact(paths.articles, issue.id)) {
      result.unchanged.push(issue.id);
      return;
    }
    pending.push({ folder, index, loaded: { ...loaded, issue }, pages, digest });
  });

  const finish = (job: (typeof pending)[number], build: () => IssueOutput) => {
    const { folder, index, loaded, pages, digest } = job;
    const issue = loaded.issue;
    try {
      const output = build();
      mergeParserMessages(result.files, output.files);
      if (hasErrors(loaded.file) || output.files.some((file) => file.messages.some((m) => m.fatal))) {
        result.failed.push(folder);
        return;
      }
      // The site reads only what ingest wrote: the validated manifest as JSON (one YAML
      // reader, this one) and each page's decoded text (what the parser read), never issues/.
      const files = new Map<string, string>([...output.articles, ...output.pages]);
      files.set(ISSUE_FILE, `${JSON.stringify(issue, null, 2)}\n`);
      for (const page of issue.pages) files.set(sourceFileName(page.file), pages.get(page.file)!.text);
      files.set(DIGEST_FILE, `${digest}\n`);
      writeIssueFolder(paths.articles, issue.id, files, options.hooks);
      result.written.push(issue.id);
      options.onProgress?.(`[${index + 1}/${total}] ${issue.id}: ${output.articles.size} item(s) from ${issue.pages.length} page(s)`);
    } catch (error) {
      // A crash here is a bug in the pipeline or a full disk, not the maintainer's mistake:
      // say so, keep the earlier output, and go on with the other issues.
      const code = (error as NodeJS.ErrnoException).code;
      fail(
        loaded.file,
        code
          ? `Writing the output of this issue failed (${code}: ${(error as Error).message}). Check free disk space and permissions, then run ingest again.`
          : `The pipeline crashed on this issue (${(error as Error).message}). This is a bug in the archive software, not in your files: please report it with this issue attached (run with --verbose for details).`,
        code ? 'output-write-failed' : 'internal-error',
        undefined,
        error,
      );
      result.failed.push(folder);
    }
  };
  const jobs = pending.map(({ loaded, pages, folder }): BuildJob => ({
    issue: loaded.issue,
    manifestBytes: manifestBytes.get(folder)!,
    manifestPath: loaded.file.path,
    pages: Object.fromEntries(
      loaded.issue.pages.map((page) => [page.file, { text: pages.get(page.file)!.text, path: pages.get(page.file)!.file.path }]),
    ),
  }));
  const threads = threadsFor(jobs, options.threads);
  if (threads > 0) {
    buildOnThreads(jobs, threads, (at, built) => finish(pending[at], () => restoreOutput(built, pending[at].loaded.file)));
  } else {
    pending.forEach((job, at) => finish(job, () => buildIssue(job.loaded.issue, (page) => jobs[at].pages[page.file], job.loaded)));
  }

  // A refused link keeps the earlier output of its name, as any refused issue does.
  result.removed = removeStaleIssues(paths.articles, new Set([...folders, ...links]));
}

/** What a maintainer is told when the lock cannot be taken: what holds it, by what the lock records, and what to do. */
function describeLockRefusal(refusal: LockRefusal, lock: string): string {
  const remove = (command: string) => `If no ingest is running, remove it (\`${command} ${lock}\`) and run ingest again.`;
  if ('invalid' in refusal) {
    if (refusal.invalid === 'unreadable') {
      return `The lock file ${lock} does not hold what ingest writes there (the process number of the ingest running). ${remove('rm')}`;
    }
    const what = refusal.invalid === 'folder' ? 'a folder' : refusal.invalid === 'symlink' ? 'a symbolic link' : 'not an ordinary file';
    return `${lock} is ${what}, not the lock file ingest writes there (a small file naming the ingest running). Remove it (\`rm ${refusal.invalid === 'folder' ? '-r ' : ''}${lock}\`) and run ingest again.`;
  }
  const since = refusal.record?.since ? `, since ${refusal.record.since}` : '';
  if (refusal.why === 'running') {
    return `Another ingest (process ${refusal.heldBy}${since}) is writing this archive right now: it holds the lock ${lock}. Wait for it to finish and run ingest again.`;
  }
  if (refusal.why === 'other-host') {
    return `The lock ${lock} was taken by an ingest on another machine (${refusal.record!.host}, process ${refusal.heldBy}${since}), which cannot be checked from here. If that ingest is still running, wait for it to finish; ${remove('rm').replace(/^If/, 'if')}`;
  }
  return `The lock ${lock} names process ${refusal.heldBy}${since}, and a process ${refusal.heldBy} is running, but the lock does not record enough to tell whether it is an ingest (it was written by an older version, or on a system without /proc). If an ingest is running, wait for it to finish; ${remove('rm').replace(/^If/, 'if')}`;
}

/** Moves the parser's messages onto the page vfiles the report already holds, so each page shows once. */
function mergeParserMessages(reported: VFile[], parsed: VFile[]): void {
  for (const file of parsed) {
    const same = reported.find((page) => page.path === file.path);
    if (same && same !== file) same.messages.push(...file.messages);
    else if (!same) reported.push(file);
  }
}

/** A path as reports show it: relative to the working folder when inside it, else absolute. */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}

/**
 * Folders under the issues directory, sorted by code point so runs are deterministic;
 * and the entries that are symbolic links (refused, never followed). Other files are ignored.
 */
function listIssueFolders(issuesDir: string): { folders: string[]; links: string[] } {
  const entries = fs.readdirSync(issuesDir, { withFileTypes: true }).filter((entry) => !entry.name.startsWith('.'));
  const sorted = (names: string[]) => names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    folders: sorted(entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name)),
    links: sorted(entries.filter((entry) => entry.isSymbolicLink()).map((entry) => entry.name)),
  };
}
