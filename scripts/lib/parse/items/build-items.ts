import type { VFile } from 'vfile';
import { normalizeHeadline, normalizeText } from '../normalize/index.ts';
import { normalizePageCreditsText } from '../recognize/credit-text.ts';
import { parseLeadHead } from '../recognize/lead-head.ts';
import { parseJumpLine } from '../recognize/index.ts';
import type { BodyNode, ItemNode, Layout, LineNode, PageChild, UnitNode } from '../tree/types.ts';
import { paragraphText, rawParagraph } from '../units/unit-text.ts';
import type { ArticleBlock as Part, Decoration, PageFurniture, ParsedItem, ParsedPage } from '../types.ts';
import { headlineParts, subheadText } from './headline-parts.ts';
import { itemType, readBylines, readCredits } from './item-meta.ts';

/**
 * The compiler's work: the item contract (ParsedItem, src/schemas/item.ts) from each item
 * node (headline parts, column, credits, body blocks, type, source lines; a teaser has no
 * body), page furniture from the page credits, the page head and the column heads and
 * bylines no item took, and the marks consumed on the way. Items come out in the tree's
 * order, which is reading order.
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

/** The item's parts by role: column head, headline, bylines (in the item's order) and body. */
function roles(item: ItemNode): { column: UnitNode | null; head: UnitNode | null; bylines: UnitNode[]; body: BodyNode | null } {
  let column: UnitNode | null = null;
  let head: UnitNode | null = null;
  let body: BodyNode | null = null;
  const bylines: UnitNode[] = [];
  for (const child of item.children) {
    if (child.type === 'column') column = child;
    else if (child.type === 'headline') head = child;
    else if (child.type === 'byline') bylines.push(child);
    else body = child;
  }
  return { column, head, bylines, body };
}

function bodyItem(node: ItemNode, decorations: Decoration[], file: VFile, blank: (line: number) => boolean, layout: Layout): ParsedItem {
  const { column, head, bylines: bylineUnits, body } = roles(node);
  if (body === null) throw new Error('bodyItem: an item without a body is a teaser');
  const heads = head === null ? [] : [head];
  const parts = headlineParts(head, layout);
  decorations.push(...parts.decorations);
  const columnUnits = column !== null ? [column] : [];
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

function teaserItem(node: ItemNode, decorations: Decoration[], blank: (line: number) => boolean, layout: Layout): ParsedItem {
  const { column, head, bylines: bylineUnits } = roles(node);
  const unit = head!;
  const parts = headlineParts(unit, layout);
  decorations.push(...parts.decorations);
  const by = readBylines(
    bylineUnits.flatMap((u) => u.children),
    decorations,
  );
  const columnUnits = column !== null ? [column] : [];
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

/** Emit the parsed page from the page's children after attachment: items in reading order, then what no item took. */
export function buildItems(children: PageChild[], file: VFile, layout: Layout): ParsedPage {
  const decorations: Decoration[] = [];
  const items: ParsedItem[] = [];
  const furniture: PageFurniture[] = [];
  const raw = String(file.value ?? '').split(/\r\n|\r|\n/u);
  const blank = (line: number): boolean => (raw[line - 1] ?? '').trim() === '';
  for (const child of children) {
    if (child.type !== 'item') continue;
    const isTeaser = !child.children.some((c) => c.type === 'body');
    items.push(isTeaser ? teaserItem(child, decorations, blank, layout) : bodyItem(child, decorations, file, blank, layout));
  }
  for (const child of children) {
    if (child.type === 'item') continue;
    const line = child.position.start.line;
    if (child.type === 'page-credits') furniture.push({ kind: 'credits', text: normalizePageCreditsText(rawParagraph(child)), line });
    else if (child.type === 'page-head' || child.type === 'column')
      furniture.push({ kind: child.type === 'page-head' ? 'page-head' : 'other', text: normalizeHeadline(rawParagraph(child)), line });
    else if (child.type === 'separator') decorations.push({ line, text: rawParagraph(child), reason: 'separator' });
    else if (child.type === 'jump') decorations.push({ line, text: rawParagraph(child), reason: 'jump' });
    else if (child.type === 'byline') {
      const by = readBylines(child.children, decorations);
      furniture.push({ kind: 'other', text: by.byline ?? '', line });
    }
  }
  decorations.sort((a, b) => a.line - b.line);
  return { items, furniture, decorations };
}
