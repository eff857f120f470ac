// Traditional → simplified for queries. The archive is printed in simplified
// characters, so a reader who types 熱線 or 長三角 means 热线 / 长三角.
// Only the dictionaries this needs are imported (not opencc-js's full build,
// ~1.2 MB): OpenCC's TSPhrases + TSCharacters, plus the tiny Taiwan and Hong
// Kong variant tables so 裡 / 着 variants typed on those IMEs fold too.
// Measured size in the search page bundle: see docs/search.md.
import { ConverterFactory } from 'opencc-js/core';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import TSCharacters from 'opencc-js/dict/TSCharacters';

const convert = ConverterFactory([TWVariantsRev, HKVariantsRev], [TSPhrases, TSCharacters]);

/** Converts traditional Chinese (including Taiwan and Hong Kong variants) to simplified; other text passes through. */
export function toSimplified(text: string): string {
  return convert(text);
}
