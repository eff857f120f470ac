// Links into the archive's repository: which REPOSITORY_URL values are
// accepted (and what a wrong one is told), the forge URLs for a file's lines
// and a prefilled issue, and how an article's lines and file are found.
import { describe, expect, test } from 'vitest';
import { editLinesUrl, newIssueUrl, parseRepository, viewLinesUrl } from '../../src/lib/repository.ts';
import { correctionLinks, lineSpan, pageFileInRepository } from '../../src/lib/corrections.ts';
import { readDeployment } from '../../src/lib/deployment.ts';

const github = parseRepository('https://github.com/example-org/newspaper-archive', 'main');
const gitlab = parseRepository('https://gitlab.com/libraries/papers/newspaper-archive.git', 'main');

describe('REPOSITORY_URL', () => {
  test('a GitHub or GitLab repository address, with or without .git or a trailing slash', () => {
    expect(github).toEqual({ forge: 'github', web: 'https://github.com/example-org/newspaper-archive', branch: 'main' });
    expect(parseRepository('https://github.com/example-org/newspaper-archive.git/', 'main').web).toBe(github.web);
    expect(gitlab).toEqual({ forge: 'gitlab', web: 'https://gitlab.com/libraries/papers/newspaper-archive', branch: 'main' });
  });

  test.each([
    ['github.com/example-org/newspaper-archive', 'not a URL'],
    ['http://github.com/example-org/newspaper-archive', 'only https://github.com/… and https://gitlab.com/… are supported'],
    ['https://example.org/example-org/newspaper-archive', 'only https://github.com/… and https://gitlab.com/… are supported'],
    ['https://github.com/example-org', 'expected <owner>/<repo> after the host'],
    ['https://github.com/example-org/newspaper-archive/tree/main', 'expected <owner>/<repo> after the host'],
    ['https://github.com/example-org/newspaper-archive?tab=readme', 'no query or fragment expected'],
  ])('%s is refused: %s, with what to do', (value, why) => {
    expect(() => parseRepository(value, 'main')).toThrow(
      `REPOSITORY_URL=${value}: ${why}. Set it to the repository's web address, e.g. https://github.com/<owner>/<repo> (github.com or gitlab.com), or leave it unset to show no correction links (docs/deploy.md).`,
    );
  });

  test('a branch that is not a branch name is refused', () => {
    expect(() => parseRepository(github.web, 'main branch')).toThrow('REPOSITORY_BRANCH=main branch: not a branch name');
    expect(() => parseRepository(github.web, '../main')).toThrow('REPOSITORY_BRANCH=../main');
  });

  test('unset or blank: no repository; the rights statement defaults to the papers keeping their rights', () => {
    expect(readDeployment({}).repository).toBeNull();
    expect(readDeployment({ REPOSITORY_URL: '  ' }).repository).toBeNull();
    expect(readDeployment({}).dataRights).toContain('版权归原报社所有');
    expect(readDeployment({ DATA_RIGHTS: ' CC0 ' }).dataRights).toBe('CC0');
    expect(readDeployment({ REPOSITORY_URL: github.web, REPOSITORY_BRANCH: 'archive' }).repository?.branch).toBe('archive');
  });
});

describe('forge URLs', () => {
  const file = 'src/content/issues/liaocheng-ribao-2025-04-11/p01.txt';

  test('GitHub: blob and edit at the branch, lines as #L4-L17 (one line: #L4)', () => {
    expect(viewLinesUrl(github, file, [4, 17])).toBe(`${github.web}/blob/main/${file}#L4-L17`);
    expect(editLinesUrl(github, file, [4, 17])).toBe(`${github.web}/edit/main/${file}#L4-L17`);
    expect(viewLinesUrl(github, file, [4, 4])).toBe(`${github.web}/blob/main/${file}#L4`);
  });

  test('GitLab: /-/blob and /-/edit, lines as #L4-17', () => {
    expect(viewLinesUrl(gitlab, file, [4, 17])).toBe(`${gitlab.web}/-/blob/main/${file}#L4-17`);
    expect(editLinesUrl(gitlab, file, [4, 17])).toBe(`${gitlab.web}/-/edit/main/${file}#L4-17`);
  });

  test('a new issue carries title and body as the forge reads them back', () => {
    const issue = { title: '报告错误：标题 & 副题', body: '第一行\n第二行 #3' };
    const onGithub = new URL(newIssueUrl(github, issue));
    expect(onGithub.origin + onGithub.pathname).toBe(`${github.web}/issues/new`);
    expect(Object.fromEntries(onGithub.searchParams)).toEqual(issue);
    const onGitlab = new URL(newIssueUrl(gitlab, issue));
    expect(onGitlab.pathname).toBe('/libraries/papers/newspaper-archive/-/issues/new');
    expect(Object.fromEntries(onGitlab.searchParams)).toEqual({ 'issue[title]': issue.title, 'issue[description]': issue.body });
  });
});

describe("an article's correction links", () => {
  test('the raw page file sits in issues/<issue>/ beside the generated articles/<issue>/', () => {
    expect(pageFileInRepository('src/content/articles/unidentified-2022-06/issue.json', 'unidentified-2022-06', 'p01.txt')).toBe(
      'src/content/issues/unidentified-2022-06/p01.txt',
    );
  });

  test("the lines are one span from the first line to the last, whatever the ranges' order", () => {
    expect(
      lineSpan([
        [12, 14],
        [3, 5],
        [20, 20],
      ]),
    ).toEqual([3, 20]);
    expect(lineSpan([])).toBeNull();
  });

  test('the prefilled issue names the article, where it was printed, the page file and the lines', () => {
    const links = correctionLinks(github, {
      file: 'src/content/issues/x-2024-01-01/p02.txt',
      sourceLines: [
        [7, 9],
        [11, 30],
      ],
      name: '万名“话务员”点对点解难',
      where: '报名不详 2023年7月（之一） 第1版',
      url: 'https://archive.example.org/articles/x-2024-01-01-p02-01/',
    });
    expect(links.lines).toBe('7–30');
    expect(links.edit).toBe(`${github.web}/edit/main/src/content/issues/x-2024-01-01/p02.txt#L7-L30`);
    const issue = new URL(links.report).searchParams;
    expect(issue.get('title')).toBe('报告错误：万名“话务员”点对点解难（报名不详 2023年7月（之一） 第1版）');
    const body = issue.get('body')!;
    for (const part of [
      '万名“话务员”点对点解难',
      'https://archive.example.org/articles/x-2024-01-01-p02-01/',
      '报名不详 2023年7月（之一） 第1版',
      'src/content/issues/x-2024-01-01/p02.txt 第 7–30 行',
      links.view,
    ]) {
      expect(body).toContain(part);
    }
  });
});
