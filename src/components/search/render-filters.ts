// Filter checkboxes, built from the index's own filter values (so they can
// never offer a value that finds nothing) with live counts for the current
// query. They live inside the search form, so their names and values are the
// same URL parameters the page reads (?province=浙江省).
import { ui } from '../../i18n/zh-Hans.ts';
import { filterKeys } from '../../lib/search/filter-keys.ts';
import type { SearchState } from '../../lib/search/search-params.ts';
import type { FilterCounts } from './pagefind-api.ts';

const t = ui.searchPage;

/** The label a reader sees for a filter value (type codes and years are spelled out). */
export function filterValueLabel(key: string, value: string): string {
  if (key === 'type') return ui.types[value] ?? value;
  if (key === 'year') return t.year(value);
  return value;
}

function orderValues(key: string, counts: Record<string, number>): string[] {
  const values = Object.keys(counts);
  if (key === 'year') return values.sort((a, b) => b.localeCompare(a));
  return values.sort((a, b) => counts[b] - counts[a] || a.localeCompare(b, 'zh-Hans'));
}

/**
 * Renders one fieldset per filter that has values in the index; `counts`
 * are the hits each value would give with the current query and filters.
 */
export function renderFilters(box: HTMLElement, totals: FilterCounts, counts: FilterCounts | null, state: SearchState): void {
  const fieldsets: HTMLElement[] = [];
  for (const key of filterKeys) {
    const all = totals[key] ?? {};
    const values = orderValues(key, all);
    if (values.length === 0) continue;
    const fieldset = document.createElement('fieldset');
    fieldset.className = 'search-filter';
    fieldset.dataset.filter = key;
    const legend = document.createElement('legend');
    legend.textContent = t.filterNames[key] ?? key;
    fieldset.append(legend);
    const chosen = new Set(state.filters[key] ?? []);
    const pages = key === 'paper' ? paperLinks(box, 'paperPages') : {};
    const feeds = key === 'paper' ? paperLinks(box, 'paperFeeds') : {};
    for (const value of values) {
      const label = document.createElement('label');
      const input = document.createElement('input');
      input.type = 'checkbox';
      input.name = key;
      input.value = value;
      input.checked = chosen.has(value);
      const count = counts ? (counts[key]?.[value] ?? 0) : all[value];
      const name = document.createElement('span');
      name.textContent = filterValueLabel(key, value);
      // With a query, values that would find nothing are left out (30-odd
      // provinces would push the results off the screen); chosen ones stay.
      if (counts && count === 0 && !input.checked) continue;
      const number = document.createElement('span');
      number.className = 'search-filter-count';
      number.textContent = String(count);
      label.append(input, ' ', name, ' ', number);
      const page = pages[value];
      if (page) {
        // The paper's own page (catalogue record, calendar, feed), beside its checkbox, not inside the label.
        const option = document.createElement('div');
        option.className = 'search-filter-option';
        const link = document.createElement('a');
        link.href = page;
        link.className = 'search-filter-page';
        link.textContent = t.paperPage;
        link.setAttribute('aria-label', t.paperPageFor(filterValueLabel(key, value)));
        option.append(label, link);
        if (feeds[value]) {
          const feed = document.createElement('a');
          feed.href = feeds[value];
          feed.type = 'application/rss+xml';
          feed.className = 'search-filter-page';
          feed.textContent = t.paperFeed;
          feed.setAttribute('aria-label', t.paperFeedFor(filterValueLabel(key, value)));
          option.append(' ', feed);
        }
        fieldset.append(option);
      } else fieldset.append(label);
    }
    if (fieldset.querySelector('input')) fieldsets.push(fieldset);
  }
  box.replaceChildren(...fieldsets);
}

/** The paper pages or feeds the search page wrote at build time: paper name as filtered → URL. */
function paperLinks(box: HTMLElement, which: 'paperPages' | 'paperFeeds'): Record<string, string> {
  try {
    return JSON.parse(box.dataset[which] ?? '{}') as Record<string, string>;
  } catch {
    return {};
  }
}

/** Reads the checked filter values back from the rendered checkboxes. */
export function readFilters(box: HTMLElement): SearchState['filters'] {
  const filters: SearchState['filters'] = {};
  for (const key of filterKeys) {
    const values = [...box.querySelectorAll<HTMLInputElement>(`input[name="${key}"]:checked`)].map((i) => i.value);
    if (values.length) filters[key] = values;
  }
  return filters;
}
