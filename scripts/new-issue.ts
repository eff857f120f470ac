/**
 * `npm run new-issue -- --paper 聊城日报 --slug liaocheng-ribao --date 2025-04-11 [--page-name 头版 …] FILES…`
 *
 * Creates src/content/issues/<slug>-<date>/ (or ARCHIVE_CONTENT's issues
 * folder) from page text files: copies them as p01.txt, p02.txt … (converted
 * to UTF-8), writes a commented issue.yaml, then shows what the parser found
 * on each page. Refuses to overwrite an existing issue. Exit 0 when created,
 * 1 when a file or value was refused (nothing is written), 2 on a wrong
 * command line.
 */
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { reporter } from 'vfile-reporter';
import { readCommandLine, refuseCommandLine } from './lib/cli/read-command-line.ts';
import { archivePaths } from './lib/ingest/paths.ts';
import { displayPath } from './lib/ingest/run-ingest.ts';
import { scaffoldIssue } from './lib/ingest/scaffold-issue.ts';
import { hooksFromEnv } from './lib/ingest/test-hooks.ts';
import { formatSummary } from './lib/parse/format-summary.ts';
import { parsePage } from './lib/parse/parse-page.ts';

const command = {
  name: 'new-issue',
  usage: `usage: npm run new-issue -- --paper 聊城日报 --slug liaocheng-ribao --date 2025-04-11 [--page-name 头版 …] [--id ID] FILES…

  --paper      the paper's name as printed (leave out when the pages do not name it)
  --slug       the paper's name in pinyin, lower-case with hyphens (unidentified when unknown)
  --date       YYYY-MM-DD, or YYYY-MM / YYYY when the day is unknown
  --page-name  the name printed on a page (头版, 区域动态 …); repeat it once per page, in order
  --id         the issue id, when <slug>-<date> is taken (e.g. two issues of one day)
  FILES        the page text files, in page order`,
};

function main(): number {
  const { values, positionals } = readCommandLine(command, {
    allowPositionals: true,
    options: {
      paper: { type: 'string' },
      slug: { type: 'string' },
      date: { type: 'string' },
      id: { type: 'string' },
      'page-name': { type: 'string', multiple: true },
    },
  });
  const missing = (['slug', 'date'] as const).filter((name) => !values[name]);
  if (missing.length > 0) {
    refuseCommandLine(command, `${missing.map((name) => `--${name}`).join(' and ')} ${missing.length > 1 ? 'are' : 'is'} needed.`);
  }

  const { issues } = archivePaths(process.cwd());
  const result = scaffoldIssue(
    {
      paper: values.paper ?? null,
      slug: values.slug!,
      date: values.date!,
      id: values.id,
      pageNames: values['page-name'] ?? [],
      files: positionals,
    },
    issues,
    displayPath,
    hooksFromEnv(process.env.INGEST_TEST_HOOK),
  );
  const noisy = result.files.filter((file) => file.messages.length > 0);
  if (noisy.length > 0) console.error(reporter(noisy, { color: process.stderr.isTTY }));
  if (!result.dir) return 1;

  console.log(`new-issue: created ${displayPath(result.dir)}/ with issue.yaml and ${positionals.length} page file(s).\n`);
  console.log('What the parser found (check it against the printed pages):\n');
  const pageFiles = fs
    .readdirSync(result.dir)
    .filter((name) => /^p\d+\.txt$/.test(name))
    .sort();
  for (const name of pageFiles) {
    const file = path.join(result.dir, name);
    const { page, file: parsedFile } = parsePage(fs.readFileSync(file, 'utf8'), { path: displayPath(file) });
    // The same summary `npm run parse` prints, under the page's name.
    console.log(`── ${displayPath(file)}: ${page.items.length} item(s)\n`);
    console.log(formatSummary(page));
    if (parsedFile.messages.length > 0) console.log(reporter([parsedFile], { color: process.stdout.isTTY }));
    console.log('');
  }
  console.log(
    [
      'Next:',
      `  1. Open ${displayPath(path.join(result.dir, 'issue.yaml'))} and check every value; add page names and provenance.`,
      '  2. If a headline or a split between articles is wrong, fix it in the page file (see CONTRIBUTING.md: hints).',
      '  3. Run `npm run ingest` to check the issue, then `npm run build && npm run preview` to see it.',
      '  4. Commit the folder and open a pull request.',
    ].join('\n'),
  );
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  // Every mistake in the files or options is reported above; reaching here is a bug.
  console.error('new-issue: internal error — a bug in the archive software, not in your files. Please report it with this output:');
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 2;
}
