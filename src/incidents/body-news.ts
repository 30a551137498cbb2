import type { IncidentView, NoticeView, Reason } from './continuation.js';
import { daysBetween } from './report-refs.js';

/**
 * News of one organisation's breach told over weeks (a university's first article, a follow-up a
 * month later with a revised count, an undated repost): each page names the organisation, none
 * refers to the others or repeats their titles, so the continuation rules find nothing to join them
 * by. What joins them is that the organisation has one recent incident and nothing in the pages says
 * this is another one. The rule reads only news (a page no body publishes as its own, see
 * continuation.ts `outsidePage`): a body's own two notices of one month are often two mishaps, as the
 * other rules decide. Pure.
 */

/** Most days between the news page and the incident's nearest report: weeks, not months. */
export const BODY_NEWS_DAYS = 42;

/** Days a page's incident may start after the incident's last report and still be that incident's. */
const START_SLACK_DAYS = 7;

/** What says the page tells of another incident, or of another body's (a subsidiary's, a unit's). */
const CONFLICTS: ReadonlySet<string> = new Set([
  'dates_far_apart',
  'other_unit',
  'another_first_report',
  'refers_to_other_report',
  'years_apart',
  'other_speaker',
  'other_letterhead',
  'names_group_company',
]);

/** Facts only one incident has, shared by the page and the incident. */
const SHARED_FACTS: ReadonlySet<string> = new Set([
  'same_date',
  'same_count',
  'same_service',
  'same_cause',
  'same_data_classes',
]);

/** Shared facts an undated page needs: with no day to bound it, the facts must say which breach. */
const UNDATED_SHARED_FACTS = 2;

export interface BodyNewsInput {
  notice: NoticeView;
  incident: IncidentView;
  /** The reasons scored so far (continuation.ts). */
  reasons: readonly Reason[];
  /** The notice or one of the incident's reports is a news page (continuation.ts `outsidePage`). */
  outside: boolean;
  /** The two give specific causes and share none. */
  otherCause: boolean;
  /** The organisation's other incidents among the candidates. */
  others: readonly IncidentView[];
}

/**
 * Whether a news page about an organisation tells of the incident, its only recent one: the same
 * organisation (its organisation row, not a contractor's name), a day within BODY_NEWS_DAYS of the
 * incident's reports (or, undated, two shared specific facts), an incident window that does not
 * start after the incident's last report, no cause or date that differs, and no other incident of
 * the organisation within a year. Returns what it matched (for the reason's detail) or null.
 *
 * @example bodyNews({ notice: article, incident: first, reasons, outside: true, otherCause: false, others: [] })
 * // => '12 days'
 */
export function bodyNews(x: BodyNewsInput): string | null {
  const { notice: n, incident: c, reasons } = x;
  if (!x.outside || x.otherCause) return null;
  if (!reasons.some((r) => r.code === 'same_organization' && r.weight > 0)) return null;
  if (reasons.some((r) => CONFLICTS.has(r.code))) return null;
  const days = c.reports.map((r) => r.day ?? r.published).filter((d): d is string => Boolean(d));
  const day = n.day ?? n.published;
  if (!startsWithin(n, c, day, days)) return null;
  // Another incident of the organisation that is recent too: the page may tell of either.
  if (x.others.some((o) => o.sameOrganization && recent(o, day))) return null;
  if (day && days.length > 0) {
    const gap = Math.min(...days.map((d) => daysBetween(day, d)));
    return gap <= BODY_NEWS_DAYS ? `${Math.round(gap)} days` : null;
  }
  const shared = reasons.filter((r) => SHARED_FACTS.has(r.code)).map((r) => r.code);
  return shared.length >= UNDATED_SHARED_FACTS ? shared.join(', ') : null;
}

/**
 * The page's incident does not begin after the incident's last report, nor the incident's after the
 * page: a breach that starts after an organisation reported one is its next.
 */
function startsWithin(n: NoticeView, c: IncidentView, day: string | null, days: readonly string[]): boolean {
  const own = n.facts.incidentStart ?? n.facts.detected;
  const last = [...days, c.lastPublished ?? ''].filter(Boolean).sort().at(-1);
  if (own && last && own > last && daysBetween(own, last) > START_SLACK_DAYS) return false;
  const theirs = c.facts.incidentStart ?? c.facts.detected;
  return !(theirs && day && theirs > day && daysBetween(theirs, day) > START_SLACK_DAYS);
}

/** An incident reported within a year of the day, or one whose day is not known. */
function recent(o: IncidentView, day: string | null): boolean {
  if (!day || !o.lastPublished) return true;
  return daysBetween(day, o.lastPublished) <= 365;
}
