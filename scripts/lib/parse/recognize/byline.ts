import { parseCreditList } from './credit-list.ts';
import { normalizeCreditSpacing } from './credit-spacing.ts';
import { readBareNames, startsWithCommonSurname, tokens } from './names.ts';
import { parsePhotoCredit } from './photo-credit.ts';
import type { Byline } from './types.ts';

/**
 * Standalone byline lines, printed between headline and body: `浙江日报记者 殷诚聪 汪子芳`,
 * `□ 本报记者 夏先清 杨子佩`, `■ 本报评论员`, `□ 翁哲宁`, `文/图 张三`.
 */

// Bylines are often led by a typographic box or bullet.
const MARKER = /^[□■◇◆○●▲△▼▽★☆▌▍|｜◎]\s*/u;
// A byline never contains sentence punctuation; 、 may join outlets (华西都市报、封面新闻记者) or names.
const SENTENCE = /[，。；！？!?,;：:“”"「」《》]/u;

/** Recognize a standalone byline line, or return null for anything else (sentences, photo credits, headlines). */
export function parseBylineLine(line: string): Byline | null {
  const trimmed = line.trim();
  // `作者：沈立`, `文：王林`, `执笔：…`: a label and a colon before the names.
  const labelled = /^(?:作者|文|撰文|执笔|文字)[:：]\s*(\S.*)$/u.exec(trimmed.replace(MARKER, ''));
  const hasMarker = MARKER.test(trimmed) || labelled !== null;
  const body = labelled ? labelled[1]!.trim() : trimmed.replace(MARKER, '').trim();
  if (body === '' || SENTENCE.test(body) || [...body.replace(/\s/gu, '')].length > 30) return null;
  // `X 摄` / `新华网 发` close a photo caption; that is parsePhotoCredit's business.
  // (`文/摄` is a byline: the reporter wrote the text and took the pictures.)
  if (/(?:^|[\s/／])(?:摄|发|摄影报道)$/u.test(body) && !/文\s*[/／]\s*摄$/u.test(body)) return null;
  if (parsePhotoCredit(body)?.text.trim() === body) return null;
  // Guest commentators print their affiliation after the name: `□ 张三（中国人民大学教授）`.
  const affiliated = /^(.+?)\s*[（(]([^（）()]{2,30})[）)]$/u.exec(body);
  const list = parseCreditList(affiliated ? affiliated[1] : body);
  if (list === null) return null;
  if (affiliated && list.authors.length === 0) return null;
  // Bare names are a byline only behind a byline marker (`□ 翁哲宁`); otherwise a short
  // two-word line such as a column head would pass for one.
  if (!list.marked && !hasMarker) return null;
  // A role word alone (`记者`) needs an outlet to be a byline (`本报评论员`).
  if (list.authors.length === 0 && list.source === null) return null;
  return {
    byline: normalizeCreditSpacing(labelled ? trimmed.replace(MARKER, '').trim() : body),
    authors: list.authors,
    source: list.source,
    role: list.role ?? 'author',
    ...(affiliated ? { affiliation: affiliated[2].trim() } : {}),
  };
}

// A feature written by a team signs with three or four names (`李  亮  李德忠  王  鑫`).
const MAX_BARE_NAMES = 4;

/**
 * A line of one to four bare person names (`王 建`, `钟岩`), which is a byline only where
 * the page puts it: right under a headline, over the body (guest commentaries and 短评 sign
 * this way). The caller checks the position; this only reads the names.
 */
export function parseNameByline(line: string): Byline | null {
  const raw = line.trim().replace(MARKER, '');
  // Unspaced, a lone 3-character "name" is as likely the tail of a headline (`越热闹`); a
  // signature is set apart: a 2-character name padded to three (`王 建`) or names spaced apart.
  if (!/\S[ \u3000]+\S/u.test(raw)) return null;
  const text = normalizeCreditSpacing(raw);
  if (SENTENCE.test(text)) return null;
  const names = readBareNames(tokens(text));
  if (names === null || names.length === 0 || names.length > MAX_BARE_NAMES) return null;
  // Past two, every name must look like one: a run of short words is as often a spaced headline.
  if (names.length > 2 && !names.every(startsWithCommonSurname)) return null;
  return { byline: text, authors: names, source: null, role: 'author' };
}
