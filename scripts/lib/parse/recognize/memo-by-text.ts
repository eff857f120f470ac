/**
 * Remembers a recognizer's answers for the strings it saw last. The parser asks
 * the same question of the same text many times (a paragraph is tried as a
 * caption, a credit, a headline … by several passes: on real-shaped pages about
 * ten calls per distinct string), and recognizers are pure functions of their
 * text, so an answer can be reused. `copy` hands each caller its own copy of a
 * result with arrays, so that no caller can change another's. The cache is
 * dropped whole when full, which bounds memory without bookkeeping.
 */
export function memoByText<T>(recognize: (text: string) => T, copy: (value: T) => T = (value) => value, limit = 8192): (text: string) => T {
  let cache = new Map<string, T>();
  return (text: string): T => {
    let answer = cache.get(text);
    if (answer === undefined && !cache.has(text)) {
      answer = recognize(text);
      if (cache.size >= limit) cache = new Map();
      cache.set(text, answer);
    }
    return copy(answer as T);
  };
}
