import { parseCreditList } from './credit-list.ts';
import { memoByText } from './memo-by-text.ts';
import { isPersonName, isSource, splitSourceRole, startsWithCommonSurname } from './names.ts';
import type { PhotoCredit } from './types.ts';

/**
 * Photo credits that close a caption: `新华社记者 杨世尧 摄`, `本报记者 X 摄`, `X/摄`,
 * `新华网 发`, `新华社发`, `X 供图`, `(资料图片)`. `isCaptionHint` flags other signs of a caption.
 */

const STOCK = /^(?:本报|本刊|新华社|\p{Script=Han}{2,10}(?:报|社|网))?(?:资料图片|资料照片|资料图|档案照片|图片|照片|视频截图|截图|供图)$/u;
const SUPPLIED = /^(?:图片由)?([\p{Script=Han}A-Za-z]{2,16}?)(?:供图|提供)$/u;

/** Parse the credit-like tail (no outer parentheses) of a caption; null if it is not a credit. */
function parseTail(tail: string): Omit<PhotoCredit, 'text'> | null {
  const t = tail.trim();
  // `文/摄`: the reporter wrote the text and took the pictures — a byline over the text, not a caption's credit.
  if (/文\s*[/／]\s*摄$/u.test(t)) return null;
  if (STOCK.test(t.replace(/\s+/gu, ''))) {
    const src = /^(本报|本刊|新华社|\p{Script=Han}{2,10}(?:报|社|网))?/u.exec(t.replace(/\s+/gu, ''))?.[1] ?? null;
    return { authors: [], source: src };
  }
  const supplied = SUPPLIED.exec(t.replace(/\s+/gu, ''));
  if (supplied) return { authors: [], source: supplied[1] };
  // `新华社发` / `新华网 发`, optionally followed by a photographer (`新华社发 张三 摄`).
  const issued = /^(\S{2,16}?)\s*发(?:\s+(.+))?$/u.exec(t);
  if (issued && isSource(issued[1])) {
    if (issued[2] === undefined) return { authors: [], source: issued[1] };
    const inner = parseTail(issued[2]);
    return inner ? { authors: inner.authors, source: issued[1] } : null;
  }
  const shot = /^(.+?)(?:\s+|\s*[/／]\s*)(?:摄|摄影|拍摄|摄影报道)$/u.exec(t);
  if (shot) {
    const list = parseCreditList(shot[1]);
    if (list && list.authors.length > 0) return { authors: list.authors, source: list.source };
  }
  // 摄 glued to a padded name after a role word (`本报记者  李  明摄`, `新华社记者 张  三摄`); 摄影报道,
  // which no sentence ends in, also after bare names (`史自强 郝群英摄影报道`).
  const glued = /^(.+?\s.*?)(摄影报道|摄影|摄)$/u.exec(t);
  if (glued) {
    const list = parseCreditList(glued[1]);
    if (list && (list.marked || glued[2] === '摄影报道') && list.authors.length > 0) return { authors: list.authors, source: list.source };
  }
  // `摄影 张三` / `摄影：张三`
  // (The label is set apart by a colon, slash or space: `图片报道` is a head, not 图 + a name.)
  const label = /^(?:摄影|图)(?:\s*[:：/／]\s*|\s+)(.+)$/u.exec(t);
  if (label) {
    const list = parseCreditList(label[1]);
    if (list && list.authors.length > 0 && list.source === null) return { authors: list.authors, source: null };
  }
  return null;
}

// Picture agencies credited in parentheses after the photographer or alone (`（视觉中国）`, `王东摄（法新社）`).
const PICTURE_AGENCY =
  /^(?:视觉中国|东方IC|人民视觉|人民图片|图虫创意|CFP|IC\s?photo|法新社|路透社|美联社|欧新社|盖蒂图片社|澎湃影像|中新图片)$/iu;

// The photographer printed right before the agency's parentheses (`王东摄（新华社发）`, `张三摄影报道（视觉中国）`).
const SHOOTER_BEFORE = /(?:^|(?<=[。！？…”’」』）)]\s*))(\p{Script=Han}[\p{Script=Han}\s]{0,24}?)\s*(?:摄|摄影|拍摄|摄影报道)\s*$/u;

// Every credit recognized below ends in one of these characters (摄, 摄影, 摄影报道, 发, 供图, 提供,
// 资料图片 …, a picture agency's name, a closing parenthesis) or starts with a label (摄影：, 图/).
// Checking that first keeps the end-anchored look-behind patterns, which V8 tries at every
// position of a paragraph, off the paragraphs that end like prose (…。), the common case.
const CREDIT_LAST = new Set([...'）)摄影道发图供片国Cc觉意Oo社像Pp']);
const LABELLED = /(?:摄影|图)[\s:：/／]/u;

