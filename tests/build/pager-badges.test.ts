// An article page's previous/next links badge the item they lead to when it is not an
// ordinary article (图片, 广告, 评论, 导读), as every other list of items does.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import type { ElementNode } from 'ultrahtml';
import { elements } from './support/site.ts';

const built = inject('built');

describe.each(Object.entries(built))('prev/next links on article pages (%s)', (_name, { outDir }) => {
  const { articles } = JSON.parse(fs.readFileSync(path.join(outDir, 'api', 'articles.json'), 'utf8'));
  const typeOf = new Map<string, string>(articles.map((a: { id: string; type: string }) => [a.id, a.type]));
  const hasClass = (node: ElementNode, name: string) => (node.attributes?.class ?? '').split(/\s+/).includes(name);

  test('each link carries the badge of its item’s type, and only an item that is not an ordinary article has one', () => {
    let badged = 0;
    for (const { id } of articles) {
      const nodes = elements(fs.readFileSync(path.join(outDir, 'articles', id, 'index.html'), 'utf8'));
      const links = nodes.filter((n) => n.name === 'a' && (hasClass(n, 'pager-prev') || hasClass(n, 'pager-next')));
      for (const link of links) {
        const target = /\/articles\/([^/]+)\/?$/.exec(String(link.attributes.href))?.[1];
        expect(target, `a pager link of ${id}`).toBeDefined();
        const type = typeOf.get(decodeURIComponent(target!))!;
        const badges = collect(link).filter((n) => hasClass(n, 'badge'));
        expect(badges.length, `${id} → ${target} (${type})`).toBe(type === 'article' ? 0 : 1);
        if (type !== 'article') {
          expect(hasClass(badges[0]!, `badge-${type}`)).toBe(true);
          badged++;
        }
      }
    }
    // The bundled archive has photos and advertorials next to articles, so some links must be badged.
    expect(badged).toBeGreaterThan(0);
  });
});

function collect(node: ElementNode): ElementNode[] {
  return (node.children ?? []).flatMap((child) =>
    (child as ElementNode).type === 1 ? [child as ElementNode, ...collect(child as ElementNode)] : [],
  );
}
