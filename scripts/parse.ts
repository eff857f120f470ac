/**
 * Preview how the parser reads raw page files, without writing anything; or score it on
 * pages that have a hand reading:
 *
 *   npm run parse -- path/to/p01.txt [more.txt | DIR …]   readable summary per page, then warnings
 *   npm run parse -- path/to/p01.txt --json                {"articles": [...]} (warnings on stderr)
 *   npm run parse -- --eval DIR [--verbose]                the four measures per layout and overall
 *
 * Pages are read exactly as ingest reads them (decoding, size and text checks, the same
 * messages), and each item is shown with the regions ingest would tag it with. All pages
 * are read in one process, so scoring hundreds of pages takes seconds.
 */
import { readdirSync, statSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { VFile } from 'vfile';
import { reporter } from 'vfile-reporter';
import { readCommandLine, refuseCommandLine } from './lib/cli/read-command-line.ts';
import { regionsOf } from './lib/ingest/build-issue.ts';
import { formatSummary, toJson } from './lib/parse/format-summary.ts';
import { evaluatePages, findReadings, formatEvaluation } from './lib/parse/evaluate/evaluate-pages.ts';
import { parsePage } from './lib/parse/parse-page.ts';
import { MAX_PAGE_BYTES } from './lib/validate/check-page-text.ts';
import { readPageText } from './lib/validate/read-page-text.ts';
import { describeKind, readRegularFile } from './lib/validate/read-regular-file.ts';

const command = {
  name: 'parse',
  usage: 'usage: npm run parse -- FILE.txt|DIR … [--json]   or   npm run parse -- --eval DIR … [--verbose]',
};

function fail(message: string): never {
  process.stderr.write(`parse: ${message}\n`);
  process.exit(1);
}

const { values, positionals } = readCommandLine(command, {
  allowPositionals: true,
  options: { json: { type: 'boolean' }, eval: { type: 'boolean' }, verbose: { type: 'boolean' } },
});
if (positionals.length === 0) refuseCommandLine(command, 'expected a page file or a folder.');

function statOf(path: string): Stats {
  try {
    return statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') fail(`${path}: no such file`);
    if (code === 'EACCES') fail(`${path}: permission denied`);
    throw error;
  }
}

/** The page files named on the command line; a folder stands for every .txt file under it. */
function pageFiles(paths: string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && entry.name.endsWith('.txt')) out.push(path);
    }
  };
  for (const path of paths) {
    if (statOf(path).isDirectory()) walk(path);
    else out.push(path);
  }
  return out;
}

const files = pageFiles(positionals);
if (files.length === 0) fail(`no page files (.txt) in ${positionals.join(', ')}`);

if (values.eval) {
  const pages = findReadings(files);
  if (pages.length === 0)
    fail(`none of the ${files.length} page files has a reading (NAME.reading.json, or reading.json beside input.txt)`);
  process.stdout.write(formatEvaluation(evaluatePages(pages), { verbose: values.verbose === true }));
} else {
  let refused = 0;
  for (const path of files) {
    // Read exactly as ingest reads a page: no links followed, size, encoding and text checks first.
    const checked = new VFile({ path });
    const read = readRegularFile(path, { maxBytes: MAX_PAGE_BYTES });
    if (read.kind !== 'file' && read.kind !== 'too-large') {
      checked.message(
        `${path} is ${read.kind === 'missing' ? 'gone' : describeKind(read.kind)}: give an ordinary page file (the archive never follows links).`,
        { ruleId: 'page-not-a-file', source: 'parse' },
      ).fatal = true;
    }
    const decoded = read.kind === 'file' || read.kind === 'too-large' ? readPageText(read, checked) : null;
    if (decoded === null) {
      refused++;
      process.stderr.write(`${reporter([checked])}\n`);
      continue;
    }
    const { page, file } = parsePage(decoded.text, { path });
    file.messages.unshift(...checked.messages);
    const regions = page.items.map((item) => regionsOf(item).map((r) => r.name));
    if (values.json) {
      const json = toJson(page);
      json.articles.forEach((a, i) => (a.regions = regions[i]));
      process.stdout.write(`${JSON.stringify(files.length === 1 ? json : { file: path, ...json }, null, 2)}\n`);
      if (file.messages.length > 0) process.stderr.write(`${reporter([file], { quiet: true })}\n`);
    } else {
      if (files.length > 1) process.stdout.write(`\n== ${path}\n`);
      process.stdout.write(formatSummary(page, regions));
      process.stdout.write(`\n${reporter([file])}\n`);
    }
  }
  // A page ingest would refuse is refused here too, with the same message and a failing exit.
  if (refused > 0) process.exit(1);
}
