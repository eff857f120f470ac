/**
 * `npm run bench:sharded -- --issues DIR [--budget-mb 16] [--query 长三角] [--name NAME]`:
 * an end-to-end sharded build of a large archive, exactly as a CI matrix runs it
 * (docs/scaling.md): `npm run shards -- plan`, then for every shard its issues
 * copied into a content folder, `ingest`, `astro build` and `pagefind` each
 * measured on its own under GNU time (CPU time of the process tree, peak RSS),
 * then the hub; then Chromium searches the newest shard's real search page,
 * which merges every shard's index, and checks its count against the shards'
 * own. Shards already built by an interrupted run are kept with --resume.
 * Writes bench/results/sharded-<name>.{json,md}.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './lib/bench-site.ts';
import { runTimed, type TimedRun } from './lib/measure.ts';
import { machine } from './lib/report.ts';
import { searchShards } from './lib/sharded-search.ts';
import { positiveIntegers, readCommandLine, refuseCommandLine } from '../scripts/lib/cli/read-command-line.ts';
import { planShards } from '../scripts/lib/shards/plan.ts';
import { readIssueVolumes } from '../scripts/lib/shards/volumes.ts';
import { hubPage } from '../scripts/lib/shards/hub.ts';

const command = {
  name: 'bench:sharded',
  usage: `usage: npm run bench:sharded -- --issues DIR [--budget-mb 16] [--query 长三角] [--name NAME] [--work DIR] [--resume]

  --issues DIR     the archive's issue folders (e.g. a generated corpus's issues/)
  --budget-mb 16   page text per shard, as npm run shards -- plan takes it
  --query 长三角    the query searched across the shards in Chromium
  --name NAME      results go to bench/results/sharded-NAME.{json,md} (default: the shard count)
  --work DIR       where shards, their content and the site are written (default .bench/sharded)
  --resume         keep shards an interrupted run already built
  --only KEY,KEY   build only these shards and stop (two such runs, from two copies of the
                   checkout, are a matrix of two: astro build keeps its prerender chunks in
                   the checkout's .astro/, so two builds in one checkout break each other;
                   a last run with --resume adds the hub, the search and the results)`,
};
const { values } = readCommandLine(command, {
  options: {
    issues: { type: 'string' },
    'budget-mb': { type: 'string', default: '16' },
    query: { type: 'string', default: '长三角' },
    name: { type: 'string' },
    work: { type: 'string', default: path.join(ROOT, '.bench', 'sharded') },
    resume: { type: 'boolean' },
    only: { type: 'string' },
  },
});
if (!values.issues) refuseCommandLine(command, '--issues DIR is required.');
const [budgetMb] = positiveIntegers(command, 'budget-mb', values['budget-mb']);
const work = path.resolve(values.work);
const site = path.join(work, 'site');
const planFile = path.join(work, 'shards.json');

/** One step of one shard: CPU seconds (user + sys of the process tree), peak RSS, wall seconds, load when it began. */
interface Step {
  cpuS: number;
  peakRssMb: number;
  wallS: number;
  load: number;
}
interface ShardCost {
  key: string;
  issues: number;
  articles: number;
  textMb: number;
  files: number;
  steps: Record<'ingest' | 'astro' | 'pagefind', Step>;
}
const step = (run: TimedRun): Step => ({ cpuS: run.cpuS, peakRssMb: run.peakRssMb, wallS: run.wallMs / 1000, load: run.load });

fs.mkdirSync(work, { recursive: true });
const plan = planShards(readIssueVolumes(values.issues), budgetMb * 1_000_000, '/');
fs.writeFileSync(planFile, `${JSON.stringify(plan, null, 2)}\n`);
console.log(`${plan.shards.length} shards of at most ${budgetMb} MB of page text: ${plan.shards.map((s) => s.key).join(', ')}`);

const only = values.only?.split(',');
for (const key of only ?? [])
  if (!plan.shards.some((s) => s.key === key)) refuseCommandLine(command, `--only: no shard '${key}' in the plan.`);
