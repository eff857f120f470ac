// @ts-check
// The bare baseline: Astro + MDX + Pagefind over the same articles as the
// archive, one MDX file each, one dynamic route, no features. Every benchmark
// figure of the archive is also reported as a ratio to this site.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  outDir: process.env.BASELINE_OUT_DIR || './dist',
  cacheDir: process.env.BASELINE_CACHE_DIR || './node_modules/.astro',
  build: { format: 'directory' },
  integrations: [mdx()],
});
