// Where a headline may break between display lines. Chinese has no spaces, so
// a browser breaks between any two characters and splits words (提高服务效 / 率,
// 点 / 燃). At build time the headline is cut into units that must stay whole
// — the segmenter's words, punctuation held to the word it belongs to, runs
// of single characters (where the dictionary knows no word: names, 话务员)
// kept in short groups, a lone character joined to the word after it, the
// last two units joined so the last line never holds one character alone — and the page puts a <wbr> between units under
// `word-break: keep-all` (HeadlineText.astro). The units joined give back the
// headline exactly: nothing is inserted into its text.

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Punctuation that opens a phrase and belongs to the unit after it. */
const OPENING = /^[\p{Ps}\p{Pi}“‘《〈「『【〔（(]+$/u;
/** Longest group made of single-character words; longer runs are cut into groups of two to four. */
const MAX_RUN = 4;
/** The last two units are joined unless that would make a unit longer than this (then only a lone last character is). */
const MAX_TAIL = 8;

/** The segmenter's words of a text, in order, with whether each is a word (not punctuation or space). */
export function segmentWords(text: string): Array<{ text: string; isWord: boolean }> {
  return [...segmenter.segment(text)].map((s) => ({ text: s.segment, isWord: s.isWordLike === true }));
}

/** Length in characters (code points), not UTF-16 units. */
const length = (text: string) => [...text].length;

/** Letters and digits in a text: what makes a line more than a mark of punctuation. */
export const letterCount = (text: string) => text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;

/**
 * The headline cut into units a line break may fall between (never inside).
 * `units.join('') === headline`; spaces stay inside the unit before them,
 * where the browser may break at them anyway.
 */
export function headlineUnits(headline: string): string[] {
  const words = groupSingleCharacters(segmentWords(headline));
  const units: string[] = [];
  let pendingOpen = '';
  for (const word of words) {
    if (!word.isWord && OPENING.test(word.text)) {
      pendingOpen += word.text;
    } else if (!word.isWord && units.length > 0 && pendingOpen === '') {
      // Closing punctuation, dashes, %, spaces: held to the word before.
      units[units.length - 1] += word.text;
    } else {
      units.push(pendingOpen + word.text);
      pendingOpen = '';
    }
  }
  if (pendingOpen) units.push(pendingOpen);
  return joinTail(joinLoneCharacters(units));
}

/** A unit of one character (习 before 近平, 年 after 2025) goes with the unit after it: alone it could end up alone on a line. */
function joinLoneCharacters(units: string[]): string[] {
  const out: string[] = [];
  let carry = '';
  for (const unit of units) {
    const joined = carry + unit;
    if (letterCount(joined) <= 1) carry = joined;
    else {
      out.push(joined);
      carry = '';
    }
  }
  if (carry) {
    if (out.length > 0) out[out.length - 1] += carry;
    else out.push(carry);
  }
  return out;
}

/** Consecutive one-character words (the dictionary's fallback) become groups of two to four characters. */
function groupSingleCharacters(words: Array<{ text: string; isWord: boolean }>): Array<{ text: string; isWord: boolean }> {
  const out: Array<{ text: string; isWord: boolean }> = [];
  let run: string[] = [];
  const flush = () => {
    for (const group of splitRun(run)) out.push({ text: group, isWord: true });
    run = [];
  };
  for (const word of words) {
    if (word.isWord && length(word.text) === 1) run.push(word.text);
    else {
      flush();
      out.push(word);
    }
  }
  flush();
  return out;
}

/** A run of n single characters as groups of at most MAX_RUN, as even as possible (5 → 3+2, 7 → 4+3). */
function splitRun(run: string[]): string[] {
  if (run.length === 0) return [];
  const groups = Math.ceil(run.length / MAX_RUN);
  const out: string[] = [];
  let start = 0;
  for (let g = 0; g < groups; g++) {
    const size = Math.ceil((run.length - start) / (groups - g));
    out.push(run.slice(start, start + size).join(''));
    start += size;
  }
  return out;
}

/** Joins the last two units, so the last line holds at least two words (or, for a long pair, at least two characters). */
function joinTail(units: string[]): string[] {
  if (units.length < 2) return units;
  const last = units[units.length - 1];
  const before = units[units.length - 2];
  const lastIsOneCharacter = letterCount(last) <= 1;
  if (!lastIsOneCharacter && length(before) + length(last) > MAX_TAIL) return units;
  return [...units.slice(0, -2), before + last];
}
