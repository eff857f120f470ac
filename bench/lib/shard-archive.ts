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
