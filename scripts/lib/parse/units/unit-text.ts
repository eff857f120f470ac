import { normalizeHeadline } from '../normalize/index.ts';
import { normalizeParagraphWithCredits } from '../recognize/credit-text.ts';
import type { LineNode, UnitNode } from '../tree/types.ts';
import { brokenCreditJoin } from './end-marks.ts';

/**
 * The text of units. Lines of a paragraph are joined without a space (Chinese wraps
 * anywhere), then normalized; display lines are kept apart so headline parts can be told
 * apart, and normalized as headlines (a gap between two phrases survives).
 */

/** The raw text of a paragraph unit: its lines joined as printed, without line breaks (a space before a credit on its own line). */
export function rawParagraph(unit: UnitNode): string {
  // A credit broken over two lines (`…（记者` / `孙 浩）`) keeps a space at the break: names must not run into role words.
  const lines = unit.children;
  return lines
    .map((l, i) => (i === 0 ? '' : l.data.kind !== 'text' ? ' ' : (brokenCreditJoin(lines[i - 1], l) ?? '')) + l.value.trim())
    .join('');
}

// Paragraph text is asked for many times (overlap, splits, items); units do not change after reflow.
const texts = new WeakMap<UnitNode, string>();

/** The normalized text of a paragraph unit. */
export function paragraphText(unit: UnitNode): string {
  let text = texts.get(unit);
  if (text === undefined) {
    text = normalizeParagraphWithCredits(rawParagraph(unit));
    texts.set(unit, text);
  }
  return text;
}

/** The normalized text of one display line (a `#` hint's marks removed). */
export function displayLineText(line: LineNode): string {
  return normalizeHeadline(line.value.trim().replace(/^#{1,6}[ \t\u3000]+/u, ''));
}
