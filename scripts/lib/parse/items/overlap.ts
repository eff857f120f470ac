import type { BodyNode } from '../tree/types.ts';
import { paragraphText } from '../units/unit-text.ts';

/**
 * Content overlap between a headline and a body: the headline's Han character pairs
 * found in the body. A headline restates its article's lead (天津货运航空…, 深圳海关…),
 * so pairs found in the first two paragraphs count fully and pairs found further on half.
 */

// Headlines are scored against every body, and again after each split: remember their pairs.
const headlinePairs = new Map<string, Set<string>>();

function cachedBigrams(text: string): Set<string> {
  let pairs = headlinePairs.get(text);
  if (pairs === undefined) {
    if (headlinePairs.size > 10_000) headlinePairs.clear();
    pairs = hanBigrams(text);
    headlinePairs.set(text, pairs);
  }
  return pairs;
}

/** Distinct pairs of adjacent Han characters in a text. */
export function hanBigrams(text: string): Set<string> {
  const out = new Set<string>();
  for (const run of text.match(/\p{Script=Han}+/gu) ?? []) {
    const chars = [...run];
    for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i] + chars[i + 1]);
  }
  return out;
}

/** The lead (first two paragraphs) and the rest of a body, as normalized text. */
export function bodyTexts(body: BodyNode): { lead: string; rest: string } {
  const paragraphs = body.children.filter((p) => p.type === 'paragraph').map(paragraphText);
  return { lead: paragraphs.slice(0, 2).join(''), rest: paragraphs.slice(2).join('') };
}

// Attachment scores every headline against every body; the pairs of a body are computed once.
const bodyPairs = new WeakMap<BodyNode, { lead: Set<string>; rest: Set<string> }>();

/** How strongly a headline's wording is found in a body (lead pairs 1, later pairs 0.5). */
export function overlapScore(headline: string, body: BodyNode): number {
  let pairs = bodyPairs.get(body);
  if (pairs === undefined) {
    const { lead, rest } = bodyTexts(body);
    pairs = { lead: hanBigrams(lead), rest: hanBigrams(rest) };
    bodyPairs.set(body, pairs);
  }
  let score = 0;
  for (const pair of cachedBigrams(headline)) {
    if (pairs.lead.has(pair)) score += 1;
    else if (pairs.rest.has(pair)) score += 0.5;
  }
  return score;
}
