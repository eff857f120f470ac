import { parseAdvertorialMark } from './advertorial.ts';
import { memoByText } from './memo-by-text.ts';
import { parseBylineLine } from './byline.ts';
import { parseJumpLine } from '../../../../src/lib/jump-line.ts';
import { parseLeadCredit } from './lead-credit.ts';
import { parsePageCredits } from './page-credits.ts';
import { parsePhotoCredit } from './photo-credit.ts';
import { parseTrailingCredit } from './trailing-credit.ts';
import { isPersonName, startsWithCommonSurname } from './names.ts';

/**
 * One signal for headline detection: display heads are phrases, not sentences. They use
 * quotes, colons, dashes, 、 and spaces between phrases, at most one comma
 * (`订单数上涨，企业生产`), may end in ？or ！, and never end in 。 or ；.
 */

const MAX_LENGTH = 40;
// Punctuation that cannot start a line in Chinese typesetting (禁则): such a line continues a sentence.
const CONTINUATION_START = /^[，。、；：？！）」』】》〉”’,.;:?!)]/u;
// A line that stops on an opening mark or a pause was cut by the column width.
const CUT_END = /[（「『【《〈“‘(，、：,:—]$/u;
// Sentence openers followed by a comma (`近日，`, `4月8日，`, `据悉，`) and reported speech
// (`他表示，`) are sentence syntax; headlines attribute speech with a colon instead. `一是…`,
// `二是…` enumerate points inside a paragraph; display heads number with 一、 instead.
// A date may be a range (`3月17日至18日，`, `3月17日—18日，`) or local time (`当地时间3月1日，`).
const SENTENCE_OPENER =
  /^(?:当地时间)?(?:[0-9]{1,4}年)?(?:[0-9]{1,2}月)?(?:[0-9]{1,2}日)?(?:(?:至|到|—|-|－)(?:[0-9]{1,2}月)?[0-9]{1,2}日)?(?:上午|下午|晚间|晚上|凌晨|以来|前后|期间|春天|夏天|秋天|冬天|春季|夏季|秋季|冬季|年初|年底|年末|初|底|末)?，|^(?:近日|日前|目前|近年来|近期|据悉|据了解|据介绍|据统计|同时|此外|其中|如今|当前|今年以来|去年以来|与此同时|另外|然而|但是|因此|所以|比如|例如|首先|其次|最后|总之|对此)，|(?:说|表示|指出|认为|介绍|强调|透露|坦言|告诉记者)，|^[一二三四五六七八九十]是/u;
// An interview's turns open with the speaker's label (`记者：`, `问：`); they are never display type.
const INTERVIEW_TURN = /^(?:(本报记者|记者|主持人|问|答|[QA])|(\p{Script=Han}{2,3}))[：:]/u;

/**
 * True when a line opens an interview's turn: a role label (`记者：`, `答：`), or with
 * `names` also a speaker's name with a common surname (`王建军：`; `张琳说：` reports speech).
 */
export function opensInterviewTurn(line: string, { names = false }: { names?: boolean } = {}): boolean {
  const m = INTERVIEW_TURN.exec(line.trim().replace(/[\s\u3000]/gu, ''));
  if (m === null) return false;
  if (m[1] !== undefined) return true;
  return names && isPersonName(m[2]!) && startsWithCommonSurname(m[2]!) && !/[说道称讲问]$/u.test(m[2]!);
}
// Lines of a notice or an advertorial (`咨询热线：400-…`, `地址：…`, `●主办：…`) are label and value, never a head.
const FORM_FIELD =
  /^[●○■□◆◇▲△·•]?\s*(?:\p{Script=Han}{0,6}?(?:咨询|联系|服务|报名|投诉|举报|客服|订购|预约)?(?:热线|电话|地址|时间|地点|日期|截止日期|截止时间|网址|邮箱|微信|公众号|主办|承办|协办|主办单位|承办单位|展期|票价|营业时间)|(?:数据|资料|信息|图片)?来源)[：:]/u;
// A label and its value behind a list marker: a fact of a listing's entry (`●主办：故宫博物院`, `●展览：3月8日至5月4日`).
const FACT_LINE = /^[●○■□◆◇▲△•]\s*\p{Script=Han}{1,6}[：:]/u;

/** True when a line is a fact of a listing or notice behind its marker (`●时间：3月17日至6月17日`): text, never a head. */
export function isFactLine(line: string): boolean {
  return FACT_LINE.test(line.trim());
}
// A quoted line that ends its own sentence (`“你是哪里人？”`) is dialogue; a quoted headline has no final mark inside.
const DIALOGUE = /^[“「][^”」]*[？！。?!…][”」]$/u;

/** True when a line is a line of dialogue of its own: a quotation that ends its own sentence (`“你是哪里人？”`). */
export function isDialogueLine(line: string): boolean {
  return DIALOGUE.test(line.trim().replace(/[\s\u3000]/gu, ''));
}
// A speech's formulaic last words (`谢谢大家！`) close its text.
const SPEECH_CLOSE = /^(?:谢谢大家|谢谢各位|谢谢|感谢大家|祝大会圆满成功)[！!。]?$/u;
/**
 * A column tag printed after a headline, in parentheses: `（人民时评）`, `(大家手笔)`. Not a
 * part number (`（上）`), a date or an art medium's single word.
 */
export const COLUMN_TAG = /[（(]((?![上中下一二三四五六七八九十]+[）)])[\p{Script=Han}·]{2,20})[）)]$/u;

