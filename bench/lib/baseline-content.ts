import fs from 'node:fs';
import path from 'node:path';

/**
 * Writes the baseline's content: for every article MDX the archive's ingest
 * generated, one MDX file with only a title and the same body, so both sites
 * index the same text (`.md` for Hugo, which reads the same Markdown). Returns the number of files written.
 */
export function writeBaselineContent(articlesDir: string, out: string, extension = '.mdx'): number {
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  let count = 0;
  for (const issue of fs.readdirSync(articlesDir).sort()) {
    const dir = path.join(articlesDir, issue);
    if (issue.startsWith('.') || !fs.statSync(dir).isDirectory()) continue;
    for (const name of fs
      .readdirSync(dir)
      .filter((n) => n.endsWith('.mdx'))
      .sort()) {
      const source = fs.readFileSync(path.join(dir, name), 'utf8');
      const end = source.indexOf('\n---\n', 4);
      const frontmatter = source.slice(4, end);
      const body = source.slice(end + 5);
      const title = /^title: (.*)$/m.exec(frontmatter)?.[1] ?? 'null';
      const safeTitle = title === 'null' ? '"(untitled)"' : title;
      fs.writeFileSync(path.join(out, `${issue}-${name.replace(/\.mdx$/, extension)}`), `---\ntitle: ${safeTitle}\n---\n${body}`);
      count += 1;
    }
  }
  return count;
}
