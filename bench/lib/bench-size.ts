import fs from 'node:fs';
import path from 'node:path';
import { generateArchive, editOneIssue } from '../generate.ts';
import { generateCorpusArchive } from './corpus-archive.ts';
import { writeBaselineContent } from './baseline-content.ts';
import { buildArchive, buildBaseline, buildHugo, ingestOnce, ROOT, type BuildFigures } from './bench-site.ts';
import { distStats } from './dist-stats.ts';
import { summarize } from './measure.ts';
import { measureQueries } from './query.ts';
import type { SiteResult, SizeResult } from './report.ts';

/** Options of one size's measurements. */
export interface SizeOptions {
  /** Multiples of the seeds' five pages (corpus `seeds`), or articles to set (corpus `records`). */
  scale: number;
  /** `seeds`: recombined seed sentences (bench/generate.ts); `records`: real-shaped pages from the parser's corpus records. */
  corpus: 'seeds' | 'records';
  runs: number;
  seed: number;
  baseline: boolean;
  /** Also build Hugo + Pagefind over the same articles (needs /usr/bin/hugo). */
  hugo: boolean;
  browser: boolean;
  /** Where this size's archive, outputs and caches go (removed again unless kept). */
  work: string;
  log: (line: string) => void;
}

// Queries whose words the seeds (and so the synthetic pages) contain.
const QUERIES = ['长三角', '长三角', '营商环境'];

/** Generates one synthetic archive and measures ingest, the archive's build and the baseline's build on it. */
export async function benchSize(options: SizeOptions): Promise<SizeResult> {
  const { scale, runs, work, log } = options;
  const content = path.join(work, 'content');
  const generated =
    options.corpus === 'records'
      ? generateCorpusArchive(ROOT, content, scale, options.seed)
      : generateArchive(ROOT, content, scale, options.seed);
  log(
    `${scale}${options.corpus === 'records' ? ' records' : '×'}: generated ${generated.issues} issues, ${generated.pages} pages, ${generated.items} items, ${(generated.bytes / 2 ** 20).toFixed(1)} MB`,
  );

  const cold: number[] = [];
  const coldCpu: number[] = [];
  const loads: number[] = [];
  const coldProcess: number[] = [];
  const ingestRss: number[] = [];
  for (let r = 0; r < runs; r++) {
    fs.rmSync(path.join(content, 'articles'), { recursive: true, force: true });
    const run = await ingestOnce(content);
    if (run.failed > 0) throw new Error(`ingest failed on ${run.failed} synthetic issue(s)`);
    cold.push(run.ms / 1000);
    coldCpu.push(run.cpuMs / 1000);
    loads.push(run.load);
    coldProcess.push(run.processMs / 1000);
    ingestRss.push(run.rssMb);
    log(
      `  ingest cold #${r + 1}: ${(run.ms / 1000).toFixed(2)} s, CPU ${(run.cpuMs / 1000).toFixed(2)} s, load ${run.load.toFixed(1)} (${run.written} issues, ${run.messages} messages)`,
    );
  }
  const changed: number[] = [];
  const changedCpu: number[] = [];
  const changedProcess: number[] = [];
  for (let r = 0; r < runs; r++) {
    editOneIssue(content, r + 1);
    const run = await ingestOnce(content);
    changed.push(run.ms / 1000);
    changedCpu.push(run.cpuMs / 1000);
    changedProcess.push(run.processMs / 1000);
    log(
      `  ingest one changed issue #${r + 1}: ${(run.ms / 1000).toFixed(2)} s, CPU ${(run.cpuMs / 1000).toFixed(2)} s (${run.written} written, ${run.unchanged} unchanged)`,
    );
  }
  const articles = countArticles(path.join(content, 'articles'));
  const coldS = summarize(cold);

  const archive = await benchSite('archive', runs, options, () => buildArchive(content, path.join(work, 'dist'), path.join(work, 'cache')));
  let baseline: SiteResult | null = null;
  if (options.baseline) {
    const baselineContent = path.join(work, 'baseline-content');
    writeBaselineContent(path.join(content, 'articles'), baselineContent);
    baseline = await benchSite('baseline', runs, options, () =>
      buildBaseline(baselineContent, path.join(work, 'baseline-dist'), path.join(work, 'baseline-cache')),
    );
    fs.rmSync(baselineContent, { recursive: true, force: true });
  }
  let hugo: SiteResult | null = null;
  if (options.hugo) {
    const hugoContent = path.join(work, 'hugo-content');
    writeBaselineContent(path.join(content, 'articles'), hugoContent, '.md');
    hugo = await benchSite('hugo', runs, options, () =>
      buildHugo(hugoContent, path.join(work, 'hugo-dist'), path.join(work, 'hugo-cache')),
    );
    fs.rmSync(hugoContent, { recursive: true, force: true });
  }
  return {
    scale,
    corpus: options.corpus,
    runs,
    generated,
    articles,
    ingest: {
      coldS,
      changedS: summarize(changed),
      coldCpuS: summarize(coldCpu),
      changedCpuS: summarize(changedCpu),
      changedProcessS: summarize(changedProcess),
      load: summarize(loads),
      coldProcessS: summarize(coldProcess),
      mbPerS: generated.bytes / 2 ** 20 / coldS.median,
      articlesPerS: articles / coldS.median,
      rssMb: summarize(ingestRss),
    },
    archive,
    baseline,
    hugo,
  };
}

