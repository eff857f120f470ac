/**
 * `npm run ingest`: regenerate the generated articles from the
 * maintainer-edited issues (src/content/issues, or ARCHIVE_CONTENT). Prints one
 * report; exits 1 when any issue has an error (its previous output is kept),
 * 0 with warnings only, 2 on a wrong command line or an internal error.
 *
 *   --force    regenerate every issue, even unchanged ones
 *   --quiet    no progress, no summary line, no GitHub annotations; problems are still reported
 *   --verbose  show stack traces of internal errors
 */
import process from 'node:process';
import { cacheCompiledModules } from './lib/cli/compile-cache.ts';
import { readCommandLine } from './lib/cli/read-command-line.ts';

// Before the pipeline's modules load (a run that changes one page costs little more than loading them).
cacheCompiledModules();
const { runIngest } = await import('./lib/ingest/run-ingest.ts');
const { formatAnnotations, formatReport } = await import('./lib/ingest/report.ts');
const { hooksFromEnv } = await import('./lib/ingest/test-hooks.ts');

const { values } = readCommandLine(
  { name: 'ingest', usage: 'usage: npm run ingest [-- --force] [-- --quiet] [-- --verbose]' },
  { options: { force: { type: 'boolean' }, quiet: { type: 'boolean' }, verbose: { type: 'boolean' } } },
);
const quiet = values.quiet === true;
const verbose = values.verbose === true;

try {
  const result = await runIngest(process.cwd(), {
    force: values.force === true,
    onProgress: quiet ? undefined : (line) => console.log(line),
    hooks: hooksFromEnv(process.env.INGEST_TEST_HOOK),
  });
  const report = formatReport(result, { quiet, verbose, color: process.stderr.isTTY });
  if (report) console.error(report);
  // On GitHub Actions, also annotate the pull request's files. Only the visible run
  // does: `npm run build` repeats ingest with --quiet and must not annotate twice.
  if (process.env.GITHUB_ACTIONS === 'true' && !quiet) {
    const annotations = formatAnnotations(result.files);
    if (annotations) console.log(annotations);
  }
  if (result.failed.length > 0) process.exitCode = 1;
} catch (error) {
  // Maintainers' mistakes are all reported above as messages; reaching this is a bug.
  console.error('ingest: internal error — a bug in the archive software, not in your files. Please report it with this output:');
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 2;
}
