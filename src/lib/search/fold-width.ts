// Readers type with full-width IMEs: １２３４５, ＧＤＰ, a full-width space
// between words. Ingest folds full-width letters, digits and number signs in the
// archive text (scripts/lib/parse/normalize/fullwidth.ts) and keeps CJK punctuation
// full-width; the query folds every full-width ASCII form, a superset: punctuation
// is not a search term, so folding more of it loses nothing, and １２３４５ finds 12345.

/** Folds full-width ASCII forms (U+FF01–U+FF5E) and the ideographic space (U+3000) to their half-width forms. */
export function foldWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E\u3000]/g, (ch) => (ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0)));
}