/** Builds one site `runs` times, then measures its dist and queries on the last build. */
async function benchSite(
  name: 'archive' | 'baseline' | 'hugo',
  runs: number,
  options: SizeOptions,
  build: () => Promise<BuildFigures>,
): Promise<SiteResult> {
  const builds: BuildFigures[] = [];
  for (let r = 0; r < runs; r++) {
    const figures = await build();
    builds.push(figures);
    options.log(
      `  ${name} build #${r + 1}: astro ${(figures.astroMs / 1000).toFixed(1)} s / ${figures.astroRssMb.toFixed(0)} MB, ` +
        `pagefind ${(figures.pagefindMs / 1000).toFixed(1)} s / ${figures.pagefindRssMb.toFixed(0)} MB ` +
        `(CPU ${figures.astroCpuS.toFixed(0)} + ${figures.pagefindCpuS.toFixed(0)} s, load ${figures.load.toFixed(1)})`,
    );
  }
  const dist = path.join(options.work, name === 'archive' ? 'dist' : `${name}-dist`);
  const stats = distStats(dist, name === 'archive' ? 'articles/' : '');
  const queries = options.browser ? await measureQueries(dist, '/', QUERIES) : [];
  for (const q of queries)
    options.log(
      `  ${name} query ${q.query}: ${(q.bytes / 1024).toFixed(1)} KB in ${q.requests} requests, ${q.ms.toFixed(0)} ms, ${q.results} results`,
    );
  return {
    astroS: summarize(builds.map((b) => b.astroMs / 1000)),
    astroRssMb: summarize(builds.map((b) => b.astroRssMb)),
    pagefindS: summarize(builds.map((b) => b.pagefindMs / 1000)),
    pagefindRssMb: summarize(builds.map((b) => b.pagefindRssMb)),
    totalS: summarize(builds.map((b) => (b.astroMs + b.pagefindMs) / 1000)),
    astroCpuS: summarize(builds.map((b) => b.astroCpuS)),
    pagefindCpuS: summarize(builds.map((b) => b.pagefindCpuS)),
    totalCpuS: summarize(builds.map((b) => b.astroCpuS + b.pagefindCpuS)),
    load: summarize(builds.map((b) => b.load)),
    phases: builds[builds.length - 1].phases,
    dist: stats,
    queries,
  };
}

function countArticles(dir: string): number {
  return fs.readdirSync(dir, { recursive: true }).filter((name) => String(name).endsWith('.mdx')).length;
}
