// The fixture archive with a three-page issue (tests/build/fixtures/multi-page-archive),
// built for real under /archive/ once per test run: the build tests read its
// files and the browser tests click through it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSite, builtThisRun, ROOT } from './build-site.ts';

export const MULTI_PAGE = {
  fixture: path.join(ROOT, 'tests', 'build', 'fixtures', 'multi-page-archive'),
  outDir: path.join(ROOT, '.test-dist', 'multi-page'),
  base: '/archive/',
} as const;

/**
 * Builds the fixture unless this run already did (or TEST_REUSE_BUILD=1 and a
 * build exists): a build newer than the start of the run is this run's.
 */
export function buildMultiPageSite(): void {
  if (builtThisRun(path.join(MULTI_PAGE.outDir, 'index.html'))) return;
  // A copy: ingest writes articles/ next to issues/, never into the checkout.
  const content = fs.mkdtempSync(path.join(os.tmpdir(), 'multi-page-archive-'));
  fs.cpSync(MULTI_PAGE.fixture, content, { recursive: true });
  buildSite({ outDir: MULTI_PAGE.outDir, base: MULTI_PAGE.base, content });
}
