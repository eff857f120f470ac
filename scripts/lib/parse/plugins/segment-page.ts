import type { PageRoot, UnitNode } from '../tree/types.ts';
import { mergeSubheads } from '../items/subheads.ts';
import { segment } from '../units/segment.ts';
import { splitTrailingCaptions } from '../units/trailing-caption.ts';

/**
 * Transformer plugin: replace the page's units with blocks: body nodes (paragraphs with the
 * subheads folded in, photo captions cut off the articles they follow) and the units that
 * are not body text.
 */
export function segmentPage() {
  return (tree: PageRoot): void => {
    tree.children = mergeSubheads(splitTrailingCaptions(segment(tree.children as UnitNode[])), tree.data.layout);
  };
}
