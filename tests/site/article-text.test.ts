import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { articleBlocks, articleText, excerpt } from '../../src/lib/article-text.ts';
import { serializeArticle } from '../../scripts/lib/mdx/serialize-article.ts';
import type { ArticleBlock } from '../../src/schemas/item.ts';

/** The MDX body as Astro hands it to pages: the file without its frontmatter. */
function bodyOf(blocks: ArticleBlock[]): string {
  const mdx = serializeArticle({ id: 'x' }, blocks);
  return mdx.slice(mdx.indexOf('\n---', 3) + 4);
}

describe('plain text from the MDX body', () => {
  test('paragraphs and subheads come back as written, escapes undone', () => {
    const blocks: ArticleBlock[] = [
      { kind: 'paragraph', text: '1~5月，长三角 <区域> {合作} 项目 *120* 个，增长 #3 [注]。' },
      { kind: 'subhead', text: '一、import 新动能' },
      { kind: 'paragraph', text: 'export 额 & 进口额均增长_10%_。' },
    ];
    expect(articleBlocks(bodyOf(blocks))).toEqual(blocks);
    expect(articleText(bodyOf(blocks))).toBe(blocks.map((b) => b.text).join('\n\n'));
  });

  test('any single-line text survives serialize → parse', () => {
    const char = fc.constantFrom(...'长三角一体化，。、“”（）<>{}[]*_#`~|\\&!-+1 a:'.split(''));
    const line = fc
      .array(char, { minLength: 1, maxLength: 40 })
      .map((chars) => chars.join('').trim())
      .filter((text) => text.length > 0);
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 4 }), (texts) => {
        const blocks: ArticleBlock[] = texts.map((text) => ({ kind: 'paragraph', text }));
        expect(articleText(bodyOf(blocks))).toBe(texts.join('\n\n'));
      }),
      { numRuns: 200 },
    );
  });

  test('excerpt cuts the first paragraph by characters, with an ellipsis', () => {
    const body = bodyOf([
      { kind: 'subhead', text: '小标题' },
      { kind: 'paragraph', text: '一二三四五六七八九十' },
    ]);
    expect(excerpt(body, 4)).toBe('一二三四…');
    expect(excerpt(body, 10)).toBe('一二三四五六七八九十');
  });
});
