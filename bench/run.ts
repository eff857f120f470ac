/**
 * `npm run bench`: generates synthetic archives at several multiples of the
 * seeds and measures ingest, build, index, dist and search against a bare
 * Astro + MDX + Pagefind baseline; writes bench/results/<name>.{json,md}.
 *
 *   npm run bench                                  # 10×, 100×, 200× the seeds; 3, 3 and 1 run(s)
 *   npm run bench -- --sizes 10 --runs 1           # a quick run
 *   npm run bench -- --sizes 200 --runs 1 --no-baseline --no-browser
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
import { renderMarkdown, type SizeResult } from './lib/report.ts';
import { runInSnapshot } from './lib/snapshot.ts';

const args = process.argv.slice(2);
const flag = (name: string, fallback: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
};

if (args.includes('--tree')) {
  const rev = flag('tree', 'HEAD');
  const drop = new Set(['--tree', '--overlay']);
  const rest = args.filter((arg, i) => !drop.has(arg) && !drop.has(args[i - 1]));
  const overlay = args.includes('--overlay') ? flag('overlay', '') : undefined;
  process.exitCode = runInSnapshot(ROOT, rev, rest, overlay);
} else if (args.includes('--shards')) {
  await import('./shards.ts');
} else {
  const sizes = flag('sizes', '10,100,200').split(',').map(Number);
  // One count for every size, or one per size (e.g. --runs 3,3,1: the largest size once).
  const runList = flag('runs', '3,3,1').split(',').map(Number);
  const runsFor = (index: number) => runList[Math.min(index, runList.length - 1)];
  const seed = Number(flag('seed', '1'));
  const name = flag('name', `${new Date().toISOString().slice(0, 10)}-${sizes.join('-')}x${runList.join('-')}`);
  const keep = args.includes('--keep');
  const results: SizeResult[] = [];
  const resultsDir = path.join(ROOT, 'bench', 'results');
  fs.mkdirSync(resultsDir, { recursive: true });
  const commit = flag('commit-label', '');
  const shown = args.filter((arg, i) => arg !== '--commit-label' && args[i - 1] !== '--commit-label');
  const command = `npm run bench -- ${shown.join(' ')}`.trim() + (commit ? ` (tree: commit ${commit})` : '');
  for (const [index, scale] of sizes.entries()) {
    const work = path.join(ROOT, '.bench', `s${scale}`);
    results.push(
      await benchSize({
        scale,
        runs: scale >= 1000 ? 1 : runsFor(index),
        seed,
        baseline: !args.includes('--no-baseline'),
        browser: !args.includes('--no-browser'),
        work,
        log: (line) => console.log(line),
      }),
    );
    // Write after every size, so an interrupted run still leaves its numbers.
    fs.writeFileSync(path.join(resultsDir, `${name}.json`), `${JSON.stringify({ command, results }, null, 2)}\n`);
    fs.writeFileSync(path.join(resultsDir, `${name}.md`), renderMarkdown(results, command));
    if (!keep) fs.rmSync(work, { recursive: true, force: true });
  }
  console.log(`\nwrote bench/results/${name}.md and .json\n`);
  console.log(renderMarkdown(results, command));
}
