import type { NoticeView, ReportView } from './continuation.js';
import { namesMonthDay } from './day-marks.js';
import { distinctive } from './headlines.js';
import { foldSearch, normalizeOrgName } from './match.js';
import {
  daysBetween,
  earlierReportRefs,
  groupCompanies,
  openingNamesUpdate,
  type ReportDate,
  sameReportDate,
} from './report-refs.js';
import { openingSubject } from './report-refs-en.js';
import { namedAsSupplier } from './speaker.js';

/**
 * What the continuation decision (continuation.ts) reads of a new notice's text, computed once per
 * notice however many candidates it is scored against — on the ingest's extraction worker when there
 * is one — and the keys the store looks its candidates up by. Pure.
 */

/**
 * What the store looks incidents up by besides the notice's organisation and site: the report dates
 * it refers to, ISO (「5月9日にお知らせした」 → 2024-05-09; a date without its year takes the notice's
 * year, or the year before when it would fall after the notice), and the group companies it names.
 */
export function candidateKeys(n: NoticeView): { reportDates: string[]; groupCompanies: string[] } {
  const { refs, groups } = references(n);
  const year = n.published ? Number(n.published.slice(0, 4)) : null;
  const out = new Set<string>();
  for (const d of refs.dates) {
    if (d.m < 1 || d.m > 12 || d.d < 1 || d.d > 31) continue;
    let y = d.y ?? year;
    if (y === null) continue;
    const iso = (yy: number) => `${yy}-${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}`;
    if (d.y === null && n.published && iso(y) > n.published) y -= 1;
    out.add(iso(y));
  }
  return { reportDates: [...out], groupCompanies: groups };
}

/** What a notice's text says, read once however many candidates it is scored against. */
export interface TextEvidence {
  refs: ReturnType<typeof earlierReportRefs>;
  folded: string;
  /** Group companies the notice names, and their normalizeOrgName keys. */
  groups: string[];
  groupKeys: Set<string>;
  /** The notice's organisation is named only as its contractor, or as its vendor (see namedAsSupplier). */
  orgIsContractor: boolean;
  /** The text's first 3,000 characters, NFKC (where a subject is looked for). */
  head: string;
  /** The distinctive part of the notice's headline ('' without one). */
  own: string;
  /** The update heading or opening words that name the notice an update (openingNamesUpdate), or null. */
  opening: string | null;
  /** The name its opening sentence speaks as ("Tillbury University today gave …"), or null. */
  subject: string | null;
}
const refsCache = new WeakMap<NoticeView, Pick<TextEvidence, 'refs' | 'groups'>>();
/** The references and group companies alone (what the candidate lookup needs for every notice). */
function references(n: NoticeView): Pick<TextEvidence, 'refs' | 'groups'> {
  let r = refsCache.get(n);
  if (!r) {
    r = { refs: earlierReportRefs(n.text), groups: groupCompanies(n.text) };
    refsCache.set(n, r);
  }
  return r;
}
const textCache = new WeakMap<NoticeView, TextEvidence>();
/** Everything the decision reads of the text, only for notices that have candidates. */
export function textEvidence(n: NoticeView): TextEvidence {
  let e = textCache.get(n);
  if (!e) {
    e = noticeEvidence(n);
    textCache.set(n, e);
  }
  return e;
}

/** What the decision reads of a notice's text (pure: the ingest's extraction worker computes it). */
export function noticeEvidence(n: NoticeView): TextEvidence {
  return {
    ...references(n),
    folded: foldSearch(n.text),
    groupKeys: new Set(references(n).groups.map(normalizeOrgName)),
    orgIsContractor: n.organization !== null && namedAsSupplier(n.text, n.organization),
    head: n.text.normalize('NFKC').slice(0, 3000),
    own: n.headline ? distinctive(n.headline, [n.organization]) : '',
    opening: openingNamesUpdate(n.text),
    subject: n.organization ? null : openingSubject(n.text),
  };
}

/** Uses `e` (noticeEvidence of a notice with n's text and report) as what n's text says. */
export function seedEvidence(n: NoticeView, e: TextEvidence): void {
  refsCache.set(n, { refs: e.refs, groups: e.groups });
  textCache.set(n, e);
}

/** Whether a referenced day (its year, when not given, taken from `from`) lies between two ISO days. */
export function withinSpan(ref: ReportDate, from: string | null, to: string | null): boolean {
  if (!from || !to) return false;
  const y = ref.y ?? Number(from.slice(0, 4));
  const iso = `${y}-${String(ref.m).padStart(2, '0')}-${String(ref.d).padStart(2, '0')}`;
  return iso >= from && iso <= to;
}

/** Whether a referenced report date lies before a published date (a year not given takes its year). */
export function dayBefore(ref: ReportDate, iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(ref.y ?? y!, ref.m - 1, ref.d) < Date.UTC(y!, m! - 1, d!);
}

/** The fewest days between a page's day and its candidate's reports' days, or null when undated. */
export function nearDays(n: ReportView, reports: readonly ReportView[]): number | null {
  if (!n.day) return null;
  const days = reports.map((r) => r.day).filter((d): d is string => Boolean(d));
  return days.length > 0 ? Math.min(...days.map((d) => daysBetween(n.day!, d))) : null;
}

/**
 * The first of a notice's report dates that one of an incident's reports was published on — or, for a
 * report without a date of its own, that it names without a year (an undated news page's 「本日(1月20日)
 * の会見」): as far as that page tells, the report of that day. Undefined when none is.
 */
export function referredReport(
  dates: readonly ReportDate[],
  published: readonly string[],
  reports: readonly ReportView[],
): ReportDate | undefined {
  return (
    dates.find((d) => published.some((p) => sameReportDate(d, p))) ??
    dates.find((d) => reports.some((r) => r.published === null && namesMonthDay(r.marks, d)))
  );
}

/** Causes that say something about which incident it is (every hack is "unauthorised access"). */
export const UNSPECIFIC_CAUSES: ReadonlySet<string> = new Set(['unauthorized_access', 'unknown']);

/**
 * Both sides state a specific cause and they share none (a ransomware attack, a setting left open):
 * two incidents, whatever else they share.
 *
 * @example causesDiffer(['ransomware'], ['misconfiguration', 'unauthorized_access']) // => true
 */
export function causesDiffer(own: readonly string[], theirs: readonly string[]): boolean {
  const a = own.filter((x) => !UNSPECIFIC_CAUSES.has(x));
  const b = theirs.filter((x) => !UNSPECIFIC_CAUSES.has(x));
  return a.length > 0 && b.length > 0 && !a.some((x) => b.includes(x));
}

/** A report stage that follows a first report (続報, 最終報). */
export function isLater(stage: string | null): boolean {
  return stage === 'update' || stage === 'final';
}
