// The result list and the notes above it. Everything is built with
// textContent: excerpts come from article text and must never be parsed as HTML.
import { ui } from '../../i18n/zh-Hans.ts';
import { parseExcerpt, highlightTerms } from '../../lib/search/excerpt.ts';
import { textFragment } from '../../lib/search/text-fragment.ts';
import { asPhrase } from '../../lib/search/normalize-query.ts';
import { writeSearchParams } from '../../lib/search/search-params.ts';
import { formatDate } from '../../lib/format-date.ts';
import { untitledLabel } from '../../lib/untitled-label.ts';
import type { SearchOutcome } from './run-search.ts';
import type { PagefindData } from './pagefind-api.ts';

const t = ui.searchPage;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Renders one result: headline link (with a text fragment that highlights the match on the article), source line, excerpt. */
export function renderResult(data: PagefindData, terms: string, pieces: string[]): HTMLLIElement {
  const segments = parseExcerpt(data.excerpt);
  const fragment = textFragment(highlightTerms(segments, terms, pieces));
  const li = el('li', 'search-result');
  const heading = el('h3', 'search-result-title');
  const link = el('a');
  link.href = data.url + fragment;
  const type = data.filters.type?.[0];
  if (data.meta.title) link.textContent = data.meta.title;
  else {
    // As the article page names it: a photo's caption is not a lost headline.
    link.textContent = untitledLabel(type);
    link.classList.add('untitled');
  }
  heading.append(link);

  const source = el('p', 'search-result-meta');
  const shown = (key: string) => data.filters[key]?.[0];
  const date = shown('date');
  const parts = [
    shown('paper'),
    date && formatDate(date),
    // The page as the article page labels it (版次不详 where no number is printed), written by the index.
    shown('page'),
    shown('column'),
  ].filter(Boolean) as string[];
  source.textContent = parts.join(' · ');
  if (type && type !== 'article') source.prepend(el('span', 'badge', ui.types[type] ?? type), ' ');

  li.append(heading, source);
  if (data.meta.kicker) li.append(el('p', 'search-result-kicker', data.meta.kicker));
  const excerpt = el('p', 'search-result-excerpt');
  for (const segment of segments) excerpt.append(segment.mark ? el('mark', undefined, segment.text) : segment.text);
  li.append(excerpt);
  return li;
}

function queryLink(text: string, q: string, outcome: SearchOutcome): HTMLAnchorElement {
  const link = el('a', 'search-requery', text);
  link.href = `?${writeSearchParams({ ...outcome.state, q })}`;
  link.dataset.q = q;
  return link;
}

/** Renders the notes that explain how the query was read: folding, as typed or apart, phrase offered, words found nowhere. */
export function renderNotes(box: HTMLElement, outcome: SearchOutcome): void {
  const notes: HTMLElement[] = [];
  const { normalized, mode, words, pieces, phraseCount, missing, results } = outcome;
  if (normalized.folded.script) notes.push(el('p', 'search-note', t.foldedScript(normalized.terms)));
  if (normalized.folded.width) notes.push(el('p', 'search-note', t.foldedWidth(normalized.terms)));
  if (normalized.folded.quotesDropped) notes.push(el('p', 'search-note', t.quotesDropped));
  // The pieces-apart search has a URL of its own: the pieces typed with spaces.
  const apart = pieces.join(' ');
  if (mode === 'phrase') {
    const note = el('p', 'search-note search-note-phrase', t.phrase(normalized.terms) + ' ');
    note.append(queryLink(t.looseLink, apart, outcome));
    notes.push(note);
  } else if (mode === 'exact' && pieces.length > 1 && results.length > 0) {
    const note = el('p', 'search-note search-note-exact', t.exact(words[0]) + ' ');
    note.append(queryLink(t.exactLooseLink(pieces), apart, outcome));
    notes.push(note);
  } else if (mode === 'loose' && !missing.length) {
    notes.push(el('p', 'search-note search-note-loose', t.loose(normalized.terms, pieces)));
  } else if (mode === 'words' && phraseCount !== null && phraseCount < results.length) {
    const note = el('p', 'search-note search-note-bag', t.bag(words.join('、')) + ' ');
    note.append(phraseCount > 0 ? t.phraseSome(phraseCount) : t.phraseNone, ' ');
    note.append(queryLink(t.phraseLink, asPhrase(normalized.terms), outcome));
    notes.push(note);
  }
  if (missing.length) {
    const note = el('p', 'search-note search-note-missing', t.missing(missing.join('、')));
    const rest = words.filter((word) => !missing.includes(word));
    // Offer the search without the absent words: what Pagefind alone would have done silently.
    if (rest.length) note.append(' ', queryLink(t.withoutMissing(rest.join(' ')), rest.join(' '), outcome));
    notes.push(note);
  }
  box.replaceChildren(...notes);
}

/** The status line: how many results, or why there are none. */
export function statusText(outcome: SearchOutcome): string {
  const { response, results } = outcome;
  if (!response) return t.idle;
  const n = results.length;
  if (n === 0) return t.none;
  return t.count(n);
}
