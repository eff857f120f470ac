/**
 * A worker thread of the build pool (build-pool.ts): builds the jobs sent on
 * its port, posts each result back and bumps the shared counter the waiting
 * main thread sleeps on.
 */
import { workerData, type MessagePort } from 'node:worker_threads';
import { runBuildJob, type BuildJob } from './build-job.ts';

const { port, signal } = workerData as { port: MessagePort; signal: Int32Array };
port.on('message', (job: BuildJob) => {
  port.postMessage(runBuildJob(job));
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
});
