import path from 'node:path';
import fs from 'node:fs';
import type { TestProject } from 'vitest/node';
import { buildSite, ROOT } from './build-site.ts';

/**
 * Where the end-to-end tests find the built sites. The root build sets none of
 * the deployer's optional settings; the sub-path build sets them all, so each
 * is tested on and off.
 */
export const BUILT = {
  root: { outDir: path.join(ROOT, '.test-dist', 'root'), base: '/', env: {} },
  sub: {
    outDir: path.join(ROOT, '.test-dist', 'sub'),
    base: '/archive/',
    env: {
      REPOSITORY_URL: 'https://github.com/example-org/newspaper-archive',
      REPOSITORY_BRANCH: 'gh-pages-source',
      DATA_RIGHTS: '本数据集由示例图书馆整理，仅供研究使用；各报文字版权归原报社所有。',
    },
  },
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
