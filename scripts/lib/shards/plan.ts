/**
 * Cuts an archive into shards by text volume. Every cost of a build follows the
 * amount of page text it indexes (Pagefind 1.6 holds its whole index in memory,
 * about 100 bytes of memory per byte of page text, docs/scaling.md), so a shard
 * is capped by bytes of raw page text, not by a count of issues or a calendar
 * span. Shards never mix years, and within a year issues are taken in date order
 * and a shard is filled up to the budget before the next begins: appending the
 * newest issues (the daily case) only grows the year's last shard or starts a new
 * one, so every earlier shard, its key, its URLs and its CI cache stay as they were.
 */
import type { Shard, ShardPlan } from '../../../src/schemas/shards.ts';
import { RefusedInput } from './refused.ts';

/** What the planner needs of one issue. */
export interface IssueVolume {
  id: string;
  /** The manifest's date: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  /** Bytes of its raw page files. */
  bytes: number;
}

/** The shards of `issues` under `base` (`/` or `/archive/`), none above `budgetBytes` of page text. */
export function planShards(issues: IssueVolume[], budgetBytes: number, base = '/'): ShardPlan {
  const byDate = [...issues].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  const shards: Shard[] = [];
  let current: Shard | undefined;
  let year = '';
  let part = 0;
  for (const issue of byDate) {
    if (issue.bytes > budgetBytes) {
      throw new RefusedInput(
        `issue ${issue.id} holds ${issue.bytes.toLocaleString('en-US')} bytes of page text, more than the shard budget of ${budgetBytes.toLocaleString('en-US')}: raise the budget (--budget-mb).`,
      );
    }
    const issueYear = issue.date.slice(0, 4);
    if (issueYear !== year) {
      year = issueYear;
      part = 0;
      current = undefined;
    }
    if (!current || current.bytes + issue.bytes > budgetBytes) {
      part += 1;
      const key = `y${year}-${part}`;
      current = { key, base: `${base}${key}/`, bytes: 0, issues: [] };
      shards.push(current);
    }
    current.bytes += issue.bytes;
    current.issues.push(issue.id);
  }
  return { budgetBytes, shards };
}
