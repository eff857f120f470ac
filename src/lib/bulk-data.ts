// The bulk files of the open-data page (/data/): every article, and each
// issue's articles, as gzipped JSON Lines. A line is exactly the record of
// api/issues/<issue>.json (articleWithText), so the dump and the JSON API
// cannot drift apart. The endpoints that write the files and the page that
// lists their sizes take the bytes from here, so the sizes shown are true.
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { loadArchive, type ArticleEntry, type IssueEntry } from './archive.ts';
import { articleWithText } from './api-records.ts';
import { withBase } from './urls.ts';

/** One downloadable file: where it is served, how many records it holds, its gzipped bytes. */
export interface BulkFile {
  /** Path under the base, e.g. data/articles.jsonl.gz. */
  path: string;
  href: string;
  count: number;
  bytes: Uint8Array<ArrayBuffer>;
}

/** Every bulk file of the archive: the whole dump first, then one per issue (newest first). */
export interface BulkData {
  all: BulkFile;
  issues: Array<{ issue: IssueEntry; file: BulkFile }>;
}

/** Where the bulk files are served, under the base path: the whole dump, each issue's file, their checksums. */
const FOLDER = 'data/';
export const ALL_ARTICLES_PATH = `${FOLDER}articles.jsonl.gz`;
export function issueDumpPath(issueId: string): string {
  return `${FOLDER}issues/${issueId}.jsonl.gz`;
}
export const CHECKSUMS_PATH = `${FOLDER}SHA256SUMS`;

const cache = new Map<string, Promise<BulkData>>();

/** The bulk files for a build's `site`, made once per build (the page and every endpoint share them). */
export function loadBulkData(site: URL | undefined): Promise<BulkData> {
  const key = site?.href ?? '';
  let data = cache.get(key);
  if (!data) {
    data = build(site);
    cache.set(key, data);
  }
  return data;
}

async function build(site: URL | undefined): Promise<BulkData> {
  const archive = await loadArchive();
  // Each record is serialized once and shared by the whole dump and its issue's file.
  const lines = new Map(archive.articles.map((article) => [article.id, jsonLine(articleWithText(article, site))]));
  const file = (path: string, articles: ArticleEntry[]): BulkFile => ({
    path,
    href: withBase(path),
    count: articles.length,
    bytes: gzip(articles.map((article) => lines.get(article.id)).join('')),
  });
  return {
    all: file(ALL_ARTICLES_PATH, archive.articles),
    issues: archive.issues.map((issue) => ({
      issue,
      file: file(
        issueDumpPath(issue.id),
        (archive.pagesByIssue.get(issue.id) ?? []).flatMap((page) => page.articles),
      ),
    })),
  };
}

/** One record of a JSON Lines file: the object on one line, ended by \n. */
function jsonLine(record: unknown): string {
  return `${JSON.stringify(record)}\n`;
}

/**
 * Gzipped text. Node's gzip writes no timestamp or file name, so the same
 * records give the same bytes. The default level: level 9 made 35 MB of
 * records 0.2% smaller and took 10% longer.
 */
function gzip(text: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(gzipSync(text));
}

/**
 * The SHA-256 of every bulk file in the format `sha256sum -c` reads (hash, two
 * spaces, the path relative to data/), so a downloaded copy can be checked.
 */
export function checksums(data: BulkData): string {
  const files = [data.all, ...data.issues.map(({ file }) => file)];
  return files.map((file) => `${createHash('sha256').update(file.bytes).digest('hex')}  ${file.path.slice(FOLDER.length)}\n`).join('');
}

/** A gzipped file as an endpoint's response. */
export function gzipResponse(bytes: Uint8Array<ArrayBuffer>): Response {
  return new Response(bytes, { headers: { 'Content-Type': 'application/gzip' } });
}
