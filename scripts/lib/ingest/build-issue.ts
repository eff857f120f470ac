import type { VFile } from 'vfile';
import type { Issue, IssuePage } from '../../../src/schemas/issue.ts';
import { articleSchema, type Article } from '../../../src/schemas/article.ts';
import type { PageFurniture, ParsedItem } from '../parse/types.ts';
import { parsePage } from '../parse/parse-page.ts';
import { tagRegions } from '../regions/tag-regions.ts';
import { serializeArticle } from '../mdx/serialize-article.ts';
import { articleId, pad2 } from './paths.ts';

/** Generated metadata of one printed page (版面), written as <issue>/pNN.json. */
export interface PageRecord {
  id: string;
  issue: string;
  number: number;
  numberPrinted: boolean;
  name: string | null;
  file: string;
  furniture: PageFurniture[];
  articles: string[];
}

/** Everything ingest writes for one issue: file name (relative to the issue's output folder) → contents. */
export interface IssueOutput {
  articles: Map<string, string>;
  pages: Map<string, string>;
  files: VFile[];
}

/** Parses every page of an issue and serializes its articles and page records. */
export function buildIssue(issue: Issue, readPage: (page: IssuePage) => { text: string; path: string }): IssueOutput {
  const output: IssueOutput = { articles: new Map(), pages: new Map(), files: [] };
  for (const page of issue.pages) {
    const { text, path } = readPage(page);
    const { page: parsed, file } = parsePage(text, { path });
    output.files.push(file);
    const ids: string[] = [];
    parsed.items.forEach((item, index) => {
      const article = toArticle(issue, page, item, index + 1);
      ids.push(article.id);
      output.articles.set(`p${pad2(page.number)}-${pad2(index + 1)}.mdx`, serializeArticle(article, item.body));
    });
    const record: PageRecord = {
      id: `${issue.id}-p${pad2(page.number)}`,
      issue: issue.id,
      number: page.number,
      numberPrinted: page.numberPrinted,
      name: page.name,
      file: page.file,
      furniture: parsed.furniture,
      articles: ids,
    };
    output.pages.set(`p${pad2(page.number)}.json`, `${JSON.stringify(record, null, 2)}\n`);
  }
  return output;
}

/** The frontmatter of one item, validated against the schema the site uses. */
function toArticle(issue: Issue, page: IssuePage, item: ParsedItem, order: number): Article {
  const article: Article = {
    id: articleId(issue.id, page.number, order),
    issue: issue.id,
    publication: issue.publication.name,
    publicationSlug: issue.publication.slug,
    date: issue.date,
    page: page.number,
    pageName: page.name,
    order,
    type: item.type,
    kicker: item.kicker,
    title: item.title,
    subtitle: item.subtitle,
    column: item.column,
    byline: item.byline,
    authors: item.authors,
    source: item.source,
    dateline: item.dateline,
    continuedOn: item.continuedOn,
    regions: tagRegions(
      {
        kicker: item.kicker,
        title: item.title,
        subtitle: item.subtitle,
        column: item.column,
        byline: item.byline,
        source: item.source,
        dateline: item.dateline,
        paragraphs: item.body.map((block) => block.text),
      },
      { publicationRegion: issue.publication.region },
    ),
    sourceLines: item.sourceLines,
  };
  // A parser bug must not reach the site as a half-valid entry.
  return articleSchema.parse(article);
}
