// Screenshots of each kind of page at phone (375 px) and desktop (1280 px)
// widths, light and dark, into .test-dist/screenshots/ for people to look at;
// plus the one layout rule a picture shows best: nothing scrolls sideways on a phone.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { openPage } from '../support/browser.ts';
import { useBuiltSite } from '../support/built-site.ts';
import { ROOT } from '../support/build-site.ts';
import { pageKinds } from './navigation-helpers.ts';

const built = inject('built');
const SHOTS = path.join(ROOT, '.test-dist', 'screenshots');
const { outDir } = built.sub;
const kinds = Object.entries(pageKinds(outDir)).filter((entry): entry is [string, string] => entry[1] !== undefined);

describe('screenshots', () => {
  const site = useBuiltSite('sub');
  beforeAll(() => {
    fs.mkdirSync(SHOTS, { recursive: true });
  });

  test.each(kinds.flatMap(([kind, url]) => [375, 1280].map((width) => [kind, url, width] as const)))(
    '%s page (%s) at %i px',
    async (kind, url, width) => {
      const { page, errors } = await openPage(site.browser, { width, height: width < 500 ? 812 : 900 });
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(site.server.url + url);
        // Light: the first few screens (long articles would make unreadably tall images); dark: the first screen.
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        await page.screenshot({
          path: path.join(SHOTS, `${kind}-${width}-${scheme}.png`),
          fullPage: scheme === 'light',
          clip: scheme === 'light' ? { x: 0, y: 0, width, height: Math.min(height, 2400) } : undefined,
        });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${kind} scrolls sideways at ${width}px`).toBeLessThanOrEqual(0);
      }
      if (kind !== 'notFound') expect(errors).toEqual([]);
      await page.close();
    },
  );

  test('articles print without site navigation', async () => {
    const { page } = await openPage(site.browser);
    await page.goto(site.server.url + pageKinds(outDir).article);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.citation').isVisible()).toBe(true);
    await page.pdf({ path: path.join(SHOTS, 'article-print.pdf') });
    await page.screenshot({ path: path.join(SHOTS, 'article-print.png'), clip: { x: 0, y: 0, width: 1280, height: 1400 } });
    await page.close();
  });
});

describe('reading comfort', () => {
  const site = useBuiltSite('sub');

  test.each([375, 1280])('article body at %i px: Chinese measure, line height, strict line breaking', async (width) => {
    const { page } = await openPage(site.browser, { width });
    await page.goto(site.server.url + pageKinds(outDir).article);
    const style = await page.evaluate(() => {
      const body = document.querySelector('.article-body p')!;
      const css = getComputedStyle(body);
      return {
        fontSize: parseFloat(css.fontSize),
        lineHeight: parseFloat(css.lineHeight),
        width: body.getBoundingClientRect().width,
        lineBreak: css.getPropertyValue('line-break'),
      };
    });
    expect(style.fontSize).toBeGreaterThanOrEqual(16);
    expect(style.lineHeight / style.fontSize).toBeGreaterThanOrEqual(1.7);
    expect(style.lineHeight / style.fontSize).toBeLessThanOrEqual(2);
    expect(style.lineBreak).toBe('strict');
    // One CJK character is 1em: at most ~40 a line on a desktop, at least ~18 on a phone.
    const perLine = style.width / style.fontSize;
    expect(perLine).toBeLessThanOrEqual(40);
    expect(perLine).toBeGreaterThanOrEqual(18);
    await page.close();
  });

  test('a page fetches only HTML, CSS and the icon: no script, no web font', async () => {
    for (const url of Object.values(pageKinds(outDir)).filter((u): u is string => u !== undefined)) {
      const { page } = await openPage(site.browser);
      const fetched: string[] = [];
      page.on('request', (request) => fetched.push(`${request.resourceType()} ${request.url()}`));
      await page.goto(site.server.url + url);
      await page.waitForLoadState('networkidle');
      expect(fetched.some((entry) => entry.startsWith('stylesheet '))).toBe(true);
      const kinds = new Set(fetched.map((entry) => entry.split(' ')[0]));
      expect(
        [...kinds].filter((kind) => !['document', 'stylesheet', 'image', 'other'].includes(kind)),
        url,
      ).toEqual([]);
      expect(
        fetched.filter((entry) => /\.(woff2?|ttf|otf|js|mjs)(\?|$)/.test(entry)),
        url,
      ).toEqual([]);
      await page.close();
    }
  });
});
