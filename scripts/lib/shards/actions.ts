/**
 * What `npm run shards -- plan|content|hub` does, as functions the command calls
 * with its parsed flags (scripts/shards.ts only reads the command line and
 * prints). Each returns the lines to print; refused input throws RefusedInput,
 * a command line that cannot be run throws WrongCommandLine.
 */
import fs from 'node:fs';
import path from 'node:path';
import { planShards } from './plan.ts';
import { readIssueVolumes } from './volumes.ts';
import { hubPage } from './hub.ts';
import { readShardPlan } from './read-plan.ts';
import { RefusedInput } from './refused.ts';

/** A command line the shard commands cannot run; the command prints the message and its usage (exit code 2). */
export class WrongCommandLine extends Error {}

/** The command's flags, as parseArgs gives them (defaults filled in). */
export interface ShardFlags {
  issues: string;
  'budget-mb': string;
  base: string;
  out?: string;
  plan: string;
  site?: string;
}

/** Runs `npm run shards -- <action> [KEY]` with its flags; returns the lines to print. */
export function runShardsCommand(positionals: string[], flags: ShardFlags): string[] {
  const [action, key, ...rest] = positionals;
  if (rest.length > 0) throw new WrongCommandLine(`unexpected argument '${rest[0]}'.`);
  if (action === 'plan') {
    if (key) throw new WrongCommandLine(`plan takes no shard key (got '${key}').`);
    const budget = flags['budget-mb'];
    if (!/^\d+$/.test(budget) || Number(budget) < 1)
      throw new WrongCommandLine(`--budget-mb takes a whole number of megabytes of at least 1 (e.g. --budget-mb 16), not '${budget}'.`);
    if (!/^\/(?:.*\/)?$/.test(flags.base))
      throw new WrongCommandLine(`--base must start and end with '/', e.g. / or /archive/ (got '${flags.base}').`);
    return writePlan(flags.issues, Number(budget), flags.base, flags.out ?? 'shards.json');
  }
  if (action === 'content') {
    if (!key) throw new WrongCommandLine('content needs the key of a shard, e.g. npm run shards -- content y2024-1 --out shard');
    if (!flags.out) throw new WrongCommandLine('content needs --out DIR (the content folder to write).');
    return copyShardContent(flags.plan, key, flags.issues, flags.out);
  }
  if (action === 'hub') {
    if (!flags.site) throw new WrongCommandLine('hub needs --site DIR (the folder holding every built shard).');
    return writeHub(flags.plan, flags.site);
  }
  throw new WrongCommandLine(action ? `unknown action '${action}'.` : 'say what to do: plan, content or hub.');
}

/** Plans the issues under `issuesDir` into shards of at most `budgetMb` MB of page text and writes the plan to `out`. */
export function writePlan(issuesDir: string, budgetMb: number, base: string, out: string): string[] {
  const volumes = readIssueVolumes(issuesDir);
  if (volumes.length === 0) throw new RefusedInput(`no issue folders in ${issuesDir}.`);
  const plan = planShards(volumes, budgetMb * 1_000_000, base);
  fs.writeFileSync(out, `${JSON.stringify(plan, null, 2)}\n`);
  return [
    ...plan.shards.map((shard) => `${shard.key}\t${shard.issues.length} issues\t${(shard.bytes / 1e6).toFixed(1)} MB\t${shard.base}`),
    `wrote ${out}: ${plan.shards.length} shards of at most ${budgetMb} MB of page text`,
  ];
}

/** Copies shard `key`'s issue folders from `issuesDir` into `out/issues`, replacing what was there. */
export function copyShardContent(planFile: string, key: string, issuesDir: string, out: string): string[] {
  const plan = readShardPlan(planFile);
  const shard = plan.shards.find((s) => s.key === key);
  if (!shard) throw new RefusedInput(`no shard '${key}' in ${planFile} (it has ${plan.shards.map((s) => s.key).join(', ')}).`);
  // Copies, not links: ingest reads real folders only.
  fs.rmSync(path.join(out, 'issues'), { recursive: true, force: true });
  for (const id of shard.issues) fs.cpSync(path.join(issuesDir, id), path.join(out, 'issues', id), { recursive: true });
  return [`${key}: ${shard.issues.length} issues in ${path.join(out, 'issues')}; build it with BASE_PATH=${shard.base}`];
}

/** Writes `site/index.html`, the deployment's root page, from every shard built under `site`. */
export function writeHub(planFile: string, site: string): string[] {
  const plan = readShardPlan(planFile);
  // Every shard is served at <base><key>/: the base is the first shard's without its key.
  const base = plan.shards[0].base.replace(/[^/]+\/$/, '');
  fs.writeFileSync(path.join(site, 'index.html'), hubPage(site, plan, base));
  return [`wrote ${path.join(site, 'index.html')}: ${plan.shards.length} shards`];
}
