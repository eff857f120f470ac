import { LineCounter, parseDocument, isAlias, isMap, isNode, isScalar, visit, type Document } from 'yaml';
import { VFile } from 'vfile';
import { issuePageSchema, issueSchema, publicationSchema, type Issue } from '../../../src/schemas/issue.ts';
import { decodeText } from '../validate/decode-text.ts';
import { closestField, describeManifestProblem, fieldLabel } from '../validate/describe-manifest-problem.ts';
import { fail, warn, type Place } from '../validate/messages.ts';

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
  const result = issueSchema.safeParse(data);
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
    fail(file, describeManifestProblem(problem, valueAt(data, problem.path), writtenAt(doc, text, problem.path)), 'manifest-schema', placeOf(problem.path));
  }
  return { issue: null, file, placeOf };
}

/**
 * Refuses what a manifest never needs and a hostile one uses: aliases (`*a`: an alias
 * bomb expands a few lines into gigabytes, an undefined one throws while converting) and
 * tags (`!!js/function`, `!!binary`, `!custom`: other YAML readers execute or reject them).
 * Checked on the syntax tree before anything is converted, each at its own line.
 * Returns whether anything was refused.
 */
function refuseYamlFeatures(doc: Document, text: string, counter: LineCounter, file: VFile): boolean {
  let refused = false;
  const aliases: Array<{ source: string; start: number }> = [];
  visit(doc, {
    Node(_key, node) {
      const start = node.range?.[0] ?? 0;
      if (isAlias(node)) {
        aliases.push({ source: node.source, start });
        return visit.SKIP;
      }
      if (node.tag) {
        // The node's range starts at its value; the tag (`!x`, `!!x`) is just before it on the line.
        let bang = text.lastIndexOf('!', start);
        while (bang > 0 && text[bang - 1] === '!') bang--;
        const at = bang >= 0 && !text.slice(bang, start).includes('\n') ? bang : start;
        const written = /^!\S*/.exec(text.slice(at))?.[0] ?? node.tag;
        fail(
          file,
          `issue.yaml uses a YAML tag (\`${written}\`). Manifests use plain values only: remove \`${written}\` and write the value itself (quoted if it is text).`,
          'manifest-yaml',
          toPlace(counter, at),
        );
        refused = true;
      }
      return undefined;
    },
  });
  // One message for all aliases (an alias bomb has hundreds), at the first.
  if (aliases.length > 0) {
    const [first] = aliases;
    const more = aliases.length > 1 ? ` (and ${aliases.length - 1} more alias${aliases.length > 2 ? 'es' : ''} after it)` : '';
    fail(
      file,
      `issue.yaml uses a YAML alias (\`*${first.source}\`)${more}. Manifests do not use anchors and aliases (\`&name\`, \`*name\`): write each value out in full.`,
      'manifest-yaml',
      toPlace(counter, first.start),
    );
    refused = true;
  }
  return refused;
}

/**
 * Where to point for a syntax error. An unclosed quote is detected at the end of the file
 * (past its last line): point at the quote that opens it, the last one of its kind.
 */
function errorOffset(text: string, code: string, message: string, offset: number): number {
  const quote = code === 'MISSING_CHAR' ? /closing (["'])quote/.exec(message)?.[1] : undefined;
  const opening = quote ? text.lastIndexOf(quote, offset - 1) : -1;
  if (opening >= 0) return opening;
  return Math.min(offset, Math.max(0, text.trimEnd().length - 1));
}

/** The YAML library's error, in words for someone who does not know YAML's grammar. */
function yamlReason(code: string, message: string): string {
  if (code === 'DUPLICATE_KEY') return 'a field appears twice in the same section (keep one)';
  if (code === 'TAB_AS_INDENT') return 'a tab is used for indentation (use spaces)';
  const quote = /^Missing closing (["'])quote/.exec(message);
  if (quote) return `the quote ${quote[1]} that opens here is never closed (end the text with another ${quote[1]} on the same line)`;
  if (code === 'BAD_INDENT' || code === 'MISSING_CHAR') return `${message.split('\n')[0].replace(/\.$/, '')} (usually wrong indentation)`;
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '').replace(/\.$/, '');
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

/** The key node `key` of the map at `path`, to place a message on a misspelt field name. */
function keyNodeAt(doc: Document, path: readonly PropertyKey[], key: string) {
  const map = path.length === 0 ? doc.contents : doc.getIn(path as (string | number)[], true);
  if (!isMap(map)) return undefined;
  const pair = map.items.find((item) => isScalar(item.key) && String(item.key.value) === key);
  return pair && isNode(pair.key) ? pair.key : undefined;
}

/** The value at `path` as written in the file (`1e400`), for messages about values YAML converts out of recognition. */
function writtenAt(doc: Document, text: string, path: readonly PropertyKey[]): string | undefined {
  const node = doc.getIn(path as (string | number)[], true);
  return isNode(node) && node.range ? text.slice(node.range[0], node.range[1]).trim() : undefined;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const part of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}

/** Line and column of the YAML node at `path`, falling back to its nearest existing parent. */
function nodePlace(doc: Document, counter: LineCounter, path: readonly PropertyKey[]): Place {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth) as (string | number)[], true);
    if (isNode(node) && node.range) return toPlace(counter, node.range[0]);
  }
  return { line: 1, column: 1 };
}

function toPlace(counter: LineCounter, offset: number): Place {
  const { line, col } = counter.linePos(offset);
  return { line, column: col };
}
