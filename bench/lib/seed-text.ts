import fs from 'node:fs';
import path from 'node:path';

/** Real text from the seed pages, cut into pieces the generator recombines. */
export interface SeedPools {
  /** Whole sentences (ending in 。！？, with any closing quote), 12–160 characters. */
  sentences: string[];
  /** Leading clauses of sentences (up to the first ，), 6–18 characters: headline material. */
  clauses: string[];
  /** Bytes of raw seed text read, to express sizes as multiples of the seeds. */
  bytes: number;
}

/** Raw seed pages: the bundled issues first (they travel with the repository), else ../shared/seeds. */
export function seedFiles(root: string): string[] {
  const issues = path.join(root, 'src', 'content', 'issues');
  const bundled = fs.existsSync(issues)
    ? fs
        .readdirSync(issues)
        .sort()
        .flatMap((dir) =>
          fs
            .readdirSync(path.join(issues, dir))
            .filter((name) => /^p\d+\.txt$/.test(name))
            .sort()
            .map((name) => path.join(issues, dir, name)),
        )
    : [];
  if (bundled.length > 0) return bundled;
  const shared = path.resolve(root, '..', 'shared', 'seeds');
  return fs
    .readdirSync(shared)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((n) => path.join(shared, n));
}

/**
 * Flattens each seed page (Chinese needs no spaces, so hard line breaks and
 * blank lines simply go) and cuts it into sentences and headline-sized clauses.
 */
export function loadSeedPools(root: string): SeedPools {
  const sentences: string[] = [];
  const clauses: string[] = [];
  let bytes = 0;
  for (const file of seedFiles(root)) {
    const raw = fs.readFileSync(file, 'utf8');
    bytes += Buffer.byteLength(raw);
    // Markdown-ish heading marks in one seed (002) are extraction noise, not text.
    const flat = raw
      .replace(/^#+ /gm, '')
      .replace(/\s*\n\s*/g, '')
      .replace(/ {2,}/g, ' ');
    for (const match of flat.matchAll(/[^。！？]+[。！？][”’」）]?/g)) {
      const sentence = match[0].trim();
      if (sentence.length < 12 || sentence.length > 160) continue;
      // Flattening glues headline and credit lines onto the next sentence; drop those hybrids.
      if (/[□■#]|·广告|本版编辑|美编| 摄|\(资料图片\)/.test(sentence)) continue;
      sentences.push(sentence);
      const clause = sentence.split(/[，、：；]/)[0].replace(/^[“”（）()]+/, '');
      if (clause.length >= 6 && clause.length <= 18 && !/[。！？]/.test(clause)) clauses.push(clause);
    }
  }
  if (sentences.length < 50) throw new Error(`only ${sentences.length} seed sentences found; are the seed pages present?`);
  return { sentences, clauses, bytes };
}
