import type { z } from 'zod';
import { articleTypes } from '../../../src/schemas/article.ts';
import { overrideSchema } from '../../../src/schemas/issue.ts';

// What to write when a field is missing: one example per field a maintainer types.
const EXAMPLES: Record<string, string> = {
  id: '`id: liaocheng-ribao-2025-04-11` (the paper slug and the date)',
  publication: 'a `publication:` section with `name: 聊城日报` and `slug: liaocheng-ribao` under it',
  'publication.name': '`name: 聊城日报` under `publication:` (or `name: null` when the page does not name the paper)',
  'publication.slug': '`slug: liaocheng-ribao` under `publication:` (`unidentified` when the paper is unknown)',
  date: '`date: 2025-04-11` (or `2025-04` / `2025` when the day is unknown)',
  pages: 'a `pages:` list with one entry per page, e.g. `- number: 1` and `file: p01.txt`',
  number: '`number: 1` (the page number, 第N版)',
  file: '`file: p01.txt` (the page file next to issue.yaml)',
};

/** How a maintainer reads a field path: `date`, `publication.slug`, "`file` of page entry 2" or "`line` of override 1". */
export function fieldLabel(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'issue.yaml';
  if ((path[0] === 'pages' || path[0] === 'overrides') && typeof path[1] === 'number') {
    const entry = `${path[0] === 'pages' ? 'page entry' : 'override'} ${path[1] + 1}`;
    return path.length > 2 ? `\`${path.slice(2).map(String).join('.')}\` of ${entry}` : entry;
  }
  return `\`${path.map(String).join('.')}\``;
}

/** The fields an override may set, in the schema's order (the list cannot drift from it). */
export const OVERRIDE_FIELDS = Object.keys(overrideSchema.shape);

/** Fields with their own sentence, which names a value YAML could not store as written. */
const SPECIFIC: Record<string, true> = { id: true, 'publication.slug': true, 'publication.region': true, 'publication.name': true, 'publication.sponsor': true, 'publication.cn': true, 'publication.issn': true, date: true };

/** What a number field holds, for the sentence that says a value written there is out of range. */
const NUMBER_ADVICE: Record<string, string> = {
  number: 'a page number is a whole number from 1: the 第N版 printed on the page, or the page\'s position among the pages when no number is printed',
  line: 'an override\'s `line` is the number of a line of the page file, as your text editor shows it (from 1)',
  continuedOn: '`continuedOn` is the page number a 下转第N版 line names (from 1), or `null`',
};

/**
 * The sentence for a value YAML read as a number the archive cannot hold: `1e400` is
 * infinity to YAML (and JSON would show it as `null`), `.nan` is not a number at all.
 */
function describeNonFinite(label: string, key: string, value: number, written: string | undefined): string {
  const shown = written ? `\`${written}\`` : String(value);
  const read = Number.isFinite(value) ? String(value) : `${value > 0 ? '' : 'minus '}infinity`;
  const what = Number.isNaN(value)
    ? 'not a number'
    : `out of range, a number ${value > 0 ? 'this large' : 'this far below zero'} cannot be stored${Number.isFinite(value) ? ' exactly' : ''} (YAML reads it as ${read})`;
  const advice = NUMBER_ADVICE[key];
  return `${label} is ${shown}: ${what}. ${advice ? `${advice[0].toUpperCase()}${advice.slice(1)}.` : 'Write the value as printed, in quotes if it is text.'}`;
}

/**
 * The friendly sentence for one zod problem in issue.yaml: which field, what
 * is wrong with the value found, what to write instead. `value` is the value
 * at the problem's path as read from the YAML (undefined when missing).
 */
