/**
 * `npm run ingest`: regenerate src/content/articles from the maintainer-edited
 * issues in src/content/issues. Prints one report; exits 1 when any issue has
 * an error (its previous output is kept), 0 with warnings only.
 */
import process from 'node:process';
import { reporter } from 'vfile-reporter';
import { runIngest } from './lib/ingest/run-ingest.ts';

const args = new Set(process.argv.slice(2));
const quiet = args.has('--quiet');
const result = runIngest(process.cwd(), {
  force: args.has('--force'),
  onProgress: quiet ? undefined : (line) => console.log(line),
});

const withMessages = result.files.filter((file) => file.messages.length > 0);
if (withMessages.length > 0) console.error(reporter(withMessages, { quiet }));
if (!quiet) {
  console.log(
    `ingest: ${result.written.length} issue(s) written, ${result.unchanged.length} unchanged, ` +
      `${result.removed.length} removed, ${result.failed.length} failed`,
  );
}
if (result.failed.length > 0) process.exitCode = 1;
