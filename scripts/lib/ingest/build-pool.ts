import os from 'node:os';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
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
 * Builds jobs on `threads` worker threads and hands each result to `done` in
 * job order, synchronously: ingest stays one synchronous run (its lock, its
 * atomic writes and its report are the main thread's), only the parsing moves.
 * The main thread sleeps on a shared counter the workers bump (Atomics.wait)
 * and takes results off the ports with receiveMessageOnPort.
 */
export function buildOnThreads(jobs: readonly BuildJob[], threads: number, done: (index: number, result: BuildJobResult) => void): void {
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const workers: Array<{ worker: Worker; port: MessagePort; job: number }> = [];
  for (let t = 0; t < threads; t++) {
    const { port1, port2 } = new MessageChannel();
    // The worker runs TypeScript the way this process does (tsx's loader or Node's type stripping: execArgv is inherited).
    const worker = new Worker(new URL('./build-worker.ts', import.meta.url), {
      workerData: { port: port2, signal },
      transferList: [port2],
    });
    worker.unref();
    workers.push({ worker, port: port1, job: -1 });
  }
  const results = new Map<number, BuildJobResult>();
  let next = 0;
  let handed = 0;
  const assign = (slot: (typeof workers)[number]) => {
    slot.job = next < jobs.length ? next++ : -1;
    if (slot.job >= 0) slot.port.postMessage(jobs[slot.job]);
  };
  try {
    for (const slot of workers) assign(slot);
    while (handed < jobs.length) {
      const seen = Atomics.load(signal, 0);
      let got = false;
      for (const slot of workers) {
        const message = slot.job >= 0 ? receiveMessageOnPort(slot.port) : undefined;
        if (!message) continue;
        got = true;
        results.set(slot.job, message.message as BuildJobResult);
        assign(slot);
      }
      // Results are written in folder order, as the in-process build writes them.
      while (results.has(handed)) {
        const result = results.get(handed)!;
        results.delete(handed);
        done(handed++, result);
      }
      if (!got && handed < jobs.length) Atomics.wait(signal, 0, seen);
    }
  } finally {
    for (const { worker, port } of workers) {
      port.close();
      void worker.terminate();
    }
  }
}
