// Wires the search page: reads the state from the URL (so /search/?q=长三角
// and the header form on every page work), searches as the reader types,
// keeps the URL in step, and renders results page by page. Pagefind (runtime,
// filters, index) loads on first use — a query in the URL, typing in the box,
// opening the filters — so a visit that never searches costs only the page
// and this script.
import { ui } from '../../i18n/zh-Hans.ts';
import { readSearchParams, writeSearchParams, type SearchState } from '../../lib/search/search-params.ts';
import { loadPagefind, type FilterCounts, type Pagefind } from './pagefind-api.ts';
import { runSearch, type SearchOutcome } from './run-search.ts';
import { renderFilters, readFilters } from './render-filters.ts';
import { renderNotes, renderResult, statusText } from './render-results.ts';

const PAGE_SIZE = 10;
const TYPING_DELAY_MS = 250;
const t = ui.searchPage;
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const form = $<HTMLFormElement>('search-form');
const input = $<HTMLInputElement>('search-q');
const sort = $<HTMLSelectElement>('search-sort');
const filtersBox = $<HTMLElement>('search-filters');
const section = $<HTMLElement>('search-results');
const status = $<HTMLElement>('search-status');
const notes = $<HTMLElement>('search-notes');
const list = $<HTMLOListElement>('search-list');
const more = $<HTMLButtonElement>('search-more');
const filtersPanel = $<HTMLDetailsElement>('search-filters-panel');
const chosenCount = $<HTMLElement>('search-filters-chosen');
// Filters start collapsed (on a phone they would push the results off the
// first screen); on a wide screen they open once there is something in them.
const wide = window.matchMedia('(min-width: 60rem)');
let panelTouched = false;
const pageTitle = document.title;

// A sharded archive's other shards (their base paths), merged into this shard's index.
const shards: string[] = JSON.parse(section.dataset.shards ?? '[]');
const load = () => loadPagefind(base, shards);

let totals: FilterCounts = {};
let sequence = 0;
let shown = 0;
let current: SearchOutcome | null = null;

function stateFromForm(): SearchState {
  const order = sort.value;
  return {
    q: input.value,
    filters: readFilters(filtersBox),
    sort: order === 'newest' || order === 'oldest' ? order : 'relevance',
  };
}

function fillForm(state: SearchState): void {
  input.value = state.q;
  sort.value = state.sort;
}

/** Renders the filter checkboxes and says on the (maybe collapsed) panel how many are ticked. */
function showFilters(counts: FilterCounts | null, state: SearchState): void {
  renderFilters(filtersBox, totals, counts, state);
  const chosen = Object.values(state.filters).reduce((n, values) => n + values.length, 0);
  chosenCount.textContent = chosen ? t.filtersChosen(chosen) : '';
  if (wide.matches && !panelTouched) filtersPanel.open = true;
}

/** The index's filter values, loaded once. */
async function loadTotals(pagefind: Pagefind): Promise<void> {
  if (Object.keys(totals).length === 0) totals = await pagefind.filters();
}

async function showMore(pagefind: Pagefind, outcome: SearchOutcome, mine: number): Promise<void> {
  const results = outcome.results;
  const next = results.slice(shown, shown + PAGE_SIZE);
  const items = await Promise.all(next.map((r) => r.data()));
  if (mine !== sequence) return;
  list.append(...items.map((data) => renderResult(data, outcome.normalized.terms, outcome.pieces)));
  shown += items.length;
  more.hidden = shown >= results.length;
  more.textContent = `${t.more}（${t.shown(shown, results.length)}）`;
}

