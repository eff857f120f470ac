// What to call an item in headings and lists. A lost headline is never
// replaced by a made-up one: the fallback is a marked label plus the first
// words of the body, and callers render the two parts distinguishably.
import { excerpt } from './article-text.ts';
import { untitledLabel } from './untitled-label.ts';

export { untitledLabel };

/** How an item is named: its printed title, or a marked fallback. */
export type ItemName = { fallback: false; title: string } | { fallback: true; label: string; excerpt: string };

/** The item's printed title, or the fallback label with the body's first words. */
export function itemName(entry: { data: { title: string | null; type?: string }; body?: string }): ItemName {
  if (entry.data.title) return { fallback: false, title: entry.data.title };
  return { fallback: true, label: untitledLabel(entry.data.type), excerpt: excerpt(entry.body ?? '') };
}

/** The item's name as one plain string (for <title>, RSS, JSON and citations of fallbacks). */
export function itemNameText(entry: { data: { title: string | null; type?: string }; body?: string }): string {
  const name = itemName(entry);
  return name.fallback ? `${name.label}${name.excerpt}` : name.title;
}
