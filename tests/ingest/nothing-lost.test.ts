import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { ROOT, hashes, ingest, makeArchive, snapshotTree, withStablePipeline } from './support.ts';

const A = 'liaocheng-ribao-2025-04-11';
const B = 'jingji-ribao-2023-12';
const C = 'unidentified-2022-06';

function articles(archive: string) {
  return path.join(archive, 'articles');
}
function page(archive: string, id: string) {
  return path.join(archive, 'issues', id, 'p01.txt');
}
/** Changes a page so that its issue's output must change too. */
function editPage(archive: string, id: string, text = '补记：新增一段。') {
  fs.appendFileSync(page(archive, id), `\n\n${text}\n`);
}
/** All generated MDX of one issue, concatenated: where an edit must show up, whichever item the parser puts it in. */
function outputText(archive: string, id: string) {
  const dir = path.join(articles(archive), id);
  return fs.readdirSync(dir).sort().map((name) => fs.readFileSync(path.join(dir, name), 'utf8')).join('\n');
}
function leftovers(archive: string) {
  return fs.readdirSync(articles(archive)).filter((name) => /^\.(staging|retired)-/.test(name));
}

describe('a bad issue keeps its previous output and touches no other issue', () => {
  const breakages: Array<[string, (archive: string) => void]> = [
    ['a manifest with an impossible date', (archive) => {
      const file = path.join(archive, 'issues', A, 'issue.yaml');
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^date: .*$/m, 'date: 2025-02-30'));
    }],
    ['a page replaced by a PDF', (archive) => fs.writeFileSync(page(archive, A), '%PDF-1.7\n%\xe2\xe3\n')],
    ['an emptied page', (archive) => fs.writeFileSync(page(archive, A), '')],
    ['a deleted manifest', (archive) => fs.rmSync(path.join(archive, 'issues', A, 'issue.yaml'))],
    ['a page in GB18030', (archive) => {
      fs.writeFileSync(page(archive, A), iconv.encode(fs.readFileSync(page(archive, A), 'utf8'), 'gb18030'));
    }],
  ];
  test.each(breakages)('%s', async (_name, breakIt) => {
    await withStablePipeline(async () => {
      const archive = makeArchive([A, B]);
      ingest(archive);
      const before = snapshotTree(articles(archive));
      breakIt(archive);
      const result = ingest(archive);
      expect(result.failed).toEqual([A]);
      expect(snapshotTree(articles(archive))).toEqual(before);
    });
  });
});

describe('atomic writes', () => {
  test('a failure after the first file leaves the previous output intact and no temporary folder', () => {
    const archive = makeArchive([A, B]);
    ingest(archive);
    const before = snapshotTree(articles(archive));
    editPage(archive, A);
    editPage(archive, B);
    const result = ingest(archive, {
      hooks: {
        afterFile: (written) => {
          if (written === 1) throw new Error('injected failure after one file');
        },
      },
    });
    expect(result.failed).toEqual([A, B].sort());
    expect(snapshotTree(articles(archive))).toEqual(before);
    expect(leftovers(archive)).toEqual([]);
    const messages = result.files.flatMap((file) => file.messages).filter((m) => m.fatal);
    expect(messages.map((m) => m.ruleId)).toEqual(['internal-error', 'internal-error']);
    expect(messages[0].reason).toContain('injected failure after one file');
  });

  test('a failure between the two renames puts the previous output back', () => {
    const archive = makeArchive([A]);
    ingest(archive);
    const before = snapshotTree(articles(archive));
    editPage(archive, A);
    const result = ingest(archive, {
      hooks: {
        afterRetire: () => {
          throw new Error('injected failure between renames');
        },
      },
    });
    expect(result.failed).toEqual([A]);
    expect(hashes(snapshotTree(articles(archive)))).toEqual(hashes(before));
    expect(leftovers(archive)).toEqual([]);
  });

  /** Runs the ingest CLI in a child process paused at `hook`, kills it there, and resolves once it is dead. */
  async function killIngestAt(archive: string, hook: string): Promise<void> {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/ingest.ts', '--quiet'], {
      cwd: ROOT,
      env: { ...process.env, ARCHIVE_CONTENT: archive, INGEST_TEST_HOOK: hook },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    await new Promise<void>((resolve, reject) => {
      child.stderr.on('data', (chunk) => {
        stderr += chunk;
        if (stderr.includes('INGEST_TEST_PAUSED')) {
          child.kill('SIGKILL');
          resolve();
        }
      });
      child.on('exit', () => reject(new Error(`ingest exited before pausing: ${stderr}`)));
    });
    await new Promise((resolve) => child.on('close', resolve));
  }

  test('a kill in the middle of writing an issue leaves its previous output; the next run finishes the job', async () => {
    await withStablePipeline(async () => {
      const archive = makeArchive([A, B]);
      ingest(archive);
      const before = snapshotTree(articles(archive));
      editPage(archive, A);
      await killIngestAt(archive, 'pause-after-file:1');
      // Killed mid-write: the half-written staging folder exists, the published output is the old one.
      // (Which issue it stopped in depends on whether the pipeline's code changed since the first run.)
      expect(leftovers(archive).some((name) => name.startsWith('.staging-'))).toBe(true);
      const afterKill = snapshotTree(articles(archive));
      for (const [file, entry] of before) expect(afterKill.get(file), file).toEqual(entry);
  
      const result = ingest(archive);
      expect(result.failed).toEqual([]);
      expect(result.written).toContain(A);
      expect(leftovers(archive)).toEqual([]);
      expect(outputText(archive, A)).toContain('补记：新增一段。');
    });
  }, 60_000);

  test('a kill between the two renames is undone by the next run', async () => {
    await withStablePipeline(async () => {
      const archive = makeArchive([A]);
      ingest(archive);
      const before = hashes(snapshotTree(articles(archive)));
      editPage(archive, A);
      await killIngestAt(archive, 'pause-after-retire');
      // The previous output is whole, only set aside under a temporary name.
      const retired = leftovers(archive).find((name) => name.startsWith(`.retired-${A}-`));
      expect(retired).toBeDefined();
      const setAside = hashes(snapshotTree(path.join(articles(archive), retired!)));
      expect(setAside).toEqual(
        Object.fromEntries(Object.entries(before).map(([name, sha]) => [name.slice(A.length + 1), sha])),
      );
      const result = ingest(archive);
      expect(result.written).toEqual([A]);
      expect(leftovers(archive)).toEqual([]);
    });
  }, 60_000);
});

