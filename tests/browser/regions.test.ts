// A reader on a phone (390 px) taps a province on the map and lands on its
// page; from there a prefecture's page shows where it is, not the national
// map again. The tiles are real links, large enough to tap, with readable text.
import { describe, expect, test } from 'vitest';
import { openPage } from '../support/browser.ts';
import { useBuiltSite } from '../support/built-site.ts';

describe('the region map on a phone (sub)', () => {
  const site = useBuiltSite('sub');
  const base = site.base;

  test("tap 山东 on the home page's map → 山东省 → 聊城市, which shows its place", async () => {
    const { page, errors } = await openPage(site.browser, { width: 390, height: 844 });
    await page.goto(site.server.url);
    const tiles = page.locator('.region-map a.tile');
    expect(await tiles.count()).toBe(34);
    // Every tile is a target a finger can hit (WCAG 2.5.8: at least 24 px) with text of at least 10 px, inside the screen.
    const boxes = await tiles.evaluateAll((links) =>
      links.map((link) => {
        const box = link.getBoundingClientRect();
        const name = link.querySelector('.tile-name') as HTMLElement;
        return {
          width: box.width,
          height: box.height,
          right: box.right,
          font: parseFloat(getComputedStyle(name).fontSize),
          fits: name.scrollWidth <= link.clientWidth,
        };
      }),
    );
    for (const box of boxes) {
      expect(box.width).toBeGreaterThanOrEqual(24);
      expect(box.height).toBeGreaterThanOrEqual(24);
      expect(box.font).toBeGreaterThanOrEqual(10);
      expect(box.right).toBeLessThanOrEqual(390);
      expect(box.fits).toBe(true);
    }
    const shandong = page.getByRole('link', { name: /^山东省/ }).and(tiles);
    await Promise.all([page.waitForURL(`**${base}regions/shandong/`), shandong.click()]);
    expect(await page.locator('h1').textContent()).toContain('山东省');
    // The province's own tile is marked on its page.
    await expect(page.locator('a.tile[aria-current="location"]').getAttribute('href')).resolves.toBe(`${base}regions/shandong/`);
    await Promise.all([
      page.waitForURL(`**${base}regions/liaocheng/`),
      page.locator('#sub-h + .region-grid a', { hasText: '聊城市' }).click(),
    ]);
    expect(await page.locator('.region-map').count()).toBe(0);
    await expect(page.locator('.region-place').textContent()).resolves.toContain('山东省');
    expect(errors).toEqual([]);
    await page.close();
  });
});
