import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { issueSchema } from '../../../src/schemas/issue.ts';
import type { IssueVolume } from './plan.ts';
import { RefusedInput } from './refused.ts';

/**
 * Each issue folder's date and bytes of raw page text, read from its issue.yaml
 * with the manifest schema ingest uses (a manifest ingest would refuse stops the
 * planner too, naming the file), and the sizes of the page files it lists.
 */
export function readIssueVolumes(issuesDir: string): IssueVolume[] {
  if (!fs.existsSync(issuesDir)) throw new RefusedInput(`no issues folder at ${issuesDir} (pass --issues DIR).`);
  return fs
    .readdirSync(issuesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      const dir = path.join(issuesDir, entry.name);
      const file = path.join(dir, 'issue.yaml');
      if (!fs.existsSync(file))
        throw new RefusedInput(`${dir} has no issue.yaml: every issue folder needs its manifest (npm run new-issue writes one).`);
      const parsed = issueSchema.safeParse(YAML.parse(fs.readFileSync(file, 'utf8')));
      if (!parsed.success) throw new RefusedInput(`${file}: ${parsed.error.issues[0].message} (run npm run ingest for the full report)`);
      const bytes = parsed.data.pages.reduce((n, page) => {
        const pageFile = path.join(dir, page.file);
        if (!fs.existsSync(pageFile)) throw new RefusedInput(`${file} lists ${page.file}, which is not in ${dir}.`);
        return n + fs.statSync(pageFile).size;
      }, 0);
      return { id: parsed.data.id, date: parsed.data.date, bytes };
    });
}
