import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Position } from 'unist';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { pageTree } from '../../scripts/lib/parse/parse-page.ts';
import type { BodyNode, ItemNode, LineNode, PageRoot, UnitNode } from '../../scripts/lib/parse/tree/types.ts';

// The tree the parser's transformers hand to its compiler (docs/parser.md, "Code map"):
// items in reading order among what no item took, every node positioned, every printed
// line in exactly one node.
const root = join(import.meta.dirname, 'fixtures');
const cases = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

const LEFT_OVER = ['page-credits', 'page-head', 'column', 'byline', 'separator', 'jump'];

function lines(node: ItemNode | BodyNode | UnitNode): LineNode[] {
  if (node.type === 'item') return node.children.flatMap(lines);
  if (node.type === 'body') return [...node.children.flatMap(lines), ...node.jumps.flatMap(lines)];
  return node.children;
}

const offsets = (p: Position): [number, number] => [p.start.offset!, p.end.offset!];

function spans(nodes: Array<{ position: Position }>): [number, number] {
  return [Math.min(...nodes.map((n) => n.position.start.offset!)), Math.max(...nodes.map((n) => n.position.end.offset!))];
}

describe('the page tree after attachment', () => {
  for (const name of cases) {
    it(name, () => {
      const text = readFileSync(join(root, name, 'input.txt'), 'utf8');
      const tree: PageRoot = pageTree(new VFile({ path: 'input.txt', value: text }));
      const children = tree.children as Array<ItemNode | UnitNode>;
      const items = children.filter((c): c is ItemNode => c.type === 'item');
      expect(items.length).toBeGreaterThan(0);
      expect(children.filter((c) => c.type !== 'item').map((c) => c.type)).toEqual(
        children.filter((c) => c.type !== 'item' && LEFT_OVER.includes(c.type)).map((c) => c.type),
      );

      for (const item of items) {
        // Column head, headline, bylines, body: the order the compiler reads them in.
        const types = item.children.map((c) => `${c.type} `).join('');
        expect(types).toMatch(/^(?:column )?(?:headline )?(?:byline )*(?:body )?$/u);
        if (!types.endsWith('body ')) expect(types).toContain('headline');
        expect(offsets(item.position)).toEqual(spans(item.children));
        const body = item.children.find((c): c is BodyNode => c.type === 'body');
        if (body === undefined) continue;
        expect(body.children.every((p) => p.type === 'paragraph' || p.type === 'subhead')).toBe(true);
        expect(offsets(body.position)).toEqual(spans([...body.children, ...body.jumps]));
      }
      expect(items.map((i) => i.data.start)).toEqual(items.map((i) => i.data.start).sort((a, b) => a - b));

      // Every printed line is in one node, once.
      const held = children.flatMap((c) => lines(c)).map((l) => l.position.start.line);
      const printed = text.split(/\r\n|\r|\n/u).flatMap((l, i) => (l.trim() === '' ? [] : [i + 1]));
      expect(held.sort((a, b) => a - b)).toEqual(printed);
    });
  }
});
