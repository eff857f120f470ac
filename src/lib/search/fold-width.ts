// Readers type with full-width IMEs: １２３４５, ＧＤＰ, a full-width space
// between words. The archive text is half-width (ingest folds it), so the
// query must be folded the same way or １２３４５ never finds 12345.

/** Folds full-width ASCII forms (U+FF01–U+FF5E) and the ideographic space (U+3000) to their half-width forms. */
export function foldWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E\u3000]/g, (ch) =>
    ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
  );
}
