// The CI workflows are YAML that GitHub reads only after a push; this test
// reads them first, with the yaml package, and checks every step the
// maintainers' documentation (docs/maintainers.md, docs/deploy.md) relies on.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseDocument } from 'yaml';
import { ROOT } from './support.ts';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
  id?: string;
}
interface Job {
  'runs-on': string;
  permissions?: Record<string, string>;
  container?: string;
  needs?: string | string[];
  steps: Step[];
  environment?: { name: string };
}
interface Workflow {
  name: string;
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

const read = (name: string) => fs.readFileSync(path.join(ROOT, '.github', 'workflows', name), 'utf8');
/** Commits the actions are pinned to, with the release tag each was read from (see docs/maintainers.md, "Pinned actions"). */
const PINNED: Record<string, string> = {
  'actions/checkout@11d5960a326750d5838078e36cf38b85af677262': 'v4.4.0',
  'actions/upload-artifact@ea165f8d65b6e75b540449e92b4886f43607fa02': 'v4.6.2',
  'actions/configure-pages@983d7736d9b0ae728b81ab479565c72886d7745b': 'v5.0.0',
  'actions/upload-pages-artifact@56afc609e74202658d3ffba0e8f6dda462b719fa': 'v3.0.1',
  'actions/deploy-pages@d6db90164ac5ed86f2b6aed7e0febac5b3c0c03e': 'v4.0.5',
};

/** Parses a workflow strictly: a YAML error or warning fails the test. */
function load(name: string): Workflow {
  const doc = parseDocument(read(name), { uniqueKeys: true });
  expect(doc.errors.map((error) => error.message)).toEqual([]);
  expect(doc.warnings.map((warning) => warning.message)).toEqual([]);
  return doc.toJS() as Workflow;
}

const scripts = Object.keys(JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts);
const runs = (job: Job) => job.steps.map((step) => step.run ?? '').join('\n');
/** Index of the first step whose `run` matches, or -1. */
const stepIndex = (job: Job, pattern: RegExp) => job.steps.findIndex((step) => pattern.test(step.run ?? ''));

describe.each(fs.readdirSync(path.join(ROOT, '.github', 'workflows')).filter((name) => /\.ya?ml$/.test(name)))('%s', (name) => {
  test('is valid YAML with a name, triggers and jobs whose steps each do one thing', () => {
    const workflow = load(name);
    expect(workflow.name).toBeTruthy();
    expect(Object.keys(workflow.on).length).toBeGreaterThan(0);
    for (const [id, job] of Object.entries(workflow.jobs)) {
      expect(job['runs-on'], id).toBeTruthy();
      for (const step of job.steps) {
        expect(step.name, `${id}: every step is named for the log`).toBeTruthy();
        expect(Boolean(step.uses) !== Boolean(step.run), `${id}/${step.name}: uses or run`).toBe(true);
        if (step.uses) expect(step.uses, 'actions are pinned to a full commit SHA').toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
      }
      // Every `npm run X` names a script that exists.
      for (const [, script] of runs(job).matchAll(/npm run (?:-s )?([\w:-]+)/g))
        expect(scripts, `${id}: npm run ${script}`).toContain(script);
      // Node 24 comes from the project's pin, not from a setup action with another version.
      expect(
        job.steps.some((step) => step.uses?.startsWith('actions/setup-node')),
        id,
      ).toBe(false);
    }
  });

  test('every action is pinned to a commit SHA, with the release tag it was read from in a comment', () => {
    const lines = read(name)
      .split('\n')
      .filter((line) => /^\s*(?:- )?uses:/.test(line));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      const [, action, tag] = /uses: (\S+) # (v\d+\.\d+\.\d+)$/.exec(line) ?? [];
      expect(action, `${line.trim()}: pinned as uses: owner/name@<sha> # vX.Y.Z`).toBeDefined();
      // Only the commits checked against their tags (a new action or a new pin is added to PINNED on purpose).
      expect(PINNED[action], `${action} is a known pin`).toBe(tag);
    }
  });

  test('least privilege: no token permission by default, each job only what it needs, no credentials left behind', () => {
    const workflow = load(name);
    expect(workflow.permissions, 'the default token permission is none').toEqual({});
    expect(workflow.on).not.toHaveProperty('pull_request_target');
    for (const [id, job] of Object.entries(workflow.jobs)) {
      expect(job.permissions, `${id} declares its permissions`).toBeDefined();
      for (const step of job.steps) {
        if (step.uses?.startsWith('actions/checkout@')) {
          expect(step.with?.['persist-credentials'], `${id}/${step.name}: the token is not left in .git/config`).toBe(false);
        }
        // Expressions go to a run script through env, never pasted into the script (script injection).
        expect(step.run ?? '', `${id}/${step.name}`).not.toContain('${{');
      }
      // A job that runs the repository's code (a checkout, a run step) can write nothing and mint no OIDC token.
      const runsCode = job.steps.some((step) => step.run || step.uses?.startsWith('actions/checkout@'));
      const writes = Object.entries(job.permissions ?? {})
        .filter(([, level]) => level === 'write')
        .map(([scope]) => scope);
      if (runsCode) expect(writes, `${id} runs repository code`).toEqual([]);
    }
  });
});

test('pr.yml: on a pull request, installs, checks the issues, builds, tests with Chromium, uploads dist', () => {
  const workflow = load('pr.yml');
  expect(workflow.on).toHaveProperty('pull_request');
  const job = workflow.jobs.check;
  expect(job.permissions).toEqual({ contents: 'read' });
  expect(job.container).toMatch(/^debian:/);
  const order = [/apt-get install .*\bchromium\b/, /^npm install --no-audit/, /^npm run ingest$/, /^npm run build$/, /^npm test$/].map(
    (pattern) => stepIndex(job, pattern),
  );
  expect(
    order.every((index) => index >= 0),
    `steps found at ${order}`,
  ).toBe(true);
  expect([...order].sort((a, b) => a - b)).toEqual(order);
  const checkout = job.steps.findIndex((step) => step.uses?.startsWith('actions/checkout@'));
  expect(checkout).toBeGreaterThan(order[0]);
  expect(checkout).toBeLessThan(order[1]);
  const upload = job.steps.find((step) => step.uses?.startsWith('actions/upload-artifact@'));
  expect(upload?.with?.path).toBe('dist');
  expect(job.steps.indexOf(upload!)).toBeGreaterThan(order[4]);
});

test('deploy-pages.yml: builds under the Pages sub-path and deploys with the Pages actions', () => {
  const workflow = load('deploy-pages.yml');
  expect(workflow.on).toHaveProperty('push');
  const { build, deploy } = workflow.jobs;
  // Publishing rights only where nothing of the repository runs: the deploy job.
  expect(build.permissions).toEqual({ contents: 'read', pages: 'read' });
  expect(deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
  expect(deploy.steps.every((step) => step.uses && !step.uses.startsWith('actions/checkout@'))).toBe(true);
  const configure = build.steps.find((step) => step.uses?.startsWith('actions/configure-pages@'));
  expect(configure?.id).toBe('pages');
  const buildStep = build.steps.find((step) => step.run === 'npm run build');
  expect(buildStep?.env).toEqual({
    BASE_PATH: '${{ steps.pages.outputs.base_path }}/',
    SITE_URL: '${{ steps.pages.outputs.origin }}',
  });
  expect(build.steps.find((step) => step.uses?.startsWith('actions/upload-pages-artifact@'))?.with?.path).toBe('dist');
  expect(deploy.needs).toBe('build');
  expect(deploy.environment?.name).toBe('github-pages');
  expect(deploy.steps.some((step) => step.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
});
