import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { BuildJob, BuildJobResult } from './build-job.ts';

// Below this much page text the work is less than starting a thread (each loads the parser and gazetteer).
const MIN_PARALLEL_BYTES = 512 * 1024;

/**
 * How many threads to build `jobs` on: one per core, none (in-process) for small work;
 * `requested` (IngestOptions.threads, else the INGEST_THREADS variable) overrides.
 */
export function threadsFor(jobs: readonly BuildJob[], requested: number | undefined = envThreads()): number {
  if (requested !== undefined) return Math.min(requested, jobs.length);
  const bytes = jobs.reduce((n, job) => n + Object.values(job.pages).reduce((m, page) => m + page.text.length * 3, 0), 0);
  if (jobs.length < 2 || bytes < MIN_PARALLEL_BYTES) return 0;
  return Math.min(os.availableParallelism(), jobs.length);
}

function envThreads(): number | undefined {
  const set = Number(process.env.INGEST_THREADS);
  return process.env.INGEST_THREADS !== undefined && Number.isInteger(set) && set >= 0 ? set : undefined;
}

/**
 * Builds jobs on `threads` worker threads and hands each result to `done` in job order
 * (the lock, the atomic writes and the report stay the caller's; only the parsing moves).
 * A thread that dies (out of memory, a module that fails to load) does not hang the run:
 * the job it held, and the jobs left when no thread is, come back as crashes, which ingest
 * reports on their issues as it reports any crash of the pipeline. `worker` is the thread's
 * module (build-worker.ts; a test passes one that dies).
 */
export async function buildOnThreads(
  jobs: readonly BuildJob[],
  threads: number,
  done: (index: number, result: BuildJobResult) => void,
  worker: URL = new URL('./build-worker.ts', import.meta.url),
): Promise<void> {
  const results = new Map<number, BuildJobResult>();
  const running = new Set<Worker>();
  let next = 0;
  let handed = 0;
  await new Promise<void>((resolve, reject) => {
    const settle = () => {
      try {
        // Results are handed on in folder order, as the in-process build writes them.
        while (results.has(handed)) {
          const result = results.get(handed)!;
          results.delete(handed);
          done(handed++, result);
        }
        if (handed === jobs.length) resolve();
      } catch (error) {
        reject(error);
      }
    };
    const start = () => {
      // The thread runs TypeScript the way this process does (execArgv is inherited).
      const thread = new Worker(worker);
      let held = -1;
      const give = () => {
        held = next < jobs.length ? next++ : -1;
        if (held >= 0) thread.postMessage(jobs[held]);
      };
      thread.on('message', (result: BuildJobResult) => {
        results.set(held, result);
        give();
        settle();
      });
      const died = (why: string) => {
        if (!running.delete(thread)) return;
        if (held >= 0) results.set(held, { crash: { message: `the build thread stopped (${why})` } });
        held = -1;
        // With no thread left, what was never handed out cannot be built either.
        if (running.size === 0) while (next < jobs.length) results.set(next++, { crash: { message: `no build thread left (${why})` } });
        settle();
      };
      thread.on('error', (error: Error) => died(error.message));
      thread.on('exit', (code) => died(`exit code ${code}`));
      running.add(thread);
      give();
    };
    for (let t = 0; t < threads; t++) start();
  }).finally(() => {
    const threadsLeft = [...running];
    running.clear();
    return Promise.all(threadsLeft.map((thread) => thread.terminate()));
  });
}
