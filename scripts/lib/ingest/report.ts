import { reporter } from 'vfile-reporter';
import type { VFile } from 'vfile';
import type { IngestResult } from './run-ingest.ts';

/**
 * The one report of a run: problems grouped by file (vfile-reporter prints a
 * count per kind at the end), then a line saying what happens next. Empty
 * when there is nothing to say and `quiet` is set.
 */
export function formatReport(result: IngestResult, options: { quiet?: boolean; verbose?: boolean; color?: boolean } = {}): string {
  const withMessages = sortFiles(result.files.filter((file) => file.messages.length > 0));
  const parts: string[] = [];
  if (withMessages.length > 0) parts.push(reporter(withMessages, { verbose: options.verbose, color: options.color ?? false }));
  if (result.failed.length > 0) {
    parts.push(
      `ingest: ${result.failed.length} issue(s) skipped because of errors: ${result.failed.join(', ')}. ` +
        'Their earlier output, if any, is unchanged. Fix the errors above and run `npm run ingest` again.',
    );
  }
  if (!options.quiet) {
    parts.push(
      `ingest: ${result.written.length} issue(s) written, ${result.unchanged.length} unchanged, ` +
        `${result.removed.length} removed, ${result.failed.length} failed`,
    );
  }
  return parts.join('\n');
}

function sortFiles(files: VFile[]): VFile[] {
  return [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
