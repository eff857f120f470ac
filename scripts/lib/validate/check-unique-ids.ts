import type { LoadedIssue } from '../ingest/load-issue.ts';
import { fail } from './messages.ts';

/**
 * Refuses issue ids used by more than one manifest in the archive; each
 * manifest involved gets a message naming the others. Returns the ids refused.
 */
export function checkUniqueIds(manifests: readonly LoadedIssue[]): Set<string> {
  const byId = new Map<string, LoadedIssue[]>();
  for (const loaded of manifests) {
    if (!loaded.issue) continue;
    byId.set(loaded.issue.id, [...(byId.get(loaded.issue.id) ?? []), loaded]);
  }
  const refused = new Set<string>();
  for (const [id, owners] of byId) {
    if (owners.length < 2) continue;
    refused.add(id);
    for (const owner of owners) {
      const others = owners.filter((other) => other !== owner).map((other) => other.file.path);
      fail(
        owner.file,
        `\`id\` "${id}" is also the id of ${others.join(' and ')}. Every issue needs its own id: give this one a different id (e.g. add -a, -b for two issues of the same day) and name its folder the same.`,
        'issue-id-duplicate',
        owner.placeOf(['id']),
      );
    }
  }
  return refused;
}
