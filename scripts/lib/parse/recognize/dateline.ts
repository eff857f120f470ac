import { isSource } from './names.ts';

/**
 * Datelines of agency and newspaper reports: outlet, place, date and 电/讯 —
 * `新华社北京4月10日电`, `本报北京12月1日讯`, `中新网上海 6 月 1 日电`, `新华社杭州电`.
 */

/** A date as printed in a dateline, with or without extraction spaces (`6 月 21 日`). */
export const DATE_SRC = String.raw`[0-9０-９]{1,2}\s*月\s*[0-9０-９]{1,2}\s*日`;

const DATELINE_PLACES = /^\p{Script=Han}{2,6}(?:、\p{Script=Han}{2,6}){0,9}$/u;

/** Split an outlet-and-place string (`新华社北京`) into outlet and place; null if it does not start with an outlet. */
export function splitSourcePlace(text: string): { source: string; place: string } | null {
  const chars = [...text];
  // Outlet and place together are short; anything longer is running text.
  if (chars.length > 60) return null;
  // The whole string may be the outlet (`石阡县融媒体中心`, not 石阡县融媒 filed from 体中心).
  if (isSource(text)) return { source: text, place: '' };
  for (let i = 2; i <= chars.length; i++) {
    const source = chars.slice(0, i).join('');
    const place = chars.slice(i).join('');
    // Places in datelines are 2–6 characters (北京, 乌鲁木齐, 香港特别行政区 is written 香港); a
    // report filed from several places names them with 、 (本报柏林、巴黎3月2日电).
    if (isSource(source) && (place === '' || DATELINE_PLACES.test(place))) return { source, place };
  }
  return null;
}

const DATELINE = new RegExp(String.raw`^(?:据\s*)?(\p{Script=Han}[\p{Script=Han}、]{1,59}?)\s*(${DATE_SRC})?\s*(电|讯)$`, 'u');

/** Parse a whole dateline string (`新华社杭州 6 月 21 日电`), returning its outlet and the dateline without spaces. */
export function parseDateline(text: string): { source: string; dateline: string | null } | null {
  const m = DATELINE.exec(text.trim());
  if (!m) return null;
  const sp = splitSourcePlace(m[1]);
  if (!sp) return null;
  const dateline = sp.place !== '' || m[2] ? text.trim().replace(/^据/u, '').replace(/\s+/gu, '') : null;
  return { source: sp.source, dateline };
}
