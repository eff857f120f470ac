// Issues and page records come from the JSON files ingest writes next to the articles
// (<issue>/issue.json, <issue>/pNN.json), not from issue.yaml: ingest is the one reader of
// the maintainer's YAML (it validates, places every problem on its line and refuses
// aliases, tags and non-UTF-8 bytes), and the site reads exactly what it accepted. The
// glob loader would also have followed symbolic links out of the content folder.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { listGeneratedFiles, readGeneratedFile } from './generated-files.ts';

/** Options of a generated-JSON loader. */
export interface GeneratedJsonOptions {
  /** Folder of ingest's output (<issue>/…), relative to the project root or absolute. */
  base: string;
  /** Which files, by path relative to `base` (forward slashes), e.g. `x/issue.json`. */
  wanted: (relative: string) => boolean;
}

/** Loads each wanted JSON file as one entry, with the id the file itself carries. */
export function generatedJson(name: string, options: GeneratedJsonOptions): Loader {
  return {
    name,
    load: async ({ store, parseData, generateDigest, config, watcher }) => {
      const root = fileURLToPath(config.root);
      const base = path.resolve(root, options.base);
      const sync = async () => {
        const seen = new Set<string>();
        for (const file of await listGeneratedFiles(base, options.wanted)) {
          const contents = readGeneratedFile(file);
          const data = JSON.parse(contents) as Record<string, unknown>;
          const id = String(data.id);
          seen.add(id);
          const digest = generateDigest(contents);
          if (store.get(id)?.digest === digest) continue;
          const filePath = path.relative(root, file).split(path.sep).join('/');
          store.set({ id, data: await parseData({ id, data, filePath: file }), filePath, digest });
        }
        for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
      };
      await sync();
      // In `astro dev`, a re-run of ingest swaps issue folders; reload on any change under base.
      watcher?.add(base);
      watcher?.on('all', (_event, changed) => {
        if (changed.startsWith(base) && changed.endsWith('.json')) void sync();
      });
    },
  };
}
