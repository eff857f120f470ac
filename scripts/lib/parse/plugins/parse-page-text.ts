import type { Processor } from 'unified';
import { detectLayout, readLines } from '../lines/read-lines.ts';
import type { PageRoot } from '../tree/types.ts';

/** Unified parser plugin: raw page text → a page tree of positioned lines, with the page's layout. */
export function parsePageText(this: Processor): void {
  this.parser = (doc: string): PageRoot => {
    const lines = readLines(doc);
    return { type: 'page', children: lines, data: { layout: detectLayout(lines) } };
  };
}
