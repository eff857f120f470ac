import { describe, expect, test } from 'vitest';
import { planShards, type IssueVolume } from '../../scripts/lib/shards/plan.ts';
import { RefusedInput } from '../../scripts/lib/shards/refused.ts';
import { shardPlanSchema } from '../../src/schemas/shards.ts';

/** Issues of one paper on consecutive days from `start`, each of `bytes` of page text. */
function daily(start: string, days: number, bytes: number): IssueVolume[] {
  const first = Date.parse(`${start}T00:00:00Z`);
  return Array.from({ length: days }, (_, i) => {
    const date = new Date(first + i * 86_400_000).toISOString().slice(0, 10);
    return { id: `paper-${date}`, date, bytes };
  });
}

describe('planShards', () => {
  test('one shard per year while a year fits the budget, keys y<year>-1 under the base', () => {
    const plan = planShards([...daily('2024-12-30', 4, 10)], 1_000, '/archive/');
    expect(plan.shards.map((s) => [s.key, s.base, s.issues.length, s.bytes])).toEqual([
      ['y2024-1', '/archive/y2024-1/', 2, 20],
      ['y2025-1', '/archive/y2025-1/', 2, 20],
    ]);
    expect(shardPlanSchema.parse(plan)).toEqual(plan);
  });

  test('a year above the budget is cut in date order, every shard at most the budget and filled before the next', () => {
    const issues = daily('2023-01-01', 365, 7);
    const plan = planShards(issues, 100);
    for (const shard of plan.shards) expect(shard.bytes).toBeLessThanOrEqual(100);
    // Filled: 14 issues of 7 bytes fit in 100, so every shard but the last holds 14.
    expect(plan.shards.slice(0, -1).every((s) => s.issues.length === 14)).toBe(true);
    expect(plan.shards.map((s) => s.key)).toEqual(Array.from({ length: 27 }, (_, i) => `y2023-${i + 1}`));
    expect(plan.shards.flatMap((s) => s.issues)).toEqual(issues.map((i) => i.id));
  });

  test('every issue in exactly one shard, whatever order the folders are listed in; shards never mix years', () => {
    const issues = [...daily('2019-11-01', 90, 30), ...daily('2021-06-01', 10, 55)];
    const shuffled = [...issues].sort((a, b) => (a.id < b.id ? 1 : -1));
    const plan = planShards(shuffled, 200);
    expect(plan.shards.flatMap((s) => s.issues).sort()).toEqual(issues.map((i) => i.id).sort());
    for (const shard of plan.shards) {
      const years = new Set(shard.issues.map((id) => id.slice('paper-'.length, 'paper-'.length + 4)));
      expect(years).toEqual(new Set([shard.key.slice(1, 5)]));
    }
  });

  test('adding the newest issues leaves every earlier shard as it was (keys, issues, URLs, CI caches)', () => {
    const before = planShards(daily('2024-01-01', 100, 9), 250);
    const after = planShards(daily('2024-01-01', 130, 9), 250);
    expect(after.shards.slice(0, before.shards.length - 1)).toEqual(before.shards.slice(0, -1));
    const last = before.shards.length - 1;
    expect(after.shards[last].issues.slice(0, before.shards[last].issues.length)).toEqual(before.shards[last].issues);
  });

  test('partial dates sort as their first day, within their year', () => {
    const plan = planShards(
      [
        { id: 'b', date: '2023-07', bytes: 5 },
        { id: 'a', date: '2023', bytes: 5 },
        { id: 'c', date: '2023-07-02', bytes: 5 },
      ],
      10,
    );
    expect(plan.shards.map((s) => s.issues)).toEqual([['a', 'b'], ['c']]);
  });

  test('an issue bigger than the budget on its own is refused, naming it and what to do', () => {
    expect(() => planShards([{ id: 'huge-2020-01-01', date: '2020-01-01', bytes: 2_000_001 }], 2_000_000)).toThrow(RefusedInput);
    expect(() => planShards([{ id: 'huge-2020-01-01', date: '2020-01-01', bytes: 2_000_001 }], 2_000_000)).toThrow(
      'issue huge-2020-01-01 holds 2,000,001 bytes of page text, more than the shard budget of 2,000,000: raise the budget (--budget-mb).',
    );
  });
});
