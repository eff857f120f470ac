import type { z } from 'zod';

/**
 * The error map of issue.yaml: how a problem zod finds becomes the sentence a maintainer
 * reads. The sentences themselves are carried by the schemas (manifest-messages.ts, attached
 * with `error:` to each field), so ingest, `npm run new-issue` and the site's build of
 * issue.json all say the same thing; this module only puts them in one shape: which field,
 * the value found, what to write instead.
 */

/** What a field's sentence is made from: where it is, and the value found there (undefined when missing). */
export interface FieldProblem {
  /** The field as a maintainer reads it: `date`, `publication.slug`, "`file` of page entry 2". */
  label: string;
  /** The value found, as JSON (`"2023-02-30"`, `0`). */
  shown: string;
  value: unknown;
  issue: z.core.$ZodRawIssue;
}

/** How a maintainer reads a field path: `date`, `publication.slug`, "`file` of page entry 2" or "`line` of override 1". */
export function fieldLabel(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'issue.yaml';
  if ((path[0] === 'pages' || path[0] === 'overrides') && typeof path[1] === 'number') {
    const entry = `${path[0] === 'pages' ? 'page entry' : 'override'} ${path[1] + 1}`;
    return path.length > 2 ? `\`${path.slice(2).map(String).join('.')}\` of ${entry}` : entry;
  }
  return `\`${path.map(String).join('.')}\``;
}

/** The sentence for a field that is not there: what to add, with an example when the field has one. */
function missingSentence(label: string, path: readonly PropertyKey[], example: string | undefined): string {
  return `${label} is missing. Add ${example ?? `\`${String(path.at(-1) ?? '')}:\``} to issue.yaml.`;
}

/**
 * A field's error customizer (zod's `error:`): `wrong` says what is wrong with the value found
 * and what to write; `missing` is the example to add when the field is absent. Returning
 * undefined leaves a problem the field does not know (e.g. an unknown key) to zod's wording.
 */
export function fieldError(sentences: { missing?: string; wrong: (problem: FieldProblem) => string | undefined }): z.core.$ZodErrorMap {
  return (issue) => {
    const path = issue.path ?? [];
    if (issue.input === undefined && issue.code === 'invalid_type') return missingSentence(fieldLabel(path), path, sentences.missing);
    return sentences.wrong({ label: fieldLabel(path), shown: JSON.stringify(issue.input), value: issue.input, issue });
  };
}

/**
 * For fields without a sentence of their own: the field, zod's own words, and where to
 * compare. Passed as the parse's `error:`, which zod consults only when the schema carries none.
 */
export function fallbackError(defaultMessage: (issue: z.core.$ZodRawIssue) => string): z.core.$ZodErrorMap {
  return (issue) => {
    const path = issue.path ?? [];
    if (issue.input === undefined && issue.code === 'invalid_type') return missingSentence(fieldLabel(path), path, undefined);
    return `${fieldLabel(path)}: ${defaultMessage(issue)}. Compare with the example in CONTRIBUTING.md.`;
  };
}