/** Recognize the photo credit at the end of a caption, or return null; `text` is the credit as printed. */
function parsePhotoCreditUncached(text: string): PhotoCredit | null {
  const trimmed = text.trimEnd();
  if (!CREDIT_LAST.has(trimmed.at(-1) ?? '') && !LABELLED.test(trimmed)) return null;
  const paren = /[（(]([^（）()]{1,40})[）)]$/u.exec(trimmed);
  // `新华社发（王  哲摄）`: an agency's issue mark, the photographer in parentheses after it.
  const issuedBy = /(?:^|(?<=[。！？”）)]\s*))(\S{2,16}?)\s*发\s*[（(]((?:\p{Script=Han}[\s\u3000]*){2,4})摄[）)]$/u.exec(trimmed);
  const shooterName = issuedBy ? issuedBy[2]!.replace(/[\s\u3000]+/gu, '') : '';
  if (issuedBy && isSource(issuedBy[1]!) && isPersonName(shooterName))
    return { authors: [shooterName], source: issuedBy[1]!, text: issuedBy[0].trim() };
  if (paren) {
    const agency = PICTURE_AGENCY.test(paren[1]!.trim()) ? { authors: [], source: paren[1]!.trim() } : null;
    const inner = agency ?? parseTail(paren[1]);
    if (inner) {
      const shooter = SHOOTER_BEFORE.exec(trimmed.slice(0, paren.index));
      const names = shooter ? parseCreditList(shooter[1]!) : null;
      if (shooter && names && names.authors.length > 0) {
        return { authors: names.authors, source: inner.source ?? names.source, text: `${shooter[0].trimStart()}${paren[0]}` };
      }
      return { ...inner, text: paren[0] };
    }
  }
  // The credit is the last few space-separated tokens; try the longest tail first so
  // `张三 李四 摄` keeps both names, but never cross sentence punctuation.
  const spans: number[] = [];
  const re = /\S+/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(trimmed)) !== null) spans.push(m.index);
  for (let i = Math.max(0, spans.length - 8); i < spans.length; i++) {
    let tail = trimmed.slice(spans[i]);
    if (/[，。；！？,;!?“”]/u.test(tail)) {
      // A credit glued to the caption's last sentence (`…游览。新华社记者 张  三摄`) starts after its end mark;
      // otherwise a sentence-final mark glued to the first token (`24.72％。 新华社记者`) is not part of the tail.
      const glued = /^[^\s]*[。！？!?”](?=[^\s。！？!?”，,；;“]+\s)/u.exec(tail);
      if (glued === null || /[，。；！？,;!?“”]/u.test(tail.slice(glued[0].length))) continue;
      spans[i] += glued[0].length;
      tail = tail.slice(glued[0].length);
    }
    const parsed = parseTail(tail);
    if (!parsed) continue;
    // Inside running text, padded names (`李 晔 摄`) are indistinguishable from a letter-spaced
    // line (`正 在 拍 摄`); they count only after a finished sentence or with an outlet.
    const before = trimmed.slice(0, spans[i]).trimEnd();
    const afterSentence = before === '' || /[。！？!?）)”」』】]$/u.test(before);
    if (!afterSentence && parsed.source === null && /(?:^|\s)\p{Script=Han}(?=\s|[/／])/u.test(tail)) continue;
    return { ...parsed, text: tail };
  }
  // `张三/摄` glued to the end of the caption's last sentence.
  const slashed = /(?<=[。！？”）)])[^。！？”）)\s][^。！？”）)]{1,20}?[/／]\s*(?:摄|摄影)$/u.exec(trimmed);
  if (slashed) {
    const parsed = parseTail(slashed[0]);
    if (parsed) return { ...parsed, text: slashed[0] };
  }
  // A bare name glued to 摄 after the caption's last sentence or alone (`…护航。王丽娟摄`, `郑  强摄`),
  // also on a line of its own under the caption (joined to it with a space);
  // a picture agency alone on the caption's last line (`人民视觉`).
  const bare = /(?:^|(?<=[。！？”）)]\s*))(\p{Script=Han}(?:[\s\u3000]*\p{Script=Han}){1,2})\s*(?:摄|摄影)$/u.exec(trimmed);
  const name = bare?.[1]!.replace(/[\s\u3000]+/gu, '');
  if (bare && name !== undefined && isPersonName(name) && startsWithCommonSurname(name))
    return { authors: [name], source: null, text: bare[0] };
  const agency = /(?:^|(?<=[。！？”）)]\s*))([^\s。！？”）)]{2,12})$/u.exec(trimmed);
  if (agency && PICTURE_AGENCY.test(agency[1]!)) return { authors: [], source: agency[1]!, text: agency[0].trim() };
  // `新华社记者张三摄` printed without spaces, right after a sentence end.
  const glued = /(?<=^|[。！？”）)\s])(\p{Script=Han}{2,12}?(?:记者|通讯员))(\p{Script=Han}{2,3})摄$/u.exec(trimmed);
  if (glued && splitSourceRole(glued[1])) return { authors: [glued[2]], source: splitSourceRole(glued[1])!.source, text: glued[0] };
  return null;
}

// Captions open on the time of the picture, often the local date abroad (`4月9日，`, `当地时间3月1日，`, `近日，`), or on 图为.
const CAPTION_START = /^(?:当地时间)?(?:[0-9０-９]{1,2}月[0-9０-９]{1,2}日|近日|日前)(?:上午|下午|晚上|晚间|凌晨)?[，,]|^图为/u;

/** True when a paragraph opens the way a photo caption does. */
export function opensLikeCaption(text: string): boolean {
  return CAPTION_START.test(text.trim());
}

const HINT_START = /^(?:图为|图[①-⑳0-9一二三四五六七八九十]|[上下左右中]图[：:为]?|组图|图片说明|题图)/u;
const HINT_PAREN = /[（(](?:[^（）()]{0,12}(?:照片|图片|截图|资料图|航拍|示意图)|[前后中]?排?[左右][一二三四五六七八九]|中)[）)]/u;

/** True when a text shows signs of being a photo caption: `图为…`, `（无人机照片）`, `（左一）`, or a photo credit. */
export function isCaptionHint(text: string): boolean {
  const t = text.trim();
  return HINT_START.test(t) || HINT_PAREN.test(t) || parsePhotoCredit(t) !== null;
}

/** parsePhotoCredit, remembered for the strings seen last (memo-by-text.ts: the parser asks the same text many times). */
export const parsePhotoCredit = memoByText(parsePhotoCreditUncached, (credit) =>
  credit === null ? null : { ...credit, authors: [...credit.authors] },
);
