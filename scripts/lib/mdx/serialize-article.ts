import { unified } from 'unified';
import remarkStringify from 'remark-stringify';
import remarkMdx from 'remark-mdx';
import remarkFrontmatter from 'remark-frontmatter';
import YAML from 'yaml';
import type { Root, RootContent } from 'mdast';
import type { BodyBlock } from '../parse/types.ts';

// One processor for every file: options are resolved once, and the output is
// byte-identical for the same input (ingest must be deterministic).
const processor = unified()
  .use(remarkStringify, {
    bullet: '-',
    emphasis: '_',
    fences: true,
    rule: '-',
    // MDX reads a line starting with `import`/`export` as JavaScript; remark-mdx
    // does not escape that, so encode the first letter as a character reference.
    unsafe: [
      { character: 'i', atBreak: true, after: 'mport\\b' },
      { character: 'e', atBreak: true, after: 'xport\\b' },
    ],
  })
  .use(remarkMdx)
  .use(remarkFrontmatter, ['yaml']);

/** Builds the mdast of one article: YAML frontmatter, then paragraphs and subheads as plain text nodes. */
export function articleToMdast(frontmatter: Record<string, unknown>, body: readonly BodyBlock[]): Root {
  const children: RootContent[] = [
    // lineWidth 0: never fold long Chinese titles across lines.
    { type: 'yaml', value: YAML.stringify(frontmatter, { lineWidth: 0 }).trimEnd() },
  ];
  for (const block of body) {
    const text = { type: 'text' as const, value: block.text };
    children.push(
      block.kind === 'subhead'
        ? { type: 'heading', depth: 2, children: [text] }
        : { type: 'paragraph', children: [text] },
    );
  }
  return { type: 'root', children };
}

/**
 * Serializes an article to MDX. Page text is untrusted: remark-mdx escapes
 * `{`, `<` and markdown syntax in text nodes, so it can never become code.
 */
export function serializeArticle(frontmatter: Record<string, unknown>, body: readonly BodyBlock[]): string {
  return processor.stringify(articleToMdast(frontmatter, body));
}
