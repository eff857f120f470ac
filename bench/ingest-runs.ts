/**
 * `npm run bench:ingest`: the ingest command alone, as a maintainer runs it, on a
 * real-shaped archive (bench/lib/corpus-archive.ts): cold, then with nothing changed, then
 * with one page changed, each a fresh `node scripts/ingest.ts --quiet` timed as a whole
 * (Node's start-up, module loading and the work; CPU seconds of the process and its
 * threads, from GNU time). The builds and search are `npm run bench`'s; this is the quick
 * loop for the pipeline's own speed (issue 13's targets: cold ≤ 10 s, one changed page ≤ 0.5 s).
 *
 *   npm run bench:ingest                            # 10,000 records, 3 runs of each incremental case
 *   npm run bench:ingest -- --records 2000 --runs 5
 *   npm run bench:ingest -- --threads 1             # cold on one thread (INGEST_THREADS)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { positiveIntegers, readCommandLine } from '../scripts/lib/cli/read-command-line.ts';
import { generateCorpusArchive } from './lib/corpus-archive.ts';
import { ROOT } from './lib/bench-site.ts';
import { runTimed, summarize, type Summary } from './lib/measure.ts';

const command = {
  name: 'bench:ingest',
  usage: `usage: npm run bench:ingest [-- OPTIONS]

  --records 10000   corpus records to set into the archive (default 10000: ~10,000 articles)
  --runs 3          runs of each incremental case (default 3)
  --seed 1          seed of the archive (default 1)
  --threads N       worker threads for the cold run (default: ingest's own choice)
  --keep            keep the archive under .bench/ingest-r<records>/`,
};
const { values } = readCommandLine(command, {
  options: {
    records: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '3' },
    seed: { type: 'string', default: '1' },
    threads: { type: 'string' },
    keep: { type: 'boolean' },
  },
});
const [records] = positiveIntegers(command, 'records', values.records);
const [runs] = positiveIntegers(command, 'runs', values.runs);
const [seed] = positiveIntegers(command, 'seed', values.seed, 0);
const threads = values.threads === undefined ? undefined : positiveIntegers(command, 'threads', values.threads, 0)[0];

const content = path.join(ROOT, '.bench', `ingest-r${records}`);
const generated = generateCorpusArchive(ROOT, content, records, seed);
console.log(
  `${records} records: ${generated.issues} issues, ${generated.pages} pages, ${(generated.bytes / 2 ** 20).toFixed(1)} MB of page text`,
);

/** One whole `npm run ingest -- --quiet`, minus npm: the command's own process. */
async function ingest(env: NodeJS.ProcessEnv = {}) {
  return runTimed(process.execPath, [path.join(ROOT, 'scripts', 'ingest.ts'), '--quiet'], {
    cwd: ROOT,
    env: { ARCHIVE_CONTENT: content, ...env },
  });
}

// The first run also fills Node's compile cache, as a maintainer's first run does.
const cold = await ingest(threads === undefined ? {} : { INGEST_THREADS: String(threads) });
const articles = fs.readdirSync(path.join(content, 'articles'), { recursive: true }).filter((name) => String(name).endsWith('.mdx')).length;
console.log(
  `cold: ${cold.cpuS.toFixed(2)} s CPU, ${(cold.wallMs / 1000).toFixed(2)} s wall, load ${cold.load.toFixed(1)}; ${articles} articles`,
);

const cases: Array<[string, (round: number) => void]> = [
  ['nothing changed', () => {}],
  [
    'one page changed',
    (round) => {
      // The first issue's first page gains a line, as a maintainer's correction would.
      const first = fs.readdirSync(path.join(content, 'issues')).sort()[0];
      fs.appendFileSync(path.join(content, 'issues', first, 'p01.txt'), `\n（本版补记第${round}次）\n`);
    },
  ],
];
const rows: Array<[string, Summary, Summary, Summary]> = [];
for (const [name, change] of cases) {
  const cpu: number[] = [];
  const wall: number[] = [];
  const load: number[] = [];
  for (let round = 1; round <= runs; round++) {
    change(round);
    const run = await ingest();
    cpu.push(run.cpuS);
    wall.push(run.wallMs / 1000);
    load.push(run.load);
    console.log(`${name} #${round}: ${run.cpuS.toFixed(2)} s CPU, ${(run.wallMs / 1000).toFixed(2)} s wall, load ${run.load.toFixed(1)}`);
  }
  rows.push([name, summarize(cpu), summarize(wall), summarize(load)]);
}

const cell = (s: Summary) => (s.n > 1 ? `${s.median.toFixed(2)} (${s.min.toFixed(2)}–${s.max.toFixed(2)})` : s.median.toFixed(2));
console.log(
  `\n${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, Node ${process.version}; ${articles} articles, ${generated.pages} pages\n`,
);
console.log('| `node scripts/ingest.ts --quiet` | CPU s (user + sys) | wall s | 1-min load |');
console.log('| --- | --- | --- | --- |');
console.log(
  `| cold${threads === undefined ? '' : `, ${threads} thread(s)`} | ${cold.cpuS.toFixed(2)} | ${(cold.wallMs / 1000).toFixed(2)} | ${cold.load.toFixed(1)} |`,
);
for (const [name, cpu, wall, load] of rows) console.log(`| ${name} | ${cell(cpu)} | ${cell(wall)} | ${cell(load)} |`);
if (!values.keep) fs.rmSync(content, { recursive: true, force: true });
