import { isAlias, isMap, isNode, isScalar, visit, type Document, type LineCounter } from 'yaml';
import type { VFile } from 'vfile';
import { fail, type Place } from './messages.ts';

// The manifest's YAML syntax tree: what it may not use, and where a field's node is, so
// that every message about issue.yaml points at the line an editor shows.

/**
 * Refuses what a manifest never needs and a hostile one uses: aliases (`*a`: an alias
 * bomb expands a few lines into gigabytes, an undefined one throws while converting) and
 * tags (`!!js/function`, `!!binary`, `!custom`: other YAML readers execute or reject them).
 * Checked on the syntax tree before anything is converted, each at its own line.
 * Returns whether anything was refused.
 */
export function refuseYamlFeatures(doc: Document, text: string, counter: LineCounter, file: VFile): boolean {
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
export function errorOffset(text: string, code: string, message: string, offset: number): number {
  const quote = code === 'MISSING_CHAR' ? /closing (["'])quote/.exec(message)?.[1] : undefined;
  const opening = quote ? text.lastIndexOf(quote, offset - 1) : -1;
  if (opening >= 0) return opening;
  return Math.min(offset, Math.max(0, text.trimEnd().length - 1));
}

/** The YAML library's error, in words for someone who does not know YAML's grammar. */
export function yamlReason(code: string, message: string): string {
  if (code === 'DUPLICATE_KEY') return 'a field appears twice in the same section (keep one)';
  if (code === 'TAB_AS_INDENT') return 'a tab is used for indentation (use spaces)';
  const quote = /^Missing closing (["'])quote/.exec(message);
  if (quote) return `the quote ${quote[1]} that opens here is never closed (end the text with another ${quote[1]} on the same line)`;
  if (code === 'BAD_INDENT' || code === 'MISSING_CHAR') return `${message.split('\n')[0].replace(/\.$/, '')} (usually wrong indentation)`;
  return message
    .split('\n')[0]
    .replace(/ at line \d+, column \d+:?$/, '')
    .replace(/\.$/, '');
}

/** The key node `key` of the map at `path`, to place a message on a misspelt field name. */
export function keyNodeAt(doc: Document, path: readonly PropertyKey[], key: string) {
  const map = path.length === 0 ? doc.contents : doc.getIn(path as (string | number)[], true);
  if (!isMap(map)) return undefined;
  const pair = map.items.find((item) => isScalar(item.key) && String(item.key.value) === key);
  return pair && isNode(pair.key) ? pair.key : undefined;
}

/** The value at `path` as written in the file (`1e400`), for messages about values YAML converts out of recognition. */
export function writtenAt(doc: Document, text: string, path: readonly PropertyKey[]): string | undefined {
  const node = doc.getIn(path as (string | number)[], true);
  return isNode(node) && node.range ? text.slice(node.range[0], node.range[1]).trim() : undefined;
}

export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const part of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}

/** Line and column of the YAML node at `path`, falling back to its nearest existing parent. */
export function nodePlace(doc: Document, counter: LineCounter, path: readonly PropertyKey[]): Place {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth) as (string | number)[], true);
    if (isNode(node) && node.range) return toPlace(counter, node.range[0]);
  }
  return { line: 1, column: 1 };
}

export function toPlace(counter: LineCounter, offset: number): Place {
  const { line, col } = counter.linePos(offset);
  return { line, column: col };
}
