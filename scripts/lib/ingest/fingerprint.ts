import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

// Everything whose change can change generated output: the pipeline's code,
// the schemas it validates with, the region data it tags with, and the exact
// versions of the packages it uses (an upgraded serializer or division
// dataset must redo every issue too).
const PIPELINE_SOURCES = ['scripts/lib', 'src/schemas', 'src/data', 'package-lock.json'];

/** A digest of the pipeline itself, so that a parser change re-ingests every issue. */
export function pipelineFingerprint(root: string): string {
  const hash = crypto.createHash('sha256');
  for (const dir of PIPELINE_SOURCES) {
    for (const file of listFiles(path.join(root, dir))) {
      hash.update(path.relative(root, file)).update('\0').update(fs.readFileSync(file)).update('\0');
    }
  }
  return hash.digest('hex');
}

/** The digest of one issue's inputs under a given pipeline fingerprint. */
export function issueDigest(fingerprint: string, inputs: Array<[name: string, bytes: Buffer]>): string {
  const hash = crypto.createHash('sha256').update(fingerprint);
  for (const [name, bytes] of inputs) hash.update('\0').update(name).update('\0').update(bytes);
  return hash.digest('hex');
}

function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  if (fs.statSync(dir).isFile()) return [dir];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}
