import type { PageRoot, UnitNode } from '../tree/types.ts';
import { mergeSubheads } from '../items/subheads.ts';
import { segment, type Block } from '../units/segment.ts';
import { splitTrailingCaptions } from '../units/trailing-caption.ts';

/** Transformer plugin: group units into bodies and other blocks, folding subheads into their bodies and cutting photo captions off the articles they follow. */
export function segmentPage() {
  return (tree: PageRoot): void => {
    (tree.data as PageRoot['data'] & { blocks?: Block[] }).blocks = mergeSubheads(
      splitTrailingCaptions(segment(tree.children as UnitNode[])),
      tree.data.layout,
    );
  };
}
