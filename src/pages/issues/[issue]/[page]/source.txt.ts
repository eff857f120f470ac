// The raw text of one page, published byte for byte as bundled: the source of
// truth every article on the site can be checked against.
import type { APIRoute } from 'astro';
import { loadArchive, type ArchivePage } from '../../../../lib/archive.ts';
import { readRawPage } from '../../../../lib/raw-pages.ts';

export async function getStaticPaths() {
  const archive = await loadArchive();
  return [...archive.pagesByIssue.values()].flat().map((page) => ({
    params: { issue: page.issue.id, page: `p${String(page.number).padStart(2, '0')}` },
    props: { page },
  }));
}

/** Serves the page's raw text as UTF-8 plain text. */
export const GET: APIRoute = ({ props }) => {
  const { page } = props as { page: ArchivePage };
  return new Response(readRawPage(page.issue, page.file), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
