/**
 * Summarizes a V8 .cpuprofile (from `node --cpu-prof`): self time per
 * function and per source file, heaviest first, so fixes go where time goes.
 *
 *   node bench/tools/profile-summary.ts /tmp/prof/CPU.*.cpuprofile [--top 25] [--root DIR]
 *
 * Project files are named relative to the checkout that recorded the profile (found
 * in the profile itself; --root names it when the profile has no library frames).
 */
import fs from 'node:fs';
import { positiveIntegers, readCommandLine, refuseCommandLine } from '../../scripts/lib/cli/read-command-line.ts';
import { findCheckoutRoot, profilePath } from '../lib/profile-paths.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

const command = { name: 'profile-summary', usage: 'usage: node bench/tools/profile-summary.ts FILE.cpuprofile [--top 25] [--root DIR]' };
const { values, positionals } = readCommandLine(command, {
  allowPositionals: true,
  options: { top: { type: 'string', default: '25' }, root: { type: 'string' } },
});
if (positionals.length !== 1) refuseCommandLine(command, `expected one .cpuprofile file, got ${positionals.length}.`);
const [file] = positionals;
const [top] = positiveIntegers(command, 'top', values.top);
let profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
try {
  profile = JSON.parse(fs.readFileSync(file, 'utf8'));
} catch (error) {
  refuseCommandLine(command, `${file}: not a readable CPU profile (${(error as Error).message}); record one with node --cpu-prof.`);
}
const root = values.root?.replace(/\/+$/, '') ?? findCheckoutRoot(profile.nodes.map((n) => n.callFrame.url));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const selfUs = new Map<number, number>();
profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
const total = [...selfUs.values()].reduce((a, b) => a + b, 0);

/** Adds `us` to `key` in `map`. */
function add(map: Map<string, number>, key: string, us: number) {
  map.set(key, (map.get(key) ?? 0) + us);
}
const perFunction = new Map<string, number>();
const perFile = new Map<string, number>();
for (const [id, us] of selfUs) {
  const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
  const where = profilePath(url, root).path;
  add(perFunction, `${functionName || '(anonymous)'} ${where}:${lineNumber + 1}`, us);
  add(perFile, where, us);
}
const show = (title: string, map: Map<string, number>) => {
  console.log(`\n${title} (total ${(total / 1e6).toFixed(2)} s)`);
  for (const [key, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${(us / 1e3).toFixed(0).padStart(8)} ms ${((100 * us) / total).toFixed(1).padStart(5)}%  ${key}`);
  }
};
// Inclusive time: each sample counts once for every distinct function on its stack.
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const perStack = new Map<string, number>();
for (const [id, us] of selfUs) {
  const seen = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const { functionName, url } = byId.get(at)!.callFrame;
    const where = profilePath(url, root);
    if (where.kind !== 'project') continue;
    seen.add(`${functionName || '(anonymous)'} ${where.path}`);
  }
  for (const key of seen) add(perStack, key, us);
}
show('inclusive time by project function', perStack);
show('self time by function', perFunction);
show('self time by file', perFile);
