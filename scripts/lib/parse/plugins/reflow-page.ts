import type { LineNode, PageRoot } from '../tree/types.ts';
import { reflow } from '../units/reflow.ts';

/** Transformer plugin: replace the page's lines with units (paragraphs, display groups, bylines, credits). */
export function reflowPage() {
  return (tree: PageRoot): void => {
    tree.children = reflow(tree.children as LineNode[], tree.data.layout);
  };
}
