// Pairing the two parts of an article that runs over two pages: only an item
// on the page jumped to, opening with 上接 that names the first part's page,
// under the same (or a shortened) headline.
import { describe, expect, test } from 'vitest';
import { continuationLinks, continuesFrom, sameHeadline } from '../../src/lib/continuations.ts';
import type { Archive, ArticleEntry } from '../../src/lib/archive.ts';

type Item = { id: string; page: number; title: string | null; continuedOn?: number; body: string };

/** An archive of one issue whose pages are numbered as printed. */
function archiveOf(items: Item[], printed = true): Archive {
  const articles = items.map((item) => ({
    id: item.id,
    body: item.body,
    data: { issue: 'x', page: item.page, title: item.title, continuedOn: item.continuedOn ?? null },
  })) as unknown as ArticleEntry[];
  const pages = [...new Set(items.map((item) => item.page))].map((number) => ({
    number,
    numberPrinted: printed,
    articles: articles.filter((a) => a.data.page === number),
  }));
  return { articles, pagesByIssue: new Map([['x', pages]]) } as unknown as Archive;
}

describe('continuations', () => {
  test('上接 opening the first paragraph, in Arabic or Chinese numerals; not elsewhere', () => {
    expect(continuesFrom({ body: '\n（上接第1版）拉共体成立于2011年。\n' } as ArticleEntry)).toBe(1);
    expect(continuesFrom({ body: '\n（上接第一版）拉共体成立于2011年。\n' } as ArticleEntry)).toBe(1);
    expect(continuesFrom({ body: '\n在蜀乡大地上接续奋斗。\n' } as ArticleEntry)).toBeNull();
    expect(continuesFrom({ body: '\n第一段。\n\n（上接第1版）第二段。\n' } as ArticleEntry)).toBeNull();
  });

  test('headlines match when equal apart from spacing and punctuation, or when one holds the other', () => {
    expect(sameHeadline('习近平向拉美和加勒比国家 共同体第九届峰会致贺信', '习近平向拉美和加勒比国家共同体第九届峰会致贺信')).toBe(true);
    expect(sameHeadline('“联动接卸”打通长三角外贸新路', '联动接卸打通长三角外贸新路')).toBe(true);
    expect(sameHeadline('聊城首票“内陆港+保税”进口木薯淀粉运达', '进口木薯淀粉运达')).toBe(true);
    expect(sameHeadline('聊城首票“内陆港+保税”进口木薯淀粉运达', '要闻')).toBe(false);
    expect(sameHeadline('市政府常务会议召开', '全市“四争”工作会议召开')).toBe(false);
    expect(sameHeadline(null, null)).toBe(false);
  });

  test('the parts are linked both ways; a 上接 under another headline, or on another page, is not', () => {
    const archive = archiveOf([
      { id: 'a', page: 1, title: '共赴两河繁荣', continuedOn: 7, body: '\n正文。\n' },
      { id: 'b', page: 1, title: '市政府常务会议召开', continuedOn: 7, body: '\n正文。\n' },
      { id: 'c', page: 2, title: '共赴两河繁荣', body: '\n（上接第1版）接续。\n' },
      { id: 'd', page: 7, title: '另一篇报道的续文', body: '\n（上接第1版）接续。\n' },
      { id: 'e', page: 7, title: '共赴两河繁荣', body: '\n（上接第1版）接续。\n' },
    ]);
    const links = continuationLinks(archive);
    expect(Object.fromEntries([...links.next].map(([id, part]) => [id, part.id]))).toEqual({ a: 'e' });
    expect(Object.fromEntries([...links.previous].map(([id, part]) => [id, part.id]))).toEqual({ e: 'a' });
  });

  test('an unprinted page number cannot be named by 上接: nothing is linked', () => {
    const archive = archiveOf(
      [
        { id: 'a', page: 1, title: '共赴两河繁荣', continuedOn: 7, body: '\n正文。\n' },
        { id: 'e', page: 7, title: '共赴两河繁荣', body: '\n（上接第1版）接续。\n' },
      ],
      false,
    );
    expect(continuationLinks(archive).next.size).toBe(0);
  });
});
