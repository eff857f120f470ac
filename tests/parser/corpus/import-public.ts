/**
 * Rebuilds a LOCAL-ONLY development corpus of real newspaper articles from public
 * GitHub repositories, in the record format of tests/parser/corpus/README.md.
 *
 *   npx node tests/parser/corpus/import-public.ts \
 *     --from <git-dir-or-folder> [--from <another>] \
 *     --out tests/parser/corpus/.local/records
 *
 * The output is third-party newspaper text: it goes to the ignored folder
 * tests/parser/corpus/.local/ and must never be committed. Only this script is.
 *
 * Blind-evaluation guard: People's Daily (人民日报, any edition) dated 2019 or 2020 is
 * reserved. Such items are skipped before they are parsed (a daily file named for a
 * 2019/2020 date is not even read), and an item whose date cannot be established is
 * skipped too, so nothing from those years can slip through.
 *
 * Sources
 * -------
 * 1. waynesola/rmrb_sqlite (https://github.com/waynesola/rmrb_sqlite)
 *    A 2017 scrapy crawler of paper.people.com.cn. The data is the SQLite file
 *    rmrb_sqlite/rmrb.db, present only in commit 7409eecc3fb98c6c789d76b10545d2820344517c
 *    (2017-04-25; blob ccd6fd0bb31a077fa17532f9d4de1c3ab9c00b68) and deleted in
 *    4744c8326a7e0acb029f4efb9dd16d1eaedccf67; HEAD is 1a6b8c0794a4a626344cd215ad92c3ef63ecca37.
 *    Table t201703: 242 articles of 人民日报 of 2017-03-25/26 and 2017-04-22/23. Each row's
 *    text starts with four head lines indented by four spaces, h3 引题 / h1 主题 /
 *    h2 副题 / h4 作者 (empty lines kept), then one body paragraph per line (indented
 *    with two ideographic spaces).
 *    Licence: the repository has no LICENSE file (all rights reserved by default); the
 *    article text is © 人民日报社. Use for local development runs only.
 *    Fetch: `git clone --mirror https://github.com/waynesola/rmrb_sqlite.git rmrb_sqlite.git`
 *    and pass the bare git directory to --from (the script looks through the history
 *    for the database because HEAD no longer has it).
 *
 * 2. (Format supported, not used for the current corpus) leeperfect/PeopleDailyMaterial
 *    (https://github.com/leeperfect/PeopleDailyMaterial): data/raw/articles_YYYYMMDD.json,
 *    People's Daily 2025-2026, one JSON array per day whose items carry a `markdown_body`
 *    ("### 引题", "# 主题", "## ——副题", "> 作者《人民日报》（…第 NN 版）", blank-line separated
 *    paragraphs, "**小标题**"). No LICENSE file found. The snapshot store could not
 *    provide this repository when the corpus was built; a plain `git clone` of it can
 *    be passed to --from as a folder or as its .git directory.
 *
 * Conversions (identical for every source):
 * - paragraphs are the source's own paragraph breaks; empty ones are dropped; the
 *   leading indent (ideographic spaces) is removed, NBSP becomes an ordinary space,
 *   nothing else is changed;
 * - a trailing full-width bracketed column tag in the headline, as the e-paper prints
 *   it ("一棵桃树的生意经（聚焦新产业新业态）"), becomes `column`; numbering and art-medium
 *   tags ("（上）", "（中国画）") stay in the title;
 * - a title the source breaks with <br> keeps the break as "\n";
 * - the subtitle loses its leading ——;
 * - type is "commentary" for opinion columns (钟声, 人民时评, 评论员观察, 人民论坛…) and
 *   for bylines naming a 评论员, otherwise "article";
 * - continuedOn is the page of a closing jump line (下转第N版), otherwise null;
 * - page credits the source appends to a page's last article (统筹：…, 版式：…, 本版制图：…)
 *   are the page's, not the article's text: they leave the paragraphs and become the
 *   record file's furniture, which the composer prints as such;
 * - only items with a title and 1-30 paragraphs are kept;
 * - records are grouped by paper and year, at most --per-file (150) articles a file.
 */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { positiveIntegers, readCommandLine, refuseCommandLine } from '../../../scripts/lib/cli/read-command-line.ts';
import type { RecordFile } from './compose.ts';

// ---------------------------------------------------------------- types

