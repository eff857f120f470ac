// What a deployer sets besides SITE_URL and BASE_PATH (docs/deploy.md), read
// from the environment in this one module, as astro.config.mjs reads those two:
// the repository readers may send corrections to, the rights statement of the
// bulk data, and for a sharded archive the plan of its shards (ARCHIVE_SHARDS).
// Nothing else in the site reads these variables.
import fs from 'node:fs';
import { dataUi } from '../i18n/zh-Hans.ts';
import { shardPlanSchema } from '../schemas/shards.ts';
import { parseRepository, type Repository } from './repository.ts';

/** The deployer's settings, as the site uses them. */
export interface Deployment {
  /** Where the archive's source lives; null: no correction links are shown. */
  repository: Repository | null;
  /** The rights statement printed on the open-data page (开放数据) for every file listed there. */
  dataRights: string;
  /**
   * Base paths of the other shards of a sharded archive, whose Pagefind indexes the
   * search page merges (docs/scaling.md); empty for an archive built as one site.
   */
  otherShards: string[];
}

/** Reads the settings from an environment (the build's own by default). */
export function readDeployment(env: Record<string, string | undefined> = process.env): Deployment {
  const url = env.REPOSITORY_URL?.trim();
  return {
    repository: url ? parseRepository(url, env.REPOSITORY_BRANCH?.trim() || 'main') : null,
    dataRights: env.DATA_RIGHTS?.trim() || dataUi.rightsDefault,
    otherShards: otherShards(env.ARCHIVE_SHARDS?.trim(), env.BASE_PATH || '/'),
  };
}

/**
 * The other shards' bases, from the shards.json `npm run shards -- plan` wrote. This
 * build must be one of its shards (BASE_PATH its base): a shard built under another
 * path would search indexes that are not where the plan serves them.
 */
function otherShards(file: string | undefined, basePath: string): string[] {
  if (!file) return [];
  if (!fs.existsSync(file)) throw new Error(`ARCHIVE_SHARDS names ${file}, which does not exist: write it with npm run shards -- plan.`);
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`ARCHIVE_SHARDS: ${file} is not JSON (${(error as Error).message}); write it with npm run shards -- plan.`);
  }
  const parsed = shardPlanSchema.safeParse(json);
  if (!parsed.success)
    throw new Error(
      `ARCHIVE_SHARDS: ${file} is not a shard plan (${parsed.error.issues[0].message}); write it with npm run shards -- plan.`,
    );
  const base = basePath.replace(/\/?$/, '/');
  const bases = parsed.data.shards.map((shard) => shard.base);
  if (!bases.includes(base)) {
    throw new Error(
      `BASE_PATH ${base} is none of the shards in ${file} (${bases.join(', ')}): build each shard with BASE_PATH set to its base.`,
    );
  }
  return bases.filter((other) => other !== base);
}

let current: Deployment | undefined;

/** This build's settings (astro.config.mjs has already checked them, so a mistake stops the build with its message). */
export function deployment(): Deployment {
  current ??= readDeployment();
  return current;
}
