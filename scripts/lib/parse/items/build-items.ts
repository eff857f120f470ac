import type { VFile } from 'vfile';
import { normalizeHeadline, normalizeText } from '../normalize/index.ts';
import { normalizePageCreditsText } from '../recognize/credit-text.ts';
import { parseLeadHead } from '../recognize/lead-head.ts';
import { parseJumpLine } from '../recognize/index.ts';
import type { Block, BodyNode, Layout, LineNode, UnitNode } from '../tree/types.ts';
import { paragraphText, rawParagraph } from '../units/unit-text.ts';
import type { ArticleBlock as Part, Decoration, PageFurniture, ParsedItem, ParsedPage } from '../types.ts';
import type { Attachment } from './attach.ts';
import { headlineParts, subheadText } from './headline-parts.ts';
import { itemType, readBylines, readCredits } from './item-meta.ts';

/**
 * Items from attached blocks: one per body (with its headline groups, bylines and column
 * head) and one teaser per headline that found no body; page credits, the page head and
 * stray column heads become page furniture. Items come out in page order.
 */

/** Inclusive line ranges covering `lines`; ranges separated only by blank lines are one range. */
function ranges(lines: number[], blank: (line: number) => boolean): Array<[number, number]> {
  const sorted = [...new Set(lines)].sort((a, b) => a - b);
  const out: Array<[number, number]> = [];
  for (const n of sorted) {
    const last = out[out.length - 1];
    let onlyBlank = last !== undefined;
    for (let k = (last?.[1] ?? n) + 1; onlyBlank && k < n; k++) onlyBlank = blank(k);
    if (last && onlyBlank) last[1] = n;
    else out.push([n, n]);
  }
  return out;
}

function linesOf(units: UnitNode[]): number[] {
  return units.flatMap((u) => u.children.map((l) => l.position.start.line));
}

function unitOf(block: Block): UnitNode {
  return block as UnitNode;
}

/** The column: a column head printed apart and one printed at the top of the headline group are both kept (two stacked heads). */
function joinColumns(columnUnits: UnitNode[], fromGroup: string | null): string | null {
  const apart = columnUnits.length > 0 ? normalizeHeadline(rawParagraph(columnUnits[0]!)) : null;
  return [apart, fromGroup].filter((c): c is string => c !== null).join(' ') || null;
}

function emptyItem(): ParsedItem {
  return {
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
    body: [],
    sourceLines: [],
  };
}

/** Paragraph text with a closing jump (（下转第7版）) taken out; the jump is recorded as consumed. */
function paragraphWithoutJump(unit: UnitNode, decorations: Decoration[]): string {
  const raw = rawParagraph(unit);
  const jump = parseJumpLine(raw);
  if (!jump || jump.direction !== 'to' || !raw.endsWith(jump.text) || jump.text === raw) return paragraphText(unit);
  const last = unit.children[unit.children.length - 1];
  decorations.push({ line: last.position.start.line, text: jump.text, reason: 'jump' });
  return normalizeText(raw.slice(0, raw.length - jump.text.length)).trim();
}

/** An untitled short item led by a bracketed head (`【…】3月8日，…`) takes it as its title; the brackets are consumed. */
function takeLeadHead(item: ParsedItem, body: BodyNode, decorations: Decoration[]): void {
  const first = item.body[0];
  if (item.title !== null || first?.kind !== 'paragraph') return;
  const lead = parseLeadHead(first.text);
  if (lead === null) return;
  item.title = normalizeHeadline(lead.head);
  first.text = first.text.slice(lead.text.length);
  const lines = body.children[0].children;
  const close = lines.find((l) => l.value.includes('】')) ?? lines[0];
  decorations.push({ line: lines[0].position.start.line, text: '【', reason: 'lead-brackets' });
  decorations.push({ line: close.position.start.line, text: '】', reason: 'lead-brackets' });
}

function bodyItem(
  blocks: Block[],
  index: number,
  att: Attachment,
  decorations: Decoration[],
  file: VFile,
  blank: (line: number) => boolean,
  layout: Layout,
): ParsedItem {
  const body = blocks[index] as BodyNode;
  const head = att.heads.get(index);
  const heads = head === undefined ? [] : [unitOf(blocks[head])];
  const parts = headlineParts(heads[0] ?? null, layout);
  decorations.push(...parts.decorations);
  const columnBlock = att.columns.get(index);
  // A byline given to a line tried as a headline stays with it when that line ends up the column head.
  const bylineUnits = [
    ...(head !== undefined ? (att.headBylines.get(head) ?? []) : []),
    ...(columnBlock !== undefined ? (att.headBylines.get(columnBlock) ?? []) : []),
    ...(att.bodyBylines.get(index) ?? []),
  ].map((k) => unitOf(blocks[k]));
  const columnUnits = columnBlock !== undefined ? [unitOf(blocks[columnBlock])] : [];

  const out: Part[] = parts.bodyLines.map((l: LineNode) => ({ kind: 'paragraph' as const, text: normalizeText(l.value.trim()) }));
  for (const part of body.children) {
    if (part.type === 'subhead') out.push({ kind: 'subhead', text: subheadText(part) });
    else out.push({ kind: 'paragraph', text: paragraphWithoutJump(part, decorations) });
  }
  for (const jump of body.jumps) decorations.push({ line: jump.position.start.line, text: rawParagraph(jump), reason: 'jump' });
  const paragraphs = body.children.filter((p) => p.type === 'paragraph').map((p) => rawParagraph(p));
  const credits = readCredits(
    bylineUnits.flatMap((u) => u.children),
    paragraphs[0] ?? null,
    paragraphs.at(-1) ?? null,
    decorations,
  );
  const item: ParsedItem = {
    ...emptyItem(),
    kicker: parts.kicker,
    title: parts.title,
    subtitle: parts.subtitle,
    column: joinColumns(columnUnits, parts.column),
    byline: credits.byline,
    authors: credits.authors,
    source: credits.source,
    dateline: credits.dateline,
    continuedOn: body.continuedOn,
    body: out,
    sourceLines: ranges(
      [...linesOf(body.children), ...linesOf(heads), ...linesOf(bylineUnits), ...linesOf(columnUnits), ...linesOf(body.jumps)],
      blank,
    ),
  };
  takeLeadHead(item, body, decorations);
  item.type = itemType({
    ended: body.ended,
    titled: item.title !== null,
    column: item.column,
    paragraphs: out.filter((p) => p.kind === 'paragraph').map((p) => p.text),
    credits,
  });
  if (item.title === null && (item.type === 'article' || item.type === 'commentary')) {
    const first = body.children[0];
    const start = out.find((p) => p.kind === 'paragraph')?.text ?? '';
    file.message(`headline not found for block starting 「${[...start].slice(0, 12).join('')}…」`, {
      place: first.position.start,
      ruleId: 'no-title',
      source: 'parse',
    });
  }
  return item;
}

