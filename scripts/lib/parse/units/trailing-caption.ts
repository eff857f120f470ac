import { isCaptionHint, opensLikeCaption, parsePhotoCredit } from '../recognize/index.ts';
import type { Block, BodyBlock } from './segment.ts';
import { rawParagraph } from './unit-text.ts';
import { opensReport } from '../lines/report-opener.ts';

/**
 * A photo printed at the end of an article: its caption (`3月10日，在…现场，…。（本报记者 X 摄）`)
 * follows the article's last paragraph with nothing between them in the text. The caption
 * is an item of its own, so a body that ends with a photo credit and whose last paragraph
 * opens like a caption (a date, 近日, 图为…) is cut before that paragraph when at least two
 * paragraphs of article text come before it, or one that opens with a report's credit (a brief).
 */

const CAPTION_MAX = 160;

function captionPart(body: BodyBlock): number {
  const k = body.parts.length - 1;
  const last = rawParagraph(body.parts[k].unit).trim();
  // （本报记者 X 摄） reads as a closing credit too; what matters is that it credits a photo.
  if (body.ended !== 'photo' && parsePhotoCredit(last) === null) return -1;
  // At least two paragraphs of article text before it, or one that opens as a report does (a brief).
  const article = k >= 2 || (k === 1 && opensReport(rawParagraph(body.parts[0]!.unit)));
  if (!article || body.parts[k - 1]!.kind !== 'paragraph') return -1;
  if ([...last].length > CAPTION_MAX || !(opensLikeCaption(last) || isCaptionHint(last.split(/[。]/u)[0]))) return -1;
  return k;
}

/** Cut trailing photo captions off the bodies they were run into. */
export function splitTrailingCaptions(blocks: Block[]): Block[] {
  return blocks.flatMap((block): Block[] => {
    if (block.type !== 'body') return [block];
    const k = captionPart(block);
    if (k < 0) return [block];
    const article: BodyBlock = { type: 'body', parts: block.parts.slice(0, k), ended: null, continuedOn: null, jumps: [] };
    const photo: BodyBlock = { ...block, parts: block.parts.slice(k) };
    return [article, photo];
  });
}
