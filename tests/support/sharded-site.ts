// The bundled archive built as a sharded deployment (docs/scaling.md): planned by
// `npm run shards -- plan`'s planner under /archive/, every shard built for real
// with ARCHIVE_SHARDS, side by side under one folder as the deploy job lays them
// out, once per test run.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSite, builtThisRun, ROOT } from './build-site.ts';
import { planShards } from '../../scripts/lib/shards/plan.ts';
import { readIssueVolumes } from '../../scripts/lib/shards/volumes.ts';
import { shardPlanSchema, type ShardPlan } from '../../src/schemas/shards.ts';

export const SHARDED = {
  site: path.join(ROOT, '.test-dist', 'sharded'),
  plan: path.join(ROOT, '.test-dist', 'sharded-plan.json'),
  base: '/archive/',
} as const;

/**
 * Builds every shard unless this run already did (or TEST_REUSE_BUILD=1 and a build
 * exists). The bundled pages are small: a 1 MB budget makes one shard per year.
 */
export function buildShardedSite(): ShardPlan {
  const done = path.join(SHARDED.site, 'built');
  if (builtThisRun(done)) {
    return shardPlanSchema.parse(JSON.parse(fs.readFileSync(SHARDED.plan, 'utf8')));
  }
  const issues = path.join(ROOT, 'src', 'content', 'issues');
  const plan = planShards(readIssueVolumes(issues), 1_000_000, SHARDED.base);
  fs.mkdirSync(path.dirname(SHARDED.plan), { recursive: true });
  fs.writeFileSync(SHARDED.plan, JSON.stringify(plan));
  fs.rmSync(SHARDED.site, { recursive: true, force: true });
  for (const shard of plan.shards) {
    // A copy per shard, as `npm run shards -- content` makes: ingest writes articles/ next to issues/.
    const content = fs.mkdtempSync(path.join(os.tmpdir(), `shard-${shard.key}-`));
    for (const id of shard.issues) fs.cpSync(path.join(issues, id), path.join(content, 'issues', id), { recursive: true });
    buildSite({ outDir: path.join(SHARDED.site, shard.key), base: shard.base, content, env: { ARCHIVE_SHARDS: SHARDED.plan } });
  }
  fs.writeFileSync(done, '');
  return plan;
}
