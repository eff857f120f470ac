import type { VFile } from 'vfile';

/**
 * Endings shared by every message, so a maintainer always reads what happens
 * next in the same words (docs/maintainers.md; tests assert them).
 */
export const NEXT = {
  /** An error in an issue: nothing of that issue is written or deleted. */
  skipped: 'Ingest skips this issue and keeps its earlier output, if any.',
  /** A warning: the run goes on with the stated consequence. */
  continues: 'Ingest continues.',
} as const;

/** Where in a file a message points: a line and column (1-based), as an editor shows them. */
export interface Place {
  line: number;
  column: number;
}

/**
 * What a file's messages say happens next, when not ingest's NEXT: new-issue
 * reuses the same checks but writes nothing on an error.
 */
export interface NextStep {
  onError: string;
  onWarning: string;
}

/** Makes the messages of `file` end with `next` instead of ingest's wording. */
export function setNextStep(file: VFile, next: NextStep): void {
  file.data.nextStep = next;
}

function nextStep(file: VFile): NextStep {
  return (file.data.nextStep as NextStep | undefined) ?? { onError: NEXT.skipped, onWarning: NEXT.continues };
}

/** Adds an error to `file`: the issue it belongs to is skipped by this run. */
export function fail(file: VFile, reason: string, ruleId: string, place?: Place, cause?: unknown): void {
  const message = file.message(`${reason} ${nextStep(file).onError}`.trimEnd(), {
    place,
    ruleId,
    source: 'ingest',
    cause: cause instanceof Error ? cause : undefined,
  });
  message.fatal = true;
}

/** Adds a warning to `file`: the run continues and the exit code stays 0. */
export function warn(file: VFile, reason: string, ruleId: string, place?: Place): void {
  file.message(`${reason} ${nextStep(file).onWarning}`.trimEnd(), { place, ruleId, source: 'ingest' });
}

/** Whether any message on the file is an error. */
export function hasErrors(file: VFile): boolean {
  return file.messages.some((message) => message.fatal === true);
}

/** 1-based line and column of `offset` in `text`, counting CRLF, LF and lone CR as one line break each, like editors do. */
export function placeAt(text: string, offset: number): Place {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (char === 10 || (char === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  // Columns count code points, not UTF-16 units, so a CJK extension character counts once.
  return { line, column: [...text.slice(lineStart, offset)].length + 1 };
}
