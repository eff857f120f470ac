/**
 * The dash that opens a 副题 (`——吉林省开发区产业集群发展观察`, `———来自长三角的一线经济信号`).
 * The subtitle field drops it; returning it separately lets the caller account for it.
 */

// Em dashes, horizontal bars and box-drawing dashes all serve as the 破折号; extraction
// sometimes yields three of them, or ASCII hyphens.
const DASH = /^([—―─━–－-]{2,4}|[—―─━]|⸺|⸻)[ \t\u3000]*(?=[^\s—―─━–－-])/u;

/** Split a leading subtitle dash off a line, or return null when the line does not start with one. */
export function splitSubtitleDash(line: string): { dash: string; text: string } | null {
  const t = line.trim();
  const m = DASH.exec(t);
  if (!m) return null;
  const text = t.slice(m[0].length).trim();
  // A lone ASCII hyphen or dash before a number is a minus or a range, not a 破折号.
  if (/^[-–－]$/u.test(m[1]) || text === '') return null;
  return { dash: m[1], text };
}
