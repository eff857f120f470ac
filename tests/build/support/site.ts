// Reading a built site the way a crawler would: list its files, parse its
// HTML into elements, and map a URL back to the file a static host serves.
import fs from 'node:fs';
import path from 'node:path';
import { parse, walkSync, ELEMENT_NODE, type ElementNode } from 'ultrahtml';
import YAML from 'yaml';

/** The public origin the build used (astro.config.mjs default unless SITE_URL is set). */
export const SITE_ORIGIN = new URL(process.env.SITE_URL || 'https://archive.example.org').origin;

/** Every file under `dir`, as paths relative to it with forward slashes. */
export function listFiles(dir: string, prefix = ''): string[] {
  return fs.readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory() ? listFiles(dir, rel) : [rel];
  });
}

/** The HTML pages of a built site (relative paths), Pagefind's own assets excluded. */
export function htmlFiles(outDir: string): string[] {
  return listFiles(outDir).filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'));
}

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', '#39': "'" };

/** Decodes the entities Astro writes into attribute values. */
function decodeAttribute(value: string): string {
  return value.replace(/&(amp|quot|apos|lt|gt|#39);/g, (_, name: string) => ENTITIES[name]);
}

/** All elements of an HTML document, with entity-decoded attributes. */
export function elements(html: string): ElementNode[] {
  const found: ElementNode[] = [];
  walkSync(parse(html), (node) => {
    if (node.type !== ELEMENT_NODE) return;
    for (const [name, value] of Object.entries(node.attributes)) node.attributes[name] = decodeAttribute(String(value));
    found.push(node as ElementNode);
  });
  return found;
}

/** Text content of an element (all descendant text nodes). */
export function textOf(node: ElementNode): string {
  let text = '';
  walkSync(node, (child) => {
    if (child.type === 2) text += child.value;
  });
  return text;
}

/** The URL a page is served at, from its file path: issues/x/index.html → <base>issues/x/. */
export function pageUrlOf(file: string, base: string): string {
  return base + file.replace(/(^|\/)index\.html$/, '$1');
}

/**
 * The file a static host serves for an internal URL path (already stripped of
 * origin), or null when the path is outside the base or nothing is there.
 */
export function fileFor(outDir: string, base: string, pathname: string): string | null {
  if (!pathname.startsWith(base)) return null;
  const rel = decodeURIComponent(pathname.slice(base.length));
  const target = path.join(outDir, rel);
  if (rel === '' || rel.endsWith('/')) {
    const index = path.join(target, 'index.html');
    return fs.existsSync(index) ? index : null;
  }
  return fs.existsSync(target) && fs.statSync(target).isFile() ? target : null;
}

/** Frontmatter and body of every generated article MDX file under a content folder. */
export function readArticles(contentDir: string): Array<{ data: Record<string, unknown>; body: string }> {
  const articlesDir = path.join(contentDir, 'articles');
  return listFiles(articlesDir)
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => {
      const text = fs.readFileSync(path.join(articlesDir, file), 'utf8');
      const end = text.indexOf('\n---', 4);
      return { data: YAML.parse(text.slice(4, end)) as Record<string, unknown>, body: text.slice(end + 4) };
    });
}

/** Frontmatter of every generated article MDX file under a content folder. */
export function readArticleFrontmatter(contentDir: string): Array<Record<string, unknown>> {
  return readArticles(contentDir).map((article) => article.data);
}

/** Attributes that hold URLs, per element. */
export const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  link: ['href'],
  img: ['src'],
  script: ['src'],
  source: ['src'],
  iframe: ['src'],
  form: ['action'],
  use: ['href'],
};

/**
 * Follows every href, src and action of every HTML page of a built site that
 * points inside it (relative, root-relative, or absolute on the site's origin)
 * and lists those that no file answers, or whose #fragment names no element.
 */
export function checkLinks(outDir: string, base: string): { broken: string[]; checked: number; pages: number } {
  const idCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let ids = idCache.get(file);
    if (!ids) {
      ids = new Set(
        elements(fs.readFileSync(file, 'utf8'))
          .map((node) => node.attributes.id)
          .filter(Boolean),
      );
      idCache.set(file, ids);
    }
    return ids;
  };
  const pages = htmlFiles(outDir);
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
  return { broken, checked, pages: pages.length };
}
