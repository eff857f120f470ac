import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

// BASELINE_CONTENT is written by bench/lib/baseline-content.ts: one MDX file per article.
const articles = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: process.env.BASELINE_CONTENT || './content' }),
  schema: z.object({ title: z.string() }),
});

export const collections = { articles };
