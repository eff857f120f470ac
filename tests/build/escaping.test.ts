// Untrusted text stays text: a fixture archive whose page and manifest are
// full of MDX, JSX, HTML and markdown syntax goes through the real build
// (ingest → astro build → pagefind); then real Chromium opens every article
// page and checks that the characters show literally, that no element was
// injected and that nothing ran.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite, ROOT } from '../support/build-site.ts';
import { launchBrowser, openPage } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { readCitation, type ExportFormat } from '../support/citation-reader.ts';

const FIXTURE = path.join(ROOT, 'tests', 'ingest', 'fixtures', 'hostile-archive');
const OUT = path.join(ROOT, '.test-dist', 'escaping');

/** Whitespace-free text, so the parser's reflowing and spacing rules do not matter to the comparison. */
const squash = (text: string) => text.replace(/\s+/g, '');

/** What the browser saw on one article page. */
interface Seen {
  id: string;
  /** Text of the <article>, as rendered. */
  text: string;
  /** Tag names of all elements inside <article>. */
  tags: string[];
  /** Source of every inline script and src of every external one, on the whole page (JSON-LD data apart). */
  scripts: string[];
  /** Source of each JSON-LD data block. */
  jsonLd: string[];
  /** The article's <h1> text, and the citation_title meta tag that must say the same. */
  heading: string;
  citationTitle: string;
  /** href of every link on the page. */
  hrefs: string[];
  /** The citation export links: format name and data: URI. */
  exports: Array<[string, string]>;
  /** Values of <data> elements (Pagefind metadata). */
  dataValues: string[];
  /** alert/confirm/prompt dialogs and page errors. */
  executed: string[];
  /** Elements anywhere on the page with an onclick attribute. */
  onclick: number;
  /** Globals an executed `export const leaked` or inline script would leave. */
  globals: string[];
}

let server: StaticServer;
let browser: Browser;
const seen: Seen[] = [];

