import type { Issue } from '../../../src/schemas/issue.ts';
import type { LoadedIssue } from './load-manifest.ts';

/** A manifest's claim to an id: what the check reads of a loaded manifest (ingest also passes folders it did not need to read again). */
export type IdClaim = Pick<LoadedIssue, 'file' | 'placeOf'> & { issue: Pick<Issue, 'id'> | null };
import { fail } from './messages.ts';

/**
 * Refuses issue ids claimed by more than one manifest in the archive. The
 * manifest whose folder bears the id owns it and is left alone (the usual
 * mistake is a copied folder whose id was not changed); when no folder bears
 * it, every claimant is refused. Each refused manifest is told who else has the id.
 */
export function checkUniqueIds(manifests: ReadonlyMap<string, IdClaim>): void {
  const byId = new Map<string, string[]>();
  for (const [folder, loaded] of manifests) {
    if (loaded.issue) byId.set(loaded.issue.id, [...(byId.get(loaded.issue.id) ?? []), folder]);
  }
  for (const [id, folders] of byId) {
    if (folders.length < 2) continue;
    const owner = folders.find((folder) => folder === id);
    for (const folder of folders) {
      if (folder === owner) continue;
      const loaded = manifests.get(folder)!;
      const others = folders.filter((other) => other !== folder).map((other) => `the issue in folder "${other}"`);
      fail(
        loaded.file,
        `\`id\` "${id}" is already the id of ${others.join(' and ')}. Every issue needs its own id: change it to "${folder}", the name of this folder (or rename both).`,
        'issue-id-duplicate',
        loaded.placeOf(['id']),
      );
    }
  }
}
