import path from 'node:path';

/** Where ingest reads and writes, relative to a project root (tests pass a temporary root). */
export interface ArchivePaths {
  root: string;
  /** Maintainer-edited sources: <issues>/<issue-id>/issue.yaml + pNN.txt. */
  issues: string;
  /** Generated article MDX: <articles>/<issue-id>/pNN-MM.mdx. */
  articles: string;
  /** Generated page metadata: <pages>/<issue-id>/pNN.json. */
  pages: string;
}

/**
 * The layout of an archive under `root`: src/content by default, or the
 * folder ARCHIVE_CONTENT names (tests and benchmarks use other archives).
 */
export function archivePaths(root: string, contentDir = process.env.ARCHIVE_CONTENT): ArchivePaths {
  const content = contentDir ? path.resolve(root, contentDir) : path.join(root, 'src', 'content');
  return {
    root,
    issues: path.join(content, 'issues'),
    articles: path.join(content, 'articles'),
    pages: path.join(content, 'pages'),
  };
}

/** Two-digit page or item number used in ids and file names (p01, 03). */
export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** The stable id of an item: `<issue-id>-p<NN>-<MM>`. */
export function articleId(issueId: string, page: number, order: number): string {
  return `${issueId}-p${pad2(page)}-${pad2(order)}`;
}
