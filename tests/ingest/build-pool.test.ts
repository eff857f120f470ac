import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from 'vitest';
import type { BuildJob, BuildJobResult } from '../../scripts/lib/ingest/build-job.ts';
import { buildOnThreads } from '../../scripts/lib/ingest/build-pool.ts';
import { SLOW_TEST_MS } from './support.ts';

const THREADS = path.join(import.meta.dirname, 'fixtures', 'build-threads');

// The threads below never read their jobs.
const jobs = Array.from({ length: 5 }, (_, i) => ({ issue: { id: `issue-${i}` } }) as unknown as BuildJob);

test.each([
  ['dies on a job', 'dies-on-a-job.mjs', 'exit code 3'],
  ['fails to load', 'fails-to-load.mjs', 'cannot load the parser'],
])(
  'a build thread that %s does not hang the run: every job comes back, in order, as a crash naming why',
  async (_name, file, why) => {
    const handed: Array<[number, BuildJobResult]> = [];
    await buildOnThreads(jobs, 2, (index, result) => handed.push([index, result]), pathToFileURL(path.join(THREADS, file)));
    expect(handed.map(([index]) => index)).toEqual([0, 1, 2, 3, 4]);
    for (const [, result] of handed) {
      expect('crash' in result && result.crash.message).toContain(why);
    }
  },
  SLOW_TEST_MS,
);
