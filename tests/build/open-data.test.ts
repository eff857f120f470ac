// The open-data page and its bulk files, as a researcher meets them: download
// each file the page lists, gunzip it, parse every line; the records are the
// JSON API's, one per article, with the text the article pages show; the page
// states each file's true size and count, the record schema, and the rights
// statement the deployer set (DATA_RIGHTS in the sub-path build, the default
// in the root build).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, inject, test } from 'vitest';
import { ELEMENT_NODE, walkSync, type ElementNode } from 'ultrahtml';
import { elements, fileFor, SITE_ORIGIN, textOf } from './support/site.ts';

const built = inject('built');

describe.each(Object.entries(built))('open data (%s)', (_name, { outDir, base, env }) => {
  const api = (file: string) => JSON.parse(fs.readFileSync(path.join(outDir, 'api', file), 'utf8'));
  const { articles } = api('articles.json');
  const { issues } = api('issues.json');
  const page = elements(fs.readFileSync(path.join(outDir, 'data', 'index.html'), 'utf8'));
  const dataPageUrl = new URL(`${base}data/`, SITE_ORIGIN);
  // The rows of the download table, each with the file its link serves.
  const rows = page
    .filter((node) => node.name === 'li' && node.attributes['data-file'])
    .map((row) => {
      const link = within(row, 'a')[0];
      const url = new URL(link.attributes.href, dataPageUrl);
      const [count, size] = within(row, 'data');
      return {
        row,
        file: url.origin === SITE_ORIGIN ? fileFor(outDir, base, url.pathname) : null,
        pathname: url.pathname,
        count: Number(count.attributes.value),
        size: Number(size.attributes.value),
        sizeText: textOf(size),
      };
    });
  const records = (file: string) =>
    gunzipSync(fs.readFileSync(file))
      .toString('utf8')
      .split('\n')
      .filter((line, index, lines) => !(line === '' && index === lines.length - 1))
      .map((line) => JSON.parse(line));

  test('the page lists the whole dump and one file per issue, under the base path, and each is there', () => {
    expect(rows.map((row) => row.pathname)).toEqual([
      `${base}data/articles.jsonl.gz`,
      ...issues.map((issue: { id: string }) => `${base}data/issues/${issue.id}.jsonl.gz`),
    ]);
    for (const row of rows) expect(row.file, row.pathname).not.toBeNull();
  });

  test("every listed size is the file's true size in bytes, and every count its number of lines", () => {
    for (const row of rows) {
      const bytes = fs.statSync(row.file!).size;
      expect(row.size, row.pathname).toBe(bytes);
      expect(row.sizeText).toContain(`${bytes.toLocaleString('en-US')} 字节`);
      expect(row.count, row.pathname).toBe(records(row.file!).length);
    }
  });

  test('SHA256SUMS, linked from the page, lists every file, and sha256sum -c accepts the files as served', () => {
    const link = page.find((node) => node.name === 'a' && textOf(node) === 'SHA256SUMS');
    const sums = fileFor(outDir, base, new URL(link!.attributes.href, dataPageUrl).pathname);
    expect(sums).not.toBeNull();
    const listed = fs
      .readFileSync(sums!, 'utf8')
      .trimEnd()
      .split('\n')
      .map((line) => `${base}data/${line.split('  ')[1]}`);
    expect(listed).toEqual(rows.map((row) => row.pathname));
    const checked = execFileSync('sha256sum', ['-c', path.basename(sums!)], { cwd: path.dirname(sums!), encoding: 'utf8' });
    expect(checked.trimEnd().split('\n')).toEqual(listed.map((url) => `${url.slice(`${base}data/`.length)}: OK`));
  });

  test("the whole dump holds every article once, in the API's order, each line the article's API record", () => {
    const dump = records(rows[0].file!);
    expect(dump.length).toBe(articles.length);
    expect(dump.map((record) => record.id)).toEqual(articles.map((article: { id: string }) => article.id));
    // The API's record of each article is in its issue's file (api/issues/<issue>.json).
    const published = new Map(
      issues.flatMap((issue: { id: string }) =>
        api(`issues/${issue.id}.json`).articles.map((record: { id: string }) => [record.id, record]),
      ),
    );
    for (const record of dump) expect(record).toEqual(published.get(record.id));
  });

  test("each issue's file holds exactly that issue's articles, as the whole dump has them", () => {
    const dump = records(rows[0].file!);
    for (const [index, issue] of issues.entries()) {
      const own = records(rows[index + 1].file!);
      expect(own.length, issue.id).toBeGreaterThan(0);
      expect(own).toEqual(dump.filter((record) => record.issue === issue.id));
    }
  });

  test("each record's text is the text of its article page, block for block", () => {
    for (const record of records(rows[0].file!)) {
      const html = elements(fs.readFileSync(path.join(outDir, 'articles', record.id, 'index.html'), 'utf8'));
      const body = html.find((node) => node.name === 'div' && String(node.attributes.class).split(' ').includes('article-body'))!;
      const blocks = (body.children as ElementNode[]).filter((child) => child.type === 1).map((child) => textOf(child).trim());
      expect(record.text, record.id).toBe(blocks.join('\n\n'));
      expect(new URL(record.url).pathname).toBe(`${base}articles/${record.id}/`);
    }
  });

  test('the schema lists exactly the fields a record has, in order, each with a meaning', () => {
    const schema = page.find((node) => node.name === 'dl' && String(node.attributes.class).includes('data-schema'))!;
    const fields = within(schema, 'dt').map((term) => textOf(within(term, 'code')[0]));
    expect(fields).toEqual(Object.keys(records(rows[0].file!)[0]));
    for (const meaning of within(schema, 'dd')) expect(textOf(meaning).trim()).not.toBe('');
    expect(within(schema, 'dd').length).toBe(fields.length);
  });

  test("the rights statement is the deployer's, or by default says that rights stay with the papers", () => {
    const rights = textOf(page.find((node) => String(node.attributes.class).includes('data-rights'))!);
    const configured = (env as { DATA_RIGHTS?: string }).DATA_RIGHTS;
    if (configured) expect(rights).toBe(configured);
    else expect(rights).toContain('版权归原报社所有');
  });

  test('the footer of every kind of page links to the open-data page', () => {
    for (const file of ['index.html', `articles/${articles[0].id}/index.html`, 'search/index.html']) {
      const links = elements(fs.readFileSync(path.join(outDir, file), 'utf8')).filter((node) => node.name === 'a');
      expect(
        links.some((link) => link.attributes.href === `${base}data/` && textOf(link) === '开放数据'),
        file,
      ).toBe(true);
    }
  });
});

/** The elements named `name` inside `node` (attributes already decoded by elements()). */
function within(node: ElementNode, name: string): ElementNode[] {
  const found: ElementNode[] = [];
  walkSync(node, (child) => {
    if (child !== node && child.type === ELEMENT_NODE && child.name === name) found.push(child as ElementNode);
  });
  return found;
}
