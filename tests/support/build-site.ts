import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';

/** A variant of the site to build: which archive, under which base path, into which folder. */
export interface SiteVariant {
  /** Output folder (absolute). */
  outDir: string;
  /** Base path, e.g. '/' or '/archive/'. */
  base: string;
  /** Content folder holding issues/ (absolute); default: the bundled src/content. */
  content?: string;
  /** The deployer's other settings (docs/deploy.md), e.g. REPOSITORY_URL; default: none set. */
  env?: Record<string, string>;
}

export const ROOT = path.resolve(import.meta.dirname, '..', '..');

/**
 * Runs the real `npm run build` (ingest → astro build → pagefind) for one
 * variant, exactly as a deployer would, with its own Astro cache so variants
 * never share state.
 */
export function buildSite(variant: SiteVariant): void {
  fs.rmSync(variant.outDir, { recursive: true, force: true });
  execFileSync('npm', ['run', '-s', 'build'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...deployerEnvironment(),
      BASE_PATH: variant.base,
      ARCHIVE_OUT_DIR: variant.outDir,
      ARCHIVE_CACHE_DIR: `${variant.outDir}-cache`,
      ...(variant.content ? { ARCHIVE_CONTENT: variant.content } : {}),
      ...variant.env,
    },
    maxBuffer: 64 * 1024 * 1024,
  });
}

// Vitest sets Vite's own variables in test workers; a build started from a
// test would inherit them, and BASE_URL silently beats BASE_PATH.
const VITEST_LEAKS = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'VITEST', 'VITEST_WORKER_ID', 'VITEST_POOL_ID', 'TEST'];

const DEPLOYER_SETTINGS = ['REPOSITORY_URL', 'REPOSITORY_BRANCH', 'DATA_RIGHTS'];

/** The environment a deployer's shell would have: this process's, minus what Vitest added. */
export function deployerEnvironment(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of VITEST_LEAKS) delete env[name];
  // Settings a variant makes on purpose; a developer's shell must not decide them.
  for (const name of DEPLOYER_SETTINGS) delete env[name];
  return env;
}

/**
 * True when the build whose marker file is `marker` can be used as it is: this test run made
 * it (the file is newer than the run's start), or TEST_REUSE_BUILD=1 and a build exists.
 */
export function builtThisRun(marker: string): boolean {
  if (!fs.existsSync(marker)) return false;
  return process.env.TEST_REUSE_BUILD === '1' || fs.statSync(marker).mtimeMs > inject('startedAt');
}
