// One describe block's live view of a built site: a headless Chromium and a
// static host serving the build, started before its tests and stopped after.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, inject } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { serveStatic, type StaticServer } from './static-server.ts';
import type { BUILT } from './global-setup.ts';

/** A variant the e2e global setup builds: 'root' (served at /) or 'sub' (under /archive/). */
export type VariantName = keyof typeof BUILT;

/** A built site being served, and the browser to visit it with (both usable inside tests only). */
export interface BuiltSite {
  /** The folder being served: the build itself, or a private copy of it. */
  readonly dir: string;
  /** The base path the site was built for, e.g. '/' or '/archive/'. */
  readonly base: string;
  readonly browser: Browser;
  readonly server: StaticServer;
}

/**
 * Registers beforeAll/afterAll hooks that launch Chromium and serve one built
 * variant; `copy` serves a private copy instead, for tests that must not see
 * another run rebuild .test-dist midway.
 */
export function useBuiltSite(name: VariantName, options: { copy?: boolean } = {}): BuiltSite {
  const { outDir, base } = inject('built')[name];
  // Copied now, not in beforeAll: callers read the served files while collecting tests.
  const dir = options.copy ? snapshot(outDir) : outDir;
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
    server = await serveStatic(dir, base);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (options.copy) fs.rmSync(dir, { recursive: true, force: true });
  });
  return {
    dir,
    base,
    get browser() {
      return started(browser, 'browser');
    },
    get server() {
      return started(server, 'server');
    },
  };
}

/** Copies a built site to a private temporary folder (other runs may rebuild the original meanwhile). */
function snapshot(outDir: string): string {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'built-site-'));
  fs.cpSync(outDir, copy, { recursive: true });
  return copy;
}

/** The value once beforeAll has set it; a clear error when read while tests are still being collected. */
function started<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`the built site's ${what} is started in beforeAll: use it inside a test`);
  return value;
}
