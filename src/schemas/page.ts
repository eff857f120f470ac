import { z } from 'zod';
import { slugSchema } from './slug.ts';

/** Printed matter on a page that belongs to no item: page credits (本版编辑 … 美编 …), page heads. */
export const furnitureSchema = z.object({
  kind: z.enum(['credits', 'page-head', 'other']),
  text: z.string(),
  line: z.number().int().min(1),
});
export type PageFurniture = z.infer<typeof furnitureSchema>;

/** Generated metadata of one printed page (版面): <issue>/pNN.json next to its articles. */
export const pageSchema = z.object({
  /** `<issue-id>-p<NN>` */
  id: slugSchema,
  issue: slugSchema,
  number: z.number().int().min(1),
  /** False when the text does not show the page number (the site says 版次不详). */
  numberPrinted: z.boolean(),
  name: z.string().nullable(),
  /** The raw page file in the issue folder. */
  file: z.string(),
  furniture: z.array(furnitureSchema),
  /** Ids of the page's items in reading order. */
  articles: z.array(slugSchema),
});
export type PageRecord = z.infer<typeof pageSchema>;
