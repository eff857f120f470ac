/**
 * Folding of full-width ASCII (ＧＤＰ, ２０２３, ％) to half-width so search finds
 * `GDP` and `2023`. Plain NFKC would also turn ，。（）：into ASCII and ① into 1,
 * which changes how Chinese text reads, so only letters, digits and a few
 * number-related signs are folded.
 */

const ALWAYS = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff05\uff0b\uff20\uff03\uff06\uff1d\uff04]/gu;
// These also serve as Chinese punctuation (．as 间隔号, －／as dashes), so they are
// folded only between letters or digits, where they are decimal points, ranges or ratios.
const BETWEEN_ALNUM =
  /(?<=[0-9A-Za-z\uff10-\uff19\uff21-\uff3a\uff41-\uff5a])[\uff0e\uff0d\uff0f\uff1a](?=[0-9A-Za-z\uff10-\uff19\uff21-\uff3a\uff41-\uff5a])/gu;

// A full-width minus right before a number is a sign (－5℃), not a dash.
const SIGN = /[\uff0d](?=[0-9\uff10-\uff19])/gu;

function half(ch: string): string {
  return String.fromCharCode(ch.charCodeAt(0) - 0xfee0);
}

/** Fold full-width letters, digits and number signs to ASCII, leaving CJK punctuation full-width. */
export function foldFullwidth(text: string): string {
  return text.replace(BETWEEN_ALNUM, half).replace(SIGN, half).replace(ALWAYS, half);
}
