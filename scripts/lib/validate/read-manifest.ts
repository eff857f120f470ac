import path from 'node:path';
import { VFile } from 'vfile';
import { loadIssue, type LoadedIssue } from './load-manifest.ts';
import { fail } from './messages.ts';
import { describeKind, readRegularFile } from './read-regular-file.ts';

// A manifest is a few hundred bytes; one far larger is a mistake (or an attempt to stall YAML parsing).
const MAX_MANIFEST_BYTES = 1024 * 1024;

/** The manifest of one issue folder: loaded (with its bytes, for the incremental digest), or refused with the file that says why. */
export type ManifestRead = { loaded: LoadedIssue; bytes: Buffer } | { refused: VFile };

/**
 * Reads `<dir>/issue.yaml` as ingest may: an ordinary file (never a link), of a sane size,
 * then loads it. `display` turns an absolute path into the one reports show.
 */
export function readManifest(dir: string, display: (file: string) => string): ManifestRead {
  const manifestPath = path.join(dir, 'issue.yaml');
  const read = readRegularFile(manifestPath, { maxBytes: MAX_MANIFEST_BYTES });
  if (read.kind === 'missing') {
    const file = new VFile({ path: display(dir) });
    fail(
      file,
      'This issue folder has no issue.yaml. Add one (`npm run new-issue` writes it; see CONTRIBUTING.md) or remove the folder.',
      'manifest-missing',
    );
    return { refused: file };
  }
  if (read.kind === 'too-large') {
    const file = new VFile({ path: display(manifestPath) });
    fail(
      file,
      `issue.yaml is ${read.size} bytes; a manifest is a few hundred. Keep only the issue's fields in it (see CONTRIBUTING.md).`,
      'manifest-too-large',
    );
    return { refused: file };
  }
  if (read.kind !== 'file') {
    const file = new VFile({ path: display(manifestPath) });
    fail(
      file,
      `issue.yaml is ${describeKind(read.kind)}. The manifest must be an ordinary file inside the issue folder${read.kind === 'symlink' ? ' (the archive never follows links: a link can publish files from outside the repository)' : ''}: put the file itself there.`,
      'manifest-symlink',
    );
    return { refused: file };
  }
  return { loaded: loadIssue(read.bytes, display(manifestPath)), bytes: read.bytes };
}
