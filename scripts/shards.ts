/**
 * `npm run shards -- <plan|content|hub>`: a sharded build of a large archive
 * (docs/scaling.md). `plan` cuts the issues into shards by bytes of page text
 * and writes shards.json; `content` copies one shard's issue folders into a
 * content folder for its build (one CI matrix job); `hub` writes the root page
 * of the deployment from the built shards. Exit codes: 0 done, 1 refused
 * input, 2 a wrong command line.
 */
import path from 'node:path';
import { readCommandLine, refuseCommandLine } from './lib/cli/read-command-line.ts';
import { runShardsCommand, WrongCommandLine } from './lib/shards/actions.ts';
import { RefusedInput } from './lib/shards/refused.ts';

/**
 * Default budget: Pagefind 1.6 peaked at 2.7–3.0 GB indexing 15.8–16.0 MB shards of
 * real-shaped pages (and 5.5 GB for 31 MB built whole), 171–191 bytes per byte of page
 * text, so 16 MB keeps every step of a shard's build under 4 GB with a quarter to spare
 * (docs/scaling.md).
 */
const DEFAULT_BUDGET_MB = 16;

const command = {
  name: 'shards',
  usage: `usage: npm run shards -- plan [--issues DIR] [--budget-mb ${DEFAULT_BUDGET_MB}] [--base /] [--out shards.json]
       npm run shards -- content KEY [--plan shards.json] [--issues DIR] --out DIR
       npm run shards -- hub [--plan shards.json] --site DIR

  plan       cut the archive's issues into shards of at most --budget-mb MB of page text
             (never mixing years; earlier shards stay as they are when new issues are added)
  content    copy shard KEY's issue folders into DIR/issues, for ARCHIVE_CONTENT=DIR npm run build
  hub        write DIR/index.html, the deployment's root page, from every shard built under DIR

  --issues DIR   the issue folders (default src/content/issues)
  --base /       the path every shard is served under (each shard at <base><key>/)
  --plan FILE    the plan written by plan (default shards.json)`,
};
const { values, positionals } = readCommandLine(command, {
  allowPositionals: true,
  options: {
    issues: { type: 'string', default: path.join('src', 'content', 'issues') },
    'budget-mb': { type: 'string', default: String(DEFAULT_BUDGET_MB) },
    base: { type: 'string', default: '/' },
    out: { type: 'string' },
    plan: { type: 'string', default: 'shards.json' },
    site: { type: 'string' },
  },
});
try {
  for (const line of runShardsCommand(positionals, values)) console.log(line);
} catch (error) {
  if (error instanceof WrongCommandLine) refuseCommandLine(command, error.message);
  if (!(error instanceof RefusedInput)) throw error;
  console.error(`shards: ${error.message}`);
  process.exitCode = 1;
}
