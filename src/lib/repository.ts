// Links into the repository the archive is built from, on the forges whose web
// editors and issue forms take a file, a line range and a prefilled issue in
// the URL: GitHub and GitLab. Pure functions of the deployer's REPOSITORY_URL.

/** A repository on a supported forge, and the branch the site is built from. */
export interface Repository {
  forge: 'github' | 'gitlab';
  /** The repository's web address without a trailing slash: https://github.com/<owner>/<repo>. */
  web: string;
  branch: string;
}

/** A 1-based inclusive range of lines of a file. */
export type LineRange = readonly [number, number];

const FORGES: Record<string, Repository['forge']> = { 'github.com': 'github', 'gitlab.com': 'gitlab' };

/**
 * The repository a REPOSITORY_URL names, or an error that says what was
 * expected (the build stops: a wrong URL would send every reader to a 404).
 */
export function parseRepository(value: string, branch: string): Repository {
  const problem = (why: string) =>
    new Error(
      `REPOSITORY_URL=${value}: ${why}. Set it to the repository's web address, e.g. https://github.com/<owner>/<repo> ` +
        '(github.com or gitlab.com), or leave it unset to show no correction links (docs/deploy.md).',
    );
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw problem('not a URL');
  }
  const forge = FORGES[url.hostname];
  if (url.protocol !== 'https:' || !forge) throw problem('only https://github.com/… and https://gitlab.com/… are supported');
  const segments = url.pathname
    .replace(/\/+$/, '')
    .replace(/\.git$/, '')
    .split('/')
    .filter(Boolean);
  // GitHub: owner/repo; GitLab: group/(subgroup/…)repo.
  if (segments.length < 2 || (forge === 'github' && segments.length !== 2)) throw problem('expected <owner>/<repo> after the host');
  if (url.search || url.hash) throw problem('no query or fragment expected');
  if (!/^[\w./-]+$/.test(branch) || branch.includes('..')) {
    throw new Error(`REPOSITORY_BRANCH=${branch}: not a branch name; set the branch the site is built from (default main).`);
  }
  return { forge, web: `${url.origin}/${segments.join('/')}`, branch };
}

/** A path inside the repository, each segment escaped for a URL. */
function encodePath(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

/** The fragment that selects a line range: GitHub #L3-L9, GitLab #L3-9. */
function linesFragment(repository: Repository, [from, to]: LineRange): string {
  if (from === to) return `#L${from}`;
  return repository.forge === 'github' ? `#L${from}-L${to}` : `#L${from}-${to}`;
}

/** The file at the built branch, with the lines highlighted. */
export function viewLinesUrl(repository: Repository, file: string, lines: LineRange): string {
  const route = repository.forge === 'github' ? 'blob' : '-/blob';
  return `${repository.web}/${route}/${repository.branch}/${encodePath(file)}${linesFragment(repository, lines)}`;
}

/** The file in the forge's web editor (which proposes the change as a pull or merge request for readers without write access). */
export function editLinesUrl(repository: Repository, file: string, lines: LineRange): string {
  const route = repository.forge === 'github' ? 'edit' : '-/edit';
  return `${repository.web}/${route}/${repository.branch}/${encodePath(file)}${linesFragment(repository, lines)}`;
}

/** The forge's new-issue form, with title and body filled in. */
export function newIssueUrl(repository: Repository, issue: { title: string; body: string }): string {
  const query =
    repository.forge === 'github'
      ? new URLSearchParams({ title: issue.title, body: issue.body })
      : new URLSearchParams({ 'issue[title]': issue.title, 'issue[description]': issue.body });
  const route = repository.forge === 'github' ? 'issues/new' : '-/issues/new';
  return `${repository.web}/${route}?${query.toString()}`;
}
