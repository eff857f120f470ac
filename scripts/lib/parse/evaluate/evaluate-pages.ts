import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { detectLayout, readLines } from '../lines/read-lines.ts';
import { parsePage } from '../parse-page.ts';
import { compareReading, type Reading } from './compare-reading.ts';
import { addTally, emptyTally, formatTally, scorePage, TALLY_HEADER, type Tally } from './score.ts';

/** A page file with its hand reading. */
export interface ReadPage {
  path: string;
  text: string;
  reading: Reading;
}

/** Where a page's reading lives: `NAME.reading.json` beside `NAME.txt`, or `reading.json` beside a fixture's `input.txt`. */
export function readingPath(pagePath: string): string {
  const name = basename(pagePath);
  return name === 'input.txt' ? join(dirname(pagePath), 'reading.json') : pagePath.replace(/\.txt$/u, '.reading.json');
}

/** The pages among `files` that have a reading, with both read. */
export function findReadings(files: string[]): ReadPage[] {
  return files
    .filter((path) => existsSync(readingPath(path)))
    .map((path) => ({ path, text: readFileSync(path, 'utf8'), reading: JSON.parse(readFileSync(readingPath(path), 'utf8')) as Reading }));
}

export interface Evaluation {
  overall: Tally;
  byLayout: Map<string, Tally>;
  /** Per page, the reader's items the parser got wrong (with why) and the items it made up. */
  wrong: Array<{ path: string; lines: string[] }>;
}

/** Parse every page and score it against its reading. */
export function evaluatePages(pages: ReadPage[]): Evaluation {
  const byLayout = new Map<string, Tally>();
  let overall = emptyTally();
  const wrong: Evaluation['wrong'] = [];
  for (const { path, text, reading } of pages) {
    const { page } = parsePage(text, { path });
    const tally = scorePage(page, reading);
    const layout = reading.layout ?? detectLayout(readLines(text));
    byLayout.set(layout, addTally(byLayout.get(layout) ?? emptyTally(), tally));
    overall = addTally(overall, tally);
    const lines = compareReading(page, reading)
      .filter((v) => !v.ok)
      .map((v) => `  ${v.label}${v.knownWrong === undefined ? '' : ' (known wrong)'}: ${v.diffs.join('; ')}`);
    if (lines.length > 0) wrong.push({ path, lines });
  }
  return { overall, byLayout, wrong };
}

/** The score table (Markdown), and with `verbose` every wrong item under its page. */
export function formatEvaluation(evaluation: Evaluation, { verbose }: { verbose: boolean }): string {
  const rows = [...evaluation.byLayout.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([layout, t]) => formatTally(layout, t));
  const table = [TALLY_HEADER, ...rows, formatTally('**all**', evaluation.overall)].join('\n');
  const details = verbose ? evaluation.wrong.map((w) => `\n${w.path}\n${w.lines.join('\n')}`).join('\n') : '';
  return `${details}${details === '' ? '' : '\n\n'}${table}\n`;
}
