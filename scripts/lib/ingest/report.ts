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

/**
 * The same messages as GitHub Actions workflow commands, so that on a pull
 * request each one shows on the line of the changed file it is about.
 */
export function formatAnnotations(files: readonly VFile[]): string {
  const lines: string[] = [];
  for (const file of sortFiles(files.filter((candidate) => candidate.messages.length > 0))) {
    for (const message of file.messages) {
      const properties = [`file=${escapeProperty(file.path)}`];
      if (message.line) properties.push(`line=${message.line}`, `col=${message.column ?? 1}`);
      properties.push(`title=${escapeProperty(`ingest ${message.ruleId ?? ''}`.trim())}`);
      lines.push(`::${message.fatal ? 'error' : 'warning'} ${properties.join(',')}::${escapeData(message.reason)}`);
    }
  }
  return lines.join('\n');
}

// Escaping rules of GitHub's workflow commands (actions/toolkit, command.ts).
function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