/** Runs the search for a state and renders it; `history` says how the URL should follow. */
async function search(state: SearchState, history: 'push' | 'replace' | 'none'): Promise<void> {
  const mine = ++sequence;
  const query = writeSearchParams(state);
  const url = `${location.pathname}${query ? `?${query}` : ''}`;
  if (history === 'push' && url !== location.pathname + location.search) window.history.pushState(null, '', url);
  if (history === 'replace') window.history.replaceState(null, '', url);
  document.title = state.q ? `${state.q} - ${pageTitle}` : pageTitle;
  section.dataset.state = 'loading';
  section.setAttribute('aria-busy', 'true');
  // Announce loading only when it is slow, so typing does not make the live region chatter.
  const slow = setTimeout(() => {
    if (mine === sequence) status.textContent = t.loading;
  }, 400);

  let pagefind: Pagefind;
  let outcome: SearchOutcome;
  try {
    pagefind = await load();
    await loadTotals(pagefind);
    outcome = await runSearch(pagefind, state);
  } catch (error) {
    clearTimeout(slow);
    if (mine !== sequence) return;
    console.error(error);
    status.textContent = t.loadError;
    section.dataset.state = 'error';
    section.removeAttribute('aria-busy');
    return;
  }
  if (mine !== sequence) return;
  current = outcome;
  // Counts are Pagefind's for the query; when nothing is shown, every value counts zero.
  const counts = outcome.response ? (outcome.results.length ? outcome.response.filters : {}) : null;
  showFilters(counts, state);
  renderNotes(notes, outcome);
  list.replaceChildren();
  shown = 0;
  more.hidden = true;
  if (outcome.response) await showMore(pagefind, outcome, mine);
  clearTimeout(slow);
  if (mine !== sequence) return;
  status.textContent = statusText(outcome);
  section.dataset.query = outcome.normalized.query;
  section.dataset.state = 'done';
  section.removeAttribute('aria-busy');
  performance.mark('search-rendered');
}

let typing: ReturnType<typeof setTimeout> | undefined;

form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(typing);
  void search(stateFromForm(), 'push');
});
input.addEventListener('input', () => {
  clearTimeout(typing);
  typing = setTimeout(() => void search(stateFromForm(), 'replace'), TYPING_DELAY_MS);
});
form.addEventListener('change', (event) => {
  if (event.target === input) return;
  void search(stateFromForm(), 'replace');
});
$<HTMLButtonElement>('search-clear').addEventListener('click', () => {
  for (const box of filtersBox.querySelectorAll<HTMLInputElement>('input:checked')) box.checked = false;
  void search(stateFromForm(), 'replace');
});
notes.addEventListener('click', (event) => {
  const link = (event.target as HTMLElement).closest<HTMLAnchorElement>('a.search-requery');
  if (!link || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
  event.preventDefault();
  const state = { ...stateFromForm(), q: link.dataset.q ?? '' };
  fillForm(state);
  input.focus();
  void search(state, 'push');
});
more.addEventListener('click', async () => {
  if (!current) return;
  const before = shown;
  await showMore(await load(), current, sequence);
  list.children[before]?.querySelector('a')?.focus();
});
window.addEventListener('popstate', () => {
  const state = readSearchParams(location.search);
  fillForm(state);
  void search(state, 'none');
});

filtersPanel.addEventListener('toggle', () => {
  // Only a reader's toggle counts; the script opening it on a wide screen also fires this.
  if (!filtersPanel.open || filtersBox.childElementCount > 0) return;
  void (async () => {
    const pagefind = await load();
    await loadTotals(pagefind);
    if (filtersBox.childElementCount === 0) showFilters(null, stateFromForm());
  })().catch((error) => console.error(error));
});
filtersPanel.querySelector('summary')?.addEventListener('click', () => (panelTouched = true));

const initial = readSearchParams(location.search);
fillForm(initial);
if (initial.q.trim() || Object.keys(initial.filters).length > 0) void search(initial, 'none');
else {
  // Nothing to search yet: fetch Pagefind when the reader starts typing (the
  // first key, or an IME starting to compose), not on focus — a tap on the box
  // alone costs nothing — and while the 250 ms typing pause runs.
  const warm = () => void load().catch((error) => console.error(error));
  for (const type of ['keydown', 'compositionstart', 'input']) input.addEventListener(type, warm, { once: true });
}
