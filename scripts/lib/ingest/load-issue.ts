import { LineCounter, parseDocument, isNode } from 'yaml';
import { VFile } from 'vfile';
import type { z } from 'zod';
import { issueSchema, type Issue } from '../../../src/schemas/issue.ts';

/** A manifest read from disk: the issue when valid, and a vfile carrying any problems with their places. */
export interface LoadedIssue {
  issue: Issue | null;
  file: VFile;
}

/**
 * Reads an issue.yaml, validating it with the same zod schema the site uses;
 * each problem becomes a message placed at the offending YAML node.
 */
export function loadIssue(text: string, path: string): LoadedIssue {
  const file = new VFile({ path, value: text });
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const [line, col] = error.linePos?.[0] ? [error.linePos[0].line, error.linePos[0].col] : [1, 1];
      fail(file, `issue.yaml is not valid YAML: ${error.message.split('\n')[0]}. Fix the syntax (indentation, quotes, colons) and run ingest again`, { line, column: col }, 'manifest-yaml');
    }
    return { issue: null, file };
  }
  const result = issueSchema.safeParse(doc.toJS());
  if (result.success) return { issue: result.data, file };
  for (const problem of result.error.issues) {
    const place = placeOf(doc, lineCounter, problem.path);
    fail(file, describeProblem(problem), place, 'manifest-schema');
  }
  return { issue: null, file };
}

/** The human-readable sentence for one schema problem: which field, what is wrong, what to do. */
function describeProblem(problem: z.core.$ZodIssue): string {
  const field = problem.path.length > 0 ? problem.path.map(String).join('.') : 'the manifest';
  if (problem.code === 'invalid_type' && problem.input === undefined) {
    return `\`${field}\` is missing. Add it to issue.yaml (see CONTRIBUTING.md for an example)`;
  }
  return `\`${field}\`: ${problem.message}`;
}

/** Line and column of the YAML node at `path`, falling back to its nearest existing parent. */
function placeOf(doc: ReturnType<typeof parseDocument>, counter: LineCounter, path: PropertyKey[]) {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth) as (string | number)[], true);
    if (isNode(node) && node.range) {
      const { line, col } = counter.linePos(node.range[0]);
      return { line, column: col };
    }
  }
  return { line: 1, column: 1 };
}

function fail(file: VFile, reason: string, place: { line: number; column: number }, ruleId: string) {
  const message = file.message(reason, { place, ruleId, source: 'ingest' });
  message.fatal = true;
}
