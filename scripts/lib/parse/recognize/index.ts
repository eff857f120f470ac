/** Pure recognizers for lines and phrases of Chinese newspaper pages (see docs/parser-recognizers.md). */
export type * from './types.ts';
export { parseAdvertorialMark } from './advertorial.ts';
export { boxLabelKind } from './box-label.ts';
export { parseBylineLine, parseNameByline } from './byline.ts';
export { closesEditorsNote, isSignatureLine, parseClosingNote } from './closing-note.ts';
export { parseCreditList, type CreditList } from './credit-list.ts';
export { normalizeCreditSpacing } from './credit-spacing.ts';
export { parseDateline, splitSourcePlace } from './dateline.ts';
export { COLUMN_TAG, isDialogueLine, isFactLine, looksLikeHeadlineText, opensFreshSentence, opensInterviewTurn } from './headline-text.ts';
export { parseJumpLine } from '../../../../src/lib/jump-line.ts';
export { parseLeadCredit } from './lead-credit.ts';
export { isPersonName, isSource, readNames } from './names.ts';
export { parsePageCredits } from './page-credits.ts';
export { isCaptionHint, opensLikeCaption, parsePhotoCredit } from './photo-credit.ts';
export { endsLeadIn, endsSentence } from './sentence.ts';
export { splitSubtitleDash } from './subtitle-dash.ts';
export { parseTrailingCredit } from './trailing-credit.ts';
