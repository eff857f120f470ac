import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  copyShardContent,
  runShardsCommand,
  writeHub,
  writePlan,
  WrongCommandLine,
  type ShardFlags,
} from '../../scripts/lib/shards/actions.ts';
import { RefusedInput } from '../../scripts/lib/shards/refused.ts';
import { shardPlanSchema } from '../../src/schemas/shards.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const ISSUES = path.join(ROOT, 'src', 'content', 'issues');
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'shards-'));

describe('npm run shards: plan, content, hub', () => {
  test('plan cuts the bundled issues by year into shards.json; content copies one shard; hub links every shard', () => {
    const dir = tmp();
    const planFile = path.join(dir, 'shards.json');
    const printed = writePlan(ISSUES, 16, '/archive/', planFile);
    const written = shardPlanSchema.parse(JSON.parse(fs.readFileSync(planFile, 'utf8')));
    expect(written.shards.flatMap((s) => s.issues).sort()).toEqual(fs.readdirSync(ISSUES).sort());
    expect(written.shards.map((s) => s.key)).toEqual(['y2022-1', 'y2023-1', 'y2025-1']);
    expect(written.shards.every((s) => s.base === `/archive/${s.key}/`)).toBe(true);
    expect(printed.at(-1)).toBe(`wrote ${planFile}: 3 shards of at most 16 MB of page text`);
    expect(printed[0]).toMatch(/^y2022-1\t1 issues\t0\.0 MB\t\/archive\/y2022-1\/$/);

    const content = path.join(dir, 'content');
    fs.mkdirSync(path.join(content, 'issues', 'left-over'), { recursive: true });
    expect(copyShardContent(planFile, 'y2023-1', ISSUES, content)).toEqual([
      `y2023-1: 3 issues in ${path.join(content, 'issues')}; build it with BASE_PATH=/archive/y2023-1/`,
    ]);
    // Exactly the shard's issues: what an earlier copy left there is gone.
    expect(fs.readdirSync(path.join(content, 'issues')).sort()).toEqual([...written.shards[1].issues].sort());
    const issue = written.shards[1].issues[0];
    expect(fs.readFileSync(path.join(content, 'issues', issue, 'issue.yaml'))).toEqual(
      fs.readFileSync(path.join(ISSUES, issue, 'issue.yaml')),
    );
    expect(() => copyShardContent(planFile, 'y1999-1', ISSUES, content)).toThrow("no shard 'y1999-1' in");

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
    expect(writeHub(planFile, site)).toEqual([`wrote ${path.join(site, 'index.html')}: 3 shards`]);
    const html = fs.readFileSync(path.join(site, 'index.html'), 'utf8');
    for (const shard of written.shards) {
      expect(html).toContain(`<a href="${shard.base}">${shard.key}</a>（1 期）`);
      expect(html).toContain(`<a href="${shard.base}issues/${shard.issues[0]}/">2023-07 报名不详</a>`);
    }
    // Newest first, and the newest shard's search page searches them all.
    expect(html.indexOf('y2025-1')).toBeLessThan(html.indexOf('y2022-1'));
    expect(html).toContain('<a href="/archive/y2025-1/search/">检索全部年份</a>');
  });

  test('refused input says what to do: no issues, a missing or broken plan, an unbuilt shard, a manifest ingest would refuse', () => {
    const dir = tmp();
    expect(() => writePlan(path.join(dir, 'none'), 16, '/', path.join(dir, 'p.json'))).toThrow(
      /^no issues folder at .*\(pass --issues DIR\)\.$/,
    );
    fs.mkdirSync(path.join(dir, 'empty'));
    expect(() => writePlan(path.join(dir, 'empty'), 16, '/', path.join(dir, 'p.json'))).toThrow(
      `no issue folders in ${path.join(dir, 'empty')}.`,
    );
    expect(() => writeHub(path.join(dir, 'nope.json'), dir)).toThrow(`no shard plan at ${path.join(dir, 'nope.json')}`);
    fs.writeFileSync(path.join(dir, 'text.json'), 'not json');
    expect(() => writeHub(path.join(dir, 'text.json'), dir)).toThrow(/is not JSON/);
    fs.writeFileSync(path.join(dir, 'bad.json'), '{"budgetBytes": 5, "shards": []}');
    expect(() => writeHub(path.join(dir, 'bad.json'), dir)).toThrow(/is not a shard plan \(shards: /);
    writePlan(ISSUES, 16, '/', path.join(dir, 'p.json'));
    expect(() => writeHub(path.join(dir, 'p.json'), dir)).toThrow(
      /^shard y2025-1 is not built under .*: build every shard before the hub\.$/,
    );

    const issues = path.join(dir, 'issues');
    fs.cpSync(path.join(ISSUES, 'liaocheng-ribao-2025-04-11'), path.join(issues, 'liaocheng-ribao-2025-04-11'), { recursive: true });
    fs.rmSync(path.join(issues, 'liaocheng-ribao-2025-04-11', 'p01.txt'));
    expect(() => writePlan(issues, 16, '/', path.join(dir, 'q.json'))).toThrow(RefusedInput);
    expect(() => writePlan(issues, 16, '/', path.join(dir, 'q.json'))).toThrow(/lists p01\.txt, which is not in/);
    fs.writeFileSync(path.join(issues, 'liaocheng-ribao-2025-04-11', 'issue.yaml'), 'id: x\n');
    expect(() => writePlan(issues, 16, '/', path.join(dir, 'q.json'))).toThrow(
      /issue\.yaml: .*\(run npm run ingest for the full report\)$/,
    );
    fs.rmSync(path.join(issues, 'liaocheng-ribao-2025-04-11', 'issue.yaml'));
    expect(() => writePlan(issues, 16, '/', path.join(dir, 'q.json'))).toThrow(/has no issue\.yaml/);
  });

  test('the command line: each action and what it cannot run', () => {
    const dir = tmp();
    const flags: ShardFlags = {
      issues: ISSUES,
      'budget-mb': '16',
      base: '/',
      plan: path.join(dir, 'p.json'),
      out: path.join(dir, 'p.json'),
    };
    expect(runShardsCommand(['plan'], flags).at(-1)).toBe(`wrote ${flags.plan}: 3 shards of at most 16 MB of page text`);
    expect(runShardsCommand(['content', 'y2025-1'], { ...flags, out: path.join(dir, 'c') })[0]).toMatch(/^y2025-1: 1 issues in /);
    const wrong: Array<[string[], Partial<ShardFlags>, string]> = [
      [[], {}, 'say what to do: plan, content or hub.'],
      [['bogus'], {}, "unknown action 'bogus'."],
      [['plan', 'y2023-1'], {}, "plan takes no shard key (got 'y2023-1')."],
      [['plan'], { 'budget-mb': '0' }, "--budget-mb takes a whole number of megabytes of at least 1 (e.g. --budget-mb 16), not '0'."],
      [['plan'], { 'budget-mb': '1.5' }, "--budget-mb takes a whole number of megabytes of at least 1 (e.g. --budget-mb 16), not '1.5'."],
      [['plan'], { base: 'archive' }, "--base must start and end with '/', e.g. / or /archive/ (got 'archive')."],
      [['content'], {}, 'content needs the key of a shard, e.g. npm run shards -- content y2024-1 --out shard'],
      [['content', 'y2023-1'], { out: undefined }, 'content needs --out DIR (the content folder to write).'],
      [['hub'], {}, 'hub needs --site DIR (the folder holding every built shard).'],
      [['hub', 'x', 'y'], {}, "unexpected argument 'y'."],
    ];
    for (const [args, changed, message] of wrong) {
      expect(() => runShardsCommand(args, { ...flags, ...changed }), args.join(' ')).toThrow(WrongCommandLine);
      expect(() => runShardsCommand(args, { ...flags, ...changed }), args.join(' ')).toThrow(message);
    }
  });
});
