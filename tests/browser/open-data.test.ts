// A reader reuses and corrects the archive in real Chromium, under /archive/
// (the build that sets REPOSITORY_URL and DATA_RIGHTS): from the footer to
// 开放数据, downloading the whole dump; and on an article, following 提出修改
// and 报告错误 to the repository. The network is closed, so navigations to the
// forge are intercepted and answered locally; the test checks where they went.
import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, inject, test } from 'vitest';
import { openPage } from '../support/browser.ts';
import { useBuiltSite } from '../support/built-site.ts';

const { env } = inject('built').sub;

describe('open data and corrections in the browser (sub)', () => {
  const site = useBuiltSite('sub');
  const api = (file: string) => JSON.parse(fs.readFileSync(path.join(site.dir, 'api', file), 'utf8'));

  test('footer → 开放数据 → download articles.jsonl.gz: every line a record, as many as the page says', async () => {
    const { page, errors } = await openPage(site.browser, { width: 375, height: 800 });
    await page.goto(site.server.url);
    await Promise.all([page.waitForURL(/\/data\/$/), page.locator('.site-footer').getByRole('link', { name: '开放数据' }).click()]);
    expect(new URL(page.url()).pathname).toBe(`${site.base}data/`);
    await expect(page.locator('.data-rights').textContent()).resolves.toBe(env.DATA_RIGHTS);
    const row = page.locator('.data-files li', { hasText: '全部文章' });
    const listed = Number(await row.locator('data').first().getAttribute('value'));
    const [download] = await Promise.all([page.waitForEvent('download'), row.getByRole('link', { name: 'articles.jsonl.gz' }).click()]);
    expect(download.suggestedFilename()).toBe('articles.jsonl.gz');
    const lines = gunzipSync(fs.readFileSync(await download.path()))
      .toString('utf8')
      .trimEnd()
      .split('\n');
    expect(lines.map((line) => JSON.parse(line).id)).toEqual(api('articles.json').articles.map((a: { id: string }) => a.id));
    expect(lines.length).toBe(listed);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("on an article, 提出修改 opens its page file at its lines in GitHub's editor, 报告错误 a prefilled issue", async () => {
    const article = api('articles.json').articles.find((a: { title: string | null }) => a.title === '万名“话务员”点对点解难');
    const pageFile = api('issues.json').issues.find((i: { id: string }) => i.id === article.issue).pages[0].file;
    const from = Math.min(...article.sourceLines.map(([a]: number[]) => a));
    const to = Math.max(...article.sourceLines.map(([, b]: number[]) => b));
    const file = `src/content/issues/${article.issue}/${pageFile}`;

    const { page, errors } = await openPage(site.browser, { width: 375, height: 800 });
    const requested: string[] = [];
    await page.route('https://github.com/**', async (route) => {
      requested.push(route.request().url());
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: '<!doctype html><title>forge</title>' });
    });
    const articlePage = `${site.server.url}articles/${article.id}/`;
    const follow = async (name: string) => {
      await page.goto(articlePage);
      const link = page.getByRole('link', { name, exact: true });
      await link.scrollIntoViewIfNeeded();
      expect(await link.isVisible(), name).toBe(true);
      await Promise.all([page.waitForURL(/^https:\/\/github\.com\//), link.click()]);
      return new URL(page.url());
    };

    const heading = page.getByRole('heading', { name: '报告错误 / 提出修改' });
    await page.goto(articlePage);
    expect(await heading.isVisible()).toBe(true);

    const edit = await follow('提出修改');
    expect(edit.href).toBe(`${env.REPOSITORY_URL}/edit/${env.REPOSITORY_BRANCH}/${file}#L${from}-L${to}`);

    const report = await follow('报告错误');
    expect(report.origin + report.pathname).toBe(`${env.REPOSITORY_URL}/issues/new`);
    expect(report.searchParams.get('title')).toBe('报告错误：万名“话务员”点对点解难（报名不详 2023年7月（之一） 版次不详）');
    expect(report.searchParams.get('body')).toContain(`${file} 第 ${from}–${to} 行`);

    // Both navigations reached the (intercepted) forge, and nothing else left the site.
    expect(requested.map((url) => new URL(url).pathname)).toEqual([
      `${new URL(env.REPOSITORY_URL).pathname}/edit/${env.REPOSITORY_BRANCH}/${file}`,
      `${new URL(env.REPOSITORY_URL).pathname}/issues/new`,
    ]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