beforeAll(async () => {
  // A copy: ingest writes articles/ next to issues/, never into the checkout.
  const content = fs.mkdtempSync(path.join(os.tmpdir(), 'escaping-archive-'));
  fs.cpSync(FIXTURE, content, { recursive: true });
  buildSite({ outDir: OUT, base: '/', content });
  const ids = fs
    .readdirSync(path.join(OUT, 'articles'))
    .filter((id) => id.startsWith('hostile-2025-04-11-'))
    .sort();

  server = await serveStatic(OUT, '/');
  browser = await launchBrowser();
  for (const id of ids) {
    const { page, errors } = await openPage(browser);
    const executed: string[] = [];
    page.on('dialog', async (dialog) => {
      executed.push(`${dialog.type()}: ${dialog.message()}`);
      await dialog.dismiss();
    });
    await page.goto(`${server.url}articles/${id}/`, { waitUntil: 'load' });
    const result = await page.evaluate(() => {
      const article = document.querySelector('article');
      return {
        text: article?.textContent ?? '',
        tags: [...(article?.querySelectorAll('*') ?? [])].map((el) => el.tagName.toLowerCase()),
        // Executable scripts only; the JSON-LD data block carries page text by design and is checked apart.
        scripts: [...document.querySelectorAll('script:not([type="application/ld+json"])')].map(
          (el) => (el as HTMLScriptElement).src || el.textContent || '',
        ),
        jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map((el) => el.textContent ?? ''),
        // What the page says its headline is, and what the head record says (citation_title).
        heading: document.querySelector('article h1')?.textContent ?? '',
        citationTitle: document.querySelector('meta[name="citation_title"]')?.getAttribute('content') ?? '',
        hrefs: [...document.querySelectorAll('a:not([download])')].map((el) => el.getAttribute('href') ?? ''),
        exports: [...document.querySelectorAll('a[download]')].map(
          (el) => [el.firstChild?.textContent ?? '', el.getAttribute('href') ?? ''] as [string, string],
        ),
        dataValues: [...document.querySelectorAll('data')].map((el) => el.getAttribute('value') ?? ''),
        onclick: document.querySelectorAll('[onclick]').length,
        globals: ['leaked', 'fs', 'pwned'].filter((name) => name in window),
      };
    });
    seen.push({ id, ...result, executed: [...executed, ...errors] });
    await page.close();
  }
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('hostile page text through the real build, in a real browser', () => {
  test('every article of the hostile page was built', () => {
    // How many items the parser makes of the page is the parser's business; the literal checks below cover them all.
    expect(seen.length).toBeGreaterThanOrEqual(2);
    expect(seen[0].id).toBe('hostile-2025-04-11-p01-01');
  });

  test('the characters show literally on the article pages', () => {
    const text = squash(seen.map((page) => page.text).join('\n'));
    for (const literal of [
      '花括号{props.secret}与{1+1}不应被执行',
      '{props.secret}和{1+1}必须原样显示',
      '<script>alert("pwned")</script>也只是文字',
      'export const leaked = 1',
      'import fs from "node:fs"',
      'export default function Page() { return null }',
      '<Foo bar={1} />不是组件',
      '<div onclick="x()">也不是元素</div>',
      '**粗体** _斜体_ `代码` [链接](javascript:alert(1)) ![图](x.png)',
      '&amp; \\反斜杠',
      '>引用不是引用',
      '~~删除线~~ 不是删除线，网址 https://example.com/x 和 www.example.com 不是链接，脚注[^1]不是脚注',
    ]) {
      expect(text, literal).toContain(squash(literal));
    }
  });

  test('no injected element, link, image, or executed code', () => {
    for (const page of seen) {
      // Markdown or JSX that was interpreted would leave one of these inside the article.
      const injected = page.tags.filter((tag) =>
        ['script', 'foo', 'strong', 'em', 'code', 'img', 'blockquote', 'ol', 'ul', 'table', 'b', 'del', 'a', 'sup', 'section'].includes(
          tag,
        ),
      );
      expect(injected, page.id).toEqual([]);
      expect(page.onclick, page.id).toEqual(0);
      expect(
        page.hrefs.filter((href) => href.startsWith('javascript:') || href.includes('example.com')),
        page.id,
      ).toEqual([]);
      expect(page.scripts.join('\n'), page.id).not.toMatch(/pwned|paper|leaked|props\.secret|node:fs/);
      expect(page.executed, page.id).toEqual([]);
      expect(page.globals, page.id).toEqual([]);
      // The paper name tries to close an attribute; it must stay one whole attribute value.
      expect(page.dataValues, page.id).toContain(`"><script>alert('paper')</script>{paper}`);
      // The head record holds the hostile text as data: one JSON-LD block that parses, names the
      // same paper, and whose raw source never holds a '<' that could close the element.
      expect(page.jsonLd, page.id).toHaveLength(1);
      expect(page.jsonLd[0], page.id).not.toContain('<');
      expect(JSON.parse(page.jsonLd[0]).isPartOf.name, page.id).toBe(`"><script>alert('paper')</script>{paper}`);
      expect(page.citationTitle, page.id).toBe(page.heading);
    }
  });

  test(
    'the citation exports carry the hostile paper name and headline as text that a citation library reads back',
    { timeout: 60_000 },
    () => {
      for (const page of seen) {
        expect(
          page.exports.map(([format]) => format),
          page.id,
        ).toEqual(['RIS', 'BibTeX', 'CSL-JSON']);
        for (const [format, href] of page.exports) {
          const read = readCitation(format as ExportFormat, decodeURIComponent(href.slice(href.indexOf(',') + 1)));
          expect(read.paper, `${page.id} ${format}`).toBe(`"><script>alert('paper')</script>{paper}`);
          // A titled item's export title starts with the heading the page shows (a subtitle may follow).
          if (!page.heading.startsWith('（')) expect(read.title.startsWith(page.heading), `${page.id} ${format}`).toBe(true);
        }
      }
    },
  );
});
