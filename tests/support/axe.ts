// axe-core run inside a page, reporting only what the browser tests fail on.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './build-site.ts';

const AXE = path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');

/** One serious or critical axe violation, with up to three of its elements (enough to find it, short enough to read). */
export interface AxeViolation {
  rule: string;
  nodes: string[];
}

/** Injects axe-core into the page and returns its serious and critical WCAG 2.2 AA and best-practice violations. */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: fs.readFileSync(AXE, 'utf8') });
  return page.evaluate(async () => {
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
}
