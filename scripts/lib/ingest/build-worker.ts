/**
 * A worker thread of the build pool (build-pool.ts): builds each job it is sent and
 * posts the result back.
 */
import { parentPort } from 'node:worker_threads';
import { runBuildJob, type BuildJob } from './build-job.ts';

parentPort!.on('message', (job: BuildJob) => parentPort!.postMessage(runBuildJob(job)));
