/**
 * What a page says of its day when it prints no full date. News rarely dates itself: a Japanese
 * article opens 「サンプル病院は13日、…と発表した」 (the day of the month it was announced, no month,
 * no year), and both languages name the incident's days without a year (「5月27日朝」, "On Saturday,
 * March 14"). Two pages about one body that name one such day tell of one announcement or one event:
 * as near in time as two dated pages a few days apart. Pure.
 */

/** A page's day marks: the lead's day of the month, and the month-days it names without a year. */
export interface DayMarks {
  /** The day of the month a news lead gives for the announcement (「X病院は13日、…と発表した」). */
  leadDay?: number;
  /** Month-days named without a year ('03-14'), in its opening. */
  monthDays?: string[];
  /** Month-days of the full dates it names ('03-14' of 2031-03-14): a page's yearless day may be one. */
  datedDays?: string[];
}

const MONTHS = 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ');
const MONTH_NAME = String.raw`(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?`;
/** "March 14" / "14 March", not followed by a year ("March 14, 2031" is a full date). */
const EN_MONTH_DAY = new RegExp(
  String.raw`\b${MONTH_NAME}\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!,?\s*\d{4})|\b(\d{1,2})(?:st|nd|rd|th)?\s+${MONTH_NAME}\b(?!,?\s*\d{4})`,
  'g',
);
/** 「5月27日」 without a year before it (「2031年5月27日」「令和5年5月27日」 are full dates). */
const JA_MONTH_DAY = /(?<![年\d])(\d{1,2})\s?月\s?(\d{1,2})\s?日/g;
/** Full dates: 「2031年5月27日」「令和5年5月27日」, "May 27, 2031", "27 May 2031", 2031/5/27. */
const JA_FULL = /(?:\d{4}|令和\s?\d{1,2}|平成\s?\d{1,2})\s?年\s?(\d{1,2})\s?月\s?(\d{1,2})\s?日/g;
const NUMERIC_FULL = /\b\d{4}[-/.](\d{1,2})[-/.](\d{1,2})\b/g;
const EN_FULL = new RegExp(
  String.raw`\b${MONTH_NAME}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+\d{4}\b|\b(\d{1,2})(?:st|nd|rd|th)?\s+${MONTH_NAME},?\s+\d{4}\b`,
  'g',
);
/** A news lead: its topic, the day of the month right after it, and a comma (「X病院(川崎市)は13日、」). */
const JA_LEAD_DAY =
  /^[^。「」]{2,60}?(?:は|が)\s?(?:(\d{1,2})\s?月\s?)?(\d{1,2})\s?日(?:\s?[(（][^)）]{1,3}[)）])?(?:午前|午後|朝|夜|夕方|深夜)?\s?、/;
/** A news sentence closing on the day it became known: 「…ことが20日、分かった」「…が20日までに判明した」. */
const LEARNED_DAY =
  /(?:こと|の)が\s?(\d{1,2})\s?日(?:まで(?:に)?)?、?\s?(?:分かった|わかった|判明した|明らかになった)$/;
/** …whose sentence says that the topic announced something. */
const ANNOUNCED = /(?:発表|公表|明らかに)し/;

const md = (m: number, d: number) =>
  m >= 1 && m <= 12 && d >= 1 && d <= 31
    ? `${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
    : null;

/**
 * The day marks of a page's opening (its first 2,000 characters).
 *
 * @example dayMarks('サンプル病院は13日、患者の情報が外に出たと発表した。5月27日朝に発覚した。') // => { leadDay: 13, monthDays: ['05-27'] }
 */
export function dayMarks(text: string): DayMarks {
  const head = text.slice(0, 2000).normalize('NFKC');
  const out: DayMarks = {};
  const days = new Set<string>();
  for (const m of head.matchAll(JA_MONTH_DAY)) {
    const k = md(Number(m[1]), Number(m[2]));
    if (k) days.add(k);
  }
  for (const m of head.matchAll(EN_MONTH_DAY)) {
    const name = (m[1] ?? m[4])!.toLowerCase().slice(0, 3);
    const k = md(MONTHS.indexOf(name) + 1, Number(m[2] ?? m[3]));
    if (k) days.add(k);
  }
  const dated = new Set<string>();
  for (const m of head.matchAll(JA_FULL)) dated.add(md(Number(m[1]), Number(m[2])) ?? '');
  for (const m of head.matchAll(NUMERIC_FULL)) dated.add(md(Number(m[1]), Number(m[2])) ?? '');
  for (const m of head.matchAll(EN_FULL)) {
    const name = (m[1] ?? m[4])!.toLowerCase().slice(0, 3);
    dated.add(md(MONTHS.indexOf(name) + 1, Number(m[2] ?? m[3])) ?? '');
  }
  dated.delete('');
  for (const sentence of head.split('。').slice(0, 4)) {
    const line = sentence.trim().split('\n').at(-1)!.trim();
    const lead = JA_LEAD_DAY.exec(line);
    if (lead && ANNOUNCED.test(line)) {
      out.leadDay = Number(lead[2]);
      break;
    }
    // 「…ことが20日、分かった」: the day the news came out, at the sentence's end.
    const learned = LEARNED_DAY.exec(line);
    if (learned) {
      out.leadDay = Number(learned[1]);
      break;
    }
  }
  if (days.size > 0) out.monthDays = [...days];
  if (dated.size > 0) out.datedDays = [...dated];
  return out;
}

/** What a page offers to be compared: its full day, else its marks. */
export interface Dated {
  day?: string | null;
  marks?: DayMarks;
}

/**
 * The day mark two pages share when at least one of them has no full day, or null: one month-day
 * (or a month-day and the other's day), else one lead day of the month (or a lead day and the other's
 * day of the month) — the weaker mark: one day in thirty.
 *
 * @example sharedDayMark({ marks: { leadDay: 13 } }, { day: '2031-02-13' }) // => { kind: 'lead', detail: 'day 13' }
 */
export function sharedDayMark(a: Dated, b: Dated): { kind: 'month_day' | 'lead'; detail: string } | null {
  if (a.day && b.day) return null;
  // A page's yearless days meet the other's yearless days, or the month-days of its dated ones.
  const yearless = (x: Dated) => x.marks?.monthDays ?? [];
  const any = (x: Dated) => [
    ...yearless(x),
    ...(x.day ? [x.day.slice(5, 10)] : []),
    ...(x.marks?.datedDays ?? []),
  ];
  const day =
    yearless(a).find((d) => any(b).includes(d)) ?? yearless(b).find((d) => any(a).includes(d)) ?? undefined;
  if (day) return { kind: 'month_day', detail: `on ${day}` };
  // Two pages' leads, or a lead and a full day (each the day the body announced it).
  const lead = (x: Dated) => (x.day ? Number(x.day.slice(8, 10)) : x.marks?.leadDay);
  return lead(a) !== undefined && lead(a) === lead(b) ? { kind: 'lead', detail: `day ${lead(a)}` } : null;
}

/**
 * Whether a page's marks name a month and day without a year (an undated news page's 「本日(1月20日)」):
 * a later page's dated reference to that day may point at it.
 *
 * @example namesMonthDay({ monthDays: ['01-20'] }, { m: 1, d: 20 }) // => true
 */
export function namesMonthDay(marks: DayMarks | undefined, day: { m: number; d: number }): boolean {
  return marks?.monthDays?.includes(md(day.m, day.d) ?? '') ?? false;
}
