import { LineCounter, parseDocument, isMap, isNode, isScalar, type Document } from 'yaml';
import { VFile } from 'vfile';
import { issuePageSchema, issueSchema, publicationSchema, type Issue } from '../../../src/schemas/issue.ts';
import { decodeText } from './decode-text.ts';
import { fieldLabel } from '../../../src/schemas/field-error.ts';
import { closestField, describeManifestProblem, MANIFEST_PARSE } from './describe-manifest-problem.ts';
import { fail, warn, type Place } from './messages.ts';
import { errorOffset, keyNodeAt, nodePlace, refuseYamlFeatures, toPlace, valueAt, writtenAt, yamlReason } from './yaml-tree.ts';

/** A manifest read from disk: the issue when valid, its vfile with any problems, and a way to place later problems on its fields. */
export interface LoadedIssue {
  issue: Issue | null;
  file: VFile;
  /** Line and column of the YAML node at a field path (or its nearest existing parent). */
  placeOf: (path: readonly PropertyKey[]) => Place;
}

/**
 * Reads the bytes of an issue.yaml: decodes them (refusing what is not text),
 * parses the YAML and validates it with the same zod schema the site uses;
 * each problem becomes one friendly message placed at the offending node.
 */
export function loadIssue(bytes: Uint8Array, path: string): LoadedIssue {
  const file = new VFile({ path });
  const unplaced: LoadedIssue = { issue: null, file, placeOf: () => ({ line: 1, column: 1 }) };
  const { text } = decodeText(bytes, file);
  if (text === null) return unplaced;
  file.value = text;

  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const placeOf = (path: readonly PropertyKey[]) => nodePlace(doc, lineCounter, path);
  if (doc.errors.length > 0) {
    // The first syntax error is the one to fix; later ones are often its echo.
    const error = doc.errors[0];
    fail(
      file,
      `issue.yaml is not valid YAML: ${yamlReason(error.code, error.message)}. Check the indentation, colons and quotes on this line and the one above, and compare with the example in CONTRIBUTING.md.`,
      'manifest-yaml',
      toPlace(lineCounter, errorOffset(text, error.code, error.message, error.pos[0])),
    );
    return { issue: null, file, placeOf };
  }
  if (refuseYamlFeatures(doc, text, lineCounter, file)) return { issue: null, file, placeOf };

  const data = doc.toJS();
  warnUnknownFields(doc, lineCounter, file);
  const result = issueSchema.safeParse(data, MANIFEST_PARSE);
  if (result.success) return { issue: result.data, file, placeOf };
  // One message per field: zod may report a bad date twice (format, then calendar).
  const seen = new Set<string>();
  for (const problem of result.error.issues) {
    if (problem.code === 'unrecognized_keys') {
      // Only overrides are strict: one message per misspelt key, at the key itself.
      for (const key of problem.keys) {
        const keyNode = keyNodeAt(doc, problem.path, key);
        fail(
          file,
          describeManifestProblem({ ...problem, keys: [key] }, valueAt(data, problem.path)),
          'override-unknown-field',
          keyNode?.range ? toPlace(lineCounter, keyNode.range[0]) : placeOf(problem.path),
        );
      }
      continue;
    }
    const key = problem.path.map(String).join('.');
    if (seen.has(key)) continue;
    seen.add(key);
    fail(
      file,
      describeManifestProblem(problem, valueAt(data, problem.path), writtenAt(doc, text, problem.path)),
      'manifest-schema',
      placeOf(problem.path),
    );
  }
  return { issue: null, file, placeOf };
}

// The fields each level of issue.yaml knows, from the schema itself so the list cannot drift.
const KNOWN_FIELDS = {
  top: Object.keys(issueSchema.shape),
  publication: Object.keys(publicationSchema.shape),
  page: Object.keys(issuePageSchema.shape),
};

/** Warns about fields the schema does not know (usually typos such as `numberprinted`), which zod would drop silently. */
function warnUnknownFields(doc: Document, counter: LineCounter, file: VFile): void {
  const check = (node: unknown, known: string[], path: PropertyKey[]) => {
    if (!isMap(node)) return;
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : null;
      if (key === null || known.includes(key)) continue;
      const guess = closestField(known, key);
      const where = path.length > 0 ? ` in ${fieldLabel(path)}` : '';
      const range = isNode(pair.key) ? pair.key.range : undefined;
      const place = range ? toPlace(counter, range[0]) : undefined;
      warn(
        file,
        `\`${key}\`${where} is not a field issue.yaml knows, so it is ignored.${guess ? ` Did you mean \`${guess}\`?` : ` The known fields here are ${known.map((name) => `\`${name}\``).join(', ')}.`}`,
        'manifest-unknown-field',
        place,
      );
    }
  };
  check(doc.contents, KNOWN_FIELDS.top, []);
  check(doc.getIn(['publication'], true), KNOWN_FIELDS.publication, ['publication']);
  const pages = doc.getIn(['pages'], true);
  if (pages && typeof pages === 'object' && 'items' in pages && Array.isArray(pages.items)) {
    pages.items.forEach((page: unknown, index: number) => check(page, KNOWN_FIELDS.page, ['pages', index]));
  }
}
