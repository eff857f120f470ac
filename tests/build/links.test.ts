// Every internal link in every HTML page resolves to a file in dist/ — at the
// domain root and under a sub-path, where one forgotten base prefix shows up
// as a dead link. Fragments must name an element id in the target page.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { checkLinks, elements, htmlFiles, URL_ATTRIBUTES } from './support/site.ts';

const built = inject('built');

describe.each(Object.entries(built))('internal links (%s)', (_name, { outDir, base }) => {
  test('every href, src and action resolves to a built file', () => {
    const { broken, checked, pages } = checkLinks(outDir, base);
    expect(broken).toEqual([]);
    expect(pages).toBeGreaterThan(5);
    expect(checked).toBeGreaterThan(pages * 5);
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
