import { VFile } from 'vfile';
import type { Issue, IssuePage } from '../../../src/schemas/issue.ts';
import { articleSchema, type Article, type RegionRef } from '../../../src/schemas/article.ts';
import { itemFields, type ParsedItem } from '../../../src/schemas/item.ts';
import type { PageRecord } from '../../../src/schemas/page.ts';
import { parsePage } from '../parse/parse-page.ts';
import { tagRegions, type TagContext } from '../regions/tag-regions.ts';
import { serializeArticle } from '../mdx/serialize-article.ts';
import { articleId, pad2 } from './paths.ts';
import { applyOverride, itemAtLine } from './apply-overrides.ts';
import type { LoadedIssue } from '../validate/load-manifest.ts';
import { fail, warn } from '../validate/messages.ts';
import { restoreMessages, storeMessages, type StoredMessage } from './stored-messages.ts';

/** The manifest an issue came from, so that problems with its overrides are placed on their lines. */
export type ManifestRef = Pick<LoadedIssue, 'file' | 'placeOf'>;

/** Everything ingest writes for one issue: file name (relative to the issue's output folder) → contents. */
export interface IssueOutput {
  articles: Map<string, string>;
  pages: Map<string, string>;
  files: VFile[];
  /** Each page's share of the above, in page order, so that a later run can reuse it. */
  built: BuiltPage[];
}

/**
 * One page's share of an issue's output: its article files and its page record (names
 * and contents), with what building it said, on the page and on the manifest (overrides
 * of the page that do not apply). A page depends on its text, the manifest and the
 * pipeline alone, so a page whose bytes and manifest are unchanged is not parsed again.
 */
export interface BuiltPage {
  file: string;
  articles: Array<[string, string]>;
  record: [string, string];
  pageMessages: StoredMessage[];
  manifestMessages: StoredMessage[];
}

/**
 * Parses every page of an issue and serializes its articles and page records; a page
 * `reuse` gives an earlier build of (same text, same manifest) is taken as it was.
 */
export function buildIssue(
  issue: Issue,
  readPage: (page: IssuePage) => { text: string; path: string },
  manifest?: ManifestRef,
  reuse: (page: IssuePage) => BuiltPage | undefined = () => undefined,
): IssueOutput {
  const output: IssueOutput = { articles: new Map(), pages: new Map(), files: [], built: [] };
  warnOverridesForUnlistedPages(issue, manifest);
  for (const page of issue.pages) {
    const { text, path } = readPage(page);
    const built = reuse(page) ?? buildPage(issue, page, text, path, manifest);
    const file = new VFile({ path });
    restoreMessages(file, built.pageMessages);
    if (manifest) restoreMessages(manifest.file, built.manifestMessages);
    output.files.push(file);
    for (const [name, contents] of built.articles) output.articles.set(name, contents);
    output.pages.set(...built.record);
    output.built.push(built);
  }
  return output;
}

/** Parses one page and serializes its articles and page record; the messages come back stored, not added. */
function buildPage(issue: Issue, page: IssuePage, text: string, path: string, manifest?: ManifestRef): BuiltPage {
  const articles: Array<[string, string]> = [];
  const manifestBefore = manifest?.file.messages.length ?? 0;
  const { page: parsed, file } = parsePage(text, { path });
  const ids: string[] = [];
  const overridesByItem = matchOverrides(issue, page, parsed.items, manifest);
  parsed.items.forEach((item, index) => {
    let article = toArticle(issue, page, item, index + 1);
    for (const { override, at } of overridesByItem.get(index) ?? []) {
      const applied = applyOverride(article, override);
      article = articleSchema.parse(applied.article);
      for (const bad of applied.unknownRegions) {
        if (!manifest) continue;
        fail(
          manifest.file,
          `overrides[${at}].regions: "${bad.code}" is neither a GB/T 2260 code (six digits, e.g. 330300 for 温州市) nor a macro-region key listed in src/data/macro-regions.json. Fix the code; this issue is not ingested until then.`,
          'override-region-unknown',
          manifest.placeOf(['overrides', at, 'regions', bad.index]),
        );
      }
    }
    ids.push(article.id);
    articles.push([`p${pad2(page.number)}-${pad2(index + 1)}.mdx`, serializeArticle(article, item.body)]);
  });
  // The page record's schema is the one the site's `pages` collection reads (src/schemas/page.ts).
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
  const manifestMessages = manifest ? storeMessages(manifest.file, manifestBefore) : [];
  // Taken off again: buildIssue adds every page's messages, built or reused, the same way.
  if (manifest) manifest.file.messages.splice(manifestBefore);
  return {
    file: page.file,
    articles,
    record: [`p${pad2(page.number)}.json`, `${JSON.stringify(record, null, 2)}\n`],
    pageMessages: storeMessages(file),
    manifestMessages,
  };
}

/** The overrides of one page, grouped by the index of the item each addresses; unmatched ones are warned about. */
function matchOverrides(issue: Issue, page: IssuePage, items: readonly ParsedItem[], manifest?: ManifestRef) {
  const byItem = new Map<number, Array<{ override: Issue['overrides'][number]; at: number }>>();
  issue.overrides.forEach((override, at) => {
    if (override.file !== page.file) return;
    const index = itemAtLine(items, override.line);
    if (index < 0) {
      if (manifest) {
        warn(
          manifest.file,
          `overrides[${at}]: no item of ${page.file} contains line ${override.line} (it is blank, or page furniture). Point \`line\` at a line of the item's text; until then this override is not applied.`,
          'override-unmatched',
          manifest.placeOf(['overrides', at, 'line']),
        );
      }
      return;
    }
    byItem.set(index, [...(byItem.get(index) ?? []), { override, at }]);
  });
  return byItem;
}

/** Overrides naming a page file the manifest does not list can never apply: say so. */
function warnOverridesForUnlistedPages(issue: Issue, manifest?: ManifestRef): void {
  if (!manifest) return;
  const files = new Set(issue.pages.map((page) => page.file));
  issue.overrides.forEach((override, at) => {
    if (files.has(override.file)) return;
    warn(
      manifest.file,
      `overrides[${at}].file: ${override.file} is not one of this issue's pages. Use a file listed under \`pages\`; until then this override is not applied.`,
      'override-unmatched',
      manifest.placeOf(['overrides', at, 'file']),
    );
  });
}

/** The regions an item is about, as ingest tags them (the preview shows the same). */
export function regionsOf(item: ParsedItem, context: TagContext = {}): RegionRef[] {
  return tagRegions({ ...item, paragraphs: item.body.map((block) => block.text) }, context);
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
    ...itemFields(item),
    regions: regionsOf(item, { publicationRegion: issue.publication.region }),
  };
  // A parser bug must not reach the site as a half-valid entry.
  return articleSchema.parse(article);
}
