import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, onTestFinished, test } from 'vitest';
import { lockRecordFor } from '../../scripts/lib/ingest/write-output.ts';
import { FOUR_BYTE_PAGE } from '../support/gb18030.ts';
import { hashes, ingest, makeArchive, ROOT, SLOW_TEST_MS, snapshotTree, withStablePipeline } from './support.ts';

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
  return fs
    .readdirSync(dir)
    .sort()
    .map((name) => fs.readFileSync(path.join(dir, name), 'utf8'))
    .join('\n');
}
function leftovers(archive: string) {
  return fs.readdirSync(articles(archive)).filter((name) => /^\.(staging|retired)-/.test(name));
}

describe('a bad issue keeps its previous output and touches no other issue', { timeout: SLOW_TEST_MS }, () => {
  const breakages: Array<[string, (archive: string) => void]> = [
    [
      'a manifest with an impossible date',
      (archive) => {
        const file = path.join(archive, 'issues', A, 'issue.yaml');
        fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^date: .*$/m, 'date: 2025-02-30'));
      },
    ],
    ['a page replaced by a PDF', (archive) => fs.writeFileSync(page(archive, A), '%PDF-1.7\n%\xe2\xe3\n')],
    ['an emptied page', (archive) => fs.writeFileSync(page(archive, A), '')],
    ['a deleted manifest', (archive) => fs.rmSync(path.join(archive, 'issues', A, 'issue.yaml'))],
    [
      'a page in GB18030',
      (archive) => {
        fs.writeFileSync(page(archive, A), FOUR_BYTE_PAGE.bytes);
      },
    ],
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

describe('atomic writes', { timeout: SLOW_TEST_MS }, () => {
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
    const child = spawn(process.execPath, ['scripts/ingest.ts', '--quiet'], {
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
  });

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
      expect(setAside).toEqual(Object.fromEntries(Object.entries(before).map(([name, sha]) => [name.slice(A.length + 1), sha])));
      const result = ingest(archive);
      expect(result.written).toEqual([A]);
      expect(leftovers(archive)).toEqual([]);
    });
  });
});