interface SourceArticle {
  paper: string;
  date: string; // YYYY-MM-DD
  page: number | null;
  seq: number | null;
  column: string | null;
  kicker: string | null;
  title: string;
  subtitle: string | null;
  byline: string | null;
  paragraphs: string[];
  url: string | null;
  origin: string; // repository / path, for the run summary
}

interface Tree {
  label: string;
  /** every candidate file: a display path and a way to read it */
  entries(): { path: string; read: () => Buffer }[];
}

// ---------------------------------------------------------------- arguments

const COMMAND = {
  name: 'import-public',
  usage:
    'usage: node tests/parser/corpus/import-public.ts --from <git-dir-or-folder> [--from …] [--out <dir>] [--per-file 150] [--all-history]',
};

function readOptions(): { from: string[]; out: string; perFile: number; allHistory: boolean } {
  const { values } = readCommandLine(COMMAND, {
    options: {
      from: { type: 'string', multiple: true },
      out: { type: 'string', default: 'tests/parser/corpus/.local/records' },
      'per-file': { type: 'string', default: '150' },
      'all-history': { type: 'boolean' },
    },
  });
  if (!values.from || values.from.length === 0) refuseCommandLine(COMMAND, '--from <git-dir-or-folder> is required.');
  const [perFile] = positiveIntegers(COMMAND, 'per-file', values['per-file']);
  return { from: values.from, out: values.out, perFile, allHistory: values['all-history'] === true };
}

// ---------------------------------------------------------------- inputs

const RELEVANT = /(\.(db|sqlite|sqlite3)$)|((^|\/)articles_\d{8}\.json$)/i;
const MAX_BUFFER = 512 * 1024 * 1024;

function git(gitDir: string, args: string[], quiet = false): Buffer {
  return execFileSync('git', ['--git-dir', gitDir, ...args], {
    maxBuffer: MAX_BUFFER,
    stdio: ['ignore', 'pipe', quiet ? 'ignore' : 'inherit'],
  });
}

function isGitDir(dir: string): boolean {
  try {
    return git(dir, ['rev-parse', '--is-bare-repository'], true).toString().trim().length > 0 && fs.existsSync(path.join(dir, 'objects'));
  } catch {
    return false;
  }
}

/** path → blob for one commit (only relevant paths) */
function lsTree(gitDir: string, rev: string): Map<string, string> {
  const out = new Map<string, string>();
  const raw = git(gitDir, ['ls-tree', '-r', '-z', '--full-tree', rev]).toString('utf8');
  for (const rec of raw.split('\0')) {
    if (!rec) continue;
    const tab = rec.indexOf('\t');
    const [, type, sha] = rec.slice(0, tab).split(' ');
    const p = rec.slice(tab + 1);
    if (type === 'blob' && RELEVANT.test(p)) out.set(p, sha);
  }
  return out;
}

function gitTree(gitDir: string, allHistory: boolean): Tree {
  return {
    label: gitDir,
    entries() {
      // HEAD first; a source whose data was deleted later (waynesola/rmrb_sqlite) is
      // found by walking the history. Blobs are read once each.
      let found = new Map<string, { path: string; commit: string }>();
      const head = git(gitDir, ['rev-parse', 'HEAD']).toString().trim();
      for (const [p, sha] of lsTree(gitDir, head)) found.set(sha, { path: p, commit: head });
      if (found.size === 0 || allHistory) {
        const commits = git(gitDir, ['rev-list', '--all']).toString().split('\n').filter(Boolean);
        for (const c of commits) {
          for (const [p, sha] of lsTree(gitDir, c)) if (!found.has(sha)) found.set(sha, { path: p, commit: c });
        }
      }
      return [...found].map(([sha, { path: p, commit }]) => ({
        path: `${p}@${commit.slice(0, 8)}`,
        read: () => git(gitDir, ['cat-file', 'blob', sha]),
      }));
    },
  };
}

function folderTree(dir: string): Tree {
  return {
    label: dir,
    entries() {
      const out: { path: string; read: () => Buffer }[] = [];
      const walk = (d: string) => {
        for (const e of fs.readdirSync(d, { withFileTypes: true })) {
          if (e.name === '.git' || e.name === 'node_modules') continue;
          const full = path.join(d, e.name);
          if (e.isDirectory()) walk(full);
          else if (e.isFile()) {
            const rel = path.relative(dir, full).split(path.sep).join('/');
            if (RELEVANT.test(rel)) out.push({ path: rel, read: () => fs.readFileSync(full) });
          }
        }
      };
      walk(dir);
      return out;
    },
  };
}

