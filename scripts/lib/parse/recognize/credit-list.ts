import { isPlaceName } from './place-names.ts';
import { isPersonName, readBareNames, readNames, roleOf, ROLE_WORDS, splitSourceRole, tokens, type Role } from './names.ts';

/**
 * The common core of bylines and parenthesized credits: a sequence of role words
 * (optionally prefixed by an outlet, `本报记者`, `新华社记者`) and person names, optionally
 * ending in a verb of authorship (报道, 整理, 摄). `记者 朱海波 通讯员 翟晓婵 公正`,
 * `陈文杰 刘 佳`, `记者罗勉`, `文/图 张三`, `张三 文/图`.
 */
export interface CreditList {
  authors: string[];
  source: string | null;
  role: Role | null;
  /** True when the list contained a role word or an authorship verb, which makes it a credit even with one name. */
  marked: boolean;
}

const TRAILING_VERB = /^(?:报道|整理|采写|编译|综合报道|摄影报道|摄|发|文\/图|图\/文|文\/摄|文|图|撰文|执笔|口述)$/u;
const SLASH_LABEL = /^(?:文|图|摄|文\/图|图\/文|摄影|撰文|文字|图片)$/u;
const ATTACHED_ROLE = new RegExp(`^(.*?)(${ROLE_WORDS.join('|')})(\\p{Script=Han}{2,4}?)(报道|整理|采写)?$`, 'u');

const PLACE = '\u0000place';

/** Parse a list of role words and names; return null when any piece is neither. */
export function parseCreditList(text: string): CreditList | null {
  // Slashes join labels to names in `文/图 张三`, `文/张三`, `张三/摄`: treat them as token breaks.
  const norm = text.replace(/／/gu, '/').replace(/\s*\/\s*/gu, '/');
  // 、 separates names (`张三、李四`) except inside a list of outlets before a role (`华西都市报、封面新闻记者`).
  const split = tokens(norm).flatMap((t) => (t.includes('、') && !splitSourceRole(t) ? t.split('、').filter((p) => p !== '') : [t]));
  const raw = split.flatMap((t) => {
    if (/^(?:文\/图|图\/文|文\/摄)$/u.test(t)) return [t];
    const parts = t.split('/');
    if (parts.length === 2 && (SLASH_LABEL.test(parts[0]) || SLASH_LABEL.test(parts[1]))) {
      return parts.filter((p) => p !== '').map((p) => (SLASH_LABEL.test(p) ? `${p}/` : p));
    }
    // Where the report was filed (`发自北京`, `北京报道`) is not a name.
    if (/^发自\p{Script=Han}{2,8}$/u.test(t)) return [PLACE];
    const filed = /^(\p{Script=Han}{2,6}?)报道$/u.exec(t);
    if (filed && isPlaceName(filed[1])) return [PLACE, '报道'];
    // `罗勉报道` / `张三整理`: an authorship verb glued to the last name.
    const glued = /^(\p{Script=Han}{2,4}?)(报道|整理|采写)$/u.exec(t);
    if (glued && !ROLE_WORDS.some((w) => glued[1].endsWith(w))) return [glued[1], glued[2]];
    return [t];
  });
  if (raw.length === 0) return null;
  const result: CreditList = { authors: [], source: null, role: null, marked: false };
  let pending: string[] = [];
  let inRole = false;
  // 文/图 labels and verbs say someone wrote it, a role word says who they are: the role word wins.
  let verbRole: Role | null = null;
  const flush = (): boolean => {
    if (pending.length === 0) return true;
    const names = inRole ? readNames(pending, true) : readBareNames(pending);
    pending = [];
    if (names === null) return false;
    result.authors.push(...names);
    return true;
  };
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i];
    if (t === PLACE) {
      if (!flush()) return null;
      continue;
    }
    const label = t.endsWith('/') ? t.slice(0, -1) : /^(?:文\/图|图\/文|文\/摄)$/u.test(t) ? t : null;
    if (label !== null || (TRAILING_VERB.test(t) && i === raw.length - 1 && i > 0)) {
      if (!flush()) return null;
      result.marked = true;
      verbRole ??= /^(?:摄|发|报道|采写)$/u.test(t) ? 'reporter' : 'author';
      inRole = true;
      continue;
    }
    const sr = splitSourceRole(t);
    if (sr) {
      if (!flush()) return null;
      result.marked = true;
      result.source ??= sr.source;
      result.role ??= roleOf(sr.role);
      inRole = true;
      continue;
    }
    const attached = ATTACHED_ROLE.exec(t);
    if (attached) {
      const sr2 = splitSourceRole(attached[1] + attached[2]);
      if (sr2 && isPersonName(attached[3], true)) {
        if (!flush()) return null;
        result.marked = true;
        result.source ??= sr2.source;
        result.role ??= roleOf(sr2.role);
        result.authors.push(attached[3]);
        inRole = true;
        if (attached[4]) result.role ??= 'reporter';
        continue;
      }
    }
    pending.push(t);
  }
  if (!flush()) return null;
  if (result.authors.length === 0 && !result.marked) return null;
  result.role ??= verbRole;
  return result;
}
