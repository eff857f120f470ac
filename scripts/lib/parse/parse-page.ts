import { unified } from 'unified';
import { VFile } from 'vfile';
import { attachHeadlines } from './plugins/attach-headlines.ts';
import { classifyPageLines } from './plugins/classify-page-lines.ts';
import { compilePage } from './plugins/compile-page.ts';
import { parsePageText } from './plugins/parse-page-text.ts';
import { reflowPage } from './plugins/reflow-page.ts';
import { segmentPage } from './plugins/segment-page.ts';
import type { PageRoot } from './tree/types.ts';
import type { ParsedPage } from './types.ts';

/**
 * The page parser: a unified pipeline from raw page text to items — a parser (lines),
 * transformers (line kinds, units, bodies, items) and a compiler (the parsed page). See
 * docs/parser.md for what it recognizes and the hints a maintainer can add to a page file.
 */
const processor = unified()
  .use(parsePageText)
  .use(classifyPageLines)
  .use(reflowPage)
  .use(segmentPage)
  .use(attachHeadlines)
  .use(compilePage)
  .freeze();

/** The page tree of a raw page after every transformer: its items in reading order, among what no item took. */
export function pageTree(file: VFile): PageRoot {
  // (runSync is typed for any tree; the transformers leave the page tree holding items.)
  return processor.runSync(processor.parse(file), file) as PageRoot;
}

/** Parse one raw page into items and page furniture; content problems become positioned messages on `file`. */
export function parsePage(text: string, options: { path?: string } = {}): { page: ParsedPage; file: VFile } {
  const file = new VFile({ path: options.path, value: text });
  return { page: processor.stringify(pageTree(file), file), file };
}