const costs: ShardCost[] = [];
for (const shard of plan.shards.filter((s) => !only || only.includes(s.key))) {
  const dir = path.join(work, 'shards', shard.key);
  const out = path.join(site, shard.key);
  const costFile = path.join(dir, 'cost.json');
  if (values.resume && fs.existsSync(costFile)) {
    costs.push(JSON.parse(fs.readFileSync(costFile, 'utf8')));
    console.log(`  ${shard.key}: kept from the interrupted run`);
    continue;
  }
  const content = path.join(dir, 'content');
  fs.rmSync(dir, { recursive: true, force: true });
  for (const id of shard.issues) fs.cpSync(path.join(values.issues, id), path.join(content, 'issues', id), { recursive: true });
  // What one CI matrix job runs (the steps of npm run build, measured one by one).
  const env = {
    ARCHIVE_CONTENT: content,
    ARCHIVE_OUT_DIR: out,
    ARCHIVE_CACHE_DIR: path.join(dir, 'astro-cache'),
    BASE_PATH: shard.base,
    ARCHIVE_SHARDS: planFile,
  };
  const ingest = await runTimed(process.execPath, ['scripts/ingest.ts', '--quiet'], { cwd: ROOT, env });
  const astro = await runTimed(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { cwd: ROOT, env });
  const pagefind = await runTimed('npx', ['pagefind', '--site', out], { cwd: ROOT, env });
  const cost: ShardCost = {
    key: shard.key,
    issues: shard.issues.length,
    articles: fs.readdirSync(path.join(content, 'articles'), { recursive: true }).filter((n) => String(n).endsWith('.mdx')).length,
    textMb: shard.bytes / 1e6,
    files: fs.readdirSync(out, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length,
    steps: { ingest: step(ingest), astro: step(astro), pagefind: step(pagefind) },
  };
  // The shard's generated articles are not needed again; its site is.
  fs.rmSync(path.join(content, 'articles'), { recursive: true, force: true });
  fs.writeFileSync(costFile, JSON.stringify(cost));
  costs.push(cost);
  const s = cost.steps;
  console.log(
    `  ${shard.key}: ${cost.articles} articles, ${cost.textMb.toFixed(1)} MB; CPU s ingest ${s.ingest.cpuS.toFixed(0)}, astro ${s.astro.cpuS.toFixed(0)}, pagefind ${s.pagefind.cpuS.toFixed(0)}; peak MB ${s.ingest.peakRssMb.toFixed(0)} / ${s.astro.peakRssMb.toFixed(0)} / ${s.pagefind.peakRssMb.toFixed(0)}; ${cost.files} files`,
  );
}
if (only) process.exit(0);
fs.writeFileSync(path.join(site, 'index.html'), hubPage(site, plan, '/'));
const search = await searchShards(site, plan, values.query);
const sum = Object.values(search.perShard).reduce((a, b) => a + b, 0);
console.log(
  `  ${values.query}: shown ${search.shown}, sum of shards ${sum}; first page from ${search.firstPageShards.join(', ')}; ${(search.beforeQueryBytes / 1024).toFixed(1)} KB before, ${(search.firstQueryBytes / 1024).toFixed(1)} KB first query`,
);
if (search.shown !== sum) console.error(`the merged search shows ${search.shown} results, the shards alone ${sum}`);

const total = (f: (c: ShardCost) => number) => costs.reduce((n, c) => n + f(c), 0);
const max = (f: (c: ShardCost) => number) => Math.max(...costs.map(f));
const articles = total((c) => c.articles);
const files = total((c) => c.files) + 1;
const stepNames = ['ingest', 'astro', 'pagefind'] as const;
const lines = [
  `Machine: ${machine()}.`,
  '',
  `Command: \`npm run bench:sharded -- --issues … --budget-mb ${budgetMb}\`: ${plan.shards.length} shards, ${articles.toLocaleString('en-US')} articles, ${(total((c) => c.textMb) / 1000).toFixed(2)} GB of page text; shards built one after another here (one CI matrix job each in production). CPU = user + sys of the step's process tree (GNU time), peak = its largest process's RSS.`,
  '',
  '| shard | issues | articles | text MB | ingest CPU s | astro CPU s | pagefind CPU s | ingest peak MB | astro peak MB | pagefind peak MB | files | load |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ...costs.map(
    (c) =>
      `| ${c.key} | ${c.issues} | ${c.articles} | ${c.textMb.toFixed(1)} | ${stepNames.map((n) => c.steps[n].cpuS.toFixed(0)).join(' | ')} | ${stepNames.map((n) => c.steps[n].peakRssMb.toFixed(0)).join(' | ')} | ${c.files} | ${c.steps.astro.load.toFixed(1)} |`,
  ),
  `| all | ${total((c) => c.issues)} | ${articles} | ${total((c) => c.textMb).toFixed(0)} | ${stepNames.map((n) => total((c) => c.steps[n].cpuS).toFixed(0)).join(' | ')} | ${stepNames.map((n) => `max ${max((c) => c.steps[n].peakRssMb).toFixed(0)}`).join(' | ')} | ${files} (${(files / articles).toFixed(2)} per article) | |`,
  '',
  `Whole build: ${(total((c) => stepNames.reduce((n, s) => n + c.steps[s].cpuS, 0)) / 60).toFixed(1)} CPU minutes, ${(total((c) => stepNames.reduce((n, s) => n + c.steps[s].wallS, 0)) / 60).toFixed(1)} wall minutes in sequence; slowest shard ${(max((c) => stepNames.reduce((n, s) => n + c.steps[s].wallS, 0)) / 60).toFixed(1)} wall minutes (the wall time of a parallel matrix).`,
  '',
  `Search, newest shard's search page in Chromium, every other shard merged: ${values.query} shows ${search.shown} results (each shard alone: ${JSON.stringify(search.perShard)}, sum ${sum}); first page of results from ${search.firstPageShards.join(', ')}; ${(search.beforeQueryBytes / 1024).toFixed(1)} KB fetched before the reader types, ${(search.firstQueryBytes / 1024).toFixed(1)} KB for the first query (${search.firstQueryMs.toFixed(0)} ms), uncompressed.`,
  '',
];
const name = values.name ?? `${plan.shards.length}-shards`;
const results = path.join(ROOT, 'bench', 'results');
fs.mkdirSync(results, { recursive: true });
fs.writeFileSync(
  path.join(results, `sharded-${name}.json`),
  `${JSON.stringify({ budgetMb, plan: plan.shards.map(({ issues, ...s }) => ({ ...s, issues: issues.length })), costs, search }, null, 2)}\n`,
);
fs.writeFileSync(path.join(results, `sharded-${name}.md`), lines.join('\n'));
console.log(`\nwrote bench/results/sharded-${name}.md\n\n${lines.join('\n')}`);
