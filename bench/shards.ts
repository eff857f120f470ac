/**
 * `npm run bench -- --shards [--scale 20] [--by year|paper]`: the sharded
 * build, demonstrated small. One synthetic archive is split by year (or
 * paper); every shard is built on its own with the real `npm run build`
 * under its own base path (/y2019/ …), as one CI matrix job each would; the
 * outputs sit side by side under one CDN path with a hub page; then Chromium
 * searches the newest shard with every other shard's Pagefind index merged
 * in at query time, and checks that the merged results are the sum of each
 * shard's own. Writes bench/results/shards-<scale>x-<by>.{json,md}.
 */
import fs from 'node:fs';
import path from 'node:path';
import { generateArchive } from './generate.ts';
import { ROOT } from './lib/bench-site.ts';
import { runTimed, summarize } from './lib/measure.ts';
import { shardArchive } from './lib/shard-archive.ts';
import { hubPage } from '../scripts/lib/shards/hub.ts';
import { queryShards } from './lib/shard-query.ts';
import { machine } from './lib/report.ts';
import { positiveIntegers, readCommandLine, refuseCommandLine } from '../scripts/lib/cli/read-command-line.ts';

const command = {
  name: 'bench --shards',
  usage: `usage: npm run bench -- --shards [--scale 20] [--by year|paper] [--seed 1] [--query-only]

  --scale 20       archive size, as a multiple of the seeds (default 20)
  --by year        split into shards by year (default) or by paper
  --seed 1         seed of the synthetic archive (default 1)
  --query-only     re-run the browser part on the shards built last time`,
};
const { values } = readCommandLine(command, {
  options: {
    shards: { type: 'boolean' },
    scale: { type: 'string', default: '20' },
    by: { type: 'string', default: 'year' },
    seed: { type: 'string', default: '1' },
    'query-only': { type: 'boolean' },
  },
});
const [scale] = positiveIntegers(command, 'scale', values.scale);
const [seed] = positiveIntegers(command, 'seed', values.seed, 0);
if (values.by !== 'year' && values.by !== 'paper') refuseCommandLine(command, `--by takes year or paper, not '${values.by}'.`);
const by = values.by;
const work = path.join(ROOT, '.bench', 'shards');
const site = path.join(work, 'site');

// --query-only re-runs the browser part on the shards built last time.
const queryOnly = values['query-only'] === true;
const generated = queryOnly
  ? JSON.parse(fs.readFileSync(path.join(work, 'all', 'generated.json'), 'utf8'))
  : generateArchive(ROOT, path.join(work, 'all'), scale, seed);
const shards = queryOnly
  ? new Map(
      fs
        .readdirSync(path.join(work, 'parts'))
        .sort()
        .map((key) => [key, path.join(work, 'parts', key, 'content')]),
    )
  : shardArchive(path.join(work, 'all'), path.join(work, 'parts'), by);
console.log(`${scale}×: ${generated.issues} issues in ${shards.size} shards by ${by}: ${[...shards.keys()].join(', ')}`);

