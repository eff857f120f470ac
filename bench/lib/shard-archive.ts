import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';

/**
 * Splits an archive's issue folders into one content folder per shard key
 * (the issue's year, or its paper's slug), copying them: ingest lists real
 * directories only. Returns shard key → content folder, sorted by key.
 */
export function shardArchive(content: string, out: string, by: 'year' | 'paper'): Map<string, string> {
  const issuesDir = path.join(content, 'issues');
  const shards = new Map<string, string>();
  fs.rmSync(out, { recursive: true, force: true });
  for (const id of fs.readdirSync(issuesDir).sort()) {
    const manifest = YAML.parse(fs.readFileSync(path.join(issuesDir, id, 'issue.yaml'), 'utf8'));
    const key = by === 'year' ? `y${String(manifest.date).slice(0, 4)}` : manifest.publication.slug;
    const shardContent = path.join(out, key, 'content');
    fs.cpSync(path.join(issuesDir, id), path.join(shardContent, 'issues', id), { recursive: true });
    shards.set(key, shardContent);
  }
  return new Map([...shards].sort(([a], [b]) => a.localeCompare(b)));
}

/** A hub page for the one CDN path: links every shard's home, calendar and issues from their own api/issues.json. */
export function writeHub(site: string, keys: string[]): void {
  const sections = keys.map((key) => {
    const issuesJson = path.join(site, key, 'api', 'issues.json');
    const issues: Array<{ id: string; date: string }> = fs.existsSync(issuesJson)
      ? asList(JSON.parse(fs.readFileSync(issuesJson, 'utf8')))
      : [];
    const items = issues.map((issue) => `<li><a href="/${key}/issues/${issue.id}/">${issue.date} ${issue.id}</a></li>`).join('');
    return `<section><h2><a href="/${key}/">${key}</a> (${issues.length})</h2><ul>${items}</ul></section>`;
  });
  fs.writeFileSync(
    path.join(site, 'index.html'),
    `<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><title>报纸档案 · 分片</title></head><body><h1>报纸档案</h1>${sections.join('')}</body></html>\n`,
  );
}

function asList(json: unknown): Array<{ id: string; date: string }> {
  if (Array.isArray(json)) return json;
  const record = json as { issues?: Array<{ id: string; date: string }> };
  return record.issues ?? [];
}
