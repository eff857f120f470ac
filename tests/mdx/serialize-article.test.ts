import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkFrontmatter from 'remark-frontmatter';
import { toString } from 'mdast-util-to-string';
import YAML from 'yaml';
import type { Root } from 'mdast';
import { GENERATED_NOTE, serializeArticle } from '../../scripts/lib/mdx/serialize-article.ts';
import type { ArticleBlock } from '../../src/schemas/item.ts';

const reader = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']);

/** Reads generated MDX back the way Astro's MDX integration does: frontmatter data plus body blocks. */
function readBack(mdx: string): { data: unknown; body: ArticleBlock[]; nodeTypes: string[] } {
  const tree = reader.parse(mdx) as Root;
  const [yamlNode, ...rest] = tree.children;
  return {
    data: yamlNode.type === 'yaml' ? YAML.parse(yamlNode.value) : undefined,
    body: rest.map((node) => ({
      kind: node.type === 'heading' ? 'subhead' : 'paragraph',
      text: toString(node),
    })),
    nodeTypes: rest.map((node) => node.type),
  };
}

describe('serializeArticle', () => {
  test('keeps hostile page text literal: braces, tags, ESM, markdown syntax', () => {
    const body: ArticleBlock[] = [
      { kind: 'paragraph', text: 'export const a = 1;' },
      { kind: 'paragraph', text: 'import x from "y"' },
      { kind: 'paragraph', text: '<script>alert(1)</script> {props.x} <Foo bar={1} />' },
      { kind: 'paragraph', text: '# 不是标题 ### 也不是 1. 不是列表 * _ ` ~ | > [链接](x)' },
      { kind: 'subhead', text: '“新”：政府质量水平提升' },
    ];
    const mdx = serializeArticle({ id: 'x', title: '{危险} <b>' }, body);
    const back = readBack(mdx);
    expect(back.body).toEqual(body);
    expect(back.nodeTypes).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph', 'heading']);
    expect(back.data).toEqual({ id: 'x', title: '{危险} <b>' });
  });

  test('is deterministic', () => {
    const args = [{ id: 'x', regions: [{ code: '330000' }] }, [{ kind: 'paragraph', text: '正文' }]] as const;
    expect(serializeArticle(...args)).toBe(serializeArticle(...args));
  });

  test('any single-line text round-trips as one literal paragraph', () => {
    const line = fc
      .string({ unit: fc.constantFrom(...'ab 1{}<>/#*_`~|[]()!&;:=-+.\\"\'\t中文，。“”export import'.split('')) })
      .map((s) => s.replace(/\s+/g, ' ').trim())
      .filter((s) => s.length > 0);
    fc.assert(
      fc.property(line, (text) => {
        const back = readBack(serializeArticle({ id: 'x' }, [{ kind: 'paragraph', text }]));
        expect(back.body).toEqual([{ kind: 'paragraph', text }]);
      }),
      { numRuns: 500 },
    );
  });
});

describe('generated-file note', () => {
  test('every article opens with a comment saying it is generated and must not be edited', () => {
    const mdx = serializeArticle({ title: '标题' }, [{ kind: 'paragraph', text: '正文。' }]);
    expect(mdx.split('\n').slice(0, 2)).toEqual(['---', GENERATED_NOTE]);
  });
});
