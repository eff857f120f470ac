/**
 * A benchmark archive shaped like real pages: the parser's development corpus
 * (hand-written records of five papers, tests/parser/corpus/records) re-set
 * round after round into raw pages by the corpus's own composer (three
 * extraction layouts, headlines before or after, real headline forms: kickers,
 * subtitles, columns, bylines, credits, photos, teasers), grouped into issues.
 *
 * The records are shorter than a national daily's articles (about 250
 * characters against 1,300), so every round lengthens each article's body
 * with paragraphs of other articles of the same paper, to lengths drawn from a
 * long-tailed distribution (briefs to features, median ~900 characters), and
 * varies which paragraphs, so that the index does not see one text 20 times.
 */
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { composePaper, type ArticleRecord, type RecordFile } from '../../tests/parser/corpus/compose.ts';
import { createRandom, type Random } from './random.ts';
import type { GeneratedArchive } from '../generate.ts';

const RECORDS = path.join('tests', 'parser', 'corpus', 'records');
const START = Date.UTC(2019, 0, 1);
const SPAN_DAYS = 7 * 365;
// Median and spread (of the logarithm) of a body's length in characters.
const MEDIAN_CHARS = 900;
const SIGMA = 0.8;
const MAX_CHARS = 6000;

interface Paper {
  slug: string;
  file: RecordFile;
  /** Body paragraphs that can follow any opening: no subheads, no opening credits, no closing credits. */
  pool: string[];
}

/**
 * Writes issues of real-shaped pages under `out/issues` until about `articles`
 * records have been set (the parser decides how many items it finds).
 */
export function generateCorpusArchive(root: string, out: string, articles: number, seed = 1): GeneratedArchive {
  const resolved = path.resolve(out);
  if (resolved.startsWith(path.join(root, 'src')))
    throw new Error(`refusing to generate into ${resolved}: benchmarks never write into src/`);
  const papers = loadPapers(path.join(root, RECORDS));
  const perRound = papers.reduce((n, p) => n + p.file.articles.length, 0);
  const rounds = Math.max(1, Math.ceil(articles / perRound));
  const rng = createRandom(seed);
  const issuesDir = path.join(resolved, 'issues');
  fs.rmSync(issuesDir, { recursive: true, force: true });
  fs.mkdirSync(issuesDir, { recursive: true });
  const result: GeneratedArchive = { scale: articles, seed, issues: 0, pages: 0, items: 0, bytes: 0, seedBytes: 0 };

  // Each paper's issues spread evenly over seven years (so shards by year are even).
  const pagesPerRound = 70;
  const issuesPerPaper = Math.ceil((rounds * pagesPerRound) / papers.length / 6);
  const step = Math.max(1, Math.floor(SPAN_DAYS / issuesPerPaper));
  for (const [index, paper] of papers.entries()) {
    const pages: string[] = [];
    let items = 0;
    for (let round = 0; round < rounds && items < articles / papers.length; round++) {
      const file = { ...paper.file, articles: paper.file.articles.map((record) => lengthen(record, paper.pool, rng)) };
      for (const page of composePaper(file, `${paper.slug}-${seed}-${round}`)) {
        pages.push(page.text);
        items += page.reading.items.length;
      }
    }
    result.items += items;
    for (let at = 0, k = 0; at < pages.length; k++) {
      const count = Math.min(rng.int(4, 8), pages.length - at);
      const day = new Date(START + (k * step + rng.int(0, step - 1) + index) * 86_400_000);
      writeIssue(issuesDir, paper, day.toISOString().slice(0, 10), pages.slice(at, at + count), seed, result);
      at += count;
    }
  }
  fs.writeFileSync(path.join(resolved, 'generated.json'), `${JSON.stringify(result, null, 2)}\n`);
  return result;
}

function loadPapers(dir: string): Paper[] {
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const file = JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as RecordFile;
      const pool = file.articles
        .filter((r) => r.type === 'article')
        .flatMap((r) => r.paragraphs.slice(1, -1))
        .filter((p) => p.trim() !== '' && !p.startsWith('§') && !/[）)]$/.test(p) && [...p].length >= 40);
      return { slug: path.basename(name, '.json'), file, pool };
    });
}

/** One record with its body brought to a real article's length (articles and commentaries only). */
function lengthen(record: ArticleRecord, pool: string[], rng: Random): ArticleRecord {
  if ((record.type !== 'article' && record.type !== 'commentary') || record.paragraphs.length === 0 || pool.length === 0) return record;
  const target = Math.min(MAX_CHARS, Math.round(MEDIAN_CHARS * Math.exp(SIGMA * gaussian(rng))));
  const paragraphs = [...record.paragraphs];
  let length = paragraphs.reduce((n, p) => n + p.length, 0);
  // Inserted before the last paragraph, which may carry a closing credit or a signature.
  while (length < target) {
    const extra = rng.pick(pool);
    paragraphs.splice(Math.max(1, paragraphs.length - 1), 0, extra);
    length += extra.length;
  }
  return { ...record, paragraphs };
}

/** A standard normal draw (Box–Muller). */
function gaussian(rng: Random): number {
  return Math.sqrt(-2 * Math.log(1 - rng.next())) * Math.cos(2 * Math.PI * rng.next());
}

function writeIssue(issuesDir: string, paper: Paper, date: string, texts: string[], seed: number, result: GeneratedArchive): void {
  let id = `${paper.slug}-${date}`;
  for (let n = 2; fs.existsSync(path.join(issuesDir, id)); n++) id = `${paper.slug}-${date}-${n}`;
  const dir = path.join(issuesDir, id);
  fs.mkdirSync(dir);
  const pages = texts.map((text, i) => {
    const file = `p${String(i + 1).padStart(2, '0')}.txt`;
    fs.writeFileSync(path.join(dir, file), text);
    result.bytes += Buffer.byteLength(text);
    return { number: i + 1, name: i === 0 ? '头版' : null, file };
  });
  const manifest = {
    id,
    publication: { name: paper.file.paper, slug: paper.slug },
    date,
    pages,
    provenance: [
      `Benchmark issue (seed ${seed}) set from the parser's development corpus records, bodies lengthened with the same paper's paragraphs.`,
    ],
  };
  fs.writeFileSync(path.join(dir, 'issue.yaml'), YAML.stringify(manifest));
  result.issues += 1;
  result.pages += texts.length;
}
