import type { VFile } from 'vfile';
import { attach } from '../items/attach.ts';
import { buildItems } from '../items/build-items.ts';
import { splitBodies } from '../items/split-bodies.ts';
import type { Block, PageRoot } from '../tree/types.ts';

/**
 * Transformer plugin: attach headlines, bylines and column heads to bodies (splitting
 * bodies that wording shows to hold two articles), then store the items in `file.data.page`.
 */
export function attachHeadlines() {
  return (tree: PageRoot, file: VFile): void => {
    let blocks = tree.children as Block[];
    let attachment = attach(blocks);
    // Each split can only make bodies smaller, so this ends; the bound is a guard.
    for (let round = 0; round < blocks.length; round++) {
      const split = splitBodies(blocks, attachment);
      if (split === null) break;
      blocks = split;
      attachment = attach(blocks);
    }
    file.data.page = buildItems(blocks, attachment, file, tree.data.layout);
  };
}
