/**
 * `npm run bench:adversarial`: times ingest's per-page work (parse, region
 * tagging, MDX serialization, exactly as buildIssue runs them) on the shapes
 * of bench/lib/adversarial-shapes.ts at growing sizes up to the page limit.
 * Each run is a child process with a time limit, so a quadratic step shows up
 * as a timeout instead of a hung benchmark. Linear work doubles with the size;
 * the `×` column is time / time at the previous size.
 *
 *   npm run bench:adversarial                          # every shape at 128, 256, 512, 1024 KB
 *   npm run bench:adversarial -- --kb 64,128 --shapes narrow-lines --timeout 60
 */
import { execFileSync } from 'node:child_process';
import { SHAPES } from './lib/adversarial-shapes.ts';
import { MAX_PAGE_BYTES } from '../scripts/lib/validate/check-page-text.ts';
import { positiveIntegers, readCommandLine, refuseCommandLine } from '../scripts/lib/cli/read-command-line.ts';

const command = {
  name: 'bench:adversarial',
  usage: `usage: npm run bench:adversarial [-- --kb 128,256,512,1024] [--shapes NAME,…] [--timeout 120]

  --kb 128,256        page sizes in KB (default 128,256,512,1024)
  --shapes NAME,…     which shapes (default: all: ${SHAPES.map((shape) => shape.name).join(', ')})
  --timeout 120       seconds one page may take before it is killed (default 120)`,
};
const { values } = readCommandLine(command, {
  options: {
    kb: { type: 'string', default: '128,256,512,1024' },
    shapes: { type: 'string', default: SHAPES.map((shape) => shape.name).join(',') },
    timeout: { type: 'string', default: '120' },
    // Internal: the child process that times one page (shape:bytes).
    child: { type: 'string' },
  },
});

if (values.child) {
  // Child: build one page and time buildIssue on it.
  const [name, bytesText] = values.child.split(':');
  const { buildIssue } = await import('../scripts/lib/ingest/build-issue.ts');
  const { issueSchema } = await import('../src/schemas/issue.ts');
  const shape = SHAPES.find((candidate) => candidate.name === name)!;
  const text = shape.make(Math.min(Number(bytesText), MAX_PAGE_BYTES));
  const issue = issueSchema.parse({
    id: 'bench-2025-04-11',
    publication: { name: '聊城日报', slug: 'liaocheng-ribao' },
    date: '2025-04-11',
    pages: [{ number: 1, file: 'p01.txt' }],
  });
  const started = process.cpuUsage();
  const output = buildIssue(issue, () => ({ text, path: 'p01.txt' }));
  const used = process.cpuUsage(started);
  const lines = text.split('\n').length;
  process.stdout.write(
    JSON.stringify({ seconds: (used.user + used.system) / 1e6, bytes: Buffer.byteLength(text), lines, items: output.articles.size }),
  );
} else {
  const sizes = positiveIntegers(command, 'kb', values.kb).map((kb) => kb * 1024);
  const wanted = values.shapes.split(',');
  const unknown = wanted.filter((name) => !SHAPES.some((shape) => shape.name === name));
  if (unknown.length > 0) refuseCommandLine(command, `no shape named ${unknown.join(', ')}.`);
  const timeout = positiveIntegers(command, 'timeout', values.timeout)[0] * 1000;
  console.log('| shape | size | lines | items | CPU s | × previous size |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const shape of SHAPES.filter((candidate) => wanted.includes(candidate.name))) {
    let previous: number | null = null;
    for (const bytes of sizes) {
      let row: string;
      try {
        const out = execFileSync(process.execPath, [...process.execArgv, import.meta.filename, '--child', `${shape.name}:${bytes}`], {
          timeout,
          encoding: 'utf8',
          maxBuffer: 1 << 20,
        });
        const result = JSON.parse(out) as { seconds: number; bytes: number; lines: number; items: number };
        const ratio = previous && previous > 0.05 ? (result.seconds / previous).toFixed(1) : '–';
        row = `| ${shape.name} | ${Math.round(result.bytes / 1024)} KB | ${result.lines} | ${result.items} | ${result.seconds.toFixed(2)} | ${ratio} |`;
        previous = result.seconds;
      } catch (error) {
        const timedOut = (error as { signal?: string }).signal === 'SIGTERM';
        row = `| ${shape.name} | ${Math.round(bytes / 1024)} KB | | | ${timedOut ? `> ${values.timeout} (killed)` : `failed: ${(error as Error).message.split('\n')[0]}`} | |`;
        previous = null;
        console.log(row);
        break; // a bigger page only takes longer
      }
      console.log(row);
    }
  }
}
