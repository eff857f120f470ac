// Which paper page an issue or article belongs to. A named paper is keyed by
// its slug; every issue whose page does not name its paper goes to the one
// 报名不详 page, whatever slug its manifest gives: such issues may come from
// different papers, so they share a page but never a catalogue record.

/** The key (and URL segment) of the page that gathers issues of unnamed papers. */
export const UNNAMED_PAPER_KEY = 'unidentified';

/** The paper page an issue (its publication) or an article (publication name, publicationSlug) belongs to. */
export function paperKey(name: string | null, slug: string): string {
  return name === null ? UNNAMED_PAPER_KEY : slug;
}
