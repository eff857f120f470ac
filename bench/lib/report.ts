import os from 'node:os';
import type { Summary } from './measure.ts';
import type { DistStats } from './dist-stats.ts';
import type { QueryFigure } from './query.ts';

/** Everything measured for one site (the archive or the baseline) at one size. */
export interface SiteResult {
  astroS: Summary;
  astroRssMb: Summary;
  pagefindS: Summary;
  pagefindRssMb: Summary;
  totalS: Summary;
  astroCpuS: Summary;
  pagefindCpuS: Summary;
  totalCpuS: Summary;
  load: Summary;
  phases: Record<string, number>;
  dist: DistStats;
  queries: QueryFigure[];
}

/** Everything measured at one size. */
export interface SizeResult {
  scale: number;
  /** Which generator made the archive (absent in results written before there were two). */
  corpus?: 'seeds' | 'records';
  runs: number;
  generated: { issues: number; pages: number; items: number; bytes: number };
  articles: number;
  ingest: {
    coldS: Summary;
    changedS: Summary;
    coldProcessS: Summary;
    coldCpuS: Summary;
    changedCpuS: Summary;
    changedProcessS: Summary;
    load: Summary;
    mbPerS: number;
    articlesPerS: number;
    rssMb: Summary;
  };
  archive: SiteResult;
  baseline: SiteResult | null;
  /** Hugo + Pagefind over the same articles (absent in older results). */
  hugo?: SiteResult | null;
}

/** The machine the numbers were measured on, for the table's caption. */
export function machine(): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  return `${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, ${os.type()} ${os.release()}, Node ${process.version}`;
}

const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '–');
const cell = (s: Summary, digits = 1) =>
  s.n > 1 ? `${fmt(s.median, digits)} (${fmt(s.min, digits)}–${fmt(s.max, digits)})` : fmt(s.median, digits);
const kb = (bytes: number) => fmt(bytes / 1024, 1);
const ratio = (a: number, b: number | undefined) => (b && Number.isFinite(a / b) ? `${(a / b).toFixed(2)}×` : '–');

/** A README-ready markdown table per size: the archive, each baseline run (Astro + MDX, Hugo) and the archive's ratio to each, medians with (min–max) over the runs. */
export function renderMarkdown(results: SizeResult[], command: string): string {
  const out = [`Machine: ${machine()}.`, '', `Command: \`${command}\``, ''];
  for (const r of results) {
    const a = r.archive;
    const others = (
      [
        ['bare Astro baseline', r.baseline],
        ['Hugo baseline', r.hugo ?? null],
      ] as const
    ).filter(([, site]) => site !== null) as Array<[string, SiteResult]>;
    // One row: the archive's cell, then per baseline its cell and the archive's ratio to it.
    const row = (label: string, value: (site: SiteResult) => string, measure?: (site: SiteResult) => number): string[] => [
      label,
      value(a),
      ...others.flatMap(([, site]) => [value(site), measure ? ratio(measure(a), measure(site)) : '']),
    ];
    const only = (label: string, value: string): string[] => [label, value, ...others.flatMap(() => ['', ''])];
    const html = (site: SiteResult) =>
      `${kb(site.dist.articleHtml.raw)} · ${kb(site.dist.articleHtml.gzip)} · ${kb(site.dist.articleHtml.brotli)}`;
    const rows: string[][] = [
      row('articles (pages of raw text)', (site) => (site === a ? `${r.articles} (${r.generated.pages})` : String(site.dist.articlePages))),
      only('ingest, cold: s wall · s CPU', `${cell(r.ingest.coldS, 2)} · ${cell(r.ingest.coldCpuS, 2)}`),
      only(
        'whole `ingest` process (with Node start-up), cold · one changed: s',
        `${cell(r.ingest.coldProcessS, 2)} · ${cell(r.ingest.changedProcessS, 2)}`,
      ),
      only('ingest throughput: MB/s · articles/s', `${fmt(r.ingest.mbPerS, 2)} · ${fmt(r.ingest.articlesPerS, 0)}`),
      only('ingest, one changed issue: s wall · s CPU', `${cell(r.ingest.changedS, 2)} · ${cell(r.ingest.changedCpuS, 2)}`),
      row(
        'site generator (astro build / hugo): s',
        (site) => cell(site.astroS),
        (site) => site.astroS.median,
      ),
      row(
        'site generator peak RSS: MB',
        (site) => cell(site.astroRssMb, 0),
        (site) => site.astroRssMb.median,
      ),
      row(
        'pagefind: s',
        (site) => cell(site.pagefindS),
        (site) => site.pagefindS.median,
      ),
      row(
        'pagefind peak RSS: MB',
        (site) => cell(site.pagefindRssMb, 0),
        (site) => site.pagefindRssMb.median,
      ),
      row(
        'build + index: s wall',
        (site) => cell(site.totalS),
        (site) => site.totalS.median,
      ),
      row(
        'build + index: s CPU (generator + pagefind)',
        (site) => `${cell(site.totalCpuS, 0)} (${fmt(site.astroCpuS.median, 0)} + ${fmt(site.pagefindCpuS.median, 0)})`,
        (site) => site.totalCpuS.median,
      ),
      row('1-min load average at start (machine shared)', (site) => fmt(site.load.median)),
      row(
        'index size: MB (files)',
        (site) => `${fmt(site.dist.pagefindBytes / 2 ** 20, 1)} (${site.dist.pagefindFiles})`,
        (site) => site.dist.pagefindBytes,
      ),
      row(
        'files in dist',
        (site) => String(site.dist.files),
        (site) => site.dist.files,
      ),
      row(
        'files in dist per article',
        (site) => fmt(site.dist.files / (site === a ? r.articles : site.dist.articlePages), 2),
        (site) => site.dist.files / (site === a ? r.articles : site.dist.articlePages),
      ),
      row('article page: KB raw · gzip · brotli', html, (site) => site.dist.articleHtml.brotli),
    ];
    const labels = ['first query', 'same query again', 'second query'];
    labels.forEach((label, i) => {
      const qa = a.queries[i];
      if (!qa) return;
      rows.push(
        row(
          `${label} (${qa.query}): KB as served · KB gzip host · ms · results`,
          (site) => {
            const q = site.queries[i];
            return q ? `${kb(q.bytes)} · ${kb(q.gzipBytes)} · ${fmt(q.ms, 0)} · ${q.results}` : '–';
          },
          (site) => site.queries[i]?.bytes ?? NaN,
        ),
      );
    });
    const what = r.corpus === 'records' ? `${r.scale} real-shaped records (the parser's corpus re-set)` : `${r.scale}× the seeds`;
    out.push(`### ${what}: ${r.articles} articles, ${r.runs} run(s)`, '');
    out.push(`| measure | archive | ${others.map(([name]) => `${name} | archive / ${name.replace(' baseline', '')}`).join(' | ')} |`);
    out.push(`| --- | --- |${others.map(() => ' --- | --- |').join('')}`);
    for (const cells of rows) out.push(`| ${cells.join(' | ')} |`);
    const first = a.queries[0];
    if (first)
      out.push(
        '',
        `First query bytes by kind (archive, as served): ${Object.entries(first.kinds)
          .map(([k, v]) => `${k} ${kb(v)} KB`)
          .join(', ')}.`,
      );
    const phases = Object.entries(a.phases)
      .map(([k, v]) => `${k} done at ${fmt(v)} s`)
      .join(', ');
    out.push('', `astro build phases (archive, last run): ${phases || 'not logged'}.`, '');
  }
  return out.join('\n');
}