function openTree(from: string, allHistory: boolean): Tree {
  if (!fs.existsSync(from)) throw new Error(`--from ${from}: no such file or directory`);
  if (isGitDir(from)) return gitTree(from, allHistory);
  const dotGit = path.join(from, '.git');
  if (fs.existsSync(dotGit) && isGitDir(dotGit)) return gitTree(dotGit, allHistory);
  return folderTree(from);
}

// ---------------------------------------------------------------- text helpers

/** NBSP → space, drop indent (ideographic and ASCII spaces) and trailing blanks. */
function clean(s: string): string {
  return s
    .replace(/\u00a0/g, ' ')
    .replace(/[\u200b\ufeff\r]/g, '')
    .replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
}

function nullIfEmpty(s: string): string | null {
  return s.length > 0 ? s : null;
}

function stripDash(s: string | null): string | null {
  if (s === null) return null;
  return nullIfEmpty(s.replace(/^[—–-]{1,2}\s*/, '').trim());
}

/** Reserved for the blind evaluation: any People's Daily edition, 2019 or 2020. */
function isReserved(paper: string, year: number): boolean {
  return paper.startsWith('人民日报') && (year === 2019 || year === 2020);
}

const KEEP_IN_TITLE =
  /^(上|中|下|[一二三四五六七八九十]+|\d+|[①-⑳]|续|完|附图片|图|组图|中国画|油画|国画|版画|书法|雕塑|水彩|水墨|摄影|剪纸|漫画|篆刻)$/;

/** Split a trailing column tag "（…）" off the last title line. */
function splitColumn(title: string): { title: string; column: string | null } {
  const lines = title.split('\n');
  const last = lines[lines.length - 1];
  const m = /^(.+?)（([^（）]+)）$/.exec(last);
  if (!m || KEEP_IN_TITLE.test(m[2].trim())) return { title, column: null };
  lines[lines.length - 1] = m[1].trimEnd();
  return { title: lines.join('\n'), column: m[2].trim() };
}

const COMMENTARY_COLUMN =
  /钟声|时评|评论|社论|论坛|论苑|今日谈|望海楼|大家手笔|新知新觉|人民观察|观澜|短评|快评|随笔|杂谈|漫谈|闲谭|夜语|有感|评点|点评|锐评/;

function articleType(a: SourceArticle): 'article' | 'commentary' {
  if (a.column && COMMENTARY_COLUMN.test(a.column)) return 'commentary';
  if (a.byline && /评论员/.test(a.byline)) return 'commentary';
  if (/^社论|^本报社论/.test(a.kicker ?? '') || /社论$/.test(a.kicker ?? '')) return 'commentary';
  return 'article';
}

function continuedOn(paragraphs: string[]): number | null {
  const last = paragraphs[paragraphs.length - 1] ?? '';
  const m = /[（(]\s*下转第\s*([0-9０-９]+|[一二三四五六七八九十]+)\s*版\s*[）)]\s*$/.exec(last);
  return m ? pageNumber(m[1]) : null;
}

// A page credit: the editors, designers or chart makers of the page (`本版制图：郭祥`, `统筹：黄超`).
const PAGE_CREDIT = /^(?:本版)?(?:统筹|版式|版式设计|制图|责编|责任编辑|美编|美术编辑|设计|图表制作|策划)[：:]\s*\S.{0,30}$/u;

/** The article's paragraphs without the page credits at their end, and those credits. */
function splitPageCredits(paragraphs: string[]): { paragraphs: string[]; credits: string[] } {
  let end = paragraphs.length;
  while (end > 1 && PAGE_CREDIT.test(paragraphs[end - 1]!)) end--;
  return { paragraphs: paragraphs.slice(0, end), credits: paragraphs.slice(end) };
}

/** "5", "０５", "二十四" → 5, 5, 24 */
function pageNumber(s: string): number | null {
  const ascii = s.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10));
  if (/^\d+$/.test(ascii)) return Number(ascii);
  const digit = (c: string | undefined) => (c ? '一二三四五六七八九'.indexOf(c) + 1 : 0);
  const [tens, units] = s.includes('十') ? s.split('十') : ['', s];
  const n = (s.includes('十') ? (tens ? digit(tens) : 1) * 10 : 0) + digit(units || undefined);
  return n > 0 ? n : null;
}

