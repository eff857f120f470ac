// Pagefind returns excerpts as HTML with <mark> around matches (and the page
// text with < and > escaped). Parsing them into plain segments lets the page
// render with textContent — no innerHTML — and find what matched.

/** One run of excerpt text, marked when it matched the query. */
export interface ExcerptSegment {
  text: string;
  mark: boolean;
}

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#39;': "'" };

function decode(html: string): string {
  return html.replace(/&(lt|gt|amp|quot|#39);/g, (entity) => ENTITIES[entity]);
}

/**
 * What the result list shows between two passages of an excerpt (headline and
 * body, two paragraphs). Not a mark the papers print (their ellipsis is ……,
 * which would say that text was left out), so it is never read as the page's own.
 */
export const PASSAGE_SEPARATOR = '⋯';

const isAscii = (ch: string | undefined) => ch !== undefined && ch <= '\x7f';

/**
 * Pagefind ends a block that has no closing punctuation of its own with an
 * ASCII ". " (headline. body), which reads as a stray English full stop in
 * Chinese. Replaces it with PASSAGE_SEPARATOR where Chinese text is on either
 * side, drops it at the excerpt's ends, and keeps it between English words.
 */
export function separatePassages(html: string): string {
  return html.replace(/\.(<\/mark>)?( +|$)/g, (match, close: string | undefined, _space, offset: number) => {
    const before = html[offset - 1];
    const after = html.slice(offset + match.length).replace(/^<mark>/, '')[0];
    if (before === undefined || after === undefined) return before === undefined || !isAscii(before) ? (close ?? '') : match;
    if (isAscii(before) && isAscii(after)) return match;
    return (close ?? '') + PASSAGE_SEPARATOR;
  });
}

/** Splits a Pagefind excerpt into text segments, merging adjacent marks (长</mark><mark>三角 → 长三角). */
export function parseExcerpt(excerpt: string): ExcerptSegment[] {
  const html = separatePassages(excerpt);
  const segments: ExcerptSegment[] = [];
  const push = (text: string, mark: boolean) => {
    if (!text) return;
    const last = segments.at(-1);
    if (last && last.mark === mark) last.text += text;
    else segments.push({ text, mark });
  };
  const pattern = /<mark>([\s\S]*?)<\/mark>/g;
  let at = 0;
  for (let match = pattern.exec(html); match; match = pattern.exec(html)) {
    push(decode(html.slice(at, match.index)), false);
    push(decode(match[1]), true);
    at = match.index + match[0].length;
  }
  push(decode(html.slice(at)), false);
  return segments;
}

/** The distinct matched strings of an excerpt, in order of appearance. */
export function markedTerms(segments: ExcerptSegment[]): string[] {
  return [
    ...new Set(
      segments
        .filter((s) => s.mark)
        .map((s) => s.text.trim())
        .filter(Boolean),
    ),
  ];
}

/**
 * Chooses what the article page should highlight for a result: the whole
 * query when the excerpt shows it contiguously (长三角, not 长 and 三角),
 * otherwise the marked strings that contain a query piece — Pagefind also
 * marks near-misses (长春 for 珲春), which would send the reader elsewhere.
 */
export function highlightTerms(segments: ExcerptSegment[], terms: string, pieces: string[]): string[] {
  const whole = terms.replace(/\s+/g, '');
  const plain = segments
    .map((s) => s.text)
    .join('')
    .toLocaleLowerCase();
  if (whole && plain.includes(whole.toLocaleLowerCase())) return [whole];
  const marked = markedTerms(segments);
  const relevant = marked.filter((m) => pieces.some((p) => m.toLocaleLowerCase().includes(p)));
  const longer = relevant.filter((m) => [...m].length > 1);
  return longer.length ? longer : relevant.length ? relevant : pieces.filter((p) => [...p].length > 1);
}
