import fs from 'node:fs';
import path from 'node:path';
import { VFile } from 'vfile';
import YAML from 'yaml';
import { z } from 'zod';
import { issueSchema, publicationSchema } from '../../../src/schemas/issue.ts';
import { decodeText } from '../validate/decode-text.ts';
import { checkPageSize, checkPageText } from '../validate/check-page-text.ts';
import { MANIFEST_PARSE } from '../validate/describe-manifest-problem.ts';
import { setNextStep } from '../validate/messages.ts';
import { pad2 } from './paths.ts';
import { loadIssue } from '../validate/load-manifest.ts';
import { isAlive, type WriteHooks } from './write-output.ts';

/** What a maintainer asks new-issue for. */
export interface ScaffoldRequest {
  /** Paper name as printed, or null when the pages do not name it. */
  paper: string | null;
  slug: string;
  date: string;
  /** Defaults to `<slug>-<date>`. */
  id?: string;
  /** Page names (头版 …) in page order; missing ones are null. */
  pageNames: string[];
  /** Page files to copy, in page order. */
  files: string[];
}

/** The outcome: the new folder when written, and every file with its messages for the report. */
export interface ScaffoldResult {
  dir: string | null;
  id: string;
  files: VFile[];
}

/**
 * Creates issues/<id>/ from page files: checks the request and every page
 * first (writing nothing if anything is wrong), converts pages to UTF-8 with
 * LF line breaks, writes a commented issue.yaml, and swaps the folder in by
 * rename. Never overwrites an existing issue. Staging folders left by a killed
 * run are removed first (see removeAbandonedStaging). `hooks` are the tests' seam.
 */
export function scaffoldIssue(
  request: ScaffoldRequest,
  issuesDir: string,
  display: (file: string) => string,
  hooks: WriteHooks = {},
): ScaffoldResult {
  const id = request.id ?? `${request.slug}-${request.date}`;
  const command = new VFile({ path: 'new-issue' });
  const files: VFile[] = [command];
  const refuse = (reason: string, ruleId: string) => {
    const message = command.message(`${reason} Nothing was written.`, { ruleId, source: 'new-issue' });
    message.fatal = true;
  };

  for (const [flag, value, schema, path] of [
    ['--slug', request.slug, publicationSchema.shape.slug, ['publication', 'slug']],
    ['--date', request.date, issueSchema.shape.date, ['date']],
    [request.id ? '--id' : 'the id made of --slug and --date', id, issueSchema.shape.id, ['id']],
  ] as const) {
    const sentence = fieldProblem(schema, path, value);
    // Described as the manifest field it becomes, then named by the option the maintainer typed.
    if (sentence !== null)
      refuse(
        sentence.replace(/^`[^`]+`/, flag).replace(' Change it in issue.yaml and give the issue folder the same name.', ''),
        'new-issue-argument',
      );
  }
  // Names are one line as printed; an empty --paper is not "no name" (leave the option out for that).
  const names: Array<[string, string | null]> = [
    ['--paper', request.paper],
    ...request.pageNames.map((name, index): [string, string] => [`--page-name ${index + 1}`, name]),
  ];
  for (const [flag, value] of names) {
    if (value === null) continue;
    if (value.trim() === '') {
      refuse(
        flag === '--paper'
          ? "--paper is empty. Give the paper's name as printed, or leave --paper out if the pages do not name the paper."
          : `${flag} is empty. Give the page's name as printed, or leave --page-name out if the pages have no names.`,
        'new-issue-argument',
      );
    } else if (/[\u0000-\u001f\u007f\u2028\u2029]/.test(value)) {
      refuse(
        `${flag} ${JSON.stringify(value)} has a line break or another control character in it. A name is one line as printed on the page: give it without them.`,
        'new-issue-argument',
      );
    }
  }
  if (request.files.length === 0)
    refuse(
      'No page files were given. Name the page text files after the options, in page order, e.g. `p1.txt p2.txt`.',
      'new-issue-argument',
    );
  if (request.pageNames.length > request.files.length) {
    refuse(
      `--page-name is given ${request.pageNames.length} times for ${request.files.length} page file(s). Give it once per page, in page order, or leave it out for pages without a name.`,
      'new-issue-argument',
    );
  }
  const seen = new Map<string, number>();
  request.files.forEach((file, index) => {
    const first = seen.get(path.resolve(file));
    if (first !== undefined) {
      refuse(
        `${file} is given twice (pages ${first + 1} and ${index + 1}). Give each page file once, in page order.`,
        'new-issue-argument',
      );
    } else seen.set(path.resolve(file), index);
  });

  const target = path.join(issuesDir, id);
  if (fs.existsSync(target)) {
    refuse(
      `The issue folder ${display(target)} already exists, and new-issue never overwrites an issue. To add another issue of the same day, give it its own id (e.g. --id ${id}-b); to change this issue, edit its files directly.`,
      'new-issue-exists',
    );
  }

  const texts: string[] = [];
  request.files.forEach((source, index) => {
    const file = new VFile({ path: source });
    setNextStep(file, { onError: 'Nothing was written.', onWarning: '' });
    files.push(file);
    // The maintainer's own file, so a link to it is followed; only what it is matters.
    const stat = fs.statSync(source, { throwIfNoEntry: false });
    if (!stat || !stat.isFile()) {
      const what = !stat
        ? 'There is no file here'
        : stat.isDirectory()
          ? 'This is a folder, not a page file'
          : 'This is not an ordinary file (a pipe, socket or device), so it cannot be a page file';
      const message = file.message(
        `${what} (page ${index + 1} of the command). Check the path${stat ? ": name the page's .txt file" : ''}. Nothing was written.`,
        {
          ruleId: stat ? 'page-not-a-file' : 'page-missing',
          source: 'new-issue',
        },
      );
      message.fatal = true;
      return;
    }
    if (!checkPageSize(stat.size, file)) return;
    const { text } = decodeText(fs.readFileSync(source), file, { copying: true });
    if (text === null || !checkPageText(text, file)) return;
    file.value = text;
    texts[index] = text;
  });
  if (files.some((file) => file.messages.some((m) => m.fatal))) return { dir: null, id, files };

  // The manifest goes through ingest's own reader and schema before anything is written,
  // so new-issue never says "created" for an issue ingest would refuse.
  const manifest = manifestText(id, request);
  const checked = loadIssue(Buffer.from(manifest), 'issue.yaml');
  for (const problem of checked.file.messages.filter((m) => m.fatal)) {
    refuse(
      `The issue.yaml new-issue would write is refused by ingest (line ${problem.line}: ${problem.reason}) Check the values given on the command line.`,
      'new-issue-argument',
    );
  }
  if (!checked.issue) return { dir: null, id, files };

  // Stage next to the target and rename, so an interrupted run leaves no half-made issue.
  fs.mkdirSync(issuesDir, { recursive: true });
  for (const name of removeAbandonedStaging(issuesDir)) {
    command.message(
      `Removed ${display(path.join(issuesDir, name))}, a half-made copy left by a new-issue run that was interrupted; nothing in it was an issue yet.`,
      {
        ruleId: 'new-issue-leftover',
        source: 'new-issue',
      },
    );
  }
  const staging = path.join(issuesDir, `.new-${id}-${process.pid}`);
  fs.rmSync(staging, { recursive: true, force: true });
  fs.mkdirSync(staging);
  try {
    let written = 0;
    texts.forEach((text, index) => {
      fs.writeFileSync(path.join(staging, `p${pad2(index + 1)}.txt`), text);
      hooks.afterFile?.(++written);
    });
    fs.writeFileSync(path.join(staging, 'issue.yaml'), manifest);
    fs.renameSync(staging, target);
  } catch (error) {
    fs.rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  return { dir: target, id, files };
}

