/**
 * Sentence ends in Chinese text. Reflow decides a paragraph ended when a short line
 * ends a sentence; a closing quote or bracket may follow the final mark (`。”`, `！）`).
 */

const END = /(?:[。！？!?；;]|…{1,2})[”’」』）)】》"'\s]*$/u;

/** True when a line ends with sentence-final punctuation, possibly followed by closing quotes or brackets. */
export function endsSentence(line: string): boolean {
  return END.test(line.trimEnd());
}

// A paragraph that ends without a sentence end: a list lead-in (`主要有以下几点：`) or a
// salutation (`女士们，先生们，`, `编辑同志：`).
const OPEN_PARAGRAPH_END = /(?:[：:]|(?:们|朋友|同志|嘉宾|来宾|同学|老师|乡亲)[，,])[”’」』]*$/u;

/** True when a line ends a paragraph that has no sentence end of its own: a list lead-in or a salutation. */
export function endsLeadIn(line: string): boolean {
  return OPEN_PARAGRAPH_END.test(line.trimEnd());
}
