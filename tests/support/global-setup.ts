import path from 'node:path';
import fs from 'node:fs';
import type { TestProject } from 'vitest/node';
import { buildSite, ROOT } from './build-site.ts';

/** Where the end-to-end tests find the built sites. */
export const BUILT = {
  root: { outDir: path.join(ROOT, '.test-dist', 'root'), base: '/' },
  sub: { outDir: path.join(ROOT, '.test-dist', 'sub'), base: '/archive/' },
} as const;

declare module 'vitest' {
  export interface ProvidedContext {
    built: typeof BUILT;
    /** When this run began (ms since the epoch): a fixture build newer than this is this run's. */
    startedAt: number;
  }
}

/**
 * Builds the bundled archive twice before the end-to-end tests — at the
 * domain root and under a sub-path — with the real build command.
 * TEST_REUSE_BUILD=1 reuses existing builds while iterating on tests.
 */
export default function setup(project: TestProject) {
  project.provide('startedAt', Date.now());
  for (const variant of Object.values(BUILT)) {
    const reuse = process.env.TEST_REUSE_BUILD === '1' && fs.existsSync(path.join(variant.outDir, 'index.html'));
    if (!reuse) buildSite(variant);
  }
  project.provide('built', BUILT);
}
