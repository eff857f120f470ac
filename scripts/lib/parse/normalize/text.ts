import { foldFullwidth } from './fullwidth.ts';
import { normalizeSpacing } from './spacing.ts';

/** Normalize body text: fold full-width letters and digits, then remove extraction spaces. */
export function normalizeText(text: string): string {
  // Folding first lets the spacing rule see ２０１９ as digits.
  return normalizeSpacing(foldFullwidth(text));
}
