import { parseLeadCredit } from '../recognize/index.ts';
import type { LineNode } from '../tree/types.ts';

/** True when a line opens a new report with an agency or house credit (`本报讯（…）`, `据天津日报讯`, `新华社北京4月10日电`, `据…融媒体中心消息`). */
export function opensReport(value: string): boolean {
  const lead = parseLeadCredit(value);
  return lead !== null && /[讯电]|消息|[（(]/u.test(lead.text);
}

/**
 * True when the line at `i` opens a report, on its own or with the line after it: a dateline
 * head is often broken at the line end (`本报海南博鳌 3 月 25 日` / `电  （记者…）`).
 */
export function opensReportAt(lines: LineNode[], i: number): boolean {
  const line = lines[i];
  if (line === undefined) return false;
  if (opensReport(line.value)) return true;
  const next = lines[i + 1];
  if (next === undefined || next.data.kind !== 'text' || next.data.gap > 1) return false;
  const head = line.value.trim();
  const joined = head + next.value.trim();
  if (!opensReport(joined)) return false;
  // The outlet must be printed on this line, where the head starts (not a headline above a report).
  const source = parseLeadCredit(joined)?.source ?? '';
  return source !== '' && [...source].length <= 12 && head.replace(/^据\s*/u, '').startsWith(source);
}
