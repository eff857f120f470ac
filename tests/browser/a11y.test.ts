// axe-core in real Chromium on each kind of page, light and dark: no serious
// or critical violation (WCAG 2.2 AA rules, contrast included).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { ROOT } from '../support/build-site.ts';
import { pageKinds } from './navigation-helpers.ts';

const built = inject('built');
const AXE = path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');
const { outDir, base } = built.sub;
const kinds = Object.entries({ ...pageKinds(outDir), search: 'search/' }).filter(
  (entry): entry is [string, string] => entry[1] !== undefined,
);

describe('accessibility (axe, WCAG 2.2 AA)', () => {
  let browser: Browser;
  let server: StaticServer;
  beforeAll(async () => {
    browser = await launchBrowser();
    server = await serveStatic(outDir, base);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test.each(kinds.flatMap(([kind, url]) => [[kind, url, 'light'] as const, [kind, url, 'dark'] as const]))(
    '%s page (%s, %s): no serious or critical violation',
    async (_kind, url, scheme) => {
      const { page } = await openPage(browser, { width: 375, height: 800 });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(server.url + url);
      await page.addScriptTag({ content: fs.readFileSync(AXE, 'utf8') });
      const violations = await page.evaluate(async () => {
        // @ts-expect-error axe is injected above
        const result = await window.axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
        });
        return result.violations
          .filter((v: { impact: string }) => v.impact === 'serious' || v.impact === 'critical')
          .map((v: { id: string; nodes: Array<{ target: string[]; failureSummary: string }> }) => ({
            rule: v.id,
            nodes: v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')}: ${n.failureSummary}`),
          }));
      });
      expect(violations).toEqual([]);
      await page.close();
    },
  );
});
