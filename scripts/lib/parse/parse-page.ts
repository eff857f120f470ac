// PLACEHOLDER written by the lead so the pipeline runs end to end before the
// real parser lands: one untitled item per page, paragraphs split on blank
// lines. The parser engineer replaces this file entirely.
import { VFile } from 'vfile';
import type { ParsedPage } from './types.ts';

/** Parses one raw page (placeholder implementation). */
export function parsePage(text: string, options: { path?: string } = {}): { page: ParsedPage; file: VFile } {
  const file = new VFile({ path: options.path, value: text });
  const lines = text.split(/\r?\n/);
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((block) => block.replace(/\s*\n\s*/g, '').trim())
    .filter(Boolean);
  return {
    page: {
      items: [
        {
          type: 'article',
          kicker: null,
          title: null,
          subtitle: null,
          column: null,
          byline: null,
          authors: [],
          source: null,
          dateline: null,
          continuedOn: null,
          body: paragraphs.map((p) => ({ kind: 'paragraph' as const, text: p })),
          sourceLines: [[1, Math.max(1, lines.length)]],
        },
      ],
      furniture: [],
    },
    file,
  };
}
