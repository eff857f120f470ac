import { foldFullwidth } from './fullwidth.ts';
import { normalizeSpacing } from './spacing.ts';

/** Normalize body text: fold full-width letters and digits, then remove extraction spaces. */
export function normalizeText(text: string): string {
  // Folding first lets the spacing rule see ２０１９ as digits; folding again after it
  // reaches a decimal point or colon that only the removed spaces kept from its digits (`３ ．５`).
  return foldFullwidth(normalizeSpacing(foldFullwidth(text)));
}
