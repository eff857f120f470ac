// Highlighting on the article page without shipping a script to it: a URL
// text fragment (#:~:text=…) makes the browser scroll to and highlight the
// text (Chromium, Safari 16.1+, Firefox 131+). Browsers without support
// simply ignore the fragment.

/** Percent-encodes a string for a text directive, where - , & are syntax. */
function encodeTextDirective(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

/** Builds a `#:~:text=` fragment highlighting each term (at most `limit`, in order); empty when there is nothing to highlight. */
export function textFragment(terms: readonly string[], limit = 3): string {
  const usable = terms
    .map((t) => t.trim())
    .filter((t) => t.length > 0)
    .slice(0, limit);
  if (usable.length === 0) return '';
  return `#:~:${usable.map((t) => `text=${encodeTextDirective(t)}`).join('&')}`;
}
