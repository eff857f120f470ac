import fs from 'node:fs';
import path from 'node:path';
import { runTimed, type TimedRun } from './measure.ts';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
const NODE = process.execPath;
const ASTRO = path.join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
const PAGEFIND = path.join(ROOT, 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs');
const HUGO = '/usr/bin/hugo';

/** One build of a site: astro build then pagefind, each timed with peak RSS, plus astro's phase times. */
export interface BuildFigures {
  astroMs: number;
  astroRssMb: number;
  pagefindMs: number;
  pagefindRssMb: number;
  astroCpuS: number;
  pagefindCpuS: number;
  /** 1-minute load average at the start of the astro build. */
  load: number;
  /** Seconds from start at which astro logged the end of each phase (content sync, bundling, page generation). */
  phases: Record<string, number>;
}

/** Runs ingest once in a fresh process against `content`; returns its in-process time and counts. */
export async function ingestOnce(content: string, force = false) {
  const run = await runTimed(NODE, [path.join(ROOT, 'bench', 'lib', 'ingest-once.ts'), ...(force ? ['--force'] : [])], {
    cwd: ROOT,
    env: { ARCHIVE_CONTENT: content },
  });
  const json = run.lines.map(([, l]) => l).find((l) => l.startsWith('{"ms"'));
  if (!json) throw new Error('ingest-once printed no result');
  return {
    ...(JSON.parse(json) as { ms: number; cpuMs: number; written: number; unchanged: number; failed: number; messages: number }),
    processMs: run.wallMs,
    rssMb: run.peakRssMb,
    load: run.load,
  };
}

/** Builds the archive (astro build + pagefind, cold: no output or cache kept) from an already ingested `content`. */
export async function buildArchive(content: string, out: string, cache: string): Promise<BuildFigures> {
  fs.rmSync(out, { recursive: true, force: true });
  fs.rmSync(cache, { recursive: true, force: true });
  const env = { ARCHIVE_CONTENT: content, ARCHIVE_OUT_DIR: out, ARCHIVE_CACHE_DIR: cache, BASE_PATH: '/' };
  const astro = await runTimed(NODE, [ASTRO, 'build'], { cwd: ROOT, env });
  const pagefind = await runTimed(NODE, [PAGEFIND, '--site', out], { cwd: ROOT });
  return figures(astro, pagefind);
}

/** Builds the bare baseline (bench/baseline) over `content` (one MDX per article), cold. */
export async function buildBaseline(content: string, out: string, cache: string): Promise<BuildFigures> {
  fs.rmSync(out, { recursive: true, force: true });
  fs.rmSync(cache, { recursive: true, force: true });
  const env = { BASELINE_CONTENT: content, BASELINE_OUT_DIR: out, BASELINE_CACHE_DIR: cache };
  const astro = await runTimed(NODE, [ASTRO, 'build', '--root', path.join(ROOT, 'bench', 'baseline')], { cwd: ROOT, env });
  const pagefind = await runTimed(NODE, [PAGEFIND, '--site', out], { cwd: ROOT });
  return figures(astro, pagefind);
}

/**
 * Builds the Hugo baseline (bench/hugo, Debian's /usr/bin/hugo) over `content`
 * (one Markdown file per article), cold, then indexes it with the same Pagefind.
 */
export async function buildHugo(content: string, out: string, cache: string): Promise<BuildFigures> {
  fs.rmSync(out, { recursive: true, force: true });
  fs.rmSync(cache, { recursive: true, force: true });
  if (!fs.existsSync(HUGO)) throw new Error(`the Hugo baseline needs ${HUGO} (apt-get install hugo), or run with --no-hugo`);
  const args = [
    '--source',
    path.join(ROOT, 'bench', 'hugo'),
    '--contentDir',
    content,
    '--destination',
    out,
    '--cacheDir',
    cache,
    '--noBuildLock',
    '--quiet',
  ];
  const hugo = await runTimed(HUGO, args, { cwd: ROOT });
  const pagefind = await runTimed(NODE, [PAGEFIND, '--site', out], { cwd: ROOT });
  return figures(hugo, pagefind);
}

// Log lines that end a phase of `astro build` (Astro 7's wording).
const PHASES: Array<[string, RegExp]> = [
  ['content', /Synced content/],
  ['bundle', /generating static routes/],
  ['pages', /page\(s\) built/],
];

function figures(astro: TimedRun, pagefind: TimedRun): BuildFigures {
  const phases: Record<string, number> = {};
  for (const [name, pattern] of PHASES) {
    const hit = astro.lines.find(([, line]) => pattern.test(line));
    if (hit) phases[name] = hit[0] / 1000;
  }
  return {
    astroMs: astro.wallMs,
    astroRssMb: astro.peakRssMb,
    pagefindMs: pagefind.wallMs,
    pagefindRssMb: pagefind.peakRssMb,
    astroCpuS: astro.cpuS,
    pagefindCpuS: pagefind.cpuS,
    load: astro.load,
    phases,
  };
}
