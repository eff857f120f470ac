// No imports on purpose: the search page's client bundle uses this too, and must
// not pull in the zod schemas that src/lib/dates.ts depends on.

/**
 * A partial date as a Chinese reader writes it: 2025年4月11日, 2023年7月, 2023年.
 * Only what is known is shown; a month-precision date never gains a day.
 */
export function formatDate(value: string): string {
  const [year, month, day] = value.split('-');
  return `${year}年${month ? `${Number(month)}月` : ''}${day ? `${Number(day)}日` : ''}`;
}
