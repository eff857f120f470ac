// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';

// Deployers set these for their host: SITE_URL is the public origin (used for
// canonical links, RSS and the sitemap), BASE_PATH the sub-path the archive
// lives under (e.g. "/archive" on a project page of a static host).
const site = process.env.SITE_URL || 'https://archive.example.org';
const base = process.env.BASE_PATH || '/';
// Tests and benchmarks build several variants side by side.
const outDir = process.env.ARCHIVE_OUT_DIR || './dist';
const cacheDir = process.env.ARCHIVE_CACHE_DIR || './node_modules/.astro';

export default defineConfig({
  site,
  base,
  outDir,
  cacheDir,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), sitemap()],
});
