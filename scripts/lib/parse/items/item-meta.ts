import {
  isSignatureLine,
  parseBylineLine,
  parseNameByline,
  parseLeadCredit,
  parsePhotoCredit,
  parseTrailingCredit,
  isCaptionHint,
  opensLikeCaption,
} from '../recognize/index.ts';
import type { ArticleType, Item } from '../../../../src/schemas/item.ts';
import { titledName } from '../lines/name-bylines.ts';
import type { LineNode } from '../tree/types.ts';
import type { Decoration } from '../types.ts';
import type { EndMark } from '../units/end-marks.ts';

/**
 * Item metadata from credits: standalone bylines, the opening credit of the first
 * paragraph, the closing credit or photo credit of the last, and the item type they
 * imply. Credits inside the text stay in the body; only their names are copied out.
 */

const MARKER = /^[□■◇◆○●▲△▼▽★☆▌▍|｜◎]/u;

/** The item's credit fields, and what the credits say about its type. */
export interface Credits extends Pick<Item, 'byline' | 'authors' | 'source' | 'dateline'> {
  commentator: boolean;
  authorNote: boolean;
  /** The byline is a photographer's credit (`本报记者 李舸摄影报道` under a picture story's title). */
  photographer: boolean;
}

/** A signature of one unspaced name with a common surname (`王慧敏`) or of an official under a title (`陕西省副省长 林凯`), read as a byline. */
function signature(text: string): ReturnType<typeof parseNameByline> {
  const name = text.replace(MARKER, '').trim();
  if (/^\p{Script=Han}{2,3}$/u.test(name) && isSignatureLine(name)) return { byline: name, authors: [name], source: null, role: 'author' };
  const titled = titledName(name);
  return titled !== null ? { byline: name, authors: [titled], source: null, role: 'author' } : null;
}

/** Read byline lines; their □/■ markers are recorded as consumed decorations. */
export function readBylines(
  lines: LineNode[],
  decorations: Decoration[],
): Pick<Credits, 'byline' | 'authors' | 'source' | 'commentator' | 'photographer'> {
  const texts: string[] = [];
  const authors: string[] = [];
  let source: string | null = null;
  let commentator = false;
  let photographer = false;
  for (const line of lines) {
    const t = line.value.trim();
    const marker = MARKER.exec(t);
    if (marker) decorations.push({ line: line.position.start.line, text: marker[0], reason: 'marker' });
    const parsed = parseBylineLine(t) ?? parseNameByline(t) ?? signature(t);
    const photo = parsed === null ? parsePhotoCredit(t.replace(MARKER, '').trim()) : null;
    texts.push(parsed ? parsed.byline : t.replace(MARKER, '').trim());
    if (photo !== null && photo.text.trim() === t.replace(MARKER, '').trim()) {
      photographer = true;
      authors.push(...photo.authors);
      source ??= photo.source;
    }
    if (!parsed) continue;
    authors.push(...parsed.authors);
    source ??= parsed.source;
    commentator ||= parsed.role === 'commentator';
  }
  return { byline: texts.length > 0 ? texts.join(' ') : null, authors, source, commentator, photographer };
}

/** Combine byline, opening credit and closing credit into one set of credits. */
export function readCredits(bylineLines: LineNode[], first: string | null, last: string | null, decorations: Decoration[]): Credits {
  const by = readBylines(bylineLines, decorations);
  const lead = first !== null ? parseLeadCredit(first) : null;
  const trail = last !== null ? parseTrailingCredit(last) : null;
  const photo = last !== null && trail === null ? parsePhotoCredit(last) : null;
  const authors = [...new Set([...by.authors, ...(lead?.authors ?? []), ...(trail?.authors ?? []), ...(photo?.authors ?? [])])];
  return {
    byline: by.byline,
    authors,
    source: by.source ?? lead?.source ?? trail?.source ?? photo?.source ?? null,
    dateline: lead?.dateline ?? trail?.dateline ?? null,
    commentator: by.commentator,
    authorNote: trail?.note != null,
    photographer: by.photographer,
  };
}

const CAPTION_MAX = 320;
// Opinion columns: 短评, 时评, 快评, 评论员文章, 社论, 言论, 来论, 观点, 杂谈, 随笔, 今日谈.
const OPINION_COLUMN = /评|论$|^(?:言论|观点|杂谈|随笔|今日谈|编者按)$/u;

/** The type of an item with a body. */
export function itemType(opts: {
  ended: EndMark | null;
  titled: boolean;
  column?: string | null;
  paragraphs: string[];
  credits: Credits;
}): ArticleType {
  const { ended, titled, paragraphs, credits } = opts;
  if (ended === 'ad') return 'ad';
  if (ended === 'photo') return 'photo';
  const total = paragraphs.join('').length;
  const first = paragraphs[0] ?? '';
  if (!titled && paragraphs.length <= 3 && total <= CAPTION_MAX && (opensLikeCaption(first) || isCaptionHint(first))) return 'photo';
  if (credits.photographer && paragraphs.length <= 3 && total <= CAPTION_MAX) return 'photo';
  if (credits.commentator || credits.authorNote || OPINION_COLUMN.test(opts.column ?? '')) return 'commentary';
  return 'article';
}
