import { foldFullwidth } from '../normalize/fullwidth.ts';

/**
 * Data boxes (数据框): a period label set as display type (`2023年前三季度`, `２０２４年１—２月`)
 * over a figure line (`郑州地区生产总值增速 6.5%`). Both are body text of the article
 * they stand in, not a subhead and not a paragraph that runs on into the next one.
 */

const PERIOD =
  /^(?:[0-9]{4}年)?(?:[0-9]{1,2}(?:[—–\-~～至][0-9]{1,2})?月(?:份|末|底)?|前?[一二三四1-4](?:季度)|(?:前|第)?[一二三四1-4]季度|上半年|下半年|全年|[0-9]{4}年)$/u;

/** True when a display line is only a statistical period (`2024年1—2月`, `2023年前三季度`, `上半年`). */
export function isPeriodLabel(text: string): boolean {
  return PERIOD.test(foldFullwidth(text).replace(/[\s\u3000]/gu, ''));
}

/** True when a line ends in a figure (`增速 6.5%`, `1.2万吨`) with no punctuation after it, as a data box line does. */
export function endsInFigure(text: string): boolean {
  return /[0-9][0-9.]*\s*(?:%|‰|万|亿|万元|亿元|万吨|吨|元|个|家|人次|万人次|倍)?$/u.test(foldFullwidth(text.trim()));
}
