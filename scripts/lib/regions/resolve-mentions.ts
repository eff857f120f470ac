// Decides what each ambiguous or risky name means, using the rest of the piece
// as evidence: 吉林 is the province unless 吉林市 is written; a county's bare
// short form (道孚, 青浦) counts only where its prefecture or province is
// named somewhere in the piece; word-like names (中山, 朝阳) need the same.
import { division, lineageCodes, type Sense } from './gazetteer.ts';
import type { Field, Mention } from './find-mentions.ts';
import { WORDLIKE_COUNTY_SHORTS, WORDLIKE_PREFECTURE_SHORTS } from './lexicon.ts';

/** A mention whose meaning is settled. */
export interface ResolvedMention {
  field: Field;
  listed: boolean;
  target: { kind: 'division'; code: string } | { kind: 'macro'; key: string };
}

const LEVEL_RANK = { province: 0, prefecture: 1, county: 2 } as const;

type DivisionSense = Extract<Sense, { kind: 'division' }>;

/** True when a sense can stand on its own as evidence for its ancestors. */
function isTrustworthy(sense: DivisionSense, surface: string): boolean {
  const d = division(sense.code);
  if (!d) return false;
  if (sense.form !== 'short') return true;
  if (d.level === 'province') return true;
  if (d.level === 'prefecture') return !WORDLIKE_PREFECTURE_SHORTS.has(surface);
  return false;
}

/**
 * Codes the piece itself vouches for: the lineage of every name that is
 * unambiguous and trustworthy, or whose readings all share a province, plus
 * any codes the caller knows (the paper's own region when the piece is local).
 */
export function collectEvidence(mentions: Mention[], known: string[]): Set<string> {
  const evidence = new Set<string>();
  for (const code of known) for (const c of lineageCodes(code)) evidence.add(c);
  for (const m of mentions) {
    const divisions = m.senses.filter((s): s is DivisionSense => s.kind === 'division');
    const trusted = divisions.filter((s) => m.anchored || isTrustworthy(s, m.surface));
    if (trusted.length === 0) continue;
    if (trusted.length === 1 && divisions.length === 1) {
      for (const c of lineageCodes(trusted[0].code)) evidence.add(c);
      continue;
    }
    const provinces = new Set(trusted.map((s) => s.code.slice(0, 2)));
    if (provinces.size === 1 && trusted.length === divisions.length) evidence.add(`${[...provinces][0]}0000`);
  }
  return evidence;
}

/** Settles every mention against the evidence; mentions left ambiguous are dropped. */
export function resolveMentions(mentions: Mention[], evidence: Set<string>): ResolvedMention[] {
  const out: ResolvedMention[] = [];
  for (const m of mentions) {
    const macros = m.senses.filter((s) => s.kind === 'macro');
    if (macros.length > 0) {
      // A name that is both a macro-region alias and a division (none today) reads as the macro-region.
      out.push({ field: m.field, listed: m.listed, target: { kind: 'macro', key: macros[0].key } });
      continue;
    }
    const code = pick(m, evidence);
    if (code) out.push({ field: m.field, listed: m.listed, target: { kind: 'division', code } });
  }
  return out;
}

function pick(m: Mention, evidence: Set<string>): string | null {
  const vouched = (code: string) => lineageCodes(code).some((c) => evidence.has(c));
  const ancestorVouched = (code: string) =>
    lineageCodes(code)
      .slice(1)
      .some((c) => evidence.has(c));
  const candidates = m.senses
    .filter((s): s is DivisionSense => s.kind === 'division')
    .filter((s) => {
      const d = division(s.code);
      if (!d) return false;
      if (m.anchored || s.form !== 'short') {
        // A full county name that exists more than once (朝阳区, 鼓楼区) needs its parent named.
        if (d.level === 'county' && m.senses.length > 1 && !m.anchored) return ancestorVouched(s.code);
        return true;
      }
      if (d.level === 'province') return true;
      if (d.level === 'prefecture') return !WORDLIKE_PREFECTURE_SHORTS.has(m.surface) || ancestorVouched(s.code);
      // A county's bare short form needs its own parent named (道孚 with 甘孜, 青浦 with 上海):
      // the province alone is too weak for 2,800 names, many of them words.
      return !WORDLIKE_COUNTY_SHORTS.has(m.surface) && d.parent !== null && evidence.has(d.parent);
    });
  if (candidates.length === 0) return null;
  if (candidates.length === 1) return candidates[0].code;
  // Prefer readings the piece vouches for, then the highest level (吉林 → 吉林省).
  const supported = candidates.filter((s) => vouched(s.code));
  const pool = supported.length > 0 ? supported : candidates;
  const top = Math.min(...pool.map((s) => LEVEL_RANK[division(s.code)!.level]));
  const best = pool.filter((s) => LEVEL_RANK[division(s.code)!.level] === top);
  const codes = [...new Set(best.map((s) => s.code))];
  return codes.length === 1 ? codes[0] : null;
}
