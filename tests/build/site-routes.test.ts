// Every route a reader or a tool expects exists in the built site, at the
// domain root and under a sub-path.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import YAML from 'yaml';
import { issueSchema } from '../../src/schemas/issue.ts';
import { ROOT } from '../support/build-site.ts';
import { elements, fileFor, listFiles, readArticleFrontmatter, SITE_ORIGIN, textOf } from './support/site.ts';

const built = inject('built');
const content = path.join(ROOT, 'src', 'content');
const issues = listFiles(path.join(content, 'issues'))
  .filter((file) => file.endsWith('issue.yaml'))
  .map((file) => issueSchema.parse(YAML.parse(fs.readFileSync(path.join(content, 'issues', file), 'utf8'))));
const articleIds = readArticleFrontmatter(content).map((data) => String(data.id));
const pad = (n: number) => String(n).padStart(2, '0');

describe.each(Object.entries(built))('routes (%s)', (_name, { outDir, base }) => {
  const exists = (urlPath: string) => fileFor(outDir, base, base + urlPath) !== null;

  test('the fixed routes exist', () => {
    const missing = [
      '',
      'issues/',
      'search/',
      'regions/',
      'api/articles.json',
      'api/issues.json',
      'rss.xml',
      'sitemap-index.xml',
      'robots.txt',
      '404.html',
    ].filter((route) => !exists(route));
    expect(missing).toEqual([]);
  });

  test('every issue, page and article has its route', () => {
    expect(issues.length).toBeGreaterThan(0);
    expect(articleIds.length).toBeGreaterThan(0);
    const expected = [
      ...issues.flatMap((issue) => [
        `issues/${issue.id}/`,
        `api/issues/${issue.id}.json`,
        ...issue.pages.map((page) => `issues/${issue.id}/p${pad(page.number)}/`),
      ]),
      ...articleIds.map((id) => `articles/${id}/`),
    ];
    expect(expected.filter((route) => !exists(route))).toEqual([]);
  });

  test("raw page text is published character for character, in the issue's JSON file and on the 版面 view", () => {
    for (const file of listFiles(path.join(content, 'issues')).filter((f) => f.endsWith('issue.yaml'))) {
      const issue = issueSchema.parse(YAML.parse(fs.readFileSync(path.join(content, 'issues', file), 'utf8')));
      const published = JSON.parse(fs.readFileSync(path.join(outDir, 'api', 'issues', `${issue.id}.json`), 'utf8'));
      for (const page of issue.pages) {
        const raw = fs.readFileSync(path.join(content, 'issues', path.dirname(file), page.file), 'utf8');
        expect(published.pages.find((p: { number: number }) => p.number === page.number).text).toBe(raw);
        const view = elements(fs.readFileSync(path.join(outDir, 'issues', issue.id, `p${pad(page.number)}`, 'index.html'), 'utf8'));
        // The <pre> of the section articles link to (#source); Astro escapes only & and <.
        const pre = view.slice(view.findIndex((node) => node.attributes.id === 'source')).find((node) => node.name === 'pre')!;
        expect(textOf(pre).replaceAll('&lt;', '<').replaceAll('&amp;', '&')).toBe(raw);
      }
    }
  });

  test('robots.txt points at the sitemap under the base path', () => {
    const robots = fs.readFileSync(path.join(outDir, 'robots.txt'), 'utf8');
    expect(robots).toContain(`Sitemap: ${SITE_ORIGIN}${base}sitemap-index.xml`);
    expect(robots).toMatch(/^User-agent: \*$/m);
  });

  test('the sitemap lists every article, issue and page view', () => {
    const sitemaps = listFiles(outDir).filter((file) => /^sitemap-\d+\.xml$/.test(file));
    const locs = new Set(
      sitemaps.flatMap((file) =>
        elements(fs.readFileSync(path.join(outDir, file), 'utf8'))
          .filter((node) => node.name === 'loc')
          .map((node) => String(node.children[0]?.value ?? '')),
      ),
    );
    for (const id of articleIds) expect(locs).toContain(`${SITE_ORIGIN}${base}articles/${id}/`);
    for (const issue of issues) expect(locs).toContain(`${SITE_ORIGIN}${base}issues/${issue.id}/`);
    expect([...locs].some((loc) => loc.includes('404'))).toBe(false);
  });

  test('the RSS feed has one item per article, each linking to its page', () => {
    // An HTML parser reads <link> as a void element, so read each item's permalink guid.
    const feed = elements(fs.readFileSync(path.join(outDir, 'rss.xml'), 'utf8'));
    const links = feed
      .filter((node) => node.name === 'guid' && (node.attributes.isPermaLink ?? node.attributes.ispermalink) === 'true')
      .map((guid) => String(guid.children[0]?.value ?? ''));
    expect(links.length).toBe(articleIds.length);
    for (const link of links) {
      const url = new URL(link);
      expect(url.origin).toBe(SITE_ORIGIN);
      expect(fileFor(outDir, base, url.pathname)).not.toBeNull();
    }
  });
});
