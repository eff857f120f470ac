/**
 * One ingest run in a fresh process (so "cold" means cold: no warm JIT or
 * module cache), timed in-process around runIngest; prints one JSON line.
 * The runner calls it with ARCHIVE_CONTENT pointing at a synthetic archive.
 */
import path from 'node:path';
import { cacheCompiledModules } from '../../scripts/lib/cli/compile-cache.ts';
import { readCommandLine } from '../../scripts/lib/cli/read-command-line.ts';

// As scripts/ingest.ts starts.
cacheCompiledModules();
const { runIngest } = await import('../../scripts/lib/ingest/run-ingest.ts');

const root = path.resolve(import.meta.dirname, '..', '..');
const { values } = readCommandLine(
  { name: 'ingest-once', usage: 'usage: node bench/lib/ingest-once.ts [--force]' },
  { options: { force: { type: 'boolean' } } },
);
const start = performance.now();
const cpuStart = process.cpuUsage();
const result = await runIngest(root, { force: values.force === true });
const ms = performance.now() - start;
const cpu = process.cpuUsage(cpuStart);
console.log(
  JSON.stringify({
    ms,
    cpuMs: (cpu.user + cpu.system) / 1000,
    written: result.written.length,
    unchanged: result.unchanged.length,
    failed: result.failed.length,
    messages: result.files.reduce((n, f) => n + f.messages.length, 0),
  }),
);
