import { parseLeadCredit } from '../recognize/index.ts';

/** True when a line opens a new report with an agency or house credit (`本报讯（…）`, `据天津日报讯`, `新华社北京4月10日电`). */
export function opensReport(value: string): boolean {
  const lead = parseLeadCredit(value);
  return lead !== null && /[讯电]|[（(]/u.test(lead.text);
}
