import { z } from 'zod';
import { overrideSchema } from '../../../src/schemas/issue.ts';
import { fallbackError, fieldLabel } from '../../../src/schemas/field-error.ts';
import { NUMBER_ADVICE } from '../../../src/schemas/manifest-messages.ts';

// The sentence for each field is carried by the schema (src/schemas/manifest-messages.ts,
// attached in issue.ts), so the site's build says what ingest says. What is left here is
// what only the YAML file knows: a number as it was written, a misspelt key's neighbours.

/** The parse option ingest and new-issue validate a manifest with: fields without a sentence of their own get the general one. */
export const MANIFEST_PARSE = { error: fallbackError((issue) => z.config().localeError?.(issue as never) as string) } as const;

/** The fields an override may set, in the schema's order (the list cannot drift from it). */
export const OVERRIDE_FIELDS = Object.keys(overrideSchema.shape);

/** Fields whose own sentence names a value YAML could not store as written (an id of `1e400` is "not text"). */
const OWN_SENTENCE_FOR_ANY_VALUE = new Set([
  'id',
  'publication.slug',
  'publication.region',
  'publication.name',
  'publication.sponsor',
  'publication.cn',
  'publication.issn',
  'date',
]);

/**
 * The sentence for a value YAML read as a number the archive cannot hold: `1e400` is
 * infinity to YAML (and JSON would show it as `null`), `.nan` is not a number at all.
 */
function describeNonFinite(label: string, key: string, value: number, written: string | undefined): string {
  const shown = written ? `\`${written}\`` : String(value);
  const read = Number.isFinite(value) ? String(value) : `${value > 0 ? '' : 'minus '}infinity`;
  const what = Number.isNaN(value)
    ? 'not a number'
    : `out of range, a number ${value > 0 ? 'this large' : 'this far below zero'} cannot be stored${Number.isFinite(value) ? ' exactly' : ''} (YAML reads it as ${read})`;
  const advice = NUMBER_ADVICE[key];
  return `${label} is ${shown}: ${what}. ${advice ? `${advice[0].toUpperCase()}${advice.slice(1)}.` : 'Write the value as printed, in quotes if it is text.'}`;
}

/**
 * The friendly sentence for one zod problem in issue.yaml (parsed with MANIFEST_PARSE): the
 * schema's own, except where the file says more. `value` is the value at the problem's path
 * as read from the YAML, `written` its text in the file.
 */
export function describeManifestProblem(problem: z.core.$ZodIssue, value: unknown, written?: string): string {
  const path = problem.path;
  const key = String(path.at(-1) ?? '');
  const dotted = path.filter((part) => typeof part === 'string').join('.');
  // A number YAML cannot hold (1e400 is infinity, JSON would show `null`) is shown as written.
  const unstorable = typeof value === 'number' && (!Number.isFinite(value) || Math.abs(value) > Number.MAX_SAFE_INTEGER);
  if (path.length > 0 && unstorable && (NUMBER_ADVICE[key] || !Number.isFinite(value)) && !OWN_SENTENCE_FOR_ANY_VALUE.has(dotted)) {
    return describeNonFinite(fieldLabel(path), key, value, written);
  }
  if (problem.code === 'unrecognized_keys' && path[0] === 'overrides') {
    const [unknown] = problem.keys;
    const guess = closestField(OVERRIDE_FIELDS, unknown);
    return (
      `\`${unknown}\` in ${fieldLabel(path)} is not a field an override can set, so the override would change nothing.` +
      `${guess ? ` Did you mean \`${guess}\`?` : ''} The fields an override knows are ${OVERRIDE_FIELDS.map((name) => `\`${name}\``).join(', ')}.`
    );
  }
  // The schema showed the value as JSON, where 1e400 is `null`: show it as the file has it.
  if (unstorable && written)
    return problem.message.replace(`${fieldLabel(path)} ${JSON.stringify(value)}`, `${fieldLabel(path)} \`${written}\``);
  return problem.message;
}

/** The known field a misspelt one most likely meant (same letters ignoring case, or at most two edits away), or undefined. */
export function closestField(known: readonly string[], key: string): string | undefined {
  return known.find((name) => name.toLowerCase() === key.toLowerCase()) ?? known.find((name) => editDistance(name, key) <= 2);
}

/** Levenshtein distance, ignoring case. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1].toLowerCase() === b[j - 1].toLowerCase() ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
}
