import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Runs the benchmark in a clean export of a commit (others' half-edited files
 * in the shared checkout must not be measured), with this checkout's bench/
 * copied over it (and optionally an overlay folder of changed files) and
 * node_modules linked; copies the results back.
 */
export function runInSnapshot(root: string, rev: string, args: string[], overlay?: string): number {
  const tree = path.join(root, '.bench', 'tree');
  fs.rmSync(tree, { recursive: true, force: true });
  fs.mkdirSync(tree, { recursive: true });
  const commit = execFileSync('git', ['rev-parse', rev], { cwd: root, encoding: 'utf8' }).trim();
  execFileSync('sh', ['-c', `git archive ${commit} | tar -x -C "${tree}"`], { cwd: root });
  fs.cpSync(path.join(root, 'bench'), path.join(tree, 'bench'), { recursive: true });
  // A variant under test (e.g. a changed content.config.ts) laid over the commit.
  if (overlay) fs.cpSync(path.resolve(root, overlay), tree, { recursive: true });
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(tree, 'node_modules'));
  console.log(`benchmarking commit ${commit.slice(0, 10)} in ${path.relative(root, tree)}`);
  const child = spawnSync(process.execPath, [path.join(tree, 'bench', 'run.ts'), ...args, '--commit-label', commit.slice(0, 10)], {
    cwd: tree,
    stdio: 'inherit',
  });
  fs.cpSync(path.join(tree, 'bench', 'results'), path.join(root, 'bench', 'results'), { recursive: true });
  return child.status ?? 1;
}