function dateFrom(...candidates: (string | null | undefined)[]): string | null {
  for (const c of candidates) {
    if (!c) continue;
    let m = /(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(c);
    if (!m) m = /(\d{4})-(\d{2})\/(\d{2})\//.exec(c); // …/html/2017-04/23/…
    if (!m) m = /(\d{4})(\d{2})\/(\d{2})\//.exec(c); // …/content/202503/01/…
    if (!m) m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(c);
    if (m) return `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
  }
  return null;
}

function paperFromUrl(url: string | null, fallback: string): string {
  if (url && /\/rmrbhwb\//.test(url)) return '人民日报海外版';
  if (url && /\/rmrb\//.test(url)) return '人民日报';
  return fallback;
}

// ---------------------------------------------------------------- SQLite (waynesola/rmrb_sqlite)

type Row = Record<string, unknown>;

function sqliteRows(file: string, sql: string): Row[] {
  try {
    // node:sqlite (Node ≥ 22.13); loaded lazily so older Nodes fall back to the CLI.
    const req = createRequire(import.meta.url);
    const { DatabaseSync } = req('node:sqlite') as {
      DatabaseSync: new (
        f: string,
        o?: { readOnly?: boolean },
      ) => {
        prepare(s: string): { all(): Row[] };
        close(): void;
      };
    };
    const db = new DatabaseSync(file, { readOnly: true });
    try {
      return db.prepare(sql).all();
    } finally {
      db.close();
    }
  } catch (e) {
    if (e instanceof Error && !/node:sqlite|No such built-in/i.test(e.message)) throw e;
    const out = execFileSync('sqlite3', ['-readonly', '-json', file, sql], { maxBuffer: MAX_BUFFER }).toString('utf8').trim();
    return out ? (JSON.parse(out) as Row[]) : [];
  }
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : v == null ? '' : String(v);
}

function fromSqlite(buf: Buffer, origin: string, stats: Stats): SourceArticle[] {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'import-public-'));
  const file = path.join(tmp, 'source.db');
  fs.writeFileSync(file, buf);
  const out: SourceArticle[] = [];
  try {
    const tables = sqliteRows(file, "select name from sqlite_master where type = 'table'").map((r) => str(r.name));
    for (const t of tables) {
      const cols = sqliteRows(file, `pragma table_info("${t.replace(/"/g, '""')}")`).map((r) => str(r.name));
      if (!cols.includes('title') || !cols.includes('text')) continue;
      const pick = ['title', 'text', 'publish', 'link'].filter((c) => cols.includes(c)).join(', ');
      for (const r of sqliteRows(file, `select ${pick} from "${t.replace(/"/g, '""')}"`)) {
        stats.seen++;
        const link = nullIfEmpty(str(r.link));
        const paper = paperFromUrl(link, '人民日报');
        const date = dateFrom(str(r.publish), link);
        if (!date) {
          stats.undated++;
          continue;
        }
        if (isReserved(paper, Number(date.slice(0, 4)))) {
          stats.reserved++;
          continue;
        }
        const a = parseHeadedText(str(r.title), str(r.text));
        if (!a) {
          stats.unrecognised++;
          continue;
        }
        const pm = link ? /_(\d+)-(\d+)\.htm/.exec(link) : null;
        out.push({
          ...a,
          paper,
          date,
          seq: pm ? Number(pm[1]) : null,
          page: pm ? Number(pm[2]) : null,
          url: link,
          origin: `${origin}#${t}`,
        });
      }
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  return out;
}

/** "    h3\n    h1\n    h2\n    h4\n" + one paragraph a line. */
function parseHeadedText(
  rowTitle: string,
  text: string,
): Pick<SourceArticle, 'column' | 'kicker' | 'title' | 'subtitle' | 'byline' | 'paragraphs'> | null {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const heads: string[] = [];
  while (heads.length < 4 && lines.length > 0 && /^ {4}/.test(lines[0])) heads.push(lines.shift()!.slice(4));
  if (heads.length !== 4) return null;
  const [h3, h1, h2, h4] = heads.map(clean);
  let title = h1;
  // The page <title> keeps the printed line break as <br>; h1 text has lost it.
  if (/<br\s*\/?>/i.test(rowTitle)) {
    const parts = rowTitle
      .split(/<br\s*\/?>/i)
      .map(clean)
      .filter(Boolean);
    if (parts.join('') === h1.replace(/\s+/g, '') || parts.join('') === h1) title = parts.join('\n');
  }
  if (!title) return null;
  const { title: t, column } = splitColumn(title);
  return {
    column,
    kicker: nullIfEmpty(h3),
    title: t,
    subtitle: stripDash(nullIfEmpty(h2)),
    byline: nullIfEmpty(h4),
    paragraphs: lines.map(clean).filter((p) => p.length > 0),
  };
}

// ---------------------------------------------------------------- JSON (leeperfect/PeopleDailyMaterial)

function fromDailyJson(p: string, read: () => Buffer, stats: Stats): SourceArticle[] {
  const m = /articles_(\d{4})(\d{2})(\d{2})\.json/.exec(p);
  if (!m) return [];
  // The file name dates the whole day: reserved days are not even read.
  if (isReserved('人民日报', Number(m[1]))) {
    stats.reservedFiles++;
    return [];
  }
  let items: unknown;
  try {
    items = JSON.parse(read().toString('utf8'));
  } catch {
    stats.unrecognised++;
    return [];
  }
  if (!Array.isArray(items)) return [];
  const out: SourceArticle[] = [];
  for (const it of items as Row[]) {
    stats.seen++;
    const md = str(it.markdown_body);
    const url = nullIfEmpty(str(it.url));
    if (!md) {
      stats.unrecognised++;
      continue;
    }
    const credit = /《(人民日报(?:海外版)?)》（([^）]*)）/.exec(md);
    const paper = credit ? credit[1] : paperFromUrl(url, '人民日报');
    const date = dateFrom(str(it.date), credit?.[2], url);
    if (!date) {
      stats.undated++;
      continue;
    }
    if (isReserved(paper, Number(date.slice(0, 4)))) {
      stats.reserved++;
      continue;
    }
    const a = parseMarkdownBody(md);
    if (!a) {
      stats.unrecognised++;
      continue;
    }
    const page = Number(str(it.section_no)) || (credit ? Number(/第\s*(\d+)\s*版/.exec(credit[2])?.[1]) || null : null);
    const seq = url ? Number(/content_(\d+)/.exec(url)?.[1]) || null : null;
    out.push({ ...a, paper, date, page, seq, url, origin: p });
  }
  return out;
}

function parseMarkdownBody(md: string): Pick<SourceArticle, 'column' | 'kicker' | 'title' | 'subtitle' | 'byline' | 'paragraphs'> | null {
  const blocks = md
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter(Boolean);
  let kicker: string | null = null;
  let title: string | null = null;
  let subtitle: string | null = null;
  let byline: string | null = null;
  const paragraphs: string[] = [];
  let inBody = false;
  for (const b of blocks) {
    if (!inBody && /^### /.test(b)) {
      kicker = nullIfEmpty(clean(b.slice(4)));
      continue;
    }
    if (!inBody && /^# /.test(b)) {
      title = clean(b.slice(2));
      continue;
    }
    if (!inBody && /^## /.test(b)) {
      subtitle = stripDash(nullIfEmpty(clean(b.slice(3))));
      continue;
    }
    if (!inBody && /^> /.test(b)) {
      byline = nullIfEmpty(clean(b.slice(2).replace(/《人民日报(?:海外版)?》（[^）]*）/, '')));
      inBody = true;
      continue;
    }
    inBody = true;
    if (/^!\[[^\]]*\]\([^)]*\)$/.test(b)) continue; // image
    for (const line of b.split('\n')) {
      const bold = /^\*\*(.+)\*\*$/.exec(line.trim());
      const p = bold ? `§${clean(bold[1])}` : clean(line);
      if (p && p !== '§') paragraphs.push(p);
    }
  }
  if (!title) return null;
  const { title: t, column } = splitColumn(title);
  return { column, kicker, title: t, subtitle, byline, paragraphs };
}

