// Zero JavaScript on every page but the search page: no <script> element and
// no inline event handler anywhere else.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { elements, htmlFiles } from './support/site.ts';

const built = inject('built');

describe.each(Object.entries(built))('no JavaScript outside search (%s)', (_name, { outDir }) => {
  test('non-search pages ship no script and no event handler', () => {
    const pages = htmlFiles(outDir).filter((file) => !file.startsWith('search/'));
    expect(pages.length).toBeGreaterThan(5);
    const offending: string[] = [];
    for (const page of pages) {
      for (const node of elements(fs.readFileSync(path.join(outDir, page), 'utf8'))) {
        if (node.name === 'script') offending.push(`${page}: <script>`);
        for (const attribute of Object.keys(node.attributes)) {
          if (/^on[a-z]+$/i.test(attribute)) offending.push(`${page}: ${node.name}[${attribute}]`);
        }
      }
    }
    expect(offending).toEqual([]);
  });
});
