import { attach } from '../items/attach.ts';
import { splitBodies } from '../items/split-bodies.ts';
import type { Block, PageRoot } from '../tree/types.ts';

/**
 * Transformer plugin: gather the page's blocks into item nodes (headlines, bylines and
 * column heads attached to bodies), splitting bodies that wording shows to hold two
 * articles; the compiler (compile-page.ts) emits the page from the items.
 */
export function attachHeadlines() {
  return (tree: PageRoot): void => {
    const blocks = tree.children as Block[];
    let page = attach(blocks);
    // Each split can only make bodies smaller, so this ends; the bound is a guard.
    for (let round = 0; round < blocks.length && splitBodies(blocks, page); round++) page = attach(blocks);
    tree.children = page;
  };
}
