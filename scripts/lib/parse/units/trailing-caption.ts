import { isCaptionHint, opensLikeCaption, parsePhotoCredit } from '../recognize/index.ts';
import { splitBody } from '../tree/body.ts';
import type { Block, BodyNode } from '../tree/types.ts';
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

function captionPart(body: BodyNode): number {
  const k = body.children.length - 1;
  const last = rawParagraph(body.children[k]).trim();
  // （本报记者 X 摄） reads as a closing credit too; what matters is that it credits a photo.
  if (body.ended !== 'photo' && parsePhotoCredit(last) === null) return -1;
  // At least two paragraphs of article text before it, or one that opens as a report does (a brief).
  const article = k >= 2 || (k === 1 && opensReport(rawParagraph(body.children[0]!)));
  if (!article || body.children[k - 1]!.type !== 'paragraph') return -1;
  if ([...last].length > CAPTION_MAX || !(opensLikeCaption(last) || isCaptionHint(last.split(/[。]/u)[0]))) return -1;
  return k;
}

/** Cut trailing photo captions off the bodies they were run into. */
export function splitTrailingCaptions(blocks: Block[]): Block[] {
  return blocks.flatMap((block): Block[] => {
    if (block.type !== 'body') return [block];
    const k = captionPart(block);
    return k < 0 ? [block] : splitBody(block, k);
  });
}