// ---------------------------------------------------------------- output

interface Stats {
  seen: number;
  reserved: number;
  reservedFiles: number;
  undated: number;
  unrecognised: number;
  duplicate: number;
  tooShortOrLong: number;
}

const SLUGS: Record<string, [string, string]> = {
  人民日报: ['renmin-ribao', 'rmrb'],
  人民日报海外版: ['renmin-ribao-haiwai', 'rmrbhwb'],
};

function styleLine(paper: string, year: string, origins: Set<string>): string {
  return (
    `${paper}（${year}）电子版文字：引题、主题（栏目名括注题后，已拆为 column）、——副题、作者行；正文每段一行。` +
    `本地导入自 ${[...origins].join('、')}，第三方文本，只供本地运行，勿提交。`
  );
}

function main(): void {
  const { from, out, perFile, allHistory } = readOptions();
  const stats: Stats = { seen: 0, reserved: 0, reservedFiles: 0, undated: 0, unrecognised: 0, duplicate: 0, tooShortOrLong: 0 };
  const all: (SourceArticle & { repo: string })[] = [];
  for (const f of from) {
    const tree = openTree(f, allHistory);
    const repo = repoName(tree.label);
    for (const e of tree.entries()) {
      const found = /\.(db|sqlite|sqlite3)(@|$)/i.test(e.path)
        ? fromSqlite(e.read(), `${repo}:${e.path}`, stats)
        : fromDailyJson(e.path, e.read, stats);
      for (const a of found) all.push({ ...a, repo });
    }
  }

  // Dedupe (same URL, or same title and opening paragraph).
  const seen = new Set<string>();
  const kept: typeof all = [];
  for (const a of all) {
    const keys = [a.url ? `u:${a.url}` : null, `t:${a.paper}|${a.title}|${a.paragraphs[0] ?? ''}`].filter((k): k is string => k !== null);
    if (keys.some((k) => seen.has(k))) {
      stats.duplicate++;
      continue;
    }
    keys.forEach((k) => seen.add(k));
    if (a.paragraphs.length < 1 || a.paragraphs.length > 30) {
      stats.tooShortOrLong++;
      continue;
    }
    kept.push(a);
  }

  // Group by paper and year, in page order.
  const groups = new Map<string, typeof kept>();
  for (const a of kept) {
    const k = `${a.paper}\t${a.date.slice(0, 4)}`;
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k)!.push(a);
  }

  fs.mkdirSync(out, { recursive: true });
  for (const f of fs.readdirSync(out)) {
    if (/^[a-z0-9-]+-\d{4}-\d{2}\.json$/.test(f)) fs.rmSync(path.join(out, f)); // stale output of an earlier run
  }

  const written: string[] = [];
  for (const [k, list] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    const [paper, year] = k.split('\t');
    const [slug, prefix] = SLUGS[paper] ?? [`paper-${Buffer.from(paper).toString('hex').slice(0, 12)}`, 'src'];
    list.sort((a, b) => a.date.localeCompare(b.date) || (a.page ?? 0) - (b.page ?? 0) || (a.seq ?? 0) - (b.seq ?? 0));
    const nFiles = Math.ceil(list.length / perFile);
    const size = Math.ceil(list.length / nFiles);
    for (let i = 0; i < nFiles; i++) {
      const chunk = list.slice(i * size, (i + 1) * size).map((a) => ({ ...a, ...splitPageCredits(a.paragraphs) }));
      const record: RecordFile = {
        paper,
        style: styleLine(paper, year, new Set(chunk.map((a) => a.repo))),
        furniture: [...new Set(chunk.flatMap((a) => a.credits))],
        // The e-paper text keeps subheads as plain paragraphs: nothing in it says which they are.
        subheadsUnmarked: true,
        articles: chunk.map((a, j) => ({
          id: `${prefix}-${year}-${String(i * size + j + 1).padStart(4, '0')}`,
          type: articleType(a),
          column: a.column,
          kicker: a.kicker,
          title: a.title,
          subtitle: a.subtitle,
          byline: a.byline,
          paragraphs: a.paragraphs,
          continuedOn: continuedOn(a.paragraphs),
        })),
      };
      const name = `${slug}-${year}-${String(i + 1).padStart(2, '0')}.json`;
      fs.writeFileSync(path.join(out, name), JSON.stringify(record, null, 2) + '\n');
      written.push(`${name}: ${chunk.length} articles (${chunk[0].date} – ${chunk[chunk.length - 1].date})`);
    }
  }

  console.log(
    `read ${stats.seen} items; skipped ${stats.reserved} reserved (人民日报 2019/2020) items and ` +
      `${stats.reservedFiles} reserved daily files, ${stats.undated} undated, ${stats.unrecognised} unrecognised, ` +
      `${stats.duplicate} duplicates, ${stats.tooShortOrLong} with 0 or >30 paragraphs`,
  );
  for (const w of written) console.log(`  ${path.join(out, w)}`);
  if (written.length === 0) console.log('  nothing written');
}

function repoName(label: string): string {
  // /work/.mirror/owner+name/repo → owner/name; …/name.git or …/name/.git → name
  const m = /([^/]+)\+([^/]+)\/repo\/?$/.exec(label);
  if (m) return `${m[1]}/${m[2]}`;
  return path.basename(label.replace(/\/\.git\/?$/, '').replace(/\.git\/?$/, '')) || label;
}

main();