/**
 * Removes the hidden staging folders (`.new-<id>-<pid>`) that new-issue runs killed
 * before their rename left in the issues folder, and returns their names. Only a real
 * folder (never a link) of that name whose process is dead is removed: a folder of a
 * run still going on (the pid is alive, even if it is an unrelated process that
 * reused the number) is left alone, since removing it could break that run.
 */
export function removeAbandonedStaging(issuesDir: string): string[] {
  const removed: string[] = [];
  for (const entry of fs.readdirSync(issuesDir, { withFileTypes: true })) {
    const match = /^\.new-[a-z0-9-]+-(\d+)$/.exec(entry.name);
    if (!match || !entry.isDirectory() || entry.isSymbolicLink()) continue;
    const pid = Number(match[1]);
    if (pid === process.pid || isAlive(pid)) continue;
    fs.rmSync(path.join(issuesDir, entry.name), { recursive: true, force: true });
    removed.push(entry.name);
  }
  return removed.sort();
}

/** The commented issue.yaml a librarian reads and edits; values are serialized by the YAML library, never pasted raw. */
export function manifestText(id: string, request: ScaffoldRequest): string {
  const scalar = (value: unknown) => YAML.stringify(value).trimEnd();
  const pages = request.files
    .map((_, index) =>
      [
        `  - number: ${index + 1}`,
        '    numberPrinted: true',
        `    name: ${scalar(request.pageNames[index] ?? null)}`,
        `    file: p${pad2(index + 1)}.txt`,
      ].join('\n'),
    )
    .join('\n');
  return `# What the archive knows about this issue. Written by \`npm run new-issue\`:
# check every value against the printed pages, then run \`npm run ingest\`.
# Lines starting with # are notes for people; the archive ignores them.

# The issue's id: the paper's slug and the date. It becomes part of web
# addresses and must be the same as the name of this folder.
id: ${scalar(id)}

publication:
  # The paper's name as printed; write \`name: null\` if the pages do not name it.
  name: ${scalar(request.paper)}
  # The name in pinyin, lower-case with hyphens; \`unidentified\` when unknown.
  slug: ${scalar(request.slug)}
  # Optional: the 6-digit GB/T 2260 code of the place the paper is published
  # in, in quotes. Remove the # to use it:
  # region: "371500"

# The publication date: YYYY-MM-DD, or YYYY-MM / YYYY when the day is unknown.
date: ${scalar(request.date)}

# One entry per page, in print order:
#   number         the page number printed on the page (第N版); if no number
#                  is printed, the page's position among the pages held
#   numberPrinted  false when the page does not show its number
#   name           the page name as printed (头版, 区域动态 …), or null
#   file           the page's text file in this folder
pages:
${pages}

# What the paper, date and page numbers rest on (著录依据, shown to readers
# on the issue page, so in Chinese): one line per piece of evidence from the
# page text, starting with 报名, 日期 or 版次, e.g.
#   - "报名：本版稿件为“本报讯”，电头在聊城。"
#   - "日期：头条报道记为4月10日，故本期为次日，即4月11日。"
#   - "版次：文字中未印版次；1是此版在所收各版中的位置。"
provenance: []
`;
}

/** What the manifest field at `path` says of `value` (its schema's sentence, placed at that field), or null when the value is fine. */
function fieldProblem(schema: z.ZodType, path: readonly string[], value: unknown): string | null {
  const manifest = path.reduceRight<z.ZodType>((inner, key) => z.object({ [key]: inner }), schema);
  const data = path.reduceRight<unknown>((inner, key) => ({ [key]: inner }), value);
  const result = manifest.safeParse(data, MANIFEST_PARSE);
  return result.success ? null : result.error.issues[0].message;
}
