import fs from 'node:fs';
import type { WriteHooks } from './write-output.ts';

/**
 * Write hooks from INGEST_TEST_HOOK, the seam the atomicity tests use to stop
 * a child ingest at an exact point and kill it: `pause-after-file:N` or
 * `pause-after-retire`. The process announces the pause on stderr and sleeps
 * until killed. Unset in every real run.
 */
export function hooksFromEnv(value: string | undefined): WriteHooks {
  if (!value) return {};
  const pause = () => {
    fs.writeSync(2, 'INGEST_TEST_PAUSED\n');
    // Block synchronously, as a slow disk would, until the test kills us.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
  };
  const afterFile = /^pause-after-file:(\d+)$/.exec(value);
  if (afterFile) {
    const n = Number(afterFile[1]);
    return { afterFile: (written) => written === n && pause() };
  }
  if (value === 'pause-after-retire') return { afterRetire: pause };
  throw new Error(`INGEST_TEST_HOOK=${value} is not a known test hook`);
}
