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

/** A README-ready markdown table per size: archive, bare baseline and their ratio, medians with (min–max) over the runs. */
export function renderMarkdown(results: SizeResult[], command: string): string {
  const out = [`Machine: ${machine()}.`, '', `Command: \`${command}\``, ''];
  for (const r of results) {
    const a = r.archive;
    const b = r.baseline;
    const q = (site: SiteResult | null, i: number) => site?.queries[i];
    const rows: Array<[string, string, string, string]> = [
      ['articles (pages of raw text)', `${r.articles} (${r.generated.pages})`, b ? String(b.dist.articlePages) : '–', ''],
      ['ingest, cold: s wall · s CPU', `${cell(r.ingest.coldS, 2)} · ${cell(r.ingest.coldCpuS, 2)}`, '', ''],
      [
        'whole `ingest` process (with Node start-up), cold · one changed: s',
        `${cell(r.ingest.coldProcessS, 2)} · ${cell(r.ingest.changedProcessS, 2)}`,
        '',
        '',
      ],
      ['ingest throughput: MB/s · articles/s', `${fmt(r.ingest.mbPerS, 2)} · ${fmt(r.ingest.articlesPerS, 0)}`, '', ''],
      ['ingest, one changed issue: s wall · s CPU', `${cell(r.ingest.changedS, 2)} · ${cell(r.ingest.changedCpuS, 2)}`, '', ''],
      ['astro build: s', cell(a.astroS), b ? cell(b.astroS) : '–', ratio(a.astroS.median, b?.astroS.median)],
      [
        'astro build peak RSS: MB',
        cell(a.astroRssMb, 0),
        b ? cell(b.astroRssMb, 0) : '–',
        ratio(a.astroRssMb.median, b?.astroRssMb.median),
      ],
      ['pagefind: s', cell(a.pagefindS), b ? cell(b.pagefindS) : '–', ratio(a.pagefindS.median, b?.pagefindS.median)],
      [
        'pagefind peak RSS: MB',
        cell(a.pagefindRssMb, 0),
        b ? cell(b.pagefindRssMb, 0) : '–',
        ratio(a.pagefindRssMb.median, b?.pagefindRssMb.median),
      ],
      ['build + index: s wall', cell(a.totalS), b ? cell(b.totalS) : '–', ratio(a.totalS.median, b?.totalS.median)],
      [
        'build + index: s CPU (astro + pagefind)',
        `${cell(a.totalCpuS, 0)} (${fmt(a.astroCpuS.median, 0)} + ${fmt(a.pagefindCpuS.median, 0)})`,
        b ? `${cell(b.totalCpuS, 0)} (${fmt(b.astroCpuS.median, 0)} + ${fmt(b.pagefindCpuS.median, 0)})` : '–',
        ratio(a.totalCpuS.median, b?.totalCpuS.median),
      ],
      ['1-min load average at start (machine shared)', `${fmt(a.load.median)}`, b ? fmt(b.load.median) : '–', ''],
      [
        'index size: MB (files)',
        `${fmt(a.dist.pagefindBytes / 2 ** 20, 1)} (${a.dist.pagefindFiles})`,
        b ? `${fmt(b.dist.pagefindBytes / 2 ** 20, 1)} (${b.dist.pagefindFiles})` : '–',
        ratio(a.dist.pagefindBytes, b?.dist.pagefindBytes),
      ],
      ['files in dist', String(a.dist.files), b ? String(b.dist.files) : '–', ratio(a.dist.files, b?.dist.files)],
      [
        'article page: KB raw · gzip · brotli',
        `${kb(a.dist.articleHtml.raw)} · ${kb(a.dist.articleHtml.gzip)} · ${kb(a.dist.articleHtml.brotli)}`,
        b ? `${kb(b.dist.articleHtml.raw)} · ${kb(b.dist.articleHtml.gzip)} · ${kb(b.dist.articleHtml.brotli)}` : '–',
        ratio(a.dist.articleHtml.brotli, b?.dist.articleHtml.brotli),
      ],
    ];
    const labels = ['first query', 'same query again', 'second query'];
    labels.forEach((label, i) => {
      const qa = q(a, i);
      const qb = q(b, i);
      if (!qa) return;
      rows.push([
        `${label} (${qa.query}): KB as served · KB gzip host · ms · results`,
        `${kb(qa.bytes)} · ${kb(qa.gzipBytes)} · ${fmt(qa.ms, 0)} · ${qa.results}`,
        qb ? `${kb(qb.bytes)} · ${kb(qb.gzipBytes)} · ${fmt(qb.ms, 0)} · ${qb.results}` : '–',
        ratio(qa.bytes, qb?.bytes),
      ]);
    });
    out.push(`### ${r.scale}× the seeds: ${r.articles} articles, ${r.runs} run(s)`, '');
    out.push('| measure | archive | bare baseline | archive / baseline |', '| --- | --- | --- | --- |');
    for (const row of rows) out.push(`| ${row.join(' | ')} |`);
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
