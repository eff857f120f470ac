import { displayWidth } from '../lines/measure.ts';
import { PARAGRAPH_LINE_WIDTH } from '../lines/read-lines.ts';
import { endsSentence } from '../recognize/sentence.ts';
import { opensFreshSentence } from '../recognize/headline-text.ts';
import { opensReport } from '../lines/report-opener.ts';
import type { Layout, LineNode } from '../tree/types.ts';

/**
 * One paragraph per line: a line without a sentence end usually runs on into the next
 * (a page or column break in mid-sentence), but a short unpunctuated paragraph (a summary
 * under the headline, a subhead set like a paragraph, a line of a listing or of verse) is a
 * line of its own. A cut paragraph shows where it was cut: in a word (`前往维` / `也纳`), before
 * punctuation (`…岁月` / `”。`), after a comma or a word that needs what follows (的, 在, 和 …),
 * after a finished sentence inside the line, or in a line as wide as body text.
 */

// Function words and marks a phrase never ends with.
const NEEDS_MORE = /[，,、的地得着在和与及并从对向把被将为以给让于而或且但跟同由自]$/u;
// …nor does a sentence start with a mark or an aspect particle (`…也恢复` / `了供应`).
const CONTINUES = /^[，。、；：？！”’）》」』…%,.;:?!)了着过]/u;
const SENTENCE_INSIDE = /[。！？!?][”’」』）)]*(?=.)/u;

const words = new Intl.Segmenter('zh', { granularity: 'word' });

/** True when the break between `a` and `b` falls inside a word (as the segmenter's dictionary reads it). */
export function breaksWord(a: string, b: string): boolean {
  const left = a.slice(-6);
  for (const { index, segment } of words.segment(left + b.slice(0, 6))) {
    if (index < left.length && index + segment.length > left.length) return true;
  }
  return false;
}

/** True when text opens the way a report's body does (本报讯…, a dateline, `3月5日，`): such a paragraph ends in a sentence. */
export function opensBodyText(text: string): boolean {
  return opensReport(text) || opensFreshSentence(text);
}

/** True when a paragraph-layout line that ends no sentence is a paragraph of its own, not text cut by a break. */
export function endsOpenParagraph(line: LineNode, next: LineNode | undefined, layout: Layout): boolean {
  if (layout !== 'paragraph' || next === undefined || next.data.kind !== 'text') return false;
  const a = line.value.trim();
  const b = next.value.trim();
  if (endsSentence(a) || displayWidth(a) >= PARAGRAPH_LINE_WIDTH) return false;
  if (NEEDS_MORE.test(a) || SENTENCE_INSIDE.test(a) || CONTINUES.test(b)) return false;
  if (opensBodyText(a)) return false;
  return !breaksWord(a, b);
}