describe('deterministic output', { timeout: SLOW_TEST_MS }, () => {
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

describe('parsing on worker threads', { timeout: SLOW_TEST_MS }, () => {
  test('writes the same bytes and reports the same messages as parsing in this thread', async () => {
    await withStablePipeline(async () => {
      const ids = fs.readdirSync(path.join(ROOT, 'src', 'content', 'issues')).sort();
      const here = makeArchive(ids);
      const threaded = makeArchive(ids);
      // An override that matches no item: a message the build adds to the manifest, on its line.
      const manifest = path.join(threaded, 'issues', A, 'issue.yaml');
      for (const archive of [here, threaded]) {
        fs.appendFileSync(
          path.join(archive, 'issues', A, 'issue.yaml'),
          'overrides:\n  - file: p01.txt\n    line: 100000\n    title: 无此条\n',
        );
      }
      expect(fs.readFileSync(manifest, 'utf8')).toContain('line: 100000');
      const inProcess = ingest(here, { threads: 0 });
      const onThreads = ingest(threaded, { threads: 2 });
      expect(onThreads.written).toEqual(ids);
      expect(onThreads.failed).toEqual(inProcess.failed);
      expect(hashes(snapshotTree(articles(threaded)))).toEqual(hashes(snapshotTree(articles(here))));
      const messages = (result: ReturnType<typeof ingest>, archive: string) =>
        result.files
          .flatMap((file) => file.messages.map((m) => ({ ...m, file: path.relative(archive, file.path) })))
          .map(({ file, line, column, reason, ruleId, source, fatal }) => ({ file, line, column, reason, ruleId, source, fatal }))
          .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
      const expected = messages(inProcess, here);
      expect(expected.some((m) => m.ruleId === 'override-unmatched')).toBe(true);
      expect(messages(onThreads, threaded)).toEqual(expected);
    });
  });
});

describe('incremental runs', { timeout: SLOW_TEST_MS }, () => {
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

  /** A live process that is not an ingest, for the lock tests; killed when the test ends. */
  function unrelatedProcess() {
    const child = spawn('sleep', ['60'], { stdio: 'ignore' });
    onTestFinished(() => {
      child.kill('SIGKILL');
    });
    return child.pid!;
  }
  /** The one message of a refused run, as a maintainer reads it, with the archive's path replaced. */
  const refusal = (archive: string, result: ReturnType<typeof ingest>) => {
    expect(result.failed).toEqual(['(archive)']);
    const [message] = result.files.flatMap((file) => file.messages);
    return `${message.ruleId}: ${message.reason.replaceAll(archive, 'ARCHIVE')}`;
  };

  test.skipIf(!fs.existsSync('/proc/self/stat'))(
    'a lock held by a pid now reused by an unrelated process is taken over, decided by the start time the lock records',
    () => {
      const archive = makeArchive([A]);
      ingest(archive);
      const lock = path.join(articles(archive), '.ingest-lock');
      const pid = unrelatedProcess();
      // What ingest writes (see lockRecordFor), for a run whose pid the sleep has since been given.
      const record = { ...lockRecordFor(pid), start: '1' };
      fs.writeFileSync(lock, `${JSON.stringify(record)}\n`);
      editPage(archive, A);
      expect(ingest(archive).written).toEqual([A]);
      expect(fs.existsSync(lock)).toBe(false);

      // The same pid with its real start time: that process holds the lock, so wait, with the lock named.
      fs.writeFileSync(lock, `${JSON.stringify({ ...lockRecordFor(pid), since: '2025-04-11T08:00:00.000Z' })}\n`);
      expect(refusal(archive, ingest(archive))).toBe(
        `archive-busy: Another ingest (process ${pid}, since 2025-04-11T08:00:00.000Z) is writing this archive right now: it holds the lock ARCHIVE/articles/.ingest-lock. Wait for it to finish and run ingest again. Nothing was written or deleted.`,
      );
      // A record from a run before the last reboot is stale whatever the pid is now.
      fs.writeFileSync(lock, `${JSON.stringify({ ...lockRecordFor(pid), boot: 'another-boot' })}\n`);
      expect(ingest(archive).failed).toEqual([]);
      expect(fs.existsSync(lock)).toBe(false);
    },
  );

  test('a lock that cannot be judged names itself and says what to do; following the advice works', () => {
    const archive = makeArchive([A]);
    ingest(archive);
    const before = snapshotTree(articles(archive));
    const lock = path.join(articles(archive), '.ingest-lock');
    const pid = unrelatedProcess();
    // An older version's lock (a bare pid) whose pid is alive: it cannot tell, so it does not guess.
    fs.writeFileSync(lock, `${pid}\n`);
    expect(refusal(archive, ingest(archive))).toBe(
      `archive-busy: The lock ARCHIVE/articles/.ingest-lock names process ${pid}, and a process ${pid} is running, but the lock does not record enough to tell whether it is an ingest (it was written by an older version, or on a system without /proc). If an ingest is running, wait for it to finish; if no ingest is running, remove it (\`rm ARCHIVE/articles/.ingest-lock\`) and run ingest again. Nothing was written or deleted.`,
    );
    // Another machine's lock (a shared folder): never taken over from here.
    fs.writeFileSync(lock, `${JSON.stringify({ ...lockRecordFor(pid), host: 'other-machine', since: '2025-04-11T08:00:00.000Z' })}\n`);
    expect(refusal(archive, ingest(archive))).toBe(
      `archive-busy: The lock ARCHIVE/articles/.ingest-lock was taken by an ingest on another machine (other-machine, process ${pid}, since 2025-04-11T08:00:00.000Z), which cannot be checked from here. If that ingest is still running, wait for it to finish; if no ingest is running, remove it (\`rm ARCHIVE/articles/.ingest-lock\`) and run ingest again. Nothing was written or deleted.`,
    );
    // Not a lock at all.
    fs.writeFileSync(lock, 'locked by me\n');
    expect(refusal(archive, ingest(archive))).toBe(
      'archive-lock-invalid: The lock file ARCHIVE/articles/.ingest-lock does not hold what ingest writes there (the process number of the ingest running). If no ingest is running, remove it (`rm ARCHIVE/articles/.ingest-lock`) and run ingest again. Nothing was written or deleted.',
    );
    const during = snapshotTree(articles(archive));
    during.delete('.ingest-lock');
    expect(during).toEqual(before);
    // The advice, followed.
    execFileSync('sh', ['-c', /`(rm [^`]+)`/.exec(refusal(archive, ingest(archive)))![1].replaceAll('ARCHIVE', archive)]);
    expect(ingest(archive).failed).toEqual([]);
  });

  test('a lock path that is a folder or a link gets a message saying what to remove, not a stack trace', () => {
    const archive = makeArchive([A]);
    ingest(archive);
    const before = snapshotTree(articles(archive));
    const lock = path.join(articles(archive), '.ingest-lock');
    fs.mkdirSync(lock);
    fs.writeFileSync(path.join(lock, 'note.txt'), 'x\n');
    const folder = refusal(archive, ingest(archive));
    expect(folder).toBe(
      'archive-lock-invalid: ARCHIVE/articles/.ingest-lock is a folder, not the lock file ingest writes there (a small file naming the ingest running). Remove it (`rm -r ARCHIVE/articles/.ingest-lock`) and run ingest again. Nothing was written or deleted.',
    );
    const during = snapshotTree(articles(archive));
    during.delete('.ingest-lock/note.txt');
    expect(during).toEqual(before);
    execFileSync('sh', ['-c', /`(rm [^`]+)`/.exec(folder)![1].replaceAll('ARCHIVE', archive)]);
    // A link there is never read through (it could point anywhere): removed by hand, too.
    fs.symlinkSync('/etc/hostname', lock);
    expect(refusal(archive, ingest(archive))).toBe(
      'archive-lock-invalid: ARCHIVE/articles/.ingest-lock is a symbolic link, not the lock file ingest writes there (a small file naming the ingest running). Remove it (`rm ARCHIVE/articles/.ingest-lock`) and run ingest again. Nothing was written or deleted.',
    );
    fs.rmSync(lock);
    expect(ingest(archive).failed).toEqual([]);
  });
});

test(
  'maintainer hints in the raw text survive every re-ingest: ingest never writes into issues/',
  () => {
    const archive = makeArchive([A]);
    const hinted = `# 这是维护者加的标题提示\n\n正文第一段。\n\n---\n\n# 第二篇\n\n正文第二段。\n`;
    fs.writeFileSync(page(archive, A), hinted);
    ingest(archive);
    ingest(archive, { force: true });
    editPage(archive, A, '再改一次。');
    ingest(archive);
    expect(fs.readFileSync(page(archive, A), 'utf8')).toBe(`${hinted}\n\n再改一次。\n`);
  },
  SLOW_TEST_MS,
);

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
