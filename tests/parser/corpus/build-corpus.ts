/**
 * Set the development corpus's records into pages with their readings:
 *
 *   npx node tests/parser/corpus/build-corpus.ts [--out DIR] [--seed S] [RECORDS_DIR …]
 *
 * Writes DIR/<paper>-<nn>-<layout>-<direction>.txt and .reading.json (default DIR:
 * tests/parser/corpus/.pages, ignored by git). Records default to records/ here; add
 * .local/records to include the locally imported public text (see import-public.ts).
 * Then score the parser: npm run parse -- --eval tests/parser/corpus/.pages
 * `--seed S` sets the same records in other page shapes (page names carry the seed).
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { readCommandLine } from '../../../scripts/lib/cli/read-command-line.ts';
import { composeAll, type RecordFile } from './compose.ts';

const here = import.meta.dirname;
const { values, positionals } = readCommandLine(
  { name: 'build-corpus', usage: 'usage: node tests/parser/corpus/build-corpus.ts [--out DIR] [--seed S] [RECORDS_DIR …]' },
  { allowPositionals: true, options: { out: { type: 'string' }, seed: { type: 'string' } } },
);
const out = values.out ?? join(here, '.pages');
const sources = positionals.length > 0 ? positionals : [join(here, 'records')];

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
let pages = 0;
let items = 0;
for (const dir of sources) {
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    const file = JSON.parse(readFileSync(join(dir, name), 'utf8')) as RecordFile;
    for (const page of composeAll(file, basename(name, '.json'), values.seed)) {
      writeFileSync(join(out, `${page.name}.txt`), page.text);
      writeFileSync(join(out, `${page.name}.reading.json`), `${JSON.stringify({ layout: page.layout, ...page.reading }, null, 1)}\n`);
      pages += 1;
      items += page.reading.items.length;
    }
  }
}
process.stdout.write(`${pages} pages, ${items} items → ${out}\n`);
