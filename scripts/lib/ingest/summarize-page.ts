import type { VFile } from 'vfile';
import type { ParsedPage } from '../parse/types.ts';

/**
 * What the parser found on one page, as lines a maintainer can check against
 * the printed page: counts by type, then one line per item with its headline
 * (or a marked gap), paragraph count and the raw lines it came from.
 */
export function summarizePage(page: ParsedPage, file: VFile): string[] {
  const counts = new Map<string, number>();
  for (const item of page.items) counts.set(item.type, (counts.get(item.type) ?? 0) + 1);
  const byType = [...counts].map(([type, count]) => `${count} ${type}`).join(', ');
  const warnings = file.messages.length;
  const lines = [
    `${file.path}: ${page.items.length} item(s)${byType ? ` (${byType})` : ''}, ${warnings} parser note(s)`,
  ];
  page.items.forEach((item, index) => {
    const title = item.title ?? '（无标题 — no headline found）';
    const paragraphs = item.body.filter((block) => block.kind === 'paragraph').length;
    // First and last raw line: enough to find the item in the file (ranges can be many and scattered).
    const starts = item.sourceLines.map(([start]) => start);
    const ends = item.sourceLines.map(([, end]) => end);
    const from = starts.length > 0 ? `${Math.min(...starts)}–${Math.max(...ends)}` : '?';
    lines.push(`  ${String(index + 1).padStart(2, '0')} ${item.type.padEnd(10)} ${title}  [${paragraphs} paragraph(s), lines ${from}]`);
  });
  return lines;
}
