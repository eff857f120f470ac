import { z } from 'zod';
import { dateError } from './manifest-messages.ts';

/**
 * A publication date as precise as the evidence allows: `YYYY-MM-DD`, or
 * `YYYY-MM` / `YYYY` when the page does not say the day. Partial dates sort
 * as their first day.
 */
export const partialDateSchema = z.preprocess(
  // YAML readers may hand us `2025-04-11` as a Date and `2023` as a number.
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'number' ? String(value) : value),
  // The sentences (not an ISO date; not on the calendar, and why) are manifest-messages.ts's.
  z
    .string({ error: dateError })
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { error: dateError })
    .refine(isRealDate, { error: dateError }),
);

/** Whether a `YYYY[-MM[-DD]]` string names a real calendar date. */
export function isRealDate(value: string): boolean {
  const [year, month = 1, day = 1] = value.split('-').map(Number);
  if (month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** How precise a partial date is. */
export function datePrecision(value: string): 'day' | 'month' | 'year' {
  const parts = value.split('-').length;
  return parts === 3 ? 'day' : parts === 2 ? 'month' : 'year';
}

/** The first day a partial date can mean, as `YYYY-MM-DD` (the sort key). */
export function dateSortKey(value: string): string {
  const [year, month = '01', day = '01'] = value.split('-');
  return `${year}-${month}-${day}`;
}
