import type { Reason, ReportView } from './continuation.js';
import { sharedDayMark } from './day-marks.js';
import { unitOf } from './headline-forms.js';
import { daysBetween } from './report-refs.js';
import { PUBLISHER_KINDS, type SpeakerKind } from './speaker.js';
import { sharedSubject } from './subject.js';

/** A day both pages name (day-marks.ts sharedDayMark). */
export type DayMarkMatch = NonNullable<ReturnType<typeof sharedDayMark>>;

/**
 * The lists scoreContinuation reads off a candidate's reports and facts, each in one plain loop.
 *
 * Why loops and not `reports.map(…).filter(…)`: an array built by `.map()` or `.filter()` has the
 * elements kind of what it holds (none yet, small integers, doubles, objects), so the next builtin
 * chained on it meets arrays of several shapes. V8's optimised scoreContinuation de-optimised on
 * each new one ("wrong map") and was compiled again, 12 times in a writer bench of 3 × 2,000
 * notices, up to 1 s of a compiling thread each (docs/ingestion.md, session 20). Every function here
 * returns what the chain returned, in the same order.
 */

/** The reports' own sites (non-null), as `new Set(reports.map((r) => r.site).filter(…))`. */
export function reportSites(reports: readonly ReportView[]): Set<string> {
  const sites = new Set<string>();
  for (let i = 0; i < reports.length; i++) {
    const site = reports[i]!.site;
    if (site !== null) sites.add(site);
  }
  return sites;
}

/** The reports' speakers that are publishers (本市, 当社 …; not 当院 / 本学). */
export function publisherSpeakers(reports: readonly ReportView[]): Set<SpeakerKind> {
  const kinds = new Set<SpeakerKind>();
  for (let i = 0; i < reports.length; i++) {
    const k = reports[i]!.speaker;
    if (k && PUBLISHER_KINDS.has(k)) kinds.add(k);
  }
  return kinds;
}

/** The reports' letterhead keys (non-empty), in report order. */
export function letterheads(reports: readonly ReportView[]): string[] {
  const heads: string[] = [];
  for (let i = 0; i < reports.length; i++) {
    const k = reports[i]!.letterhead;
    if (k) heads.push(k);
  }
  return heads;
}

/** The reports' published dates (non-null), in report order. */
export function publishedDates(reports: readonly ReportView[]): string[] {
  const days: string[] = [];
  for (let i = 0; i < reports.length; i++) {
    const p = reports[i]!.published;
    if (p !== null) days.push(p);
  }
  return days;
}

/**
 * The first body named by both the notice's title and one report's (sharedSubject), skipping two
 * pages that both speak as a body unless one of them is a reporter's; null when none.
 */
export function subjectAbout(n: ReportView, reports: readonly ReportView[]): string | null {
  for (let i = 0; i < reports.length; i++) {
    const r = reports[i]!;
    if (n.speaker && r.speaker && !n.reporter && !r.reporter) continue;
    const x = sharedSubject(n, r);
    if (x !== null) return x;
  }
  return null;
}

/** The first unit (支店, 営業所 …) a report's title names that is not `own`, or undefined. */
export function otherUnitOf(own: string, reports: readonly ReportView[]): string | undefined {
  for (let i = 0; i < reports.length; i++) {
    const h = reports[i]!.headline;
    const u = h ? unitOf(h) : null;
    if (u && u !== own) return u;
  }
  return undefined;
}

/** The largest count of 10 or more that both lists state, or undefined. */
export function largestSharedCount(own: readonly number[], theirs: readonly number[]): number | undefined {
  let best: number | undefined;
  for (let i = 0; i < own.length; i++) {
    const x = own[i]!;
    if (x >= 10 && theirs.includes(x) && (best === undefined || x > best)) best = x;
  }
  return best;
}

/** The items of `own` that `theirs` holds too, in `own`'s order. */
export function sharedItems(own: readonly string[], theirs: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < own.length; i++) if (theirs.includes(own[i]!)) out.push(own[i]!);
  return out;
}

/** The items of `list` outside `skip`, in order. */
export function without(list: readonly string[], skip: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (let i = 0; i < list.length; i++) if (!skip.has(list[i]!)) out.push(list[i]!);
  return out;
}

/** The day marks the notice shares with each report (sharedDayMark), those that exist, in order. */
export function sharedDayMarks(n: ReportView, reports: readonly ReportView[]): DayMarkMatch[] {
  const out: DayMarkMatch[] = [];
  for (let i = 0; i < reports.length; i++) {
    const m = sharedDayMark(n, reports[i]!);
    if (m !== null) out.push(m);
  }
  return out;
}

/** The fewest days between `day` and any of `days` (Infinity when there are none). */
export function nearestDays(day: string, days: readonly string[]): number {
  let nearest = Number.POSITIVE_INFINITY;
  for (let i = 0; i < days.length; i++) nearest = Math.min(nearest, daysBetween(day, days[i]!));
  return nearest;
}

/** The sum of the weights of the reasons of one kind. */
export function weightOf(reasons: readonly Reason[], kind: Reason['kind']): number {
  let sum = 0;
  for (let i = 0; i < reasons.length; i++) if (reasons[i]!.kind === kind) sum += reasons[i]!.weight;
  return sum;
}
