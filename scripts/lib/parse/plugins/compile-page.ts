import type { Plugin } from 'unified';
import { buildItems } from '../items/build-items.ts';
import type { PageChild, PageRoot } from '../tree/types.ts';
import type { ParsedPage } from '../types.ts';

declare module 'unified' {
  interface CompileResultMap {
    // The page parser's compiler yields the parsed page, not text.
    ParsedPage: ParsedPage;
  }
}

/** Unified compiler plugin: the item tree → the parsed page (items in reading order, page furniture, consumed marks). */
export const compilePage: Plugin<[], PageRoot, ParsedPage> = function () {
  this.compiler = (tree, file) => {
    const page = tree as PageRoot;
    return buildItems(page.children as PageChild[], file, page.data.layout);
  };
};
