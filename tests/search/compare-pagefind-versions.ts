// Not a test: the numbers behind the Pagefind version choice in
// docs/search.md. Indexes one built site with two Pagefind binaries and
// compares index time, peak memory, index size, bytes a first query fetches
// and recall on the browser-test queries, through the real search page.
//
//   npx node tests/search/compare-pagefind-versions.ts <built dist> <other pagefind bin>
//   (e.g. a dist from `npm run build`, and pagefind@1.5.2 installed in a temp dir)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readCommandLine, refuseCommandLine } from '../../scripts/lib/cli/read-command-line.ts';
import { launchBrowser } from '../support/browser.ts';
import { serveStatic } from '../support/static-server.ts';

const command = {
  name: 'compare-pagefind-versions',
  usage: 'usage: node tests/search/compare-pagefind-versions.ts <built dist> <other pagefind bin>',
};
const { positionals } = readCommandLine(command, { allowPositionals: true });
if (positionals.length !== 2)
  refuseCommandLine(command, `expected a built dist and a pagefind binary, got ${positionals.length} argument(s).`);
const [dist, otherBin] = positionals;
const here = path.resolve(import.meta.dirname, '..', '..', 'node_modules', '.bin', 'pagefind');
const queries = [
  '热线',
  '长三角',
  '李长萍',
  '婺城',
  '12345热线',
  '12345',
  'RCEP',
  '"长三角一体化"',
  '长三角一体化',
  '温州热线',
  '三角',
  '长萍',
  '体化',
  '一体化',
  '足球',
  '招商引资',
  '"市民热线"',
  '新西兰',
  '高质量发展',
];

function du(dir: string): { all: number; index: number } {
  let all = 0;
  let index = 0;
  const walk = (d: string) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else {
        const size = fs.statSync(p).size;
        all += size;
        if (/\.pf_(index|fragment|filter|meta)$/.test(p)) index += size;
      }
    }
  };
  walk(dir);
  return { all, index };
}

async function measure(bin: string) {
  const site = fs.mkdtempSync(path.join(os.tmpdir(), 'pf-compare-'));
  fs.cpSync(dist, site, { recursive: true });
  const runs: Array<{ ms: number; rssKb: number }> = [];
  for (let i = 0; i < 3; i++) {
    fs.rmSync(path.join(site, 'pagefind'), { recursive: true, force: true });
    const t0 = performance.now();
    const out = execFileSync('/usr/bin/time', ['-v', bin, '--site', site, '--silent'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    void out;
    runs.push({ ms: performance.now() - t0, rssKb: 0 });
  }
  // /usr/bin/time writes to stderr; run once more capturing it for peak memory.
  fs.rmSync(path.join(site, 'pagefind'), { recursive: true, force: true });
  let stderr = '';
  try {
    execFileSync('/usr/bin/time', ['-v', bin, '--site', site, '--silent'], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (error) {
    stderr = String((error as { stderr?: string }).stderr ?? '');
  }
  const version = execFileSync(bin, ['--version'], { encoding: 'utf8' }).trim();
  const child = execFileSync(
    'sh',
    ['-c', `/usr/bin/time -v "${bin}" --site "${site}" --silent 2>&1 >/dev/null | grep "Maximum resident"`],
    { encoding: 'utf8' },
  );
  void stderr;
  const rssKb = Number(/(\d+)/.exec(child)?.[1] ?? 0);
  const size = du(path.join(site, 'pagefind'));

  const server = await serveStatic(site, '/');
  const browser = await launchBrowser();
  const recall: Record<string, string[]> = {};
  let firstQueryBytes = 0;
  for (const [i, query] of queries.entries()) {
    const page = await browser.newPage();
    const start = server.requests.length;
    await page.goto(`${server.url}search/?q=${encodeURIComponent(query)}`);
    await page.waitForSelector('#search-results[data-state="done"], #search-results[data-state="error"]');
    while (await page.locator('#search-more').isVisible()) {
      const before = await page.locator('#search-list > li').count();
      await page.locator('#search-more').click();
      await page.waitForFunction((n) => document.querySelectorAll('#search-list > li').length > n, before);
    }
    const hrefs = await page
      .locator('#search-list h3 a')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    recall[query] = hrefs.map((h) => h.replace(/^\/articles\/|\/$/g, ''));
    if (i === 0) firstQueryBytes = server.requests.slice(start).reduce((sum, r) => sum + r.bytes, 0);
    await page.close();
  }
  await browser.close();
  await server.close();
  fs.rmSync(site, { recursive: true, force: true });
  const ms = runs.map((r) => r.ms).sort((a, b) => a - b)[1];
  return { version, indexMs: Math.round(ms), peakRssMb: Math.round(rssKb / 1024), size, firstQueryBytes, recall };
}

const a = await measure(here);
const b = await measure(otherBin);
console.log(`| | ${a.version} | ${b.version} |`);
console.log('| --- | --- | --- |');
console.log(`| index time (median of 3) | ${a.indexMs} ms | ${b.indexMs} ms |`);
console.log(`| peak memory | ${a.peakRssMb} MB | ${b.peakRssMb} MB |`);
console.log(`| index files (pf_index/fragment/filter/meta) | ${a.size.index} B | ${b.size.index} B |`);
console.log(`| whole bundle | ${a.size.all} B | ${b.size.all} B |`);
console.log(`| bytes fetched, first query (热线) | ${a.firstQueryBytes} | ${b.firstQueryBytes} |`);
for (const query of queries) {
  const ra = a.recall[query];
  const rb = b.recall[query];
  const same = JSON.stringify([...ra].sort()) === JSON.stringify([...rb].sort());
  console.log(`| ${query.replace(/\|/g, '\\|')} | ${ra.length} | ${rb.length}${same ? '' : ' (differs)'} |`);
}
for (const query of queries) {
  const only16 = a.recall[query].filter((id) => !b.recall[query].includes(id));
  const only15 = b.recall[query].filter((id) => !a.recall[query].includes(id));
  if (only16.length || only15.length) console.log(query, { onlyIn16: only16, onlyIn152: only15 });
}
