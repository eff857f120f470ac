import type { Random } from './random.ts';
import type { LogicalPage } from './compose-page.ts';

/** The three extraction layouts found in the seeds (docs/parser.md). */
export const LAYOUTS = ['blank-every-line', 'column-breaks', 'paragraph-per-line'] as const;
export type Layout = (typeof LAYOUTS)[number];

/**
 * Renders a logical page as text extraction leaves it: paragraphs hard-wrapped
 * at a column width, with the layout deciding where blank lines fall.
 */
export function renderPage(page: LogicalPage, layout: Layout, rng: Random): string {
  const width = rng.int(12, 26);
  if (layout === 'paragraph-per-line') {
    // One paragraph per line; a page break now and then cuts a sentence in two (seed 002).
    const lines = page.blocks.flatMap((block) => {
      if (block.kind === 'para' && block.text.length > 40 && rng.chance(0.05)) {
        const cut = rng.int(10, block.text.length - 10);
        return [block.text.slice(0, cut), block.text.slice(cut)];
      }
      return [block.text];
    });
    return `${lines.join('\n\n')}\n`;
  }
  const visual = page.blocks.flatMap((block) => (block.kind === 'para' ? wrap(block.text, width) : [block.text]));
  if (layout === 'blank-every-line') return `${visual.map((line) => `${line}\n\n`).join('')}`;
  // Single newlines, with a blank line only where a column ends (seeds 001, 003).
  const columnHeight = rng.int(25, 60);
  let out = '';
  visual.forEach((line, i) => {
    out += `${line}\n`;
    if ((i + 1) % columnHeight === 0) out += '\n';
  });
  return out;
}

/** Cuts text into visual lines of `width` characters, as a narrow newspaper column does. */
function wrap(text: string, width: number): string[] {
  const chars = [...text];
  const lines: string[] = [];
  for (let i = 0; i < chars.length; i += width) lines.push(chars.slice(i, i + width).join(''));
  return lines;
}
