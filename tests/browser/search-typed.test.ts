// A query typed without spaces must match as typed: Pagefind's segmenter
// splits words it does not know (长三角 → 长 / 三角, 聊城 → 聊 / 城) and alone
// would also find pages that have the pieces apart. Here a reader types each
// query into the box (as an IME commits it), and every result shown, all
// pages of them, must contain the query as one run on its article page.
import { describe, expect, test } from 'vitest';
import { openPage } from '../support/browser.ts';
import { useBuiltSite } from '../support/built-site.ts';
import { asTyped, pagesContain, readResults, typeQuery } from './search-support.ts';

// Words of the seed pages: ones the segmenter splits, names, digits with Chinese, traditional and full-width input.
const QUERIES = ['长三角', '12345热线', '市民热线', '李长萍', '一体化', '高质量发展', '招商引资', '珲春', '婺城', '營商環境', '１２３４５'];

describe('typed queries match as typed (sub-path build)', () => {
  const site = useBuiltSite('sub', { copy: true });

  test.each(QUERIES)('%s: every result contains it', async (query) => {
    const { page, errors } = await openPage(site.browser);
    await page.goto(`${site.server.url}search/`);
    await typeQuery(page, query);
    const { hrefs } = await readResults(page);
    expect(hrefs.length, 'the seeds contain every query').toBeGreaterThan(0);
    const contains = await pagesContain(page, hrefs, asTyped(query));
    expect(hrefs.filter((_, i) => !contains[i])).toEqual([]);
    // Passages are joined with ⋯, never Pagefind's ASCII ". " beside Chinese text.
    const excerpts = await page.locator('#search-list .search-result-excerpt').allTextContents();
    expect(excerpts.filter((text) => /[^\x00-\x7f]\. |\. [^\x00-\x7f]|^\. /.test(text))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('nothing as typed: the page says so and shows the pieces apart', async () => {
    const { page } = await openPage(site.browser);
    await page.goto(`${site.server.url}search/`);
    await typeQuery(page, '温州热线');
    const { hrefs, notes } = await readResults(page);
    expect(notes).toContain('没有文章含“温州热线”原文');
    expect(hrefs.length).toBeGreaterThan(0);
    expect(await pagesContain(page, hrefs, '温州热线')).not.toContain(true);
    for (const piece of ['温州', '热线']) expect(await pagesContain(page, hrefs, piece)).not.toContain(false);
    await page.close();
  });
});
