/**
 * Synthetic archive generator: recombines real seed sentences into new raw
 * pages in the three extraction layouts and writes them as issue folders
 * (issue.yaml + pNN.txt) under <out>/issues. Deterministic from a seed number.
 *
 *   npx node bench/generate.ts --scale 10 --out .bench/s10/content [--seed 1]
 */
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { createRandom } from './lib/random.ts';
import { loadSeedPools } from './lib/seed-text.ts';
import { composePage } from './lib/compose-page.ts';
import { LAYOUTS, renderPage } from './lib/layouts.ts';
import { positiveIntegers, readCommandLine } from '../scripts/lib/cli/read-command-line.ts';

/** What a generation run wrote. */
export interface GeneratedArchive {
  scale: number;
  seed: number;
  issues: number;
  pages: number;
  /** Items composed (articles, photos, ads); the parser decides how many articles it finds. */
  items: number;
  /** Bytes of raw page text written. */
  bytes: number;
  /** Bytes of the seed pages, for "× the seeds". */
  seedBytes: number;
}

// Papers with real GB/T 2260 codes where the paper is local; names as in the seeds.
const PAPERS = [
  { name: '聊城日报', slug: 'liaocheng-ribao', region: '371500' },
  { name: '经济日报', slug: 'jingji-ribao' },
  { name: '浙江日报', slug: 'zhejiang-ribao', region: '330000' },
  { name: '天津日报', slug: 'tianjin-ribao', region: '120000' },
  { name: '吉林日报', slug: 'jilin-ribao', region: '220000' },
  { name: '深圳晚报', slug: 'shenzhen-wanbao', region: '440300' },
];
const PAGE_NAMES = ['头版', '要闻', '区域动态', '经济', '综合', '评论', '专版', '社会'];
const SEED_PAGES = 5;
const START = Date.UTC(2019, 0, 1);
const SPAN_DAYS = 7 * 365;

/**
 * Writes a synthetic archive of `scale` × the seeds' page count into
 * `out/issues`; `out` must not be the project's src/content.
 */
export function generateArchive(root: string, out: string, scale: number, seed = 1): GeneratedArchive {
  const resolved = path.resolve(out);
  if (resolved.startsWith(path.join(root, 'src')))
    throw new Error(`refusing to generate into ${resolved}: benchmarks never write into src/`);
  const pools = loadSeedPools(root);
  const rng = createRandom(seed);
  const targetPages = Math.round(SEED_PAGES * scale);
  const issuesDir = path.join(resolved, 'issues');
  fs.rmSync(issuesDir, { recursive: true, force: true });
  fs.mkdirSync(issuesDir, { recursive: true });

  // Spread each paper's issues evenly over seven years, with jitter inside each step.
  const estimatedIssues = Math.ceil(targetPages / 6);
  const perPaper = Math.ceil(estimatedIssues / PAPERS.length);
  const step = Math.max(1, Math.floor(SPAN_DAYS / perPaper));
  const result: GeneratedArchive = { scale, seed, issues: 0, pages: 0, items: 0, bytes: 0, seedBytes: pools.bytes };
  for (let i = 0; result.pages < targetPages; i++) {
    const paper = PAPERS[i % PAPERS.length];
    const k = Math.floor(i / PAPERS.length);
    const day = new Date(START + (k * step + rng.int(0, step - 1)) * 86_400_000);
    const iso = day.toISOString().slice(0, 10);
    const id = `${paper.slug}-${iso}`;
    const pageCount = Math.min(rng.int(4, 8), targetPages - result.pages);
    const dir = path.join(issuesDir, id);
    fs.mkdirSync(dir);
    const pages = [];
    for (let p = 1; p <= pageCount; p++) {
      const page = composePage(rng, pools, { month: day.getUTCMonth() + 1, day: day.getUTCDate() });
      const text = renderPage(page, rng.pick(LAYOUTS), rng);
      const file = `p${String(p).padStart(2, '0')}.txt`;
      fs.writeFileSync(path.join(dir, file), text);
      result.bytes += Buffer.byteLength(text);
      result.items += page.items;
      pages.push({ number: p, name: p === 1 ? '头版' : rng.pick(PAGE_NAMES), file });
    }
    const manifest = {
      id,
      publication: paper,
      date: iso,
      pages,
      provenance: [`Synthetic benchmark issue (seed ${seed}), recombined from the seed pages' sentences.`],
    };
    fs.writeFileSync(path.join(dir, 'issue.yaml'), YAML.stringify(manifest));
    result.issues += 1;
    result.pages += pageCount;
  }
  fs.writeFileSync(path.join(resolved, 'generated.json'), `${JSON.stringify(result, null, 2)}\n`);
  return result;
}

/** Changes one page of the first issue (a different edit for each `round`), for the incremental-ingest figure. */
export function editOneIssue(content: string, round: number): string {
  const issuesDir = path.join(content, 'issues');
  const first = fs.readdirSync(issuesDir).sort()[0];
  const file = path.join(issuesDir, first, 'p01.txt');
  fs.appendFileSync(file, `\n（本版补记第${round}次）\n`);
  return first;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const command = { name: 'generate', usage: 'usage: node bench/generate.ts [--scale 10] [--out .bench/generated/content] [--seed 1]' };
  const { values } = readCommandLine(command, {
    options: {
      scale: { type: 'string', default: '10' },
      out: { type: 'string', default: '.bench/generated/content' },
      seed: { type: 'string', default: '1' },
    },
  });
  const [scale] = positiveIntegers(command, 'scale', values.scale);
  const [seed] = positiveIntegers(command, 'seed', values.seed, 0);
  const root = path.resolve(import.meta.dirname, '..');
  const stats = generateArchive(root, values.out, scale, seed);
  console.log(JSON.stringify(stats));
}
