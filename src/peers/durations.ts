import type { IsoDate } from '../extract/types.js';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of an ISO calendar date; null when the text is not a real date. */
function dayNumber(date: IsoDate): number | null {
  const m = ISO.exec(date);
  if (!m) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const d = new Date(ms);
  // Date.UTC rolls 2024-02-31 over to March; a rolled date is not the date that was written.
  if (d.getUTCDate() !== Number(m[3]) || d.getUTCMonth() !== Number(m[2]) - 1) return null;
  return Math.round(ms / 86_400_000);
}

/**
 * Whole calendar days from `from` to `to` (negative when `to` is earlier); null when either is
 * missing or not a date. Calendar dates, not instants: notices give days in their local calendar.
 *
 * @example daysBetween('2020-05-07', '2020-05-08') // => 1
 */
export function daysBetween(from: IsoDate | null | undefined, to: IsoDate | null | undefined): number | null {
  if (!from || !to) return null;
  const a = dayNumber(from);
  const b = dayNumber(to);
  return a === null || b === null ? null : b - a;
}

/**
 * The date `days` after `date`.
 *
 * @example addDays('2024-01-30', 30) // => '2024-02-29'
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  const n = dayNumber(date);
  if (n === null) throw new RangeError(`not a date: ${date}`);
  return new Date((n + days) * 86_400_000).toISOString().slice(0, 10);
}

/** True for a real `YYYY-MM-DD` calendar date. */
export function isIsoDate(s: string): boolean {
  return dayNumber(s) !== null;
}

/** The dates of one incident's response, as far as its facts and notices tell. */
export interface ResponseTimeline {
  incident_start: IsoDate | null;
  detected: IsoDate | null;
  contained: IsoDate | null;
  /** First public notice (the earliest notice date). */
  first_notice: IsoDate | null;
  /** Date of the notice that closed the case (report stage "final"). */
  final_report: IsoDate | null;
}

export const DURATION_KEYS = [
  'start_to_detection',
  'detection_to_containment',
  'detection_to_notice',
  'notice_to_final',
] as const;
export type DurationKey = (typeof DURATION_KEYS)[number];

export type ResponseDurations = Record<DurationKey, number | null>;

/**
 * Days between the steps of a response. A step missing a date gives null, and so does a negative
 * span: a notice dated before the detection it reports is a labelling slip, not a response time.
 *
 * @example responseDurations({ incident_start: '2020-05-01', detected: '2020-05-07', contained: '2020-05-07',
 *   first_notice: '2020-05-08', final_report: '2020-06-04' })
 * // => { start_to_detection: 6, detection_to_containment: 0, detection_to_notice: 1, notice_to_final: 27 }
 */
export function responseDurations(t: ResponseTimeline): ResponseDurations {
  const span = (a: IsoDate | null, b: IsoDate | null): number | null => {
    const d = daysBetween(a, b);
    return d === null || d < 0 ? null : d;
  };
  return {
    start_to_detection: span(t.incident_start, t.detected),
    detection_to_containment: span(t.detected, t.contained),
    detection_to_notice: span(t.detected, t.first_notice),
    notice_to_final:
      t.final_report && t.final_report !== t.first_notice ? span(t.first_notice, t.final_report) : null,
  };
}
