import { VFile } from 'vfile';
import type { Issue } from '../../../src/schemas/issue.ts';
import { buildIssue, type IssueOutput } from './build-issue.ts';
import { loadIssue } from '../validate/load-manifest.ts';

/**
 * One issue to parse and serialize, as plain data, so that it can be built on
 * another thread: the validated issue, its manifest's bytes (to place override
 * problems on their lines) and each page's decoded text.
 */
export interface BuildJob {
  issue: Issue;
  manifestBytes: Uint8Array;
  /** The manifest's path as reports show it. */
  manifestPath: string;
  /** Page file → its decoded text and the path reports show. */
  pages: Record<string, { text: string; path: string }>;
}

/** A message as plain data (VFileMessage's own fields), so it survives the trip between threads. */
export type PlainMessage = Record<string, unknown> & { reason: string };

/** What building one job gave, as plain data: the output files, or the crash. */
export type BuildJobResult =
  | {
      articles: Array<[string, string]>;
      pages: Array<[string, string]>;
      /** The parser's page files with their messages. */
      files: Array<{ path: string; messages: PlainMessage[] }>;
      /** Messages the build added to the manifest (overrides that do not apply). */
      manifestMessages: PlainMessage[];
    }
  | { crash: { message: string; code?: string; stack?: string } };

/** Builds one job (on whichever thread runs it); never throws: a crash is returned. */
export function runBuildJob(job: BuildJob): BuildJobResult {
  try {
    // The manifest is read again here only for its vfile and placeOf; the issue is the caller's.
    const loaded = loadIssue(job.manifestBytes, job.manifestPath);
    const before = loaded.file.messages.length;
    const output = buildIssue(job.issue, (page) => job.pages[page.file]!, { file: loaded.file, placeOf: loaded.placeOf });
    return {
      articles: [...output.articles],
      pages: [...output.pages],
      files: output.files.map((file) => ({ path: file.path, messages: file.messages.map(plainMessage) })),
      manifestMessages: loaded.file.messages.slice(before).map(plainMessage),
    };
  } catch (error) {
    const { message, stack, code } = error as NodeJS.ErrnoException;
    return { crash: { message: String(message), stack, code } };
  }
}

function plainMessage(message: VFile['messages'][number]): PlainMessage {
  return { ...message, reason: message.reason };
}

/** Rebuilds a message on `file` with every field it had on the thread that made it. */
export function restoreMessage(file: VFile, plain: PlainMessage): void {
  Object.assign(file.message(plain.reason), plain);
}

/** A job's result as the in-process build returns it: files with real messages, or the crash as an Error. */
export function restoreOutput(result: BuildJobResult, manifest: VFile): IssueOutput {
  if ('crash' in result) {
    const error = new Error(result.crash.message) as NodeJS.ErrnoException;
    error.stack = result.crash.stack;
    if (result.crash.code) error.code = result.crash.code;
    throw error;
  }
  for (const plain of result.manifestMessages) restoreMessage(manifest, plain);
  const files = result.files.map(({ path, messages }) => {
    const file = new VFile({ path });
    for (const plain of messages) restoreMessage(file, plain);
    return file;
  });
  return { articles: new Map(result.articles), pages: new Map(result.pages), files };
}
