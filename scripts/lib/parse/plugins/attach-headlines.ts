import type { VFile } from 'vfile';
import { attach } from '../items/attach.ts';
import { buildItems } from '../items/build-items.ts';
import type { PageRoot } from '../tree/types.ts';
import type { Block } from '../units/segment.ts';

/** Transformer plugin: attach headlines, bylines and column heads to bodies, then store the items in `file.data.page`. */
export function attachHeadlines() {
  return (tree: PageRoot, file: VFile): void => {
    const blocks = (tree.data as PageRoot['data'] & { blocks?: Block[] }).blocks ?? [];
    file.data.page = buildItems(blocks, attach(blocks), file);
  };
}
