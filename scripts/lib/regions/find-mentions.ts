// Finds every place name in one piece of text: leftmost-longest matching over
// the gazetteer, runs of province abbreviations (沪苏浙皖, 川渝), chains that
// spell out the hierarchy (浙江省金华市婺城区 = one mention of 婺城区), and
// enumerations (三个以上地名同在一个分句 = a list, each item weak evidence).
import { abbreviationSets, provinceAbbreviations, weakAbbreviations } from '../../../src/data/regions/macro-regions.ts';
import { formLengthsAt, isWithin, sensesOf, type Sense } from './gazetteer.ts';
import { STREET_SUFFIX } from './lexicon.ts';

/** Where in an item a mention was found; decides its weight. */
export type Field = 'title' | 'kicker' | 'subtitle' | 'column' | 'dateline' | 'source' | 'lead' | 'body';

/** One place name found in the text, with everything it could mean. */
export interface Mention {
  field: Field;
  /** The text as written (without spaces). */
  surface: string;
  /** Division or macro-region senses; several when the name is ambiguous. */
  senses: Sense[];
  /** True when the name was spelled together with an ancestor (河北沧州), which settles ambiguity. */
  anchored: boolean;
  /** True when the name is one item of an enumeration (a list of destinations, 沪苏浙皖). */
  listed: boolean;
}

interface Span extends Mention {
  start: number;
  end: number;
}

// Clause boundaries: an enumeration is counted within one clause.
const CLAUSE_BREAK = /[，。；！？：,;!?\n]/;
const LIST_SIZE = 3;
const setNames = Object.keys(abbreviationSets).sort((a, b) => b.length - a.length);
// The abbreviation sets by first character (each list longest first, as setNames is), so a
// position tries only the sets that can start there.
const setsByFirst = new Map<string, string[]>();
for (const name of setNames) setsByFirst.set(name[0], [...(setsByFirst.get(name[0]) ?? []), name]);
// STREET_SUFFIX at one position (sticky), instead of on a copy of the rest of the text per match.
const STREET_SUFFIX_AT = new RegExp(STREET_SUFFIX.source.replace(/^\^/, ''), 'y');

/** All place mentions in one text of one field. */
export function findMentions(text: string, field: Field): Mention[] {
  const t = text.replace(/\s+/g, '');
  const spans = mergeChains(scan(t, field));
  markLists(t, spans);
  return spans.map(({ start: _s, end: _e, ...mention }) => mention);
}

function scan(t: string, field: Field): Span[] {
  const spans: Span[] = [];
  let i = 0;
  outer: while (i < t.length) {
    const lengths = formLengthsAt(t, i);
    for (let k = 0; lengths !== undefined && k < lengths.length; k++) {
      const len = lengths[k];
      if (len > t.length - i) continue;
      const surface = t.slice(i, i + len);
      const senses = sensesOf(surface);
      if (!senses) continue;
      // Foreign names and street names are consumed so that no shorter
      // Chinese place name is read inside them.
      STREET_SUFFIX_AT.lastIndex = i + len;
      if (!senses.some((s) => s.kind === 'foreign') && !STREET_SUFFIX_AT.test(t)) {
        spans.push({ field, surface, senses: [...senses], anchored: false, listed: false, start: i, end: i + len });
      }
      i += len;
      continue outer;
    }
    const set = setsByFirst.get(t[i])?.find((name) => t.startsWith(name, i));
    if (set) {
      for (const code of abbreviationSets[set]) spans.push(abbreviationSpan(field, set, code, i, i + set.length));
      i += set.length;
      continue;
    }
    let j = i;
    while (j < t.length && provinceAbbreviations[t[j]]) j++;
    const run = t.slice(i, j);
    // A run reads as abbreviations only if at least one character is an
    // unambiguous abbreviation (沪, 苏, 川); 港, 青, 云 alone are common words.
    if (run.length >= 2 && [...run].some((c) => !weakAbbreviations.has(c))) {
      const codes = [...new Set([...run].map((c) => provinceAbbreviations[c]))];
      for (const code of codes) spans.push(abbreviationSpan(field, run, code, i, j));
      i = j;
      continue;
    }
    i += 1;
  }
  return spans;
}

function abbreviationSpan(field: Field, surface: string, code: string, start: number, end: number): Span {
  return { field, surface, senses: [{ kind: 'division', code, form: 'alias' }], anchored: false, listed: false, start, end };
}

/** Joins 浙江省 + 金华市 + 婺城区 written back to back into one mention of the deepest name. */
function mergeChains(spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    const prev = out[out.length - 1];
    if (prev && prev.end === span.start && prev.surface !== span.surface) {
      const inside = span.senses.filter(
        (s) => s.kind === 'division' && prev.senses.some((p) => p.kind === 'division' && p.code !== s.code && isWithin(s.code, p.code)),
      );
      if (inside.length > 0) {
        out[out.length - 1] = { ...span, surface: prev.surface + span.surface, senses: inside, anchored: true, start: prev.start };
        continue;
      }
    }
    out.push(span);
  }
  return out;
}

/** Marks every mention of a clause that names three or more places as listed. */
function markLists(t: string, spans: Span[]): void {
  // Spans come in text order: count clause breaks once, up to each span's start.
  let counted = 0;
  let clause = 0;
  const clauseOf = (pos: number): number => {
    for (; counted < pos; counted++) if (CLAUSE_BREAK.test(t[counted])) clause++;
    return clause;
  };
  const byClause = new Map<number, Span[]>();
  for (const span of spans) {
    const c = clauseOf(span.start);
    const group = byClause.get(c);
    if (group) group.push(span);
    else byClause.set(c, [span]);
  }
  for (const group of byClause.values()) {
    if (group.length >= LIST_SIZE) for (const span of group) span.listed = true;
  }
}
