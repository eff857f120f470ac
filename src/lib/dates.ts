import { datePrecision, dateSortKey } from '../schemas/date.ts';

/**
 * A partial date as a Chinese reader writes it: 2025年4月11日, 2023年7月, 2023年.
 * Only what is known is shown; a month-precision date never gains a day.
 */
export function formatDate(value: string): string {
  const [year, month, day] = value.split('-');
  let text = `${year}年`;
  if (month) text += `${Number(month)}月`;
  if (day) text += `${Number(day)}日`;
  return text;
}

/** Compares two partial dates, newest first; partial dates sort as their first day, then less precise first. */
export function compareDatesDesc(a: string, b: string): number {
  const byKey = dateSortKey(b).localeCompare(dateSortKey(a));
  return byKey !== 0 ? byKey : a.length - b.length;
}

/** Compares two partial dates, oldest first (partial dates as their first day). */
export function compareDatesAsc(a: string, b: string): number {
  const byKey = dateSortKey(a).localeCompare(dateSortKey(b));
  return byKey !== 0 ? byKey : a.length - b.length;
}

/** Year and month of a partial date; month is null when only the year is known. */
export function yearMonth(value: string): { year: string; month: number | null } {
  const [year, month] = value.split('-');
  return { year, month: month ? Number(month) : null };
}

/** The day of a partial date, or null when the date is of month or year precision. */
export function dayOf(value: string): number | null {
  return datePrecision(value) === 'day' ? Number(value.split('-')[2]) : null;
}
