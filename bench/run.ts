/**
 * `npm run bench`: generates synthetic archives at several multiples of the
 * seeds (or real-shaped archives from the parser's corpus records) and measures
 * ingest, build, index, dist and search against a bare Astro + MDX + Pagefind
 * baseline and a Hugo + Pagefind one (Debian's /usr/bin/hugo: `apt-get install
 * hugo`, or pass --no-hugo); writes bench/results/<name>.{json,md}.
 *
 *   npm run bench                                  # 10×, 100×, 200× the seeds; 3, 3 and 1 run(s)
 *   npm run bench -- --sizes 10 --runs 1           # a quick run
 *   npm run bench -- --corpus records --sizes 10000 --runs 1   # ~10,000 real-shaped articles (the parser's corpus re-set)
 *   npm run bench -- --sizes 200 --runs 1 --no-baseline --no-hugo --no-browser
 *   npm run bench -- --tree HEAD --sizes 10        # measure a clean export of a commit, not the live checkout
 *   npm run bench -- --tree HEAD --overlay .bench/variants/x   # ...with a variant's files laid over it
 *   npm run bench -- --shards                      # the sharded build demonstration (bench/shards.ts)
 *
 * Run benchmarks one at a time: they use both cores and, at 200×, several GB.
 */
import fs from 'node:fs';
import path from 'node:path';
import { benchSize } from './lib/bench-size.ts';
import { ROOT } from './lib/bench-site.ts';
import { positiveIntegers, readCommandLine, refuseCommandLine } from '../scripts/lib/cli/read-command-line.ts';
import { renderMarkdown, type SizeResult } from './lib/report.ts';
import { runInSnapshot } from './lib/snapshot.ts';

const usage = `usage: npm run bench [-- OPTIONS]

  --corpus seeds        seeds: the seeds' sentences recombined; records: real-shaped pages
                        from the parser's corpus records (default seeds)
  --sizes 10,100,200    archive sizes: multiples of the seeds, or articles to set with
                        --corpus records (default 10,100,200)
  --runs 3,3,1          runs per size: one count for all, or one per size (default 3,3,1)
  --seed 1              seed of the synthetic archive (default 1)
  --name NAME           results file name under bench/results (default: date-sizes-runs)
  --keep                keep each size's work folder under .bench/
  --no-baseline         skip the bare Astro + MDX + Pagefind baseline
  --no-hugo             skip the Hugo + Pagefind baseline (it needs /usr/bin/hugo)
  --no-browser          skip the search measurements in Chromium
  --tree REV            measure a clean export of a commit, not the live checkout
  --overlay DIR         with --tree: lay DIR's files over the export
  --shards              the sharded build demonstration instead (see bench/shards.ts)`;
const args = process.argv.slice(2);

if (args.includes('--shards')) {
  // The sharded demonstration reads its own options (--scale, --by …).
  await import('./shards.ts');
} else {
  const command = { name: 'bench', usage };
  const { values } = readCommandLine(command, {
    options: {
      sizes: { type: 'string', default: '10,100,200' },
      runs: { type: 'string', default: '3,3,1' },
      seed: { type: 'string', default: '1' },
      corpus: { type: 'string', default: 'seeds' },
      name: { type: 'string' },
      keep: { type: 'boolean' },
      'no-baseline': { type: 'boolean' },
      'no-hugo': { type: 'boolean' },
      'no-browser': { type: 'boolean' },
      tree: { type: 'string' },
      overlay: { type: 'string' },
      // Set by --tree on the run inside the export: which commit the numbers are of.
      'commit-label': { type: 'string' },
    },
  });
  const corpus = values.corpus;
  if (corpus !== 'seeds' && corpus !== 'records') refuseCommandLine(command, `--corpus is seeds or records, not '${corpus}'.`);
  const sizes = positiveIntegers(command, 'sizes', values.sizes);
  // One count for every size, or one per size (e.g. --runs 3,3,1: the largest size once).
  const runList = positiveIntegers(command, 'runs', values.runs);
  const [seed] = positiveIntegers(command, 'seed', values.seed, 0);
  if (values.overlay !== undefined && values.tree === undefined) refuseCommandLine(command, '--overlay needs --tree.');
  if (values.tree !== undefined) {
    // The export's own bench/run.ts measures; it gets every other option as given.
    const drop = new Set(['--tree', '--overlay']);
    const rest = args.filter(
      (arg, i) => !drop.has(arg) && !drop.has(args[i - 1]) && !arg.startsWith('--tree=') && !arg.startsWith('--overlay='),
    );
    process.exitCode = runInSnapshot(ROOT, values.tree, rest, values.overlay);
  } else {
    await measure(values, corpus, sizes, runList, seed);
  }
}

async function measure(
  values: { name?: string; keep?: boolean; 'no-baseline'?: boolean; 'no-hugo'?: boolean; 'no-browser'?: boolean; 'commit-label'?: string },
  corpus: 'seeds' | 'records',
  sizes: number[],
  runList: number[],
  seed: number,
) {
  const runsFor = (index: number) => runList[Math.min(index, runList.length - 1)];
  const name =
    values.name ??
    `${new Date().toISOString().slice(0, 10)}-${corpus === 'records' ? 'records-' : ''}${sizes.join('-')}x${runList.join('-')}`;
  const keep = values.keep === true;
  const results: SizeResult[] = [];
  const resultsDir = path.join(ROOT, 'bench', 'results');
  fs.mkdirSync(resultsDir, { recursive: true });
  const commit = values['commit-label'] ?? '';
  const shown = args.filter((arg, i) => arg !== '--commit-label' && args[i - 1] !== '--commit-label');
  const commandLine = `npm run bench -- ${shown.join(' ')}`.trim() + (commit ? ` (tree: commit ${commit})` : '');
  for (const [index, scale] of sizes.entries()) {
    const work = path.join(ROOT, '.bench', `${corpus === 'records' ? 'r' : 's'}${scale}`);
    results.push(
      await benchSize({
        scale,
        corpus,
        // The largest archives once: a multiple of 1,000 seeds, or 50,000 records.
        runs: (corpus === 'seeds' ? scale >= 1000 : scale >= 50_000) ? 1 : runsFor(index),
        seed,
        baseline: values['no-baseline'] !== true,
        hugo: values['no-hugo'] !== true,
        browser: values['no-browser'] !== true,
        work,
        log: (line) => console.log(line),
      }),
    );
    // Write after every size, so an interrupted run still leaves its numbers.
    fs.writeFileSync(path.join(resultsDir, `${name}.json`), `${JSON.stringify({ command: commandLine, results }, null, 2)}\n`);
    fs.writeFileSync(path.join(resultsDir, `${name}.md`), renderMarkdown(results, commandLine));
    if (!keep) fs.rmSync(work, { recursive: true, force: true });
  }
  console.log(`\nwrote bench/results/${name}.md and .json\n`);
  console.log(renderMarkdown(results, commandLine));
}
