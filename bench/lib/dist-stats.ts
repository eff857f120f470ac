import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/** What a built site weighs: files, bytes, the search index and the article pages. */
export interface DistStats {
  files: number;
  bytes: number;
  pagefindFiles: number;
  pagefindBytes: number;
  /** Article HTML pages found and the median/max sizes of a sample of them. */
  articlePages: number;
  articleHtml: { raw: number; gzip: number; brotli: number; maxBrotli: number; sampled: number };
}

/** Walks a dist folder; article pages are the index.html files under `articlesPrefix` (e.g. "articles/"). */
export function distStats(dist: string, articlesPrefix: string): DistStats {
  let files = 0;
  let bytes = 0;
  let pagefindFiles = 0;
  let pagefindBytes = 0;
  const articles: string[] = [];
  for (const entry of fs.readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    const rel = path.relative(dist, full);
    const size = fs.statSync(full).size;
    files += 1;
    bytes += size;
    if (rel.startsWith('pagefind/')) {
      pagefindFiles += 1;
      pagefindBytes += size;
    }
    if (
      rel.startsWith(articlesPrefix) &&
      entry.name === 'index.html' &&
      rel !== `${articlesPrefix}index.html` &&
      rel !== 'search/index.html'
    )
      articles.push(full);
  }
  articles.sort();
  // Compressing every page at 10k articles costs minutes; an even sample of 200 is enough for a median.
  const stride = Math.max(1, Math.floor(articles.length / 200));
  const sample = articles.filter((_, i) => i % stride === 0);
  const raw: number[] = [];
  const gzip: number[] = [];
  const brotli: number[] = [];
  for (const file of sample) {
    const body = fs.readFileSync(file);
    raw.push(body.length);
    gzip.push(zlib.gzipSync(body, { level: 9 }).length);
    brotli.push(zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length);
  }
  return {
    files,
    bytes,
    pagefindFiles,
    pagefindBytes,
    articlePages: articles.length,
    articleHtml: {
      raw: median(raw),
      gzip: median(gzip),
      brotli: median(brotli),
      maxBrotli: Math.max(0, ...brotli),
      sampled: sample.length,
    },
  };
}

function median(values: number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
