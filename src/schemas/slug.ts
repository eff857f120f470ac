import { z } from 'zod';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Safe ASCII ids: lower-case letters, digits and single hyphens; usable in URLs and file names. */
export const slugSchema = z.string().regex(SLUG, {
  message: 'use lower-case ASCII letters, digits and single hyphens only (e.g. liaocheng-ribao-2025-04-11)',
});

/** A slug a maintainer types, with the sentence that field gives for a wrong value (manifest-messages.ts). */
export function typedSlugSchema(error: z.core.$ZodErrorMap) {
  return z.string({ error }).regex(SLUG, { error });
}
