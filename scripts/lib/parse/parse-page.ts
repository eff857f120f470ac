import { unified } from 'unified';
import { VFile } from 'vfile';
import { attachHeadlines } from './plugins/attach-headlines.ts';
import { classifyPageLines } from './plugins/classify-page-lines.ts';
import { parsePageText } from './plugins/parse-page-text.ts';
import { reflowPage } from './plugins/reflow-page.ts';
import { segmentPage } from './plugins/segment-page.ts';
import type { ParsedPage } from './types.ts';

/**
 * The page parser: a unified pipeline from raw page text to items. See docs/parser.md
 * for what it recognizes and the hints a maintainer can add to a page file.
 */
const processor = unified().use(parsePageText).use(classifyPageLines).use(reflowPage).use(segmentPage).use(attachHeadlines).freeze();

/** Parse one raw page into items and page furniture; content problems become positioned messages on `file`. */
export function parsePage(text: string, options: { path?: string } = {}): { page: ParsedPage; file: VFile } {
  const file = new VFile({ path: options.path, value: text });
  const tree = processor.parse(file);
  processor.runSync(tree, file);
  return { page: file.data.page as ParsedPage, file };
}