interface ShardCost {
  key: string;
  issues: number;
  articles: number;
  wallS: number;
  cpuS: number;
  peakRssMb: number;
  files: number;
  indexMb: number;
}
const costsFile = path.join(work, 'costs.json');
const costs: ShardCost[] = queryOnly ? JSON.parse(fs.readFileSync(costsFile, 'utf8')) : [];
if (!queryOnly) fs.rmSync(site, { recursive: true, force: true });
for (const [key, content] of queryOnly ? [] : shards) {
  const out = path.join(site, key);
  // Exactly what one CI matrix job runs: the project's build, for one shard, under its base path.
  const run = await runTimed('npm', ['run', '-s', 'build'], {
    cwd: ROOT,
    env: { ARCHIVE_CONTENT: content, ARCHIVE_OUT_DIR: out, ARCHIVE_CACHE_DIR: path.join(work, 'cache', key), BASE_PATH: `/${key}/` },
  });
  const files = fs.readdirSync(out, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  const indexBytes = files
    .filter((e) => e.parentPath.includes(`${path.sep}pagefind`))
    .reduce((n, e) => n + fs.statSync(path.join(e.parentPath, e.name)).size, 0);
  const cost: ShardCost = {
    key,
    issues: fs.readdirSync(path.join(content, 'issues')).length,
    articles: fs.readdirSync(path.join(content, 'articles'), { recursive: true }).filter((n) => String(n).endsWith('.mdx')).length,
    wallS: run.wallMs / 1000,
    cpuS: run.cpuS,
    peakRssMb: run.peakRssMb,
    files: files.length,
    indexMb: indexBytes / 2 ** 20,
  };
  costs.push(cost);
  console.log(
    `  ${key}: ${cost.articles} articles, ${cost.wallS.toFixed(1)} s wall, ${cost.cpuS.toFixed(1)} s CPU, ${cost.peakRssMb.toFixed(0)} MB peak, ${cost.files} files`,
  );
}
fs.writeFileSync(costsFile, JSON.stringify(costs));
// The deployment's root page, as `npm run shards -- hub` writes it (this demonstration's shards are served at /<key>/).
const hubPlan = { budgetBytes: 1, shards: [...shards.keys()].map((key) => ({ key, base: `/${key}/`, bytes: 0, issues: [key] })) };
fs.writeFileSync(path.join(site, 'index.html'), hubPage(site, hubPlan, '/'));
const query = await queryShards(site, [...shards.keys()], '长三角');
const sum = Object.values(query.perShard).reduce((a, b) => a + b, 0);
console.log(
  `  query 长三角: per shard ${JSON.stringify(query.perShard)} (sum ${sum}); merged ${query.merged} from ${query.mergedShards.join(', ')}, ${(query.mergedBytes / 1024).toFixed(1)} KB, ${query.mergedMs.toFixed(0)} ms`,
);
if (query.merged !== sum) console.error(`merged results (${query.merged}) differ from the sum of the shards' own (${sum})`);

const wall = summarize(costs.map((c) => c.wallS));
const lines = [
  `Machine: ${machine()}.`,
  '',
  `Command: \`npm run bench -- --shards --scale ${scale} --by ${by}\` (${generated.issues} issues, ${generated.pages} pages; shards built one after another here, as parallel CI jobs in production).`,
  '',
  '| shard | issues | articles | build wall s | build CPU s | peak RSS MB | files | index MB |',
  '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ...costs.map(
    (c) =>
      `| ${c.key} | ${c.issues} | ${c.articles} | ${c.wallS.toFixed(1)} | ${c.cpuS.toFixed(1)} | ${c.peakRssMb.toFixed(0)} | ${c.files} | ${c.indexMb.toFixed(1)} |`,
  ),
  `| all (sum; max for RSS) | ${costs.reduce((n, c) => n + c.issues, 0)} | ${costs.reduce((n, c) => n + c.articles, 0)} | ${costs.reduce((n, c) => n + c.wallS, 0).toFixed(1)} (slowest shard ${wall.max.toFixed(1)}) | ${costs.reduce((n, c) => n + c.cpuS, 0).toFixed(1)} | ${Math.max(...costs.map((c) => c.peakRssMb)).toFixed(0)} | ${costs.reduce((n, c) => n + c.files, 0)} | ${costs.reduce((n, c) => n + c.indexMb, 0).toFixed(1)} |`,
  '',
  `Query 长三角 in Chromium: each shard alone ${JSON.stringify(query.perShard)} (sum ${sum}); newest shard with the others merged at query time: ${query.merged} results from shards ${query.mergedShards.join(', ')}, ${(query.mergedBytes / 1024).toFixed(1)} KB fetched from a page that had not loaded Pagefind (${Object.entries(
    query.mergedKinds,
  )
    .map(([k, v]) => `${k} ${(v / 1024).toFixed(1)} KB`)
    .join(', ')}), ${query.mergedMs.toFixed(0)} ms.`,
  '',
];
const resultsDir = path.join(ROOT, 'bench', 'results');
fs.mkdirSync(resultsDir, { recursive: true });
const name = `shards-${scale}x-${by}`;
fs.writeFileSync(path.join(resultsDir, `${name}.json`), `${JSON.stringify({ scale, by, generated, costs, query }, null, 2)}\n`);
fs.writeFileSync(path.join(resultsDir, `${name}.md`), lines.join('\n'));
console.log(`\nwrote bench/results/${name}.md\n\n${lines.join('\n')}`);
