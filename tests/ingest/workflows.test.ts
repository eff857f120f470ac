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

/** Parses a workflow strictly: a YAML error or warning fails the test. */
function load(name: string): Workflow {
  const doc = parseDocument(fs.readFileSync(path.join(ROOT, '.github', 'workflows', name), 'utf8'), { uniqueKeys: true });
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
        if (step.uses) expect(step.uses, 'actions are pinned to a major version').toMatch(/^[\w.-]+\/[\w.-]+@v\d+$/);
      }
      // Every `npm run X` names a script that exists.
      for (const [, script] of runs(job).matchAll(/npm run (?:-s )?([\w:-]+)/g)) expect(scripts, `${id}: npm run ${script}`).toContain(script);
      // Node 24 comes from the project's pin, not from a setup action with another version.
      expect(job.steps.some((step) => step.uses?.startsWith('actions/setup-node')), id).toBe(false);
    }
  });
});

test('pr.yml: on a pull request, installs, checks the issues, builds, tests with Chromium, uploads dist', () => {
  const workflow = load('pr.yml');
  expect(workflow.on).toHaveProperty('pull_request');
  expect(workflow.permissions).toEqual({ contents: 'read' });
  const job = workflow.jobs.check;
  expect(job.container).toMatch(/^debian:/);
  const order = [/apt-get install .*\bchromium\b/, /^npm install --no-audit/, /^npm run ingest$/, /^npm run build$/, /^npm test$/].map((pattern) =>
    stepIndex(job, pattern),
  );
  expect(order.every((index) => index >= 0), `steps found at ${order}`).toBe(true);
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
  expect(workflow.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
  const { build, deploy } = workflow.jobs;
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
