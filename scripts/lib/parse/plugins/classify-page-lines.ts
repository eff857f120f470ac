import { classifyLines } from '../lines/classify-lines.ts';
import { measureColumns } from '../lines/column-measure.ts';
import { markDisplay } from '../lines/mark-display.ts';
import { markNameBylines } from '../lines/name-bylines.ts';
import type { LineNode, PageRoot } from '../tree/types.ts';

/** Transformer plugin: give every line its kind (credit, byline, display, text …) and column measure. */
export function classifyPageLines() {
  return (tree: PageRoot): void => {
    const lines = tree.children as LineNode[];
    classifyLines(lines);
    measureColumns(lines);
    markDisplay(lines, tree.data.layout);
    markNameBylines(lines);
    // Measure again now that display lines are known: a column's width must not be learned across a headline.
    measureColumns(lines);
  };
}
