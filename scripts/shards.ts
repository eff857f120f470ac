/**
 * `npm run shards -- <plan|content|hub>`: a sharded build of a large archive
 * (docs/scaling.md). `plan` cuts the issues into shards by bytes of page text
 * and writes shards.json; `content` copies one shard's issue folders into a
 * content folder for its build (one CI matrix job); `hub` writes the root page
 * of the deployment from the built shards. Exit codes: 0 done, 1 refused
 * input, 2 a wrong command line.
 */
import fs from 'node:fs';
import path from 'node:path';
import { positiveIntegers, readCommandLine, refuseCommandLine } from './lib/cli/read-command-line.ts';
import { planShards } from './lib/shards/plan.ts';
import { RefusedInput } from './lib/shards/refused.ts';
import { readIssueVolumes } from './lib/shards/volumes.ts';
import { hubPage } from './lib/shards/hub.ts';
import { readShardPlan } from './lib/shards/read-plan.ts';

/**
 * Default budget: Pagefind 1.6 peaked at 2.8 GB indexing a 15.9 MB shard of real-shaped
 * pages (and 5.5 GB for 31 MB built whole), about 175 bytes per byte of page text, so
 * 16 MB keeps every step of a shard's build under 4 GB with a quarter to spare
 * (docs/scaling.md).
 */
const DEFAULT_BUDGET_MB = 16;

const command = {
  name: 'shards',
  usage: `usage: npm run shards -- plan [--issues DIR] [--budget-mb ${DEFAULT_BUDGET_MB}] [--base /] [--out shards.json]
       npm run shards -- content KEY [--plan shards.json] [--issues DIR] --out DIR
       npm run shards -- hub [--plan shards.json] --site DIR

  plan       cut the archive's issues into shards of at most --budget-mb MB of page text
             (never mixing years; earlier shards stay as they are when new issues are added)
  content    copy shard KEY's issue folders into DIR/issues, for ARCHIVE_CONTENT=DIR npm run build
  hub        write DIR/index.html, the deployment's root page, from every shard built under DIR

  --issues DIR   the issue folders (default src/content/issues)
  --base /       the path every shard is served under (each shard at <base><key>/)
  --plan FILE    the plan written by plan (default shards.json)`,
};
const { values, positionals } = readCommandLine(command, {
  allowPositionals: true,
  options: {
    issues: { type: 'string', default: path.join('src', 'content', 'issues') },
    'budget-mb': { type: 'string', default: String(DEFAULT_BUDGET_MB) },
    base: { type: 'string', default: '/' },
    out: { type: 'string' },
    plan: { type: 'string', default: 'shards.json' },
    site: { type: 'string' },
  },
});
const [action, key, ...rest] = positionals;
if (rest.length > 0) refuseCommandLine(command, `unexpected argument '${rest[0]}'.`);

try {
  if (action === 'plan') {
    if (key) refuseCommandLine(command, `plan takes no shard key (got '${key}').`);
    const [budgetMb] = positiveIntegers(command, 'budget-mb', values['budget-mb']);
    if (!/^\/(?:.*\/)?$/.test(values.base))
      refuseCommandLine(command, `--base must start and end with '/', e.g. / or /archive/ (got '${values.base}').`);
    const volumes = readIssueVolumes(values.issues);
    if (volumes.length === 0) refuseCommandLine(command, `no issue folders in ${values.issues}.`);
    const plan = planShards(volumes, budgetMb * 1_000_000, values.base);
    const out = values.out ?? 'shards.json';
    fs.writeFileSync(out, `${JSON.stringify(plan, null, 2)}\n`);
    for (const shard of plan.shards)
      console.log(`${shard.key}\t${shard.issues.length} issues\t${(shard.bytes / 1e6).toFixed(1)} MB\t${shard.base}`);
    console.log(`wrote ${out}: ${plan.shards.length} shards of at most ${budgetMb} MB of page text`);
  } else if (action === 'content') {
    if (!key) refuseCommandLine(command, 'content needs the key of a shard, e.g. npm run shards -- content y2024-1 --out shard');
    if (!values.out) refuseCommandLine(command, 'content needs --out DIR (the content folder to write).');
    const plan = readShardPlan(values.plan);
    const shard = plan.shards.find((s) => s.key === key);
    if (!shard) refuseCommandLine(command, `no shard '${key}' in ${values.plan} (it has ${plan.shards.map((s) => s.key).join(', ')}).`);
    // Copies, not links: ingest reads real folders only.
    fs.rmSync(path.join(values.out, 'issues'), { recursive: true, force: true });
    for (const id of shard.issues) fs.cpSync(path.join(values.issues, id), path.join(values.out, 'issues', id), { recursive: true });
    console.log(`${key}: ${shard.issues.length} issues in ${path.join(values.out, 'issues')}; build it with BASE_PATH=${shard.base}`);
  } else if (action === 'hub') {
    if (!values.site) refuseCommandLine(command, 'hub needs --site DIR (the folder holding every built shard).');
    const plan = readShardPlan(values.plan);
    const base = plan.shards[0].base.replace(/[^/]+\/$/, '');
    fs.writeFileSync(path.join(values.site, 'index.html'), hubPage(values.site, plan, base));
    console.log(`wrote ${path.join(values.site, 'index.html')}: ${plan.shards.length} shards`);
  } else {
    refuseCommandLine(command, action ? `unknown action '${action}'.` : 'say what to do: plan, content or hub.');
  }
} catch (error) {
  if (!(error instanceof RefusedInput)) throw error;
  console.error(`shards: ${error.message}`);
  process.exitCode = 1;
}
