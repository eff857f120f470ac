// How headlines actually fall into lines in Chromium, at a phone's width
// (390 px) and a desktop's (1280 px): every character's box is measured
// (Range.getClientRects), characters are grouped into the lines they sit on,
// and no word of the segmenter may be split across two lines, and no line
// may hold a single character of the headline. Measured on the article pages
// of the long bundled headlines and on the lists of headlines (版面, issue,
// paper and region pages). Copying a headline gives the headline exactly.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage } from '../support/browser.ts';
import { useBuiltSite } from '../support/built-site.ts';
import { letterCount, segmentWords } from '../../src/lib/headline-breaks.ts';

/** Each headline on the page: its text and, per UTF-16 unit, the line it sits on (-1: no box, e.g. a collapsed space). */
async function measureHeadlines(page: Page, selector = '.headline-words') {
  return page.locator(selector).evaluateAll((nodes) =>
    nodes.map((node) => {
      const lineOf: number[] = [];
      const tops: number[] = [];
      const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
      for (let text = walker.nextNode() as Text | null; text; text = walker.nextNode() as Text | null) {
        for (let i = 0; i < text.length; i++) {
          const range = document.createRange();
          range.setStart(text, i);
          range.setEnd(text, i + 1);
          const box = [...range.getClientRects()].find((rect) => rect.width > 0);
          if (!box) {
            lineOf.push(-1);
            continue;
          }
          // A new line starts where a character sits below the previous line's middle.
          const middle = box.top + box.height / 2;
          let line = tops.findIndex((top) => Math.abs(top - middle) < box.height / 2);
          if (line === -1) line = tops.push(middle) - 1;
          lineOf.push(line);
        }
      }
      return { text: node.textContent ?? '', lineOf };
    }),
  );
}

/** What is wrong with how one headline fell into lines: split words, lines of one character. */
function problems({ text, lineOf }: { text: string; lineOf: number[] }): string[] {
  const found: string[] = [];
  let at = 0;
  for (const word of segmentWords(text)) {
    const lines = new Set(lineOf.slice(at, at + word.text.length).filter((line) => line >= 0));
    if (lines.size > 1) found.push(`${text}: 「${word.text}」 split over lines`);
    at += word.text.length;
  }
  const lines = new Map<number, string>();
  [...text].forEach((_, i) => lineOf[i] >= 0 && lines.set(lineOf[i], (lines.get(lineOf[i]) ?? '') + text[i]));
  for (const line of lines.values()) if (lines.size > 1 && letterCount(line) < 2) found.push(`${text}: a line holds only 「${line}」`);
  return found;
}

/** How many lines a measured headline takes. */
const lineCount = ({ lineOf }: { lineOf: number[] }) => new Set(lineOf.filter((line) => line >= 0)).size;

describe('headline lines in the browser (sub)', () => {
  const site = useBuiltSite('sub');
  const { articles } = JSON.parse(fs.readFileSync(path.join(site.dir, 'api', 'articles.json'), 'utf8'));
  // The long headlines: those that wrap on a phone.
  const long = articles.filter((a: { title: string | null }) => a.title && [...a.title].length >= 14);
  const lists = ['issues/liaocheng-ribao-2025-04-11/p01/', 'issues/jingji-ribao-2023-12/', 'papers/liaocheng-ribao/', 'regions/shandong/'];

  test.each([390, 1280])('at %i px no word is split and no line holds one character', async (width) => {
    const { page, errors } = await openPage(site.browser, { width, height: 900 });
    await page.goto(`${site.server.url}articles/${long[0].id}/`);
    // Without a Chinese font Chromium draws narrow boxes and nothing wraps: the measurement would mean nothing.
    const glyph = await page.locator('h1 .headline-words').evaluate((span) => {
      const range = document.createRange();
      range.setStart(span.firstChild!, 0);
      range.setEnd(span.firstChild!, 1);
      return range.getBoundingClientRect().width / parseFloat(getComputedStyle(span).fontSize);
    });
    expect(glyph, 'no CJK font: install one (apt-get install fonts-noto-cjk; .ci/run does)').toBeGreaterThan(0.8);
    const measured = [];
    for (const address of [...long.map((a: { id: string }) => `articles/${a.id}/`), ...lists]) {
      await page.goto(`${site.server.url}${address}`, { waitUntil: 'domcontentloaded' });
      measured.push(...(await measureHeadlines(page)));
    }
    expect(long.length).toBeGreaterThan(5);
    expect(measured.length).toBeGreaterThan(long.length);
    expect(measured.flatMap(problems)).toEqual([]);
    // Not vacuous: on a phone, long headlines do wrap.
    if (width === 390) expect(measured.filter((m) => lineCount(m) > 1).length).toBeGreaterThan(5);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('the measurement finds the split words when a browser breaks anywhere', async () => {
    const { page } = await openPage(site.browser, { width: 390, height: 900 });
    const measured = [];
    for (const a of long) {
      await page.goto(`${site.server.url}articles/${a.id}/`);
      await page.addStyleTag({ content: '.headline-words { word-break: normal !important; }' });
      await page.evaluate(() => document.querySelectorAll('wbr').forEach((wbr) => wbr.remove()));
      measured.push(...(await measureHeadlines(page, 'h1 .headline-words')));
    }
    expect(measured.flatMap(problems).length).toBeGreaterThan(0);
    await page.close();
  });

  test('copying a headline gives the headline exactly', async () => {
    const article = long[0];
    const { page } = await openPage(site.browser, { width: 390, height: 900 });
    await page.goto(`${site.server.url}articles/${article.id}/`);
    const copied = await page.locator('h1').evaluate((h1) => {
      const range = document.createRange();
      range.selectNodeContents(h1);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return { selection: getSelection()!.toString(), innerText: (h1 as HTMLElement).innerText };
    });
    expect(copied.selection).toBe(article.title);
    expect(copied.innerText).toBe(article.title);
    await page.close();
  });
});
