import type { VFile } from 'vfile';

/**
 * A message as ingest keeps it in a generated folder's digest file, to report it again on a
 * later run without redoing the work that gave it: what the report and the annotations read.
 */
export interface StoredMessage {
  reason: string;
  ruleId?: string;
  source?: string;
  fatal?: boolean | null;
  place?: { line: number; column: number };
}

/** The messages of `file` from the `from`-th on, as stored. */
export function storeMessages(file: VFile, from = 0): StoredMessage[] {
  return file.messages.slice(from).map((message) => ({
    reason: message.reason,
    ruleId: message.ruleId,
    source: message.source,
    fatal: message.fatal,
    place: message.line ? { line: message.line, column: message.column ?? 1 } : undefined,
  }));
}

/** Adds stored messages to `file`, as they were when stored. */
export function restoreMessages(file: VFile, stored: readonly StoredMessage[]): void {
  for (const { reason, place, ruleId, source, fatal } of stored) {
    const message = file.message(reason, { place, ruleId, source });
    message.fatal = fatal;
  }
}
