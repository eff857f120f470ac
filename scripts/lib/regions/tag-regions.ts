// Tags an item with the places it is about: provinces, prefectures and
// counties (GB/T 2260) plus curated macro-regions, most relevant first.
// Pure: the gazetteer is loaded once at module level, nothing else is read.
import type { RegionRef } from '../../../src/schemas/article.ts';
import type { Item } from '../../../src/schemas/item.ts';
import { macroRegionByKey } from '../../../src/data/regions/macro-regions.ts';
import { division, lineageCodes } from './gazetteer.ts';
import { findMentions, type Field, type Mention } from './find-mentions.ts';
import { collectEvidence, resolveMentions, type ResolvedMention } from './resolve-mentions.ts';
import { selectRegions } from './select-regions.ts';
import { DATELINE, NATIONAL_AGENCIES, SELF_REFERENCES } from './lexicon.ts';

/** The text of an item that region tagging looks at: its printed fields (the item contract) and its paragraphs. */
export interface TaggableItem extends Pick<Item, 'kicker' | 'title' | 'subtitle' | 'column' | 'byline' | 'source' | 'dateline'> {
  paragraphs: string[];
}

/** What the caller knows beyond the item. */
export interface TagContext {
  /** GB/T 2260 code of the publishing paper's own region (聊城日报 → 371500): what 本市/我市 mean. */
  publicationRegion?: string;
}

// A paper's own reporting (本报讯, 本报记者) is about its own region unless the
// text says otherwise: a small prior, less than one mention in the lead.
const OWN_REPORT_PRIOR = 1.5;

/** Places an item is about, most relevant first: each province, then its prefectures and counties, then macro-regions. */
export function tagRegions(item: TaggableItem, context: TagContext = {}): RegionRef[] {
  const mentions: Mention[] = [];
  const extra: Array<ResolvedMention & { factor?: number }> = [];
  const scanText = (text: string | null, field: Field) => {
    if (!text) return;
    mentions.push(...findMentions(stripDatelines(text, mentions), field));
  };
  scanText(item.title, 'title');
  scanText(item.kicker, 'kicker');
  scanText(item.subtitle, 'subtitle');
  scanText(item.column, 'column');
  if (item.dateline) scanDateline(item.dateline, mentions);
  // The credit (浙江日报记者, 据天津日报讯) is weak evidence; 本报 is no place.
  scanText(item.source ?? item.byline, 'source');
  item.paragraphs.forEach((p, i) => scanText(p, i === 0 ? 'lead' : 'body'));

  const known: string[] = [];
  const own = context.publicationRegion && division(context.publicationRegion) ? context.publicationRegion : null;
  if (own && isOwnReport(item)) {
    known.push(own);
    extra.push({ field: 'lead', listed: false, target: { kind: 'division', code: own }, factor: OWN_REPORT_PRIOR / 2 });
    for (const text of item.paragraphs) extra.push(...selfReferences(text, own));
  }
  const resolved = resolveMentions(mentions, collectEvidence(mentions, known));
  const selection = selectRegions([...resolved, ...extra]);
  return [
    ...selection.divisions.map((code) => {
      const d = division(code)!;
      return { code: d.code, name: d.name, level: d.level, slug: d.slug };
    }),
    ...selection.macros.map((key) => {
      const m = macroRegionByKey(key)!;
      return { code: m.key, name: m.name, level: 'macro' as const, slug: m.slug };
    }),
  ];
}

/** True when the item is the paper's own reporting, where 本市/我市 mean the paper's region. */
function isOwnReport(item: TaggableItem): boolean {
  const credit = `${item.source ?? ''}${item.byline ?? ''}${item.paragraphs[0]?.slice(0, 20) ?? ''}`;
  if (/本报/.test(credit)) return true;
  // Captions and briefs of the local paper often carry no credit at all.
  return !item.source && !/(?:新华社|中新社|据.{2,8}(?:报|网)讯)/.test(credit);
}

/** Mentions of the paper's own region through 本市/我市/全市 (and 省, 县 likewise). */
function selfReferences(text: string, own: string): ResolvedMention[] {
  const out: ResolvedMention[] = [];
  const lineage = lineageCodes(own).map((c) => division(c)!);
  for (const { pattern, level } of SELF_REFERENCES) {
    const target = lineage.find((d) => d.level === level);
    if (!target) continue;
    for (const _ of text.matchAll(pattern)) out.push({ field: 'body', listed: false, target: { kind: 'division', code: target.code } });
  }
  return out;
}

/** Reads the place of a dateline; a national agency's Beijing dateline is the national desk and counts little. */
function scanDateline(dateline: string, into: Mention[]): void {
  const compact = dateline.replace(/\s+/g, '').replace(/^[（(]/, '');
  const agency = compact.match(/^(?:新华社|中新社|中国新闻社|人民日报|本报|[\u4e00-\u9fff]{2,6}报)/)?.[0] ?? '';
  const found = findMentions(compact.slice(agency.length).replace(/\d.*$/, ''), 'dateline');
  const national = NATIONAL_AGENCIES.test(agency) && found.every((m) => m.surface.startsWith('北京'));
  into.push(...found.map((m) => (national ? { ...m, field: 'body' as const, listed: true } : m)));
}

/** Removes datelines written inside the text (（新华社杭州 6 月 21 日电）) after reading them as datelines. */
function stripDatelines(text: string, into: Mention[]): string {
  const compact = text.replace(/\s+/g, '');
  return compact.replace(DATELINE, (whole) => {
    scanDateline(whole, into);
    return '。';
  });
}
