import { z } from 'zod';
import { partialDateSchema } from './date.ts';
import { slugSchema } from './slug.ts';
import { articleTypes } from './article.ts';

export { slugSchema };

/** One printed page (版面) of an issue, as the maintainer lists it in issue.yaml. */
export const issuePageSchema = z.object({
  /** Page number as printed (第N版); when the text does not say, the page's position among the pages held. */
  number: z.number().int().min(1),
  /** False when the page text does not show its number, so the site says 版次不详 instead of 第N版. */
  numberPrinted: z.boolean().default(true),
  /** Page name as printed, e.g. 头版, 区域动态; null when the page does not show one. */
  name: z.string().min(1).nullable().default(null),
  /** The raw text file of this page, next to issue.yaml, e.g. p01.txt. */
  file: z.string().regex(/^[A-Za-z0-9_-]+\.txt$/, {
    message: 'a plain file name next to issue.yaml ending in .txt, e.g. p01.txt',
  }),
});

/** 国内统一连续出版物号: CN, the 2-digit region, a hyphen, a 4-digit serial, and for periodicals /class (CN 11-1234/F). */
export const CN_PATTERN = /^CN ?\d{2}-\d{4}(?:\/[A-Z0-9.]{1,8})?$/;
/** ISSN as printed: NNNN-NNNC, C a digit or X. */
export const ISSN_PATTERN = /^\d{4}-\d{3}[\dX]$/;

/** Whether an NNNN-NNNC ISSN's check digit fits its first seven digits (ISO 3297: weights 8…2, mod 11, 10 written X). */
export function hasValidIssnCheckDigit(issn: string): boolean {
  const digits = issn.replace('-', '');
  if (!/^\d{7}[\dX]$/.test(digits)) return false;
  const sum = [...digits.slice(0, 7)].reduce((total, digit, index) => total + Number(digit) * (8 - index), 0);
  const check = (11 - (sum % 11)) % 11;
  return digits[7] === (check === 10 ? 'X' : String(check));
}

/** The newspaper an issue belongs to. */
export const publicationSchema = z.object({
  /** Name as printed (聊城日报); null when the page does not name the paper (shown as such, never guessed). */
  name: z.string().min(1).nullable(),
  /** ASCII slug used in URLs and ids, e.g. liaocheng-ribao; `unidentified` when the name is unknown. */
  slug: slugSchema,
  /** GB/T 2260 code of the place the paper is published in, when known (a separate axis from what articles are about). */
  region: z.string().regex(/^\d{6}$/).optional(),
  // Catalogue fields, as the masthead (报头) prints them; only where a maintainer
  // has them from the page or a library record. The paper's page shows them.
  /** 主办: the body that publishes the paper, as printed, e.g. 中共聊城市委. */
  sponsor: z.string().trim().min(1).optional(),
  /** 国内统一连续出版物号, e.g. CN 37-0024 (a newspaper: region-serial; periodicals add /class). */
  cn: z.string().regex(CN_PATTERN, { message: 'a CN number as printed, e.g. CN 37-0024' }).optional(),
  /** ISSN, e.g. 1002-9419, with its check digit verified. */
  issn: z
    .string()
    .regex(ISSN_PATTERN, { message: 'an ISSN: four digits, a hyphen, three digits and a check digit or X, e.g. 1002-9419' })
    .refine(hasValidIssnCheckDigit, { message: 'the check digit does not match the first seven digits' })
    .optional(),
});

/**
 * A maintainer's correction of what the parser found for one item. It names the
 * item by a line of the raw page file, because raw lines do not move when the
 * parser improves while item numbers may. Given fields replace the parser's.
 */
export const overrideSchema = z
  .object({
    /** The page file the item is in, e.g. p01.txt. */
    file: z.string().regex(/^[A-Za-z0-9_-]+\.txt$/, { message: 'the page file name as listed under pages, e.g. p01.txt' }),
    /** Any line of the item in that file (1-based, as an editor shows it). */
    line: z.number().int().min(1),
    type: z.enum(articleTypes).optional(),
    kicker: z.string().min(1).nullable().optional(),
    title: z.string().min(1).nullable().optional(),
    subtitle: z.string().min(1).nullable().optional(),
    column: z.string().min(1).nullable().optional(),
    byline: z.string().min(1).nullable().optional(),
    authors: z.array(z.string().min(1)).optional(),
    source: z.string().min(1).nullable().optional(),
    dateline: z.string().min(1).nullable().optional(),
    continuedOn: z.number().int().min(1).nullable().optional(),
    /** GB/T 2260 codes (e.g. "330300") or macro-region keys (e.g. yangtze-river-delta); replaces the tagger's regions. */
    regions: z.array(z.string().min(1)).optional(),
  })
  .strict();
export type Override = z.infer<typeof overrideSchema>;

/**
 * issue.yaml: the maintainer-edited manifest of one issue. Together with the raw
 * page files it is the source of truth; everything under src/content/articles is
 * generated from it.
 */
export const issueSchema = z.object({
  /** ASCII id, unique in the archive, e.g. liaocheng-ribao-2025-04-11. */
  id: slugSchema,
  publication: publicationSchema,
  /** Publication date, as precise as the evidence allows. */
  date: partialDateSchema,
  /** Pages in print order. */
  pages: z.array(issuePageSchema).min(1),
  /** What the metadata rests on: one line per piece of evidence from the page text. */
  provenance: z.array(z.string()).default([]),
  /** Corrections to parsed items; they survive every re-ingest because ingest never writes issue.yaml. */
  overrides: z.array(overrideSchema).default([]),
});

export type Issue = z.infer<typeof issueSchema>;
export type IssuePage = z.infer<typeof issuePageSchema>;
