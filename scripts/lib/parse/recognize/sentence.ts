/**
 * Sentence ends in Chinese text. Reflow decides a paragraph ended when a short line
 * ends a sentence; a closing quote or bracket may follow the final mark (`。”`, `！）`).
 */

const END = /(?:[。！？!?；;]|…{1,2})[”’」』）)】》"'\s]*$/u;

/** True when a line ends with sentence-final punctuation, possibly followed by closing quotes or brackets. */
export function endsSentence(line: string): boolean {
  return END.test(line.trimEnd());
}
