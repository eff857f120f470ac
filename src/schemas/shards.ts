import { z } from 'zod';

// A sharded archive's plan (shards.json, written by `npm run shards -- plan`): which
// issues each shard builds and under which base path it is served. The planner
// writes it, each shard's build reads it (ARCHIVE_SHARDS) to search the other
// shards, and the deploy job reads it to write the hub page (docs/scaling.md).

/** One shard: an independent build of some issues, served under its own base path. */
export const shardSchema = z.object({
  /** `y<year>-<n>`: the year of its issues and its place among that year's shards, from 1. */
  key: z.string().regex(/^y\d{4}-\d+$/),
  /** The path the shard is served under, ending in `/` (`<base><key>/`): its BASE_PATH. */
  base: z.string().regex(/^\/(?:.*\/)?$/),
  /** Bytes of raw page text of its issues (what its build's memory follows). */
  bytes: z.number().int().nonnegative(),
  /** Ids of its issues, in date order. */
  issues: z.array(z.string()).min(1),
});

export const shardPlanSchema = z.object({
  /** Most bytes of raw page text one shard may hold. */
  budgetBytes: z.number().int().positive(),
  shards: z.array(shardSchema).min(1),
});

export type Shard = z.infer<typeof shardSchema>;
export type ShardPlan = z.infer<typeof shardPlanSchema>;
