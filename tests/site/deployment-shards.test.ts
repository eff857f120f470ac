import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { readDeployment } from '../../src/lib/deployment.ts';
import { planShards } from '../../scripts/lib/shards/plan.ts';

const plan = planShards(
  [
    { id: 'a-2022-06-01', date: '2022-06-01', bytes: 10 },
    { id: 'a-2023-07-01', date: '2023-07-01', bytes: 10 },
    { id: 'a-2025-04-11', date: '2025-04-11', bytes: 10 },
  ],
  100,
  '/archive/',
);
const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'shards-env-')), 'shards.json');
fs.writeFileSync(file, JSON.stringify(plan));

describe('ARCHIVE_SHARDS', () => {
  test('unset: an archive built whole searches only itself', () => {
    expect(readDeployment({}).otherShards).toEqual([]);
  });

  test("a shard's build lists every other shard's base, whether BASE_PATH ends in / or not", () => {
    expect(readDeployment({ ARCHIVE_SHARDS: file, BASE_PATH: '/archive/y2023-1/' }).otherShards).toEqual([
      '/archive/y2022-1/',
      '/archive/y2025-1/',
    ]);
    expect(readDeployment({ ARCHIVE_SHARDS: file, BASE_PATH: '/archive/y2025-1' }).otherShards).toEqual([
      '/archive/y2022-1/',
      '/archive/y2023-1/',
    ]);
  });

  test('a BASE_PATH that is none of the shards, a missing file or one that is no plan stops the build with what to do', () => {
    expect(() => readDeployment({ ARCHIVE_SHARDS: file, BASE_PATH: '/archive/' })).toThrow(
      `BASE_PATH /archive/ is none of the shards in ${file} (/archive/y2022-1/, /archive/y2023-1/, /archive/y2025-1/): build each shard with BASE_PATH set to its base.`,
    );
    expect(() => readDeployment({ ARCHIVE_SHARDS: `${file}.missing` })).toThrow(/does not exist: write it with npm run shards -- plan/);
    const bad = `${file}.bad.json`;
    fs.writeFileSync(bad, JSON.stringify({ budgetBytes: 1, shards: [{ key: 'x' }] }));
    expect(() => readDeployment({ ARCHIVE_SHARDS: bad })).toThrow(/is not a shard plan/);
  });
});
