import { z } from 'zod';
import { partialDateSchema } from './date.ts';
import { slugSchema, typedSlugSchema } from './slug.ts';
import { articleTypes, type Item } from './item.ts';
import * as says from './manifest-messages.ts';

export { slugSchema };

// Every field a maintainer types carries the sentence a wrong or missing value gets
// (`error: says.…`, from manifest-messages.ts): ingest, new-issue and the site's build say the same.

/** A page-file name next to issue.yaml: letters, digits, - and _, ending in .txt. */
const PAGE_FILE = /^[A-Za-z0-9_-]+\.txt$/;

/** A whole number from 1, with the sentence of the field it is. */
function countingNumber(error: z.core.$ZodErrorMap) {
  return z.number({ error }).int({ error }).min(1, { error });
}

/** One printed page (版面) of an issue, as the maintainer lists it in issue.yaml. */
export const issuePageSchema = z.object(
  {
    /** Page number as printed (第N版); when the text does not say, the page's position among the pages held. */
    number: countingNumber(says.pageNumberError),
    /** False when the page text does not show its number, so the site says 版次不详 instead of 第N版. */
    numberPrinted: z.boolean({ error: says.numberPrintedError }).default(true),
    /** Page name as printed, e.g. 头版, 区域动态; null when the page does not show one. */
    name: z.string({ error: says.pageNameError }).min(1, { error: says.pageNameError }).nullable().default(null),
    /** The raw text file of this page, next to issue.yaml, e.g. p01.txt. */
    file: z.string({ error: says.pageFileError }).regex(PAGE_FILE, { error: says.pageFileError }),
  },
  { error: says.pageEntryError },
);

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
export const publicationSchema = z.object(
  {
    /** Name as printed (聊城日报); null when the page does not name the paper (shown as such, never guessed). */
    name: z.string({ error: says.publicationNameError }).min(1, { error: says.publicationNameError }).nullable(),
    /** ASCII slug used in URLs and ids, e.g. liaocheng-ribao; `unidentified` when the name is unknown. */
    slug: typedSlugSchema(says.publicationSlugError),
    /** GB/T 2260 code of the place the paper is published in, when known (a separate axis from what articles are about). */
    region: z
      .string({ error: says.publicationRegionError })
      .regex(/^\d{6}$/, { error: says.publicationRegionError })
      .optional(),
    // Catalogue fields, as the masthead (报头) prints them; only where a maintainer
    // has them from the page or a library record. The paper's page shows them.
    /** 主办: the body that publishes the paper, as printed, e.g. 中共聊城市委. */
    sponsor: z.string({ error: says.sponsorError }).trim().min(1, { error: says.sponsorError }).optional(),
    /** 国内统一连续出版物号, e.g. CN 37-0024 (a newspaper: region-serial; periodicals add /class). */
    cn: z.string({ error: says.cnError }).regex(CN_PATTERN, { error: says.cnError }).optional(),
    /** ISSN, e.g. 1002-9419, with its check digit verified. */
    issn: z
      .string({ error: says.issnError })
      .regex(ISSN_PATTERN, { error: says.issnError })
      .refine(hasValidIssnCheckDigit, { error: says.issnError })
      .optional(),
  },
  { error: says.publicationError },
);

// A text field an override may set or clear, and a list of texts (authors, region codes).
const overrideText = z.string({ error: says.overrideTextError }).min(1, { error: says.overrideTextError }).nullable().optional();
function overrideList(field: 'authors' | 'regions') {
  const error = says.overrideListError(field);
  return z.array(z.string({ error }).min(1, { error }), { error }).optional();
}

/**
 * A maintainer's correction of what the parser found for one item. It names the
 * item by a line of the raw page file, because raw lines do not move when the
 * parser improves while item numbers may. Given fields replace the parser's.
 */
export const overrideSchema = z
  .object(
    {
      /** The page file the item is in, e.g. p01.txt. */
      file: z.string({ error: says.overrideFileError }).regex(PAGE_FILE, { error: says.overrideFileError }),
      /** Any line of the item in that file (1-based, as an editor shows it). */
      line: countingNumber(says.overrideNumberError('line')),
      type: z.enum(articleTypes, { error: says.overrideTypeError }).optional(),
      kicker: overrideText,
      title: overrideText,
      subtitle: overrideText,
      column: overrideText,
      byline: overrideText,
      authors: overrideList('authors'),
      source: overrideText,
      dateline: overrideText,
      continuedOn: countingNumber(says.overrideNumberError('continuedOn')).nullable().optional(),
      /** GB/T 2260 codes (e.g. "330300" for 温州市) or macro-region keys from src/data/macro-regions.json (e.g. changsanjiao for 长三角); replaces the tagger's regions. */
      regions: overrideList('regions'),
    },
    { error: says.overrideEntryError },
  )
  .strict();
export type Override = z.infer<typeof overrideSchema>;
// Checked by the compiler: besides where it points and the regions, an override sets only fields of the item contract (item.ts).
true satisfies Exclude<keyof Override, 'file' | 'line' | 'regions'> extends keyof Item ? true : false;

/**
 * issue.yaml: the maintainer-edited manifest of one issue. Together with the raw
 * page files it is the source of truth; everything under src/content/articles is
 * generated from it.
 */
export const issueSchema = z.object(
  {
    /** ASCII id, unique in the archive, e.g. liaocheng-ribao-2025-04-11. */
    id: typedSlugSchema(says.issueIdError),
    publication: publicationSchema,
    /** Publication date, as precise as the evidence allows. */
    date: partialDateSchema,
    /** Pages in print order. */
    pages: z.array(issuePageSchema, { error: says.pagesError }).min(1, { error: says.pagesError }),
    /** What the metadata rests on: one line per piece of evidence from the page text. */
    provenance: z.array(z.string({ error: says.provenanceError }), { error: says.provenanceError }).default([]),
    /** Corrections to parsed items; they survive every re-ingest because ingest never writes issue.yaml. */
    overrides: z.array(overrideSchema).default([]),
  },
  { error: says.manifestRootError },
);

export type Issue = z.infer<typeof issueSchema>;
export type IssuePage = z.infer<typeof issuePageSchema>;
