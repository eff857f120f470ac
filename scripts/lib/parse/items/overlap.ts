import type { BodyBlock } from '../units/segment.ts';
import { paragraphText } from '../units/unit-text.ts';

/**
 * Content overlap between a headline and a body: the headline's Han character pairs
 * found in the body. A headline restates its article's lead (天津货运航空…, 深圳海关…),
 * so pairs found in the first two paragraphs count fully and pairs found further on half.
 */

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
export function bodyTexts(body: BodyBlock): { lead: string; rest: string } {
  const paragraphs = body.parts.filter((p) => p.kind === 'paragraph').map((p) => paragraphText(p.unit));
  return { lead: paragraphs.slice(0, 2).join(''), rest: paragraphs.slice(2).join('') };
}

/** How strongly a headline's wording is found in a body (lead pairs 1, later pairs 0.5). */
export function overlapScore(headline: string, body: BodyBlock): number {
  const { lead, rest } = bodyTexts(body);
  let score = 0;
  for (const pair of hanBigrams(headline)) {
    if (lead.includes(pair)) score += 1;
    else if (rest.includes(pair)) score += 0.5;
  }
  return score;
}
