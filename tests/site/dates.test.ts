import { describe, expect, test } from 'vitest';
import { compareDatesAsc, compareDatesDesc, dayOf, formatDate, yearMonth } from '../../src/lib/dates.ts';

describe('partial dates on the site', () => {
  test('shows only what is known', () => {
    expect(formatDate('2025-04-11')).toBe('2025年4月11日');
    expect(formatDate('2023-07')).toBe('2023年7月');
    expect(formatDate('2023')).toBe('2023年');
  });

  test('partial dates sort as their first day, less precise first on ties', () => {
    const dates = ['2023-07-15', '2023', '2023-07', '2022-06', '2023-07-01', '2025-04-11'];
    expect([...dates].sort(compareDatesAsc)).toEqual(['2022-06', '2023', '2023-07', '2023-07-01', '2023-07-15', '2025-04-11']);
    expect([...dates].sort(compareDatesDesc)).toEqual(['2025-04-11', '2023-07-15', '2023-07', '2023-07-01', '2023', '2022-06']);
  });

  test('year, month and day parts', () => {
    expect(yearMonth('2023-07')).toEqual({ year: '2023', month: 7 });
    expect(yearMonth('2023')).toEqual({ year: '2023', month: null });
    expect(dayOf('2023-07')).toBeNull();
    expect(dayOf('2025-04-11')).toBe(11);
  });
});
