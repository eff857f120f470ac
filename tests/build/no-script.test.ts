// Zero JavaScript on every page but the search page: no <script> element and
// no inline event handler anywhere else. The one exception is data, not code:
// an article's schema.org record, a <script type="application/ld+json"> that
// browsers never execute; it must parse as JSON.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { elements, htmlFiles, textOf } from './support/site.ts';

const built = inject('built');

describe.each(Object.entries(built))('no JavaScript outside search (%s)', (_name, { outDir }) => {
  test('non-search pages ship no script and no event handler', () => {
    const pages = htmlFiles(outDir).filter((file) => !file.startsWith('search/'));
    expect(pages.length).toBeGreaterThan(5);
    const offending: string[] = [];
    for (const page of pages) {
      for (const node of elements(fs.readFileSync(path.join(outDir, page), 'utf8'))) {
        if (
          node.name === 'script' &&
          !(page.startsWith('articles/') && node.attributes.type === 'application/ld+json' && !node.attributes.src)
        ) {
          offending.push(`${page}: <script>`);
        } else if (node.name === 'script') {
          try {
            JSON.parse(textOf(node));
          } catch {
            offending.push(`${page}: <script type="application/ld+json"> that is not JSON`);
          }
        }
        for (const attribute of Object.keys(node.attributes)) {
          if (/^on[a-z]+$/i.test(attribute)) offending.push(`${page}: ${node.name}[${attribute}]`);
        }
      }
    }
    expect(offending).toEqual([]);
  });
});
