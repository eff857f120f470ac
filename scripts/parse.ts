/**
 * Preview how the parser reads one raw page file, without writing anything:
 *
 *   npm run parse -- path/to/p01.txt          readable summary, then warnings
 *   npm run parse -- path/to/p01.txt --json   {"articles": [...]} (warnings on stderr)
 */
import { readFileSync, statSync } from 'node:fs';
import { reporter } from 'vfile-reporter';
import { formatSummary, toJson } from './lib/parse/format-summary.ts';
import { parsePage } from './lib/parse/parse-page.ts';

const USAGE = 'usage: npm run parse -- FILE.txt [--json]';

function fail(message: string): never {
  process.stderr.write(`parse: ${message}\n`);
  process.exit(1);
}

const args = process.argv.slice(2);
const json = args.includes('--json');
const unknown = args.filter((a) => a.startsWith('--') && a !== '--json');
const files = args.filter((a) => !a.startsWith('--'));
if (unknown.length > 0) fail(`unknown option ${unknown[0]} (${USAGE})`);
if (files.length !== 1) fail(`expected one page file (${USAGE})`);
const path = files[0];

let text: string;
try {
  const stat = statSync(path);
  if (stat.isDirectory()) fail(`${path} is a directory; give one page file such as ${path.replace(/\/$/, '')}/p01.txt`);
  text = readFileSync(path, 'utf8');
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') fail(`${path}: no such file`);
  if (code === 'EACCES') fail(`${path}: permission denied`);
  throw error;
}

const { page, file } = parsePage(text, { path });
if (json) {
  process.stdout.write(`${JSON.stringify(toJson(page), null, 2)}\n`);
  if (file.messages.length > 0) process.stderr.write(`${reporter([file], { quiet: true })}\n`);
} else {
  process.stdout.write(formatSummary(page));
  process.stdout.write(`\n${reporter([file])}\n`);
}
