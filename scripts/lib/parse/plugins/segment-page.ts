import type { PageRoot, UnitNode } from '../tree/types.ts';
import { mergeSubheads } from '../items/subheads.ts';
import { segment, type Block } from '../units/segment.ts';

/** Transformer plugin: group units into bodies and other blocks, folding subheads into their bodies. */
export function segmentPage() {
  return (tree: PageRoot): void => {
    (tree.data as PageRoot['data'] & { blocks?: Block[] }).blocks = mergeSubheads(segment(tree.children as UnitNode[]));
  };
}
