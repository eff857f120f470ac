// Plain text of an article, read from its MDX body with the same parsers that
// wrote it (remark-parse + remark-mdx), so escapes such as \< and \{ come out as
// the characters the page printed. Never regexes over MDX.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { toString } from 'mdast-util-to-string';
import type { Root } from 'mdast';

/** One block of an article body: a paragraph or a subhead (小标题). */
export interface TextBlock {
  kind: 'paragraph' | 'subhead';
  text: string;
}

const parser = unified().use(remarkParse).use(remarkMdx);

// Titles, excerpts, RSS and the API ask for the same bodies again and again
// (every list an untitled item appears in); each body is parsed once. With
// relatedByRegion's fix this cut `astro build` of 5,791 synthetic articles
// from 57 to 34 s of CPU (bench/results/cmp100-*.md).
const blocksByBody = new Map<string, readonly TextBlock[]>();

/** The body's blocks in order, from the MDX body (frontmatter already removed, as Astro's entry.body is); parsed once per body. */
export function articleBlocks(mdxBody: string): readonly TextBlock[] {
  let blocks = blocksByBody.get(mdxBody);
  if (!blocks) {
    blocks = Object.freeze(parseBlocks(mdxBody));
    blocksByBody.set(mdxBody, blocks);
  }
  return blocks;
}

function parseBlocks(mdxBody: string): TextBlock[] {
  const tree = parser.parse(mdxBody) as Root;
  const blocks: TextBlock[] = [];
  for (const node of tree.children) {
    if (node.type === 'yaml' || node.type === 'mdxjsEsm') continue;
    const text = toString(node).trim();
    if (!text) continue;
    blocks.push({ kind: node.type === 'heading' ? 'subhead' : 'paragraph', text });
  }
  return blocks;
}

/** The article as plain text: blocks joined by a blank line (the API's `text`). */
export function articleText(mdxBody: string): string {
  return articleBlocks(mdxBody)
    .map((block) => block.text)
    .join('\n\n');
}

/** The first `length` characters of the body's first paragraph, with an ellipsis when cut. */
export function excerpt(mdxBody: string, length = 24): string {
  const first = articleBlocks(mdxBody).find((block) => block.kind === 'paragraph') ?? articleBlocks(mdxBody)[0];
  if (!first) return '';
  const chars = Array.from(first.text);
  return chars.length > length ? `${chars.slice(0, length).join('')}…` : first.text;
}
