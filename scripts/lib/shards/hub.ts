import fs from 'node:fs';
import path from 'node:path';
import type { ShardPlan } from '../../../src/schemas/shards.ts';
import { RefusedInput } from './refused.ts';

/** What the hub lists of a shard's issue, read from the shard's own api/issues.json. */
interface HubIssue {
  id: string;
  date: string;
  publication: { name: string | null };
  url: string;
}

/**
 * The page at the root of a sharded deployment: every shard, newest first, with
 * its issues, each linked into its shard; and the search page of the newest shard,
 * which searches every shard (docs/scaling.md). Read from each built shard's
 * api/issues.json under `site`, so the hub lists what was deployed.
 */
export function hubPage(site: string, plan: ShardPlan, base: string): string {
  const shards = [...plan.shards].reverse();
  const sections = shards.map((shard) => {
    const folder = path.join(site, shard.base.slice(base.length));
    const file = path.join(folder, 'api', 'issues.json');
    if (!fs.existsSync(file))
      throw new RefusedInput(`shard ${shard.key} is not built under ${folder} (no api/issues.json): build every shard before the hub.`);
    const { issues } = JSON.parse(fs.readFileSync(file, 'utf8')) as { issues: HubIssue[] };
    const items = issues
      .map(
        (issue) =>
          `<li><a href="${escapeHtml(new URL(issue.url).pathname)}">${escapeHtml(`${issue.date} ${issue.publication.name ?? '报名不详'}`)}</a></li>`,
      )
      .join('');
    return `<section><h2><a href="${escapeHtml(shard.base)}">${escapeHtml(shard.key)}</a>（${issues.length} 期）</h2><ul>${items}</ul></section>`;
  });
  const search = `${shards[0].base}search/`;
  return `<!doctype html>
<html lang="zh-Hans"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>报纸数字档案</title></head>
<body><h1>报纸数字档案</h1><p><a href="${escapeHtml(search)}">检索全部年份</a></p>${sections.join('')}</body></html>
`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}
