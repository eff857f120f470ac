// axe-core in real Chromium on each kind of page, light and dark: no serious
// or critical violation (WCAG 2.2 AA rules, contrast included).
import { describe, expect, test } from 'vitest';
import { openPage } from '../support/browser.ts';
import { useBuiltSite } from '../support/built-site.ts';
import { runAxe } from '../support/axe.ts';
import { pageKinds } from './navigation-helpers.ts';

describe('accessibility (axe, WCAG 2.2 AA)', () => {
  const site = useBuiltSite('sub');
  const kinds = Object.entries({ ...pageKinds(site.dir), search: 'search/', 'open-data': 'data/' }).filter(
    (entry): entry is [string, string] => entry[1] !== undefined,
  );

  test.each(kinds.flatMap(([kind, url]) => [[kind, url, 'light'] as const, [kind, url, 'dark'] as const]))(
    '%s page (%s, %s): no serious or critical violation',
    async (_kind, url, scheme) => {
      const { page } = await openPage(site.browser, { width: 375, height: 800 });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(site.server.url + url);
      const violations = await runAxe(page);
      expect(violations).toEqual([]);
      await page.close();
    },
  );
});
