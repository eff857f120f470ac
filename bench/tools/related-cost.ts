/**
 * Times the related-by-region candidate counting (src/lib/archive.ts's
 * relatedByRegion, copied here because that module needs astro:content) over
 * every generated article of an ingested archive, to see whether article
 * pages still grow faster than the archive.
 *
 *   ARCHIVE_CONTENT=.bench/s200/content npx node bench/tools/related-cost.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';

interface Entry {
  id: string;
  regions: Array<{ code: string; name: string }>;
}
const dir = path.resolve(process.env.ARCHIVE_CONTENT ?? '.bench/s200/content', 'articles');
const entries: Entry[] = [];
for (const file of fs
  .readdirSync(dir, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.mdx'))) {
  const text = fs.readFileSync(path.join(dir, file), 'utf8');
  const data = YAML.parse(text.slice(4, text.indexOf('\n---', 4)));
  entries.push({ id: data.id, regions: data.regions });
}
const byRegion = new Map<string, Entry[]>();
for (const e of entries) for (const r of e.regions) byRegion.set(r.code, [...(byRegion.get(r.code) ?? []), e]);
const start = performance.now();
let visited = 0;
for (const article of entries) {
  const shared = new Map<string, string[]>();
  for (const region of article.regions) {
    for (const other of byRegion.get(region.code) ?? []) {
      if (other.id === article.id) continue;
      visited += 1;
      const names = shared.get(other.id) ?? [];
      names.push(region.name);
      shared.set(other.id, names);
    }
  }
}
const largest = Math.max(...[...byRegion.values()].map((l) => l.length));
console.log(JSON.stringify({ articles: entries.length, visited, largestRegionList: largest, ms: Math.round(performance.now() - start) }));
