// The exports read back by a maintained citation library (Citation.js), as a
// reference manager reads them: the fields come out as the article has them,
// unknown parts stay absent, and hostile text survives each format's escaping.
import { describe, expect, test } from 'vitest';
import type { CitationInput } from '../../src/lib/citation.ts';
import { citationExports } from '../../src/lib/citation-exports.ts';
import { readCitation, renderCslJson, type ExportFormat } from '../support/citation-reader.ts';

const known: CitationInput = {
  id: 'liaocheng-ribao-2025-04-11-p01-02',
  authors: ['殷诚聪', '汪子芳'],
  title: '聊城召开招商大会',
  subtitle: '签约项目23个',
  publication: '聊城日报',
  date: '2025-04-11',
  page: 2,
  pagePrinted: true,
  url: 'https://archive.example.org/archive/articles/liaocheng-ribao-2025-04-11-p01-02/',
  column: '要闻',
  issn: '1002-9419',
};

const unknown: CitationInput = {
  ...known,
  id: 'unidentified-2023-07-a-p01-03',
  authors: [],
  title: null,
  subtitle: null,
  type: 'photo',
  publication: null,
  date: '2023-07',
  pagePrinted: false,
  column: null,
  issn: undefined,
};

/** Each export of an article, read back. */
const readAll = (input: CitationInput) =>
  Object.fromEntries(citationExports(input).map((file) => [file.label, readCitation(file.label as ExportFormat, file.text)]));

describe('citation exports read back by Citation.js', () => {
  test(
    'RIS, BibTeX and CSL-JSON give the same newspaper article: title with subtitle, writers, paper, full date, 版, URL',
    { timeout: 30_000 },
    () => {
      const read = readAll(known);
      expect(Object.keys(read)).toEqual(['RIS', 'BibTeX', 'CSL-JSON']);
      for (const [format, fields] of Object.entries(read)) {
        expect(fields, format).toEqual({
          type: 'article-newspaper',
          title: '聊城召开招商大会: 签约项目23个',
          authors: ['殷诚聪', '汪子芳'],
          paper: '聊城日报',
          date: [2025, 4, 11],
          page: '2',
          url: known.url,
        });
      }
    },
  );

  test(
    'an untitled photo of an unnamed paper with an unprinted page number: marked title, no paper, no page, month only',
    { timeout: 30_000 },
    () => {
      for (const [format, fields] of Object.entries(readAll(unknown))) {
        expect(fields, format).toEqual({
          type: 'article-newspaper',
          title: '[图片说明]',
          authors: [],
          paper: null,
          date: [2023, 7],
          page: null,
          url: unknown.url,
        });
      }
      expect(readAll({ ...unknown, type: 'article' })['RIS'].title).toBe('[标题缺失]');
    },
  );

  test('page text that is markup in BibTeX or spans lines in RIS reads back as typed', { timeout: 30_000 }, () => {
    const hostile = '50%的{企业} & $1_2^3~ \\end{document} #1';
    const read = readAll({ ...known, subtitle: null, title: hostile, publication: '报}{@misc{x,' });
    for (const [format, fields] of Object.entries(read)) {
      expect(fields.title, format).toBe(hostile);
      expect(fields.paper, format).toBe('报}{@misc{x,');
    }
    // A line break in a title must not start a new RIS tag line.
    expect(readAll({ ...known, subtitle: null, title: '第一行\nER  - \n第二行' })['RIS'].title).toBe('第一行 ER - 第二行');
  });

  test('the CSL-JSON renders in a citation style through citeproc-js', { timeout: 30_000 }, () => {
    const csl = citationExports(known).find((file) => file.label === 'CSL-JSON')!;
    const rendered = renderCslJson(csl.text);
    for (const part of ['殷诚聪', '聊城召开招商大会: 签约项目23个', '聊城日报', '2025', known.url]) expect(rendered).toContain(part);
  });

  test("each link carries its file as a UTF-8 data: URI with the format's media type and a file name from the article id", () => {
    for (const file of citationExports(known)) {
      const [head, data] = [file.href.slice(0, file.href.indexOf(',')), file.href.slice(file.href.indexOf(',') + 1)];
      expect(head).toBe(`data:${file.mediaType};charset=utf-8`);
      expect(decodeURIComponent(data)).toBe(file.text);
      // Characters a URL may not hold raw (spaces, line breaks, CJK) are all percent-encoded.
      expect(data).toMatch(/^[A-Za-z0-9\-_.!~*'()%]*$/);
      expect(file.fileName).toMatch(new RegExp(`^${known.id}\\.(ris|bib|json)$`));
    }
  });
});
