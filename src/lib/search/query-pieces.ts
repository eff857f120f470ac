// Pagefind splits a Chinese query with the browser's Intl.Segmenter and then
// requires every piece (a bag of words). Splitting the same way here lets the
// page tell the reader which pieces it searched for and which found nothing.

/** Splits a normalized query into the word pieces Pagefind will look up (punctuation dropped). */
export function queryPieces(terms: string, locale = 'zh-Hans'): string[] {
  const segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
  const pieces: string[] = [];
  for (const { segment, isWordLike } of segmenter.segment(terms)) {
    if (isWordLike) pieces.push(segment.toLocaleLowerCase());
  }
  return pieces;
}