const PAIRS: Array<[string, string]> = [
  ['“', '”'],
  ['（', '）'],
  ['《', '》'],
  ['「', '」'],
  ['【', '】'],
  ['(', ')'],
];

const FRESH_OPENER =
  /^(?:[0-9]{1,4}年)?[0-9]{1,2}月[0-9]{1,2}日(?:上午|下午|晚间|晚上|凌晨)?，|^(?:近日|日前|近年来|近期|今年以来|去年以来)，/u;

/** True when a line opens a new sentence the way a paragraph's first line does (`3月5日，`, `近日，`), never a continuation. */
export function opensFreshSentence(line: string): boolean {
  // Extraction spaces (` 5 月 12 日，`) are not printed matter.
  return FRESH_OPENER.test(line.replace(/[\s\u3000]+/gu, ''));
}

function balanced(text: string): boolean {
  return PAIRS.every(([open, close]) => text.split(open).length === text.split(close).length);
}

/** True when a line reads like headline text: phrase punctuation only, moderate length, not a sentence or credit. */
function looksLikeHeadlineTextUncached(line: string): boolean {
  const t = line.trim().replace(/^#{1,6}\s+/u, '');
  const visible = t.replace(/[\s\u3000]/gu, '');
  const n = [...visible].length;
  if (n < 2 || n > MAX_LENGTH) return false;
  if (!/\p{Script=Han}/u.test(visible)) return false;
  if (/[。；;]/u.test(visible)) return false;
  const commas = (visible.match(/[，,]/gu) ?? []).length;
  const enumerations = (visible.match(/、/gu) ?? []).length;
  // Kickers mix 、 and ， (`优化流程、压减时限，惠企服务加速落地`); more than that is a sentence.
  if (commas > 1 || enumerations > 3) return false;
  // A dash-led line with a comma is an enumerated body paragraph (`——去年，…`), not a 副题.
  if (commas === 1 && /^[—–-]/u.test(visible)) return false;
  // ？/！ are allowed only at the very end (`巨大客流量为成都带来什么？`).
  if (/[？！?!]./u.test(visible.replace(/[？！?!][”’」』）)]*$/u, ''))) return false;
  if (CONTINUATION_START.test(visible) || (CUT_END.test(visible) && !/——$/u.test(visible)) || /…$/u.test(visible)) return false;
  if (SENTENCE_OPENER.test(visible) || opensInterviewTurn(visible) || !balanced(visible)) return false;
  if (FORM_FIELD.test(t) || isDialogueLine(visible) || SPEECH_CLOSE.test(visible)) return false;
  // Parentheses in display heads are rare and short (`（上）`); a longer aside is body text,
  // except a column tag printed beside the headline (`（人民时评）`).
  if (/[（(][^）)]{4,}[）)]/u.test(visible.replace(COLUMN_TAG, ''))) return false;
  if (parseBylineLine(t) || parseLeadCredit(t) || parseTrailingCredit(t) || parsePhotoCredit(t)) return false;
  if (parseAdvertorialMark(t) || parsePageCredits(t) || parseJumpLine(t)) return false;
  return true;
}

/** looksLikeHeadlineText, remembered for the strings seen last (memo-by-text.ts: the parser asks the same text many times). */
export const looksLikeHeadlineText = memoByText(looksLikeHeadlineTextUncached);
