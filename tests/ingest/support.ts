import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { VFile } from 'vfile';
import { runIngest, type IngestOptions, type IngestResult } from '../../scripts/lib/ingest/run-ingest.ts';
import { pipelineFingerprint } from '../../scripts/lib/ingest/fingerprint.ts';

/** The project root: ingest's pipeline fingerprint reads scripts/ from here. */
export const ROOT = path.resolve(import.meta.dirname, '..', '..');

/**
 * The time limit of a test that ingests archives or runs a command: a backstop against a
 * hang, generous because two cores are shared with builds and other runs. It claims nothing
 * about speed; how fast ingest is, the benchmarks measure (docs/benchmarks.md).
 */
export const SLOW_TEST_MS = 300_000;

/** The bundled issue every test archive starts with, as the "other issue" a mistake must not touch. */
export const GOOD_ISSUE = 'liaocheng-ribao-2025-04-11';

/** A fresh archive folder in the system temp dir holding `issues/` copied from the checkout (only `ids`, default the good issue). */
export function makeArchive(ids: string[] = [GOOD_ISSUE]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ingest-test-'));
  for (const id of ids) {
    fs.cpSync(path.join(ROOT, 'src', 'content', 'issues', id), path.join(dir, 'issues', id), { recursive: true });
  }
  return dir;
}

/** Runs ingest in-process against a test archive (never the checkout's src/content). */
export function ingest(archive: string, options: Omit<IngestOptions, 'content'> = {}): IngestResult {
  return runIngest(ROOT, { ...options, content: archive });
}

/** Every file under `dir` with its bytes' hash and identity, to prove what did and did not change. */
export function snapshotTree(dir: string): Map<string, { sha: string; ino: number; mtimeMs: number }> {
  const tree = new Map<string, { sha: string; ino: number; mtimeMs: number }>();
  if (!fs.existsSync(dir)) return tree;
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const stat = fs.statSync(file);
    tree.set(path.relative(dir, file), {
      sha: crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex'),
      ino: stat.ino,
      mtimeMs: stat.mtimeMs,
    });
  }
  return tree;
}

/** Only the hashes of a snapshot: what "byte-identical" compares. */
export function hashes(tree: ReturnType<typeof snapshotTree>): Record<string, string> {
  return Object.fromEntries([...tree].map(([name, { sha }]) => [name, sha]).sort());
}

/**
 * The messages of a run as a maintainer reads them, one block per message,
 * with paths relative to the archive so fixtures do not depend on the temp folder.
 */
export function formatMessages(result: IngestResult, archive: string): string {
  const lines: string[] = [`failed: ${result.failed.join(', ') || '(none)'}`];
  const files = [...result.files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const file of files as VFile[]) {
    // Only ingest's own checks: the parser's messages belong to the parser's fixtures.
    for (const message of file.messages.filter((m) => m.source === 'ingest')) {
      const where = message.line ? `:${message.line}:${message.column}` : '';
      const severity = message.fatal ? 'error' : 'warning';
      lines.push(`${path.relative(archive, file.path)}${where} ${severity} ${message.ruleId}`, `  ${message.reason}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Runs a test body that compares two ingest runs, again (up to 3 times) only
 * when it failed while the pipeline's own code changed under it: engineers
 * edit scripts/ in this shared checkout while tests run, and a changed
 * pipeline rightly changes the digests. A failure with a stable pipeline is
 * reported at once.
 */
export async function withStablePipeline(body: () => void | Promise<void>): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const before = pipelineFingerprint(ROOT);
    try {
      await body();
      return;
    } catch (error) {
      if (attempt >= 3 || pipelineFingerprint(ROOT) === before) throw error;
    }
  }
}
