// What a deployer sets besides SITE_URL and BASE_PATH (docs/deploy.md), read
// from the environment in this one module, as astro.config.mjs reads those two:
// the repository readers may send corrections to, and the rights statement of
// the bulk data. Nothing else in the site reads these variables.
import { dataUi } from '../i18n/zh-Hans.ts';
import { parseRepository, type Repository } from './repository.ts';

/** The deployer's settings, as the site uses them. */
export interface Deployment {
  /** Where the archive's source lives; null: no correction links are shown. */
  repository: Repository | null;
  /** The rights statement printed on the open-data page (开放数据) for every file listed there. */
  dataRights: string;
}

/** Reads the settings from an environment (the build's own by default). */
export function readDeployment(env: Record<string, string | undefined> = process.env): Deployment {
  const url = env.REPOSITORY_URL?.trim();
  return {
    repository: url ? parseRepository(url, env.REPOSITORY_BRANCH?.trim() || 'main') : null,
    dataRights: env.DATA_RIGHTS?.trim() || dataUi.rightsDefault,
  };
}

let current: Deployment | undefined;

/** This build's settings (astro.config.mjs has already checked them, so a mistake stops the build with its message). */
export function deployment(): Deployment {
  current ??= readDeployment();
  return current;
}
