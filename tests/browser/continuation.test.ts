// A reader follows an article that runs over two pages, in Chromium under
// /archive/ on a phone: on the fixture's 第1版 article, 下转第7版 opens page 7;
// 续读 opens the continuation, whose 上接 line leads back to the first part.
import { beforeAll, describe, expect, test, afterAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { buildMultiPageSite, MULTI_PAGE } from '../support/multi-page-site.ts';

const ISSUE = 'demo-ribao-2025-04-11';
const FIRST = `${MULTI_PAGE.base}articles/${ISSUE}-p01-04/`;

describe('following a jump (multi-page fixture)', () => {
  let browser: Browser;
  let server: StaticServer;
  beforeAll(async () => {
    buildMultiPageSite();
    browser = await launchBrowser();
    server = await serveStatic(MULTI_PAGE.outDir, MULTI_PAGE.base);
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('下转第7版 → page 7; 续读 → the continuation; 上接 → back to the first part', async () => {
    const { page, errors } = await openPage(browser, { width: 390, height: 844 });
    const here = () => new URL(page.url()).pathname;
    await page.goto(new URL(FIRST, server.url).href);
    const title = await page.locator('h1').textContent();
    expect(title).toBe('习近平向拉美和加勒比国家共同体第九届峰会致贺信');

    await Promise.all([
      page.waitForURL(`**${MULTI_PAGE.base}issues/${ISSUE}/p07/`),
      page.getByRole('link', { name: '（下转第7版）' }).click(),
    ]);
    // Page 7 lists the continuation under the same headline.
    await expect(page.locator('.headline-nav a.title', { hasText: title! }).count()).resolves.toBe(1);
    await page.goBack();
    expect(here()).toBe(FIRST);

    await Promise.all([page.waitForURL((url) => url.pathname !== FIRST), page.locator('a.continuation-next').click()]);
    expect(here()).toMatch(new RegExp(`/articles/${ISSUE}-p07-\\d+/$`));
    expect(await page.locator('h1').textContent()).toBe(title);
    await expect(page.locator('.article-body p').first().textContent()).resolves.toMatch(/^（上接第1版）/);
    await expect(page.locator('.article-continued-from').textContent()).resolves.toContain('本文上接第1版');

    await Promise.all([page.waitForURL(`**${FIRST}`), page.locator('a.continuation-previous').click()]);
    expect(await page.locator('h1').textContent()).toBe(title);
    expect(errors).toEqual([]);
    await page.close();
  });
});