export function describeManifestProblem(problem: z.core.$ZodIssue, value: unknown, written?: string): string {
  const path = problem.path;
  const key = String(path.at(-1) ?? '');
  const label = fieldLabel(path);
  // A number YAML cannot hold (1e400 is infinity, JSON would show `null`) is shown as written.
  const unstorable = typeof value === 'number' && (!Number.isFinite(value) || Math.abs(value) > Number.MAX_SAFE_INTEGER);
  const shown = unstorable && written ? `\`${written}\`` : JSON.stringify(value);
  const dotted = path.filter((part) => typeof part === 'string').join('.');

  if (path.length === 0) {
    return 'issue.yaml does not hold a manifest: it should be a list of fields such as `id:`, `publication:`, `date:` and `pages:`. Start from the example in CONTRIBUTING.md.';
  }
  if (unstorable && (NUMBER_ADVICE[key] || !Number.isFinite(value as number)) && !(dotted in SPECIFIC)) return describeNonFinite(label, key, value as number, written);
  if (problem.code === 'unrecognized_keys' && path[0] === 'overrides') {
    const [unknown] = problem.keys;
    const guess = closestField(OVERRIDE_FIELDS, unknown);
    return (
      `\`${unknown}\` in ${label} is not a field an override can set, so the override would change nothing.` +
      `${guess ? ` Did you mean \`${guess}\`?` : ''} The fields an override knows are ${OVERRIDE_FIELDS.map((name) => `\`${name}\``).join(', ')}.`
    );
  }
  if (value === undefined) {
    const example = EXAMPLES[dotted] ?? EXAMPLES[key];
    return `${label} is missing. Add ${example ?? `\`${key}:\``} to issue.yaml.`;
  }
  if (dotted === 'id' || dotted === 'publication.slug') {
    const faults = typeof value === 'string' ? slugFaults(value) : ['is not text'];
    const suggestion = typeof value === 'string' ? suggestSlug(value) : '';
    const isId = dotted === 'id';
    const example = suggestion ? `: for example \`${suggestion}\`` : isId ? ' (e.g. liaocheng-ribao-2025-04-11)' : ' (the name in pinyin, e.g. liaocheng-ribao for 聊城日报)';
    return (
      `${label} ${shown} ${joinFaults(faults)}. ${isId ? 'An id' : 'A slug'} may use only lower-case ASCII letters, digits and single hyphens, ` +
      `because it becomes part of web addresses${isId ? ' and folder names' : ''}${example}.${isId ? ' Change it in issue.yaml and give the issue folder the same name.' : ''}`
    );
  }
  if (dotted === 'date') {
    if (problem.code === 'custom' && typeof value === 'string') {
      return `${label} ${shown} is not on the calendar (${whyNotADate(value)}). Check the date printed on the page and correct it.`;
    }
    return `${label} ${shown} is not an ISO date. Write it as YYYY-MM-DD (e.g. 2025-04-11), or YYYY-MM / YYYY when the day is unknown.`;
  }
  if (dotted === 'publication.region') {
    return `${label} ${shown} is not a place code. Write the 6-digit GB/T 2260 code of the place the paper is published in, in quotes (e.g. \`region: "371500"\` for 聊城市), or leave the line out.`;
  }
  if (dotted === 'publication.sponsor') {
    return `${label} ${shown} is not a sponsor. Write the body the masthead names as 主办 (e.g. \`sponsor: 中共聊城市委\`), or leave the line out.`;
  }
  if (dotted === 'publication.cn') {
    return `${label} ${shown} is not a CN number. Write the 国内统一连续出版物号 as the masthead prints it, CN with the 2-digit region and the 4-digit serial (e.g. \`cn: CN 37-0024\`), or leave the line out.`;
  }
  if (dotted === 'publication.issn') {
    if (problem.code === 'custom' && typeof value === 'string') {
      return `${label} ${shown} has a wrong check digit: the last character does not fit the first seven digits, so one of them is mistyped. Check it against the masthead or the library record, or leave the line out.`;
    }
    return `${label} ${shown} is not an ISSN. Write it as printed, four digits, a hyphen and four more (the last may be X), in quotes if YAML reads it as a number (e.g. \`issn: "1002-9419"\`), or leave the line out.`;
  }
  if (dotted === 'publication.name') {
    return `${label} ${shown} is not a paper name. Write the name as printed (e.g. \`name: 聊城日报\`), or \`name: null\` when the page does not name the paper.`;
  }
  if (dotted === 'pages') {
    return Array.isArray(value)
      ? `${label} is empty. List at least one page under \`pages:\`, e.g. \`- number: 1\` with \`file: p01.txt\`.`
      : `${label} must be a list with one entry per page, each line starting with \`- \` (e.g. \`- number: 1\` with \`file: p01.txt\`).`;
  }
  if (path[0] === 'pages' && typeof path[1] === 'number') {
    if (path.length === 2) return `${label} must be a page with \`number:\` and \`file:\` (e.g. \`- number: 1\` with \`file: p01.txt\`).`;
    if (key === 'number') {
      return `${label} is ${shown}; a page number is a whole number from 1: the 第N版 printed on the page, or the page's position among the pages when no number is printed.`;
    }
    if (key === 'file') {
      return `${label} ${shown} is not a plain file name. Give the name of a .txt file in the same folder as issue.yaml, using letters, digits, - and _ only (e.g. \`file: p01.txt\`).`;
    }
    if (key === 'name') return `${label} ${shown} is not a page name. Write the name as printed (e.g. \`name: 头版\`), or \`name: null\`.`;
    if (key === 'numberPrinted') return `${label} is ${shown}; write \`true\` when the page shows its number, \`false\` when it does not.`;
  }
  if (path[0] === 'overrides' && typeof path[1] === 'number') {
    const described = describeOverrideProblem(label, path, shown);
    if (described) return described;
  }
  if (dotted === 'provenance') {
    return `${label} must be a list of lines of text, each starting with \`- \` and saying what the metadata rests on.`;
  }
  return `${label}: ${problem.message}. Compare with the example in CONTRIBUTING.md.`;
}

/** The sentence for a wrong value in an override, or null to fall back to the general one. */
function describeOverrideProblem(label: string, path: readonly PropertyKey[], shown: string): string | null {
  if (path.length === 2) return `${label} must be a set of fields under \`- \`, starting with \`file: p01.txt\` and \`line: 5\` (see "Overrides" in CONTRIBUTING.md).`;
  const field = String(path[2]);
  if (field === 'file') return `${label} ${shown} is not a page file name. Give the page file as listed under \`pages:\`, e.g. \`file: p01.txt\`.`;
  if (field === 'line' || field === 'continuedOn') return `${label} is ${shown}; ${NUMBER_ADVICE[field]}.`;
  if (field === 'type') return `${label} ${shown} is not a kind of item. Write one of \`${articleTypes.join('`, `')}\`.`;
  if (field === 'authors' || field === 'regions') {
    const example = field === 'regions' ? 'regions: ["371525"]' : 'authors: [朱海波, 李明]';
    return `${fieldLabel(path.slice(0, 3))} must be a list of texts in square brackets, e.g. \`${example}\`${field === 'regions' ? ' (codes in quotes)' : ''}.`;
  }
  if (OVERRIDE_FIELDS.includes(field)) {
    return `${label} is ${shown}, which is not text. Write the text as printed (in quotes if YAML could read it as something else), or \`null\` to clear the field.`;
  }
  return null;
}

/** The known field a misspelt one most likely meant (same letters ignoring case, or at most two edits away), or undefined. */
export function closestField(known: readonly string[], key: string): string | undefined {
  return known.find((name) => name.toLowerCase() === key.toLowerCase()) ?? known.find((name) => editDistance(name, key) <= 2);
}

/** Levenshtein distance, ignoring case. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1].toLowerCase() === b[j - 1].toLowerCase() ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
}

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
