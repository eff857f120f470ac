import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import YAML from 'yaml';
import { parsePage } from '/work/main/scripts/lib/parse/parse-page.ts';
import { tagRegions } from '/work/main/scripts/lib/regions/tag-regions.ts';
const issuesDir = '/work/main/.bench/prof/content/issues';
const inputs: any[] = [];
for (const id of fs.readdirSync(issuesDir).sort()) {
  const m = YAML.parse(fs.readFileSync(path.join(issuesDir, id, 'issue.yaml'), 'utf8'));
  for (const p of m.pages) {
    const { page } = parsePage(fs.readFileSync(path.join(issuesDir, id, p.file), 'utf8'));
    for (const item of page.items) inputs.push([{ kicker: item.kicker, title: item.title, subtitle: item.subtitle, column: item.column, byline: item.byline, source: item.source, dateline: item.dateline, paragraphs: item.body.map((b: any) => b.text) }, { publicationRegion: m.publication.region }]);
  }
}
const t = performance.now();
const out = inputs.map(([a, b]) => tagRegions(a, b));
const ms = performance.now() - t;
console.log(inputs.length, 'items', Math.round(ms), 'ms', crypto.createHash('sha256').update(JSON.stringify(out)).digest('hex').slice(0, 16));
