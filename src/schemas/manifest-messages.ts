import { fieldError, fieldLabel, type FieldProblem } from './field-error.ts';
import { articleTypes } from './item.ts';

/**
 * What a maintainer reads for each field of issue.yaml that is wrong or missing: the
 * sentences issue.ts attaches to its fields (and date.ts, slug.ts to theirs). One per
 * field, each saying what is wrong with the value found and what to write instead;
 * tests/ingest/fixtures/bad-inputs pins them as users see them.
 */

/** Why a number field holds what it holds, shared by the sentence for a wrong value and the one for a number YAML cannot store. */
export const NUMBER_ADVICE: Record<string, string> = {
  number:
    "a page number is a whole number from 1: the 第N版 printed on the page, or the page's position among the pages when no number is printed",
  line: "an override's `line` is the number of a line of the page file, as your text editor shows it (from 1)",
  continuedOn: '`continuedOn` is the page number a 下转第N版 line names (from 1), or `null`',
};

/** issue.yaml as a whole is not a set of fields (empty, a list, a single value). */
export const manifestRootError = (issue: { code: string }): string | undefined =>
  issue.code === 'invalid_type'
    ? 'issue.yaml does not hold a manifest: it should be a list of fields such as `id:`, `publication:`, `date:` and `pages:`. Start from the example in CONTRIBUTING.md.'
    : undefined;

/** What is wrong with an id or slug, and the safe one closest to it. */
function slugSentence({ label, shown, value }: FieldProblem, isId: boolean): string {
  const faults = typeof value === 'string' ? slugFaults(value) : ['is not text'];
  const suggestion = typeof value === 'string' ? suggestSlug(value) : '';
  const example = suggestion
    ? `: for example \`${suggestion}\``
    : isId
      ? ' (e.g. liaocheng-ribao-2025-04-11)'
      : ' (the name in pinyin, e.g. liaocheng-ribao for 聊城日报)';
  return (
    `${label} ${shown} ${joinFaults(faults)}. ${isId ? 'An id' : 'A slug'} may use only lower-case ASCII letters, digits and single hyphens, ` +
    `because it becomes part of web addresses${isId ? ' and folder names' : ''}${example}.${isId ? ' Change it in issue.yaml and give the issue folder the same name.' : ''}`
  );
}

export const issueIdError = fieldError({
  missing: '`id: liaocheng-ribao-2025-04-11` (the paper slug and the date)',
  wrong: (problem) => slugSentence(problem, true),
});

export const publicationSlugError = fieldError({
  missing: '`slug: liaocheng-ribao` under `publication:` (`unidentified` when the paper is unknown)',
  wrong: (problem) => slugSentence(problem, false),
});

export const dateError = fieldError({
  missing: '`date: 2025-04-11` (or `2025-04` / `2025` when the day is unknown)',
  wrong: ({ label, shown, value, issue }) =>
    issue.code === 'custom' && typeof value === 'string'
      ? `${label} ${shown} is not on the calendar (${whyNotADate(value)}). Check the date printed on the page and correct it.`
      : `${label} ${shown} is not an ISO date. Write it as YYYY-MM-DD (e.g. 2025-04-11), or YYYY-MM / YYYY when the day is unknown.`,
});

export const publicationError = fieldError({
  missing: 'a `publication:` section with `name: 聊城日报` and `slug: liaocheng-ribao` under it',
  wrong: () => undefined,
});

export const publicationNameError = fieldError({
  missing: '`name: 聊城日报` under `publication:` (or `name: null` when the page does not name the paper)',
  wrong: ({ label, shown }) =>
    `${label} ${shown} is not a paper name. Write the name as printed (e.g. \`name: 聊城日报\`), or \`name: null\` when the page does not name the paper.`,
});

export const publicationRegionError = fieldError({
  wrong: ({ label, shown }) =>
    `${label} ${shown} is not a place code. Write the 6-digit GB/T 2260 code of the place the paper is published in, in quotes (e.g. \`region: "371500"\` for 聊城市), or leave the line out.`,
});

export const sponsorError = fieldError({
  wrong: ({ label, shown }) =>
    `${label} ${shown} is not a sponsor. Write the body the masthead names as 主办 (e.g. \`sponsor: 中共聊城市委\`), or leave the line out.`,
});

export const cnError = fieldError({
  wrong: ({ label, shown }) =>
    `${label} ${shown} is not a CN number. Write the 国内统一连续出版物号 as the masthead prints it, CN with the 2-digit region and the 4-digit serial (e.g. \`cn: CN 37-0024\`), or leave the line out.`,
});

export const issnError = fieldError({
  wrong: ({ label, shown, value, issue }) =>
    issue.code === 'custom' && typeof value === 'string'
      ? `${label} ${shown} has a wrong check digit: the last character does not fit the first seven digits, so one of them is mistyped. Check it against the masthead or the library record, or leave the line out.`
      : `${label} ${shown} is not an ISSN. Write it as printed, four digits, a hyphen and four more (the last may be X), in quotes if YAML reads it as a number (e.g. \`issn: "1002-9419"\`), or leave the line out.`,
});

export const pagesError = fieldError({
  missing: 'a `pages:` list with one entry per page, e.g. `- number: 1` and `file: p01.txt`',
  wrong: ({ label, value }) =>
    Array.isArray(value)
      ? `${label} is empty. List at least one page under \`pages:\`, e.g. \`- number: 1\` with \`file: p01.txt\`.`
      : `${label} must be a list with one entry per page, each line starting with \`- \` (e.g. \`- number: 1\` with \`file: p01.txt\`).`,
});