describe('deterministic output', () => {
  test('two archives ingested separately, and a forced re-run, are byte-identical', async () => {
    await withStablePipeline(async () => {
      const first = makeArchive([A, B, C]);
      const second = makeArchive([A, B, C]);
      ingest(first);
      ingest(second);
      const bytes = hashes(snapshotTree(articles(first)));
      expect(Object.keys(bytes).length).toBeGreaterThan(6);
      expect(hashes(snapshotTree(articles(second)))).toEqual(bytes);
      const forced = ingest(first, { force: true });
      expect(forced.written).toEqual([B, A, C].sort());
      expect(hashes(snapshotTree(articles(first)))).toEqual(bytes);
    });
  });
});

describe('incremental runs', () => {
  test('only the issue whose page changed is rewritten', async () => {
    await withStablePipeline(async () => {
      const archive = makeArchive([A, B, C]);
      ingest(archive);
      const before = snapshotTree(articles(archive));
      expect(ingest(archive).written).toEqual([]);
      // Touching without changing the bytes is not a change.
      fs.utimesSync(page(archive, B), new Date(), new Date());
      expect(ingest(archive).written).toEqual([]);
  
      editPage(archive, B);
      const result = ingest(archive);
      expect(result.written).toEqual([B]);
      expect(result.unchanged).toEqual([A, C]);
      const after = snapshotTree(articles(archive));
      for (const [file, entry] of before) {
        if (file.startsWith(`${B}/`)) continue;
        expect(after.get(file), file).toEqual(entry);
      }
      expect(after.get(`${B}/.ingest-digest`)!.sha).not.toBe(before.get(`${B}/.ingest-digest`)!.sha);
    });
  });

  test("a removed issue's output is removed; a missing issues folder deletes nothing", () => {
    const archive = makeArchive([A, B]);
    ingest(archive);
    fs.rmSync(path.join(archive, 'issues', B), { recursive: true });
    const result = ingest(archive);
    expect(result.removed).toEqual([B]);
    expect(fs.readdirSync(articles(archive)).filter((name) => !name.startsWith('.'))).toEqual([A]);

    const before = snapshotTree(articles(archive));
    fs.renameSync(path.join(archive, 'issues'), path.join(archive, 'issues-moved'));
    const refused = ingest(archive);
    expect(refused.failed).toEqual(['(archive)']);
    expect(refused.files[0].messages[0].ruleId).toBe('archive-missing');
    expect(snapshotTree(articles(archive))).toEqual(before);
  });

  test('a second ingest running on the same archive is refused; a lock left by a dead run is taken over', () => {
    const archive = makeArchive([A]);
    ingest(archive);
    const before = snapshotTree(articles(archive));
    const lock = path.join(articles(archive), '.ingest-lock');
    fs.writeFileSync(lock, `${process.ppid}\n`);
    editPage(archive, A);
    const busy = ingest(archive);
    expect(busy.files[0].messages[0].ruleId).toBe('archive-busy');
    const during = snapshotTree(articles(archive));
    during.delete('.ingest-lock');
    expect(during).toEqual(before);
    fs.writeFileSync(lock, '2147483646\n');
    expect(ingest(archive).written).toEqual([A]);
    expect(fs.existsSync(lock)).toBe(false);
  });
});

test('maintainer hints in the raw text survive every re-ingest: ingest never writes into issues/', () => {
  const archive = makeArchive([A]);
  const hinted = `# 这是维护者加的标题提示\n\n正文第一段。\n\n---\n\n# 第二篇\n\n正文第二段。\n`;
  fs.writeFileSync(page(archive, A), hinted);
  ingest(archive);
  ingest(archive, { force: true });
  editPage(archive, A, '再改一次。');
  ingest(archive);
  expect(fs.readFileSync(page(archive, A), 'utf8')).toBe(`${hinted}\n\n再改一次。\n`);
});

test('the pipeline fingerprint covers its code, schemas, data and locked package versions', async () => {
  const { pipelineFingerprint } = await import('../../scripts/lib/ingest/fingerprint.ts');
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'fingerprint-'));
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  };
  write('scripts/lib/parse/a.ts', 'a');
  write('src/schemas/b.ts', 'b');
  write('src/data/c.json', 'c');
  write('package-lock.json', '{"v":1}');
  const seen = new Set([pipelineFingerprint(root)]);
  for (const [file, text] of [
    ['scripts/lib/parse/a.ts', 'a2'],
    ['src/schemas/b.ts', 'b2'],
    ['src/data/c.json', 'c2'],
    ['package-lock.json', '{"v":2}'],
  ]) {
    write(file, text);
    seen.add(pipelineFingerprint(root));
  }
  expect(seen.size).toBe(5);
  // Files outside the pipeline do not count.
  write('src/pages/index.astro', 'x');
  expect(seen.has(pipelineFingerprint(root))).toBe(true);
});
