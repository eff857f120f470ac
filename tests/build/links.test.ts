// Every internal link in every HTML page resolves to a file in dist/ — at the
// domain root and under a sub-path, where one forgotten base prefix shows up
// as a dead link. Fragments must name an element id in the target page.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { elements, fileFor, htmlFiles, pageUrlOf, SITE_ORIGIN } from './support/site.ts';

const built = inject('built');

/** Attributes that hold URLs, per element. */
const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  link: ['href'],
  img: ['src'],
  script: ['src'],
  source: ['src'],
  iframe: ['src'],
  form: ['action'],
  use: ['href'],
};

describe.each(Object.entries(built))('internal links (%s)', (_name, { outDir, base }) => {
  const idCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let ids = idCache.get(file);
    if (!ids) {
      ids = new Set(elements(fs.readFileSync(file, 'utf8')).map((node) => node.attributes.id).filter(Boolean));
      idCache.set(file, ids);
    }
    return ids;
  };

  test('every href, src and action resolves to a built file', () => {
    const pages = htmlFiles(outDir);
    expect(pages.length).toBeGreaterThan(5);
    const broken: string[] = [];
    let checked = 0;
    for (const page of pages) {
      const here = new URL(pageUrlOf(page, base), SITE_ORIGIN);
      for (const node of elements(fs.readFileSync(path.join(outDir, page), 'utf8'))) {
        for (const attribute of URL_ATTRIBUTES[node.name] ?? []) {
          const value = node.attributes[attribute];
          if (value === undefined || /^(mailto|tel|data|javascript):/i.test(value)) continue;
          const url = new URL(value, here);
          if (url.origin !== SITE_ORIGIN) continue;
          checked += 1;
          const target = fileFor(outDir, base, url.pathname);
          if (!target) {
            broken.push(`${page}: <${node.name} ${attribute}="${value}">`);
          } else if (url.hash && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(url.hash.slice(1)))) {
            broken.push(`${page}: <${node.name} ${attribute}="${value}"> (no element with that id)`);
          }
        }
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(pages.length * 5);
  });

  test('every root-relative link carries the base path', () => {
    const outside: string[] = [];
    for (const page of htmlFiles(outDir)) {
      for (const node of elements(fs.readFileSync(path.join(outDir, page), 'utf8'))) {
        for (const attribute of URL_ATTRIBUTES[node.name] ?? []) {
          const value = node.attributes[attribute];
          if (value?.startsWith('/') && !value.startsWith('//') && !value.startsWith(base)) outside.push(`${page}: ${value}`);
        }
      }
    }
    expect(outside).toEqual([]);
  });
});
