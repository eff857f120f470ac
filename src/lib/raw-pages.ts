// The raw page files (pNN.txt) are the archive's source of truth; the site
// publishes their text so readers can check any article against it. It is the
// text ingest decoded and parsed (a UTF-16 page converted, BOM and CRLF gone,
// line numbers unchanged), which ingest writes next to the articles as
// source-pNN.txt: the build never reads issues/, where a file could be a link
// to anything on the machine, or bytes in another encoding.
import path from 'node:path';
import { sourceFileName } from '../schemas/generated-files.ts';
import { readGeneratedFile } from '../loaders/generated-files.ts';
import type { IssueEntry } from './archive.ts';

// Every article of a page shows lines of the same file: read each file once per build.
const cache = new Map<string, string>();

/** The text of one page file of an issue, as ingest decoded it. */
export function readRawPage(issue: IssueEntry, file: string): string {
  // The issues loader records where issue.json was read from (relative to the
  // project root); the decoded page texts sit next to it.
  if (!issue.filePath) throw new Error(`issue ${issue.id} has no file path; cannot find ${file}`);
  const full = path.resolve(path.dirname(issue.filePath), sourceFileName(file));
  let text = cache.get(full);
  if (text === undefined) {
    text = readGeneratedFile(full);
    cache.set(full, text);
  }
  return text;
}

/** The lines of `text` inside 1-based inclusive ranges, each range as one excerpt. */
export function sliceLines(text: string, ranges: ReadonlyArray<readonly [number, number]>): string[] {
  const lines = text.split(/\r?\n/);
  return ranges.map(([from, to]) => lines.slice(from - 1, to).join('\n'));
}

/**
 * Joins ranges separated only by blank lines, so an article from a page that
 * prints a blank line after every line reads as one excerpt, not forty.
 */
export function mergeRanges(text: string, ranges: ReadonlyArray<readonly [number, number]>): Array<[number, number]> {
  const lines = text.split(/\r?\n/);
  const merged: Array<[number, number]> = [];
  for (const [from, to] of [...ranges].sort((a, b) => a[0] - b[0])) {
    const last = merged.at(-1);
    const gapIsBlank = last !== undefined && lines.slice(last[1], from - 1).every((line) => line.trim() === '');
    if (last && from <= last[1] + 1) last[1] = Math.max(last[1], to);
    else if (last && gapIsBlank) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  return merged;
}

/** Ranges as a reader writes them: 12–30、41–45. */
export function formatRanges(ranges: ReadonlyArray<readonly [number, number]>): string {
  return ranges.map(([from, to]) => (from === to ? `${from}` : `${from}–${to}`)).join('、');
}
