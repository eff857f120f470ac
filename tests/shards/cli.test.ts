import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { shardPlanSchema } from '../../src/schemas/shards.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const ISSUES = path.join(ROOT, 'src', 'content', 'issues');

/** Runs `npm run shards`'s script as a deployer or CI job would. */
function shards(args: string[]) {
  return spawnSync(process.execPath, ['scripts/shards.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
}

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'shards-'));

describe('npm run shards', () => {
  test('plan cuts the bundled issues by year into shards.json; content copies one shard; hub links every shard', () => {
    const dir = tmp();
    const planFile = path.join(dir, 'shards.json');
    const plan = shards(['plan', '--issues', ISSUES, '--base', '/archive/', '--out', planFile]);
    expect(plan.status, plan.stderr).toBe(0);
    const written = shardPlanSchema.parse(JSON.parse(fs.readFileSync(planFile, 'utf8')));
    const ids = fs.readdirSync(ISSUES).sort();
    expect(written.shards.flatMap((s) => s.issues).sort()).toEqual(ids);
    expect(written.shards.map((s) => s.key)).toEqual(['y2022-1', 'y2023-1', 'y2025-1']);
    expect(written.shards.every((s) => s.base === `/archive/${s.key}/`)).toBe(true);
    expect(plan.stdout).toContain(`wrote ${planFile}: 3 shards of at most 16 MB of page text`);

    const content = path.join(dir, 'content');
    const copied = shards(['content', 'y2023-1', '--plan', planFile, '--issues', ISSUES, '--out', content]);
    expect(copied.status, copied.stderr).toBe(0);
    expect(fs.readdirSync(path.join(content, 'issues')).sort()).toEqual(written.shards[1].issues.sort());
    const issue = written.shards[1].issues[0];
    expect(fs.readFileSync(path.join(content, 'issues', issue, 'issue.yaml'))).toEqual(
      fs.readFileSync(path.join(ISSUES, issue, 'issue.yaml')),
    );

    // The hub reads each built shard's api/issues.json; here, one issue per shard.
    const site = path.join(dir, 'site');
    for (const shard of written.shards) {
      fs.mkdirSync(path.join(site, shard.key, 'api'), { recursive: true });
      const issues = [
        {
          id: shard.issues[0],
          date: '2023-07',
          publication: { name: null },
          url: `https://example.org${shard.base}issues/${shard.issues[0]}/`,
        },
      ];
      fs.writeFileSync(path.join(site, shard.key, 'api', 'issues.json'), JSON.stringify({ count: 1, issues }));
    }
    const hub = shards(['hub', '--plan', planFile, '--site', site]);
    expect(hub.status, hub.stderr).toBe(0);
    const html = fs.readFileSync(path.join(site, 'index.html'), 'utf8');
    for (const shard of written.shards) {
      expect(html).toContain(`<a href="${shard.base}">${shard.key}</a>`);
      expect(html).toContain(`<a href="${shard.base}issues/${shard.issues[0]}/">2023-07 报名不详</a>`);
    }
    // The newest shard's search page searches them all.
    expect(html).toContain('<a href="/archive/y2025-1/search/">检索全部年份</a>');
  }, 60_000);

  test('refused input exits 1 with one sentence; a wrong command line exits 2 with the usage', () => {
    const dir = tmp();
    const tooSmall = shards(['plan', '--issues', ISSUES, '--budget-mb', '1', '--out', path.join(dir, 'p.json')]);
    // The bundled pages are all far below 1 MB: the plan is written.
    expect(tooSmall.status).toBe(0);
    const missing = shards(['content', 'y2023-1', '--plan', path.join(dir, 'nope.json'), '--out', dir]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain(`shards: no shard plan at ${path.join(dir, 'nope.json')}`);
    fs.writeFileSync(path.join(dir, 'bad.json'), '{"budgetBytes": 5, "shards": []}');
    const bad = shards(['hub', '--plan', path.join(dir, 'bad.json'), '--site', dir]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/is not a shard plan/);
    const unbuilt = shards(['hub', '--plan', path.join(dir, 'p.json'), '--site', dir]);
    expect(unbuilt.status).toBe(1);
    expect(unbuilt.stderr).toContain('is not built under');
    const noIssues = shards(['plan', '--issues', path.join(dir, 'none')]);
    expect(noIssues.status).toBe(1);
    expect(noIssues.stderr).toContain('no issues folder at');
    const unknownShard = shards(['content', 'y1999-1', '--plan', path.join(dir, 'p.json'), '--out', dir]);
    expect(unknownShard.status).toBe(2);
    expect(unknownShard.stderr).toContain("no shard 'y1999-1'");
    for (const args of [[], ['bogus'], ['plan', '--budget-mb', '0'], ['plan', '--base', 'archive'], ['content', 'y2023-1'], ['hub']]) {
      const run = shards(args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr).toContain('usage: npm run shards --');
    }
  }, 60_000);
});
