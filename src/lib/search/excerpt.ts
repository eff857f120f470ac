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

/** Splits a Pagefind excerpt into text segments, merging adjacent marks (长</mark><mark>三角 → 长三角). */
export function parseExcerpt(html: string): ExcerptSegment[] {
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
  return [...new Set(segments.filter((s) => s.mark).map((s) => s.text.trim()).filter(Boolean))];
}

/**
 * Chooses what the article page should highlight for a result: the whole
 * query when the excerpt shows it contiguously (长三角, not 长 and 三角),
 * otherwise the marked strings that contain a query piece — Pagefind also
 * marks near-misses (长春 for 珲春), which would send the reader elsewhere.
 */
export function highlightTerms(segments: ExcerptSegment[], terms: string, pieces: string[]): string[] {
  const whole = terms.replace(/\s+/g, '');
  const plain = segments.map((s) => s.text).join('').toLocaleLowerCase();
  if (whole && plain.includes(whole.toLocaleLowerCase())) return [whole];
  const marked = markedTerms(segments);
  const relevant = marked.filter((m) => pieces.some((p) => m.toLocaleLowerCase().includes(p)));
  const longer = relevant.filter((m) => [...m].length > 1);
  return longer.length ? longer : relevant.length ? relevant : pieces.filter((p) => [...p].length > 1);
}
