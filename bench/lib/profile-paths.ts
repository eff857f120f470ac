/**
 * Names the source files of a V8 CPU profile as paths inside the project
 * (`scripts/lib/parse/parse-page.ts`), whichever checkout or machine recorded it:
 * the checkout's root is read off the profile itself, as the folder that holds the
 * `node_modules/` most of its library frames come from.
 */
import { fileURLToPath } from 'node:url';

/** What a profile frame's file is: the project's own, a library's, or Node's. */
export type ProfilePath = { kind: 'project'; path: string } | { kind: 'library'; path: string } | { kind: 'native'; path: string };

function filePath(url: string): string | null {
  if (url.startsWith('file://')) return fileURLToPath(url);
  return url.startsWith('/') ? url : null;
}

/** The checkout root of the profile's frames: the most common folder above a `node_modules/`. */
export function findCheckoutRoot(urls: Iterable<string>): string | null {
  const counts = new Map<string, number>();
  for (const url of urls) {
    const file = filePath(url);
    const at = file?.indexOf('/node_modules/') ?? -1;
    if (file && at > 0) counts.set(file.slice(0, at), (counts.get(file.slice(0, at)) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/**
 * A frame's file relative to `root` (a commit benchmarked by `npm run bench -- --tree`
 * runs from `.bench/tree/` under it, which is dropped too); libraries as `nm:<package path>`.
 */
export function profilePath(url: string, root: string | null): ProfilePath {
  const file = filePath(url);
  if (file === null) return { kind: 'native', path: url || '(native)' };
  const library = file.lastIndexOf('/node_modules/');
  if (library >= 0) return { kind: 'library', path: `nm:${file.slice(library + '/node_modules/'.length)}` };
  if (root !== null && file.startsWith(`${root}/`))
    return { kind: 'project', path: file.slice(root.length + 1).replace(/^\.bench\/tree\//, '') };
  return { kind: 'library', path: file };
}
