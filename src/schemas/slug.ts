import { z } from 'zod';

/** Safe ASCII ids: lower-case letters, digits and single hyphens; usable in URLs and file names. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    message: 'use lower-case ASCII letters, digits and single hyphens only (e.g. liaocheng-ribao-2025-04-11)',
  });
