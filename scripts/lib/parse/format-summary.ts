import type { Item } from '../../../src/schemas/item.ts';
import type { ParsedItem, ParsedPage } from './types.ts';

/**
 * What `npm run parse` prints: a readable summary per item for a maintainer checking a
 * page, or the article objects of the JSON API (without the issue metadata a page file
 * does not know).
 */

const EDGE = 12;

function edge(text: string, from: 'start' | 'end'): string {
  const chars = [...text];
  if (chars.length <= EDGE * 2) return text;
  return from === 'start' ? `${chars.slice(0, EDGE).join('')}…` : `…${chars.slice(-EDGE).join('')}`;
}

/** Page-local id of an item (`p01-03`); ingest prefixes the issue id and uses the real page number. */
export function localId(order: number, page = 1): string {
  return `p${String(page).padStart(2, '0')}-${String(order).padStart(2, '0')}`;
}

/** One item as readable lines. */
export function formatItem(item: ParsedItem, order: number, regions: string[] = []): string {
  const paragraphs = item.body.filter((b) => b.kind === 'paragraph').map((b) => b.text);
  const subheads = item.body.length - paragraphs.length;
  const lines = [
    `${localId(order)}  ${item.type}  (lines ${item.sourceLines.map(([a, b]) => (a === b ? `${a}` : `${a}–${b}`)).join(', ')})`,
  ];
  const field = (label: string, value: string | number | null): void => {
    if (value !== null && value !== '') lines.push(`  ${label.padEnd(9)}${value}`);
  };
  field('column', item.column);
  field('kicker', item.kicker);
  lines.push(`  ${'title'.padEnd(9)}${item.title ?? '(none: headline not found)'}`);
  field('subtitle', item.subtitle);
  field('byline', item.byline);
  field('authors', item.authors.join('、'));
  field('source', item.source);
  field('dateline', item.dateline);
  field('continued', item.continuedOn !== null ? `on page ${item.continuedOn}` : null);
  field('regions', regions.join('、'));
  if (paragraphs.length > 0) {
    lines.push(
      `  ${'body'.padEnd(9)}${paragraphs.length} paragraph${paragraphs.length === 1 ? '' : 's'}${subheads > 0 ? `, ${subheads} subhead${subheads === 1 ? '' : 's'}` : ''}`,
    );
    lines.push(`  ${''.padEnd(9)}「${edge(paragraphs[0], 'start')}」 … 「${edge(paragraphs[paragraphs.length - 1], 'end')}」`);
  }
  return lines.join('\n');
}

/** The whole page as readable text: items, then page furniture. */
export function formatSummary(page: ParsedPage, regions: string[][] = []): string {
  const blocks = page.items.map((item, i) => formatItem(item, i + 1, regions[i]));
  for (const f of page.furniture) blocks.push(`page ${f.kind}  (line ${f.line})  ${f.text}`);
  if (page.items.length === 0) blocks.unshift('no items found');
  return `${blocks.join('\n\n')}\n`;
}

/**
 * One article object of `--json`: a page-local id and order, every field of the item contract, the
 * body as `paragraphs`, and the names of the regions, which the CLI adds (the parser does not tag).
 */
export type JsonArticle = { id: string; order: number } & Item & { paragraphs: string[]; regions?: string[] };

/** The article objects `--json` prints: the article record's fields (docs/api.md), body as `paragraphs`. */
export function toJson(page: ParsedPage): { articles: JsonArticle[] } {
  return {
    articles: page.items.map((item, i) => ({
      id: localId(i + 1),
      order: i + 1,
      type: item.type,
      kicker: item.kicker,
      title: item.title,
      subtitle: item.subtitle,
      column: item.column,
      authors: item.authors,
      byline: item.byline,
      source: item.source,
      dateline: item.dateline,
      continuedOn: item.continuedOn,
      sourceLines: item.sourceLines,
      paragraphs: item.body.map((b) => b.text),
    })),
  };
}