export const pageEntryError = fieldError({
  wrong: ({ label, issue }) =>
    issue.code === 'invalid_type'
      ? `${label} must be a page with \`number:\` and \`file:\` (e.g. \`- number: 1\` with \`file: p01.txt\`).`
      : undefined,
});

export const pageNumberError = fieldError({
  missing: '`number: 1` (the page number, 第N版)',
  wrong: ({ label, shown }) => `${label} is ${shown}; ${NUMBER_ADVICE.number}.`,
});

export const pageFileError = fieldError({
  missing: '`file: p01.txt` (the page file next to issue.yaml)',
  wrong: ({ label, shown }) =>
    `${label} ${shown} is not a plain file name. Give the name of a .txt file in the same folder as issue.yaml, using letters, digits, - and _ only (e.g. \`file: p01.txt\`).`,
});

export const pageNameError = fieldError({
  wrong: ({ label, shown }) => `${label} ${shown} is not a page name. Write the name as printed (e.g. \`name: 头版\`), or \`name: null\`.`,
});

export const numberPrintedError = fieldError({
  wrong: ({ label, shown }) => `${label} is ${shown}; write \`true\` when the page shows its number, \`false\` when it does not.`,
});

export const provenanceError = fieldError({
  wrong: ({ label }) => `${label} must be a list of lines of text, each starting with \`- \` and saying what the metadata rests on.`,
});

/** An override that is not a set of fields; an unknown key in one is described where it is placed (validate/). */
export const overrideEntryError = fieldError({
  wrong: ({ label, issue }) =>
    issue.code === 'invalid_type'
      ? `${label} must be a set of fields under \`- \`, starting with \`file: p01.txt\` and \`line: 5\` (see "Overrides" in CONTRIBUTING.md).`
      : undefined,
});

export const overrideFileError = fieldError({
  missing: '`file: p01.txt` (the page file next to issue.yaml)',
  wrong: ({ label, shown }) =>
    `${label} ${shown} is not a page file name. Give the page file as listed under \`pages:\`, e.g. \`file: p01.txt\`.`,
});

/** `line` and `continuedOn` of an override: a number with its meaning. */
export function overrideNumberError(field: 'line' | 'continuedOn') {
  return fieldError({ wrong: ({ label, shown }) => `${label} is ${shown}; ${NUMBER_ADVICE[field]}.` });
}

export const overrideTypeError = fieldError({
  wrong: ({ label, shown }) => `${label} ${shown} is not a kind of item. Write one of \`${articleTypes.join('`, `')}\`.`,
});

/** `authors` and `regions` of an override, and each entry of them (named by the list, as the list is what to rewrite). */
export function overrideListError(field: 'authors' | 'regions') {
  const example = field === 'regions' ? 'regions: ["371525"]' : 'authors: [朱海波, 李明]';
  return fieldError({
    wrong: ({ issue }) =>
      `${fieldLabel((issue.path ?? []).slice(0, 3))} must be a list of texts in square brackets, e.g. \`${example}\`${field === 'regions' ? ' (codes in quotes)' : ''}.`,
  });
}

/** A text field of an override (kicker, title …). */
export const overrideTextError = fieldError({
  wrong: ({ label, shown }) =>
    `${label} is ${shown}, which is not text. Write the text as printed (in quotes if YAML could read it as something else), or \`null\` to clear the field.`,
});

/** What makes a string an unsafe id, in plain words. */
export function slugFaults(value: string): string[] {
  const faults: string[] = [];
  if (value === '') return ['is empty'];
  if (/[A-Z]/.test(value)) faults.push('upper-case letters');
  if (/\s/.test(value)) faults.push('spaces');
  if (/[/\\]/.test(value)) faults.push('slashes');
  if (value.includes('..')) faults.push('`..`');
  if (/[^\x00-\x7F]/.test(value)) faults.push('non-ASCII characters');
  // Dots of a `..` are reported as such, non-ASCII above: what is left is other punctuation.
  const rest = value.replaceAll('..', '').replace(/[^\x00-\x7F]/g, '');
  if (/[^A-Za-z0-9\s/\\-]/.test(rest)) faults.push('punctuation other than hyphens');
  if (/^-|-$|--/.test(value)) faults.push('a hyphen at the start or end, or two in a row');
  return faults.length > 0 ? faults : ['is not a valid id'];
}

function joinFaults(faults: string[]): string {
  if (faults[0] === 'is empty' || faults[0] === 'is not text' || faults[0] === 'is not a valid id') return faults[0];
  const list = faults.length === 1 ? faults[0] : `${faults.slice(0, -1).join(', ')} and ${faults.at(-1)}`;
  return `has ${list}`;
}

/** A safe id close to what the maintainer typed, or '' when nothing ASCII is left. */
export function suggestSlug(value: string): string {
  return value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Why a well-formed YYYY[-MM[-DD]] is not a date: "February 2023 has 28 days", "there is no month 13". */
function whyNotADate(value: string): string {
  const [year, month = 1, day = 1] = value.split('-').map(Number);
  if (month < 1 || month > 12) return `there is no month ${month}`;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1) return 'there is no day 0';
  return `${MONTHS[month - 1]} ${year} has ${days} days`;
}
