// Every HTML page of both builds is valid HTML for the W3C Nu Html Checker
// (vnu.jar from the `vnu-jar` npm package, run on Debian's Java): 0 errors.
// Warnings are not counted; they are advice, not conformance errors.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { describe, expect, inject, test } from 'vitest';

const built = inject('built');
// The package's main export is the path of vnu.jar; its postinstall (a Java
// downloader) is denied in package.json's allowScripts: Java comes from Debian.
const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));

interface VnuMessage {
  type: string;
  url?: string;
  lastLine?: number;
  message: string;
}

/** The checker's error messages for every .html file under a folder, as `file:line: message`. */
function vnuErrors(dir: string): string[] {
  let output: string;
  try {
    // vnu exits 1 when it finds errors and prints its JSON report on stderr either way.
    output = execFileSync('java', ['-jar', vnuJar, '--skip-non-html', '--errors-only', '--format', 'json', '--stdout', dir], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    const failed = error as { code?: string; stdout?: string };
    if (failed.code === 'ENOENT')
      throw new Error('java is not installed: apt-get install -y default-jre-headless (the W3C checker runs on it)');
    output = failed.stdout ?? '';
  }
  const { messages } = JSON.parse(output) as { messages: VnuMessage[] };
  return messages
    .filter((m) => m.type === 'error' || m.type === 'non-document-error')
    .map((m) => `${(m.url ?? '').replace(/^file:/, '').replace(dir, '')}:${m.lastLine ?? 0}: ${m.message}`);
}

describe.each(Object.entries(built))('valid HTML (%s)', (_name, { outDir }) => {
  test('the W3C Nu Html Checker finds no error in any page', { timeout: 120_000 }, () => {
    expect(vnuErrors(outDir)).toEqual([]);
  });
});
