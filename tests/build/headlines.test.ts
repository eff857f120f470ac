// Headlines in the built HTML break only between words: every headline, in
// every list and on every article page, is set as units with <wbr> between
// them (HeadlineText; prev/next links too), no <wbr> falls inside a word of the segmenter, no unit
// is one character, and the text — as a reader copies it and as Pagefind
// indexes it — is the headline exactly. (How lines actually fall is measured
// in the browser: tests/browser/headlines.test.ts.)
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, inject, test } from 'vitest';
import type { ElementNode } from 'ultrahtml';
import { elements, htmlFiles, textOf } from './support/site.ts';
import { letterCount, segmentWords } from '../../src/lib/headline-breaks.ts';

const built = inject('built');

/** The headline's units as the markup sets them: the runs of text between <wbr>. */
function unitsOf(node: ElementNode): string[] {
  const units = [''];
  for (const child of node.children) {
    if (child.type === 2) units[units.length - 1] += child.value;
    else if ((child as ElementNode).name === 'wbr') units.push('');
    else throw new Error(`unexpected <${(child as ElementNode).name}> inside a headline`);
  }
  return units;
}

/** Whether a break after `offset` characters of `text` would cut a word of the segmenter. */
function cutsWord(text: string, offset: number): boolean {
  let at = 0;
  for (const word of segmentWords(text)) {
    if (offset > at && offset < at + word.text.length) return true;
    at += word.text.length;
  }
  return false;
}

/** Pagefind's indexed text of each page, by URL, with its own word separators (U+200B) taken out. */
function indexedContent(outDir: string): Map<string, string> {
  const dir = path.join(outDir, 'pagefind', 'fragment');
  const content = new Map<string, string>();
  for (const file of fs.readdirSync(dir)) {
    const json = zlib.gunzipSync(fs.readFileSync(path.join(dir, file))).toString('utf8');
    const fragment = JSON.parse(json.slice(json.indexOf('{'))) as { url: string; content: string };
    content.set(fragment.url, fragment.content.replaceAll('\u200b', ''));
  }
  return content;
}

describe.each(Object.entries(built))('headline breaking (%s)', (_name, { outDir }) => {
  const { articles } = JSON.parse(fs.readFileSync(path.join(outDir, 'api', 'articles.json'), 'utf8'));
  const printed = new Set<string>(articles.flatMap((a: any) => [a.title, a.kicker, a.subtitle].filter(Boolean)));
  const headlines = htmlFiles(outDir).flatMap((file) =>
    elements(fs.readFileSync(path.join(outDir, file), 'utf8'))
      .filter((node) => node.name === 'span' && node.attributes.class === 'headline-words')
      .map((node) => ({ file, node })),
  );

  test('every headline, kicker and subtitle in every list and on every article page is set in units', () => {
    const pagesWithHeadlines = new Set(headlines.map((h) => h.file.split('/')[0]));
    expect([...pagesWithHeadlines].sort()).toEqual(expect.arrayContaining(['articles', 'issues', 'papers', 'regions']));
    for (const article of articles) {
      const own = headlines.filter((h) => h.file === `articles/${article.id}/index.html`).map((h) => textOf(h.node));
      for (const part of [article.title, article.kicker, article.subtitle].filter(Boolean)) expect(own, article.id).toContain(part);
    }
  });

  test('the markup keeps every word of the segmenter unbroken and no character alone', () => {
    expect(headlines.length).toBeGreaterThan(100);
    for (const { file, node } of headlines) {
      const text = textOf(node);
      // Prev/next links also name untitled items and pages (（图片说明）…, 第2版): only the rest must be printed headlines.
      const inPager = /\bpager-(?:prev|next)\b/.test(String((node.parent as ElementNode | undefined)?.attributes?.class ?? ''));
      if (!inPager) expect(printed.has(text), `${file}: ${text}`).toBe(true);
      const units = unitsOf(node);
      expect(units.join(''), file).toBe(text);
      let offset = 0;
      for (const unit of units.slice(0, -1)) {
        offset += unit.length;
        expect(cutsWord(text, offset), `${file}: ${units.join(' | ')}`).toBe(false);
      }
      if (units.length > 1)
        expect(
          units.filter((unit) => letterCount(unit) < 2),
          `${file}: ${units.join(' | ')}`,
        ).toEqual([]);
    }
  });

  test('a long headline gets break opportunities (it is not one unbreakable run)', () => {
    const long = headlines.filter(({ node }) => [...textOf(node)].length >= 20);
    expect(long.length).toBeGreaterThan(0);
    for (const { file, node } of long) expect(unitsOf(node).length, file).toBeGreaterThan(2);
  });

  test('Pagefind indexes each headline exactly as printed: no character inserted', () => {
    const indexed = indexedContent(outDir);
    for (const article of articles.filter((a: any) => a.title)) {
      // Pagefind records URLs below the base it is served under.
      const content = indexed.get(`/articles/${article.id}/`);
      expect(content, article.id).toBeDefined();
      expect(content!.includes(article.title), `${article.id}: ${content!.slice(0, 80)}`).toBe(true);
    }
  });
});
