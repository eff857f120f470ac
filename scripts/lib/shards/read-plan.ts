import fs from 'node:fs';
import { shardPlanSchema, type ShardPlan } from '../../../src/schemas/shards.ts';
import { RefusedInput } from './refused.ts';

/** A shards.json, checked against its schema; a file that is not one stops with a message naming it. */
export function readShardPlan(file: string): ShardPlan {
  if (!fs.existsSync(file)) throw new RefusedInput(`no shard plan at ${file}: write it with npm run shards -- plan (or pass --plan FILE).`);
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new RefusedInput(`${file} is not JSON (${(error as Error).message}); write it with npm run shards -- plan.`);
  }
  const parsed = shardPlanSchema.safeParse(json);
  if (!parsed.success)
    throw new RefusedInput(
      `${file} is not a shard plan (${parsed.error.issues[0].path.join('.')}: ${parsed.error.issues[0].message}); write it with npm run shards -- plan.`,
    );
  return parsed.data;
}
