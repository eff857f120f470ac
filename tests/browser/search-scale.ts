/**
 * What search gives and costs on a large archive, through the real search
 * page in headless Chromium (numbers for docs/search.md, not a test):
 *  - exactness: for each everyday query, how many of the top 10 results
 *    contain the query as typed on their article page, for the search page
 *    and for Pagefind alone (its bag of segmenter pieces);
 *  - bytes: what the search page fetches before the reader types (focused
 *    or not), on the first key, and for the first query.
 *
 *   npx tsx tests/browser/search-scale.ts <dist> <base path> [query ...]
 *
 * A large archive to run it on: docs/search.md says how it was generated.
 */
import { launchBrowser } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { asTyped, pagesContain, typeQuery } from './search-support.ts';

// Everyday queries: places, institutions and policy words the seed pages (and so the generated pages) use.
const QUERIES = [
  '聊城',
  '三亚',
  '长三角',
  '温州',
  '热线',
  '市民',
  '干部',
  '企业',
  '经济',
  '消费',
  '外贸',
  '发展',
  '服务',
  '一体化',
  '高质量发展',
  '营商环境',
  '招商引资',
  '新西兰',
  '海关',
  '12345',
];

const [dist, base = '/', ...given] = process.argv.slice(2);
if (!dist) {
  console.error('usage: npx tsx tests/browser/search-scale.ts <dist> <base path> [query ...]');
  process.exit(2);
}
const queries = given.length ? given : QUERIES;
const server = await serveStatic(dist, base);
const browser = await launchBrowser();

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const since = (from: number, s: StaticServer) => s.requests.slice(from).filter((r) => !/favicon/.test(r.path));
const sum = (requests: StaticServer['requests']) => requests.reduce((n, r) => n + r.bytes, 0);

try {
  // Bytes: a fresh context each time, so nothing is cached.
  const context = await browser.newContext();
  const page = await context.newPage();
  let at = server.requests.length;
  await page.goto(`${server.url}search/`, { waitUntil: 'networkidle' });
  const idle = since(at, server);
  await page.locator('#search-q').focus();
  await page.waitForTimeout(500);
  const focused = since(at, server);
  at = server.requests.length;
  await page.keyboard.press('Shift');
  await page.waitForTimeout(1000);
  await page.waitForLoadState('networkidle');
  const firstKey = since(at, server);
  at = server.requests.length;
  await typeQuery(page, queries[0]);
  const first = since(at, server);
  await context.close();
  console.log(
    `\nsearch page before the reader types: ${kb(sum(idle))} in ${idle.length} requests (pagefind files: ${idle.filter((r) => r.path.includes('/pagefind/')).length}); focusing the box adds ${kb(sum(focused))}`,
  );
  console.log(`on the first key: ${kb(sum(firstKey))} in ${firstKey.length} requests`);
  console.log(`first query (${queries[0]}): ${kb(sum(first))} in ${first.length} requests\n`);

  // Exactness.
  const rows: string[] = [];
  let pageTotal = 0;
  let aloneTotal = 0;
  let shownTotal = 0;
  const check = await browser.newPage();
  await check.goto(`${server.url}search/`);
  for (const query of queries) {
    await typeQuery(check, query);
    const hrefs = await check.locator('#search-list h3 a').evaluateAll((as) => as.slice(0, 10).map((a) => (a as HTMLAnchorElement).href));
    const count = await check.locator('#search-status').textContent();
    const notes = (await check.locator('#search-notes').textContent()) ?? '';
    const mine = (await pagesContain(check, hrefs, asTyped(query))).filter(Boolean).length;
    const aloneHrefs = await check.evaluate(
      async ({ url, q }) => {
        const pagefind = await import(url);
        const search = await pagefind.search(q);
        const data = await Promise.all(search.results.slice(0, 10).map((r: { data(): Promise<{ url: string }> }) => r.data()));
        return data.map((d) => new URL(d.url, location.href).href);
      },
      { url: `${server.url}pagefind/pagefind.js`, q: asTyped(query) },
    );
    const alone = (await pagesContain(check, aloneHrefs, asTyped(query))).filter(Boolean).length;
    pageTotal += mine;
    aloneTotal += alone;
    shownTotal += hrefs.length;
    rows.push(
      `| ${query} | ${count} | ${mine} / ${hrefs.length} | ${alone} / ${aloneHrefs.length} |${notes.includes('原文。以下') ? ' nothing as typed |' : ''}`,
    );
  }
  console.log('| query | search page says | top 10 containing it: search page | Pagefind alone |');
  console.log('| --- | --- | --- | --- |');
  for (const row of rows) console.log(row);
  console.log(`| **all ${queries.length}** | | **${pageTotal} / ${shownTotal}** | **${aloneTotal} / ${queries.length * 10}** |`);
} finally {
  await browser.close();
  await server.close();
}
