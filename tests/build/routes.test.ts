import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, test } from 'vitest';

const built = inject('built');

describe.each(Object.entries(built))('built site (%s)', (_name, variant) => {
  test('has a page for every generated article', () => {
    const articlesDir = path.join(variant.outDir, 'articles');
    const pages = fs.readdirSync(articlesDir).filter((id) => fs.existsSync(path.join(articlesDir, id, 'index.html')));
    expect(pages.length).toBeGreaterThan(0);
    const html = fs.readFileSync(path.join(variant.outDir, 'index.html'), 'utf8');
    expect(html).toContain('<html lang="zh-Hans"');
  });

  test('has a Pagefind bundle', () => {
    expect(fs.existsSync(path.join(variant.outDir, 'pagefind', 'pagefind.js'))).toBe(true);
  });
});
