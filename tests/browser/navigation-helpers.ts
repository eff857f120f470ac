// Shared by the site's browser tests: which page of each kind to visit in a
// built site, found from its own JSON API rather than hard-coded ids.
import fs from 'node:fs';
import path from 'node:path';

/** One representative URL path (relative to the base) per kind of page. */
export interface PageKinds {
  home: string;
  calendar: string;
  issue: string;
  page: string;
  article: string;
  untitled: string | undefined;
  region: string | undefined;
  papers: string;
  paper: string;
  /** The page gathering issues whose paper is not named, when the archive has some. */
  unnamedPaper: string | undefined;
  notFound: string;
}

/** Picks a page of each kind from a built site's api/*.json. */
export function pageKinds(outDir: string): PageKinds {
  const { issues } = JSON.parse(fs.readFileSync(path.join(outDir, 'api', 'issues.json'), 'utf8'));
  const { articles } = JSON.parse(fs.readFileSync(path.join(outDir, 'api', 'articles.json'), 'utf8'));
  // Prefer the richest page: the one with most items.
  const pages = issues.flatMap((issue: any) => issue.pages.map((page: any) => ({ issue, page })));
  pages.sort((a: any, b: any) => b.page.articles.length - a.page.articles.length);
  const { issue, page } = pages[0];
  const article = articles.find((a: any) => a.title && a.regions.length > 0) ?? articles.find((a: any) => a.title) ?? articles[0];
  const untitled = articles.find((a: any) => a.title === null);
  const region = articles.flatMap((a: any) => a.regions)[0];
  const hasRegions = fs.existsSync(path.join(outDir, 'regions', 'index.html'));
  const named = issues.find((issue: any) => issue.publication.name !== null) ?? issues[0];
  const unnamed = issues.some((issue: any) => issue.publication.name === null);
  return {
    home: '',
    calendar: 'issues/',
    issue: `issues/${issue.id}/`,
    page: `issues/${issue.id}/p${String(page.number).padStart(2, '0')}/`,
    article: `articles/${article.id}/`,
    untitled: untitled && `articles/${untitled.id}/`,
    region: hasRegions && region ? `regions/${region.slug}/` : undefined,
    papers: 'papers/',
    paper: `papers/${named.publication.name === null ? 'unidentified' : named.publication.slug}/`,
    unnamedPaper: unnamed ? 'papers/unidentified/' : undefined,
    notFound: 'no-such-page/',
  };
}