function teaserItem(
  blocks: Block[],
  h: number,
  att: Attachment,
  decorations: Decoration[],
  blank: (line: number) => boolean,
  layout: Layout,
): ParsedItem {
  const unit = unitOf(blocks[h]);
  const parts = headlineParts(unit, layout);
  decorations.push(...parts.decorations);
  const bylineUnits = (att.headBylines.get(h) ?? []).map((k) => unitOf(blocks[k]));
  const by = readBylines(
    bylineUnits.flatMap((u) => u.children),
    decorations,
  );
  const columnBlock = att.teaserColumns.get(h);
  const columnUnits = columnBlock !== undefined ? [unitOf(blocks[columnBlock])] : [];
  return {
    ...emptyItem(),
    type: 'teaser',
    kicker: parts.kicker,
    title: parts.title,
    subtitle: parts.subtitle,
    column: joinColumns(columnUnits, parts.column),
    byline: by.byline,
    authors: by.authors,
    source: by.source,
    body: parts.bodyLines.map((l) => ({ kind: 'paragraph' as const, text: normalizeText(l.value.trim()) })),
    sourceLines: ranges([...linesOf(columnUnits), ...linesOf([unit]), ...linesOf(bylineUnits)], blank),
  };
}

/**
 * Where an item starts in reading order: its body, or a headline, byline or column head
 * printed right above it (photo captions in between do not count; a headline printed far
 * away does not move the item).
 */
function startLine(blocks: Block[], k: number, att: Attachment): number {
  const head = att.heads.get(k);
  const above =
    head === undefined
      ? [...(att.bodyBylines.get(k) ?? [])]
      : [head, ...(att.headBylines.get(head) ?? []), ...(att.bodyBylines.get(k) ?? [])];
  const column = att.columns.get(k);
  if (column !== undefined) above.push(column);
  let at = (blocks[k] as BodyNode).children[0].position.start.line;
  for (const j of above) {
    if (j > k) continue;
    const between = blocks.slice(j + 1, k).some((b) => b.type === 'body' && b.ended !== 'photo');
    if (!between) at = Math.min(at, unitOf(blocks[j]).position.start.line);
  }
  return at;
}

/** Build the parsed page from blocks and attachment decisions. */
export function buildItems(blocks: Block[], att: Attachment, file: VFile, layout: Layout): ParsedPage {
  const decorations: Decoration[] = [];
  // Reading order follows where an item's text starts (a displaced headline or column head does not move it).
  const items: Array<{ at: number; item: ParsedItem }> = [];
  const furniture: PageFurniture[] = [];
  const raw = String(file.value ?? '').split(/\r\n|\r|\n/u);
  const blank = (line: number): boolean => (raw[line - 1] ?? '').trim() === '';
  // Items first, so that a byline no item took (whatever attachment meant for it) is kept as furniture.
  blocks.forEach((block, k) => {
    if (block.type === 'body')
      items.push({ at: startLine(blocks, k, att), item: bodyItem(blocks, k, att, decorations, file, blank, layout) });
    else if (att.teasers.includes(k))
      items.push({ at: block.position.start.line, item: teaserItem(blocks, k, att, decorations, blank, layout) });
  });
  const usedLines = new Set(
    items.flatMap(({ item }) => item.sourceLines.flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, i) => a + i))),
  );
  blocks.forEach((block, k) => {
    if (block.type === 'body' || att.teasers.includes(k)) return;
    if (block.type === 'page-credits')
      furniture.push({ kind: 'credits', text: normalizePageCreditsText(rawParagraph(block)), line: block.position.start.line });
    else if (att.pageHeads.includes(k) || att.strayColumns.includes(k)) {
      furniture.push({
        kind: att.pageHeads.includes(k) ? 'page-head' : 'other',
        text: normalizeHeadline(rawParagraph(block)),
        line: block.position.start.line,
      });
    } else if (block.type === 'separator')
      decorations.push({ line: block.position.start.line, text: rawParagraph(block), reason: 'separator' });
    else if (block.type === 'jump') decorations.push({ line: block.position.start.line, text: rawParagraph(block), reason: 'jump' });
    else if (block.type === 'byline' && !block.children.every((l) => usedLines.has(l.position.start.line))) {
      const by = readBylines(block.children, decorations);
      furniture.push({ kind: 'other', text: by.byline ?? '', line: block.position.start.line });
    }
  });
  items.sort((a, b) => a.at - b.at);
  decorations.sort((a, b) => a.line - b.line);
  return { items: items.map((x) => x.item), furniture, decorations };
}
