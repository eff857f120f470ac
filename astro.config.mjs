// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';

// Deployers set these for their host: SITE_URL is the public origin (used for
// canonical links, RSS and the sitemap), BASE_PATH the sub-path the archive
// lives under (e.g. "/archive" on a project page of a static host).
const site = process.env.SITE_URL || 'https://archive.example.org';
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), sitemap()],
});
