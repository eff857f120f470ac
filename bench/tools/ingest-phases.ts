/**
 * Times the ingest phases separately (parse page, tag regions, serialize MDX)
 * over every page of an archive, in one process, without writing anything.
 *
 *   ARCHIVE_CONTENT=.bench/s10/content npx node bench/tools/ingest-phases.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { parsePage } from '../../scripts/lib/parse/parse-page.ts';
import { tagRegions } from '../../scripts/lib/regions/tag-regions.ts';
import { serializeArticle } from '../../scripts/lib/mdx/serialize-article.ts';

const content = path.resolve(process.env.ARCHIVE_CONTENT ?? '.bench/s10/content');
const issuesDir = path.join(content, 'issues');
const times = { parse: 0, regions: 0, serialize: 0 };
let pages = 0;
let items = 0;
let bytes = 0;
for (const id of fs.readdirSync(issuesDir).sort()) {
  const manifest = YAML.parse(fs.readFileSync(path.join(issuesDir, id, 'issue.yaml'), 'utf8'));
  for (const page of manifest.pages) {
    const text = fs.readFileSync(path.join(issuesDir, id, page.file), 'utf8');
    bytes += Buffer.byteLength(text);
    let t = performance.now();
    const { page: parsed } = parsePage(text, { path: page.file });
    times.parse += performance.now() - t;
    pages += 1;
    for (const item of parsed.items) {
      items += 1;
      t = performance.now();
      tagRegions(
        {
          kicker: item.kicker,
          title: item.title,
          subtitle: item.subtitle,
          column: item.column,
          byline: item.byline,
          source: item.source,
          dateline: item.dateline,
          paragraphs: item.body.map((b) => b.text),
        },
        { publicationRegion: manifest.publication.region },
      );
      times.regions += performance.now() - t;
      t = performance.now();
      serializeArticle({ id: 'x', title: item.title }, item.body);
      times.serialize += performance.now() - t;
    }
  }
}
console.log(
  JSON.stringify({
    pages,
    items,
    mb: +(bytes / 2 ** 20).toFixed(2),
    ms: Object.fromEntries(Object.entries(times).map(([k, v]) => [k, Math.round(v)])),
  }),
);
