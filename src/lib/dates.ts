import { datePrecision, dateSortKey } from '../schemas/date.ts';

export { formatDate } from './format-date.ts';

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
