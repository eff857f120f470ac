import fs from 'node:fs';
import path from 'node:path';
import { VFile } from 'vfile';
import type { Issue, IssuePage } from '../../../src/schemas/issue.ts';
import { loadIssue } from './load-issue.ts';
import { buildIssue } from './build-issue.ts';
import { archivePaths } from './paths.ts';
import { issueDigest, pipelineFingerprint } from './fingerprint.ts';
import { DIGEST_FILE, readDigest, recoverInterruptedWrites, removeStaleIssues, writeIssueFolder } from './write-output.ts';

/** Options of one ingest run. */
export interface IngestOptions {
  /** Regenerate every issue even when its inputs are unchanged. */
  force?: boolean;
  /** Called with one line per issue, for progress output. */
  onProgress?: (line: string) => void;
}

/** What one ingest run did. */
export interface IngestResult {
  /** Every file with its messages (manifests and pages), for the report. */
  files: VFile[];
  written: string[];
  unchanged: string[];
  removed: string[];
  failed: string[];
}

/**
 * Regenerates src/content/articles from src/content/issues: each issue whose
 * inputs (or the pipeline) changed is parsed and swapped in atomically; a bad
 * issue is reported and keeps its previous output; removed issues' output goes.
 */
export function runIngest(root: string, options: IngestOptions = {}): IngestResult {
  const paths = archivePaths(root);
  const result: IngestResult = { files: [], written: [], unchanged: [], removed: [], failed: [] };
  recoverInterruptedWrites(paths.articles);
  const fingerprint = pipelineFingerprint(root);
  const folders = listIssueFolders(paths.issues);

  for (const folder of folders) {
    const dir = path.join(paths.issues, folder);
    const manifestPath = path.join(dir, 'issue.yaml');
    if (!fs.existsSync(manifestPath)) {
      const file = new VFile({ path: path.relative(root, dir) });
      const message = file.message(
        'this issue folder has no issue.yaml. Add one (see CONTRIBUTING.md) or remove the folder; the folder is skipped',
        { ruleId: 'manifest-missing', source: 'ingest' },
      );
      message.fatal = true;
      result.files.push(file);
      result.failed.push(folder);
      continue;
    }
    const manifestBytes = fs.readFileSync(manifestPath);
    const { issue, file } = loadIssue(manifestBytes.toString('utf8'), path.relative(root, manifestPath));
    result.files.push(file);
    if (issue && issue.id !== folder) {
      const message = file.message(
        `\`id\` is "${issue.id}" but the folder is "${folder}". Rename the folder or change the id so they match; this issue is skipped`,
        { place: { line: 1, column: 1 }, ruleId: 'manifest-id-folder', source: 'ingest' },
      );
      message.fatal = true;
    }
    if (!issue || file.messages.some((m) => m.fatal)) {
      result.failed.push(folder);
      continue;
    }
    const pages = readPages(issue, dir, root, file);
    if (!pages) {
      result.failed.push(folder);
      continue;
    }
    const digest = issueDigest(fingerprint, [
      ['issue.yaml', manifestBytes],
      ...issue.pages.map((page): [string, Buffer] => [page.file, pages.get(page.file)!.bytes]),
    ]);
    if (!options.force && readDigest(paths.articles, issue.id) === digest) {
      result.unchanged.push(issue.id);
      continue;
    }
    const output = buildIssue(issue, (page: IssuePage) => {
      const { text, relPath } = pages.get(page.file)!;
      return { text, path: relPath };
    });
    result.files.push(...output.files);
    const files = new Map<string, string>([...output.articles, ...output.pages]);
    files.set(DIGEST_FILE, `${digest}\n`);
    writeIssueFolder(paths.articles, issue.id, files);
    result.written.push(issue.id);
    options.onProgress?.(`${issue.id}: ${output.articles.size} items from ${issue.pages.length} page(s)`);
  }

  result.removed = removeStaleIssues(paths.articles, new Set(folders));
  return result;
}

/** Folders under the issues directory, sorted so runs are deterministic. */
function listIssueFolders(issuesDir: string): string[] {
  if (!fs.existsSync(issuesDir)) return [];
  return fs
    .readdirSync(issuesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort();
}

/** Reads every page file listed in a manifest; problems are placed on the manifest. */
function readPages(issue: Issue, dir: string, root: string, manifest: VFile) {
  const pages = new Map<string, { bytes: Buffer; text: string; relPath: string }>();
  let ok = true;
  issue.pages.forEach((page, index) => {
    const file = path.join(dir, page.file);
    const relPath = path.relative(root, file);
    if (!fs.existsSync(file)) {
      const message = manifest.message(
        `pages[${index}].file: ${page.file} does not exist next to issue.yaml. Add the page file or fix the name; this issue is skipped`,
        { ruleId: 'page-missing', source: 'ingest' },
      );
      message.fatal = true;
      ok = false;
      return;
    }
    const bytes = fs.readFileSync(file);
    pages.set(page.file, { bytes, text: bytes.toString('utf8'), relPath });
  });
  return ok ? pages : null;
}
