import type { DateContext, DateMention, Precision } from './date-ja.js';
import { numbered } from './numbered-groups.js';
import type { Cause } from './types.js';

/**
 * English date mentions: "June 6, 2013", "Friday January 19, 2018", "December 6th, 2014",
 * "Nov. 21, 2016", "6 June 2013", "March 2015", "September, 2014", "in late 2011", 05/04/2017 (US
 * order), 2017-05-04, times ("12:10 pm"), and ranges ("between July 4, 2013 and February 18, 2014",
 * "from … to/through …", "Beginning on March 9 and continuing through May 21, 2019") where a
 * missing year on the first end is borrowed from the second.
 *
 * Own regexes rather than chrono-node: extraction must run thousands of notices per second, and
 * these few shapes cover what breach notices write.
 */

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const WEEKDAY = String.raw`(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?`;
const TIME = String.raw`(?:,?\s+(?:at\s+)?(?<h>\d{1,2})(?::(?<mi>\d{2}))?\s*(?<ap>[ap]\.?m\.?)(?![a-z]))?`;

// "July 1-3, 2023", "March 5 to 7, 2022", "between October 11 and 22, 2019": the month's second
// day, read only before a stated year.
const DAY_SPAN = String.raw`(?:(?<span>\s*[-–—]\s*|\s+(?:to|through|thru|until|and)\s+)(?<day9>\d{1,2})(?:st|nd|rd|th)?(?![\d:])(?=,?\s+(?:19|20)\d{2}(?!\d)))?`;

// Read by group number (numbered-groups.ts): no groups dictionary of 25 names built per match.
const EN_GROUP_NAMES = [
  'th1',
  'tm1',
  'ap1',
  'mon',
  'day',
  'span',
  'day9',
  'year',
  'h',
  'mi',
  'ap',
  'dfrom',
  'day2',
  'mon2',
  'year2',
  'day5',
  'mon5',
  'mon3',
  'year3',
  'um',
  'ud',
  'uy',
  'iy',
  'im',
  'id',
  'ed',
  'em',
  'ey',
  'yo',
  'mon4',
  'rel',
] as const;
const EN = numbered(
  [
    String.raw`(?:(?<th1>\d{1,2})(?::(?<tm1>\d{2}))?\s*(?<ap1>[ap]\.?m\.?),?\s+(?:on\s+)?)?${WEEKDAY}(?<mon>${MONTH})(?:,?\s+|(?<=[a-z]{3})(?=\d))(?<day>\d{1,2})(?:st|nd|rd|th)?(?!\d|:)${DAY_SPAN}(?:,?\s+(?<year>(?:19|20)\d{2}))?(?!\d)${TIME}`,
    // "11 and 12 May 2021", "3-5 June 2021", "the 11th and 12th of May 2021": a span of days before its
    // month (group dfrom, the first day).
    String.raw`(?<![\d/])(?:(?<dfrom>\d{1,2})(?:st|nd|rd|th)?(?:\s*[-–]\s*|\s+(?:and|to|until|through)\s+(?:the\s+)?))?(?<day2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<mon2>${MONTH}),?\s+(?<year2>(?:19|20)\d{2})(?!\d)`,
    // "identified on 7 March", "on the 24th of January": a day before its month with no year (the
    // year comes from the nearest year stated before it, else the notice's own date).
    String.raw`(?<![\d/.,])(?<day5>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<mon5>${MONTH})(?![a-z])(?!,?\s+(?:19|20)\d{2})`,
    String.raw`(?<mon3>${MONTH}),?\s+(?<year3>(?:19|20)\d{2})(?!\d)`,
    String.raw`(?<![\d/.])(?<um>1[0-2]|0?[1-9])\/(?<ud>3[01]|[12]\d|0?[1-9])\/(?<uy>(?:19|20)\d{2})(?![\d/])`,
    String.raw`(?<![\d-])(?<iy>(?:19|20)\d{2})-(?<im>[01]\d)-(?<id>[0-3]\d)(?!\d)`,
    // "25.02.2021": a day, a month and a year set apart by dots (European order).
    String.raw`(?<![\d.])(?<ed>3[01]|[12]\d|0?[1-9])\.(?<em>1[0-2]|0?[1-9])\.(?<ey>(?:19|20)\d{2})(?!\d|\.\d)`,
    String.raw`\b(?:in|during|since|of|throughout)\s+(?:(?:early|mid|late|approximately|about|around|the\s+end\s+of|the\s+beginning\s+of)[\s-]+)?(?<yo>(?:19|20)\d{2})\b(?![\d/-])`,
    String.raw`\b(?:in|during|since|of|between|from)\s+(?:(?:early|mid|late)[\s-]+)?(?<mon4>${MONTH})(?=\s+(?:and|to|through|until)\s)`,
    String.raw`\b(?<rel>(?:on\s+)?(?:that\s+(?:same\s+)?|the\s+same\s+|the\s+(?:next|following)\s+)day|the\s+(?:day|evening|night|morning|afternoon)\s+before(?!\s+(?:the|an?|it|we|they|our|its|their|this|that|last)\b)|the\s+(?:previous|prior)\s+(?:day|evening|night|morning|afternoon))\b`,
  ].join('|'),
  EN_GROUP_NAMES,
);
/** Group numbers of EN_RE by name. */
const G = EN.group;
const EN_RE = new RegExp(EN.source, 'gi');

function monthOf(s: string | undefined): number | null {
  if (!s) return null;
  const k = s.toLowerCase().replace('.', '');
  return MONTHS[k.slice(0, 4) === 'sept' ? 'sept' : k.slice(0, 3)] ?? null;
}

function hm(h: string | undefined, mi: string | undefined, ap: string | undefined): string | null {
  if (h === undefined) return null;
  let hour = Number(h);
  if (hour > 12 || hour === 0) return null;
  const pm = ap?.toLowerCase().startsWith('p');
  if (pm && hour < 12) hour += 12;
  if (!pm && hour === 12) hour = 0;
  return `${String(hour).padStart(2, '0')}:${mi ?? '00'}`;
}

/**
 * "July 1-3, 2023": `first` (July 1) is the range's first end; its second day (July 3) is pushed
 * after it as the far end, in the same month and year.
 */
function pushDaySpan(out: DateMention[], first: DateMention, m: RegExpExecArray): void {
  const day9 = m[G.day9];
  const span = m[G.span];
  if (!day9 || !span || first.precision !== 'day') return;
  const d = Number(day9);
  if (d < 1 || d > 31 || first.d === null || d <= first.d) return;
  // The first end's quote stops at its own day; the far end's runs from its day to the match's end.
  const spanAt = m.index + m[0].indexOf(span + day9);
  first.end = spanAt;
  first.rangeTo = out.length;
  out.push({
    ...first,
    start: spanAt + span.length,
    end: m.index + m[0].length,
    d,
    time: null,
    rangeFrom: out.length - 1,
    rangeTo: null,
  });
}

/**
 * "11 and 12 May 2021": `mention` was read as the last day (12 May); it becomes the first (11 May), its
 * quote stopping at that day, and the last day is pushed after it as the range's far end.
 */
function pushDayFirstSpan(out: DateMention[], mention: DateMention, m: RegExpExecArray): void {
  const dfrom = m[G.dfrom];
  if (!dfrom || mention.precision !== 'day' || mention.d === null) return;
  const from = Number(dfrom);
  const last = mention.d;
  if (from < 1 || from >= last) return;
  const lastAt = m.index + m[0].indexOf(m[G.day2]!, dfrom.length);
  const end = mention.end;
  mention.d = from;
  mention.end = m.index + dfrom.length;
  mention.rangeTo = out.length;
  out.push({ ...mention, start: lastAt, end, d: last, time: null, rangeFrom: out.length - 1, rangeTo: null });
}

// Connectors between the two ends of a range.
const RANGE_GAP =
  /^\s*(?:(?:,\s*)?(?:and|to|through|thru|until|till|-|–|—)(?:\s+(?:and\s+)?(?:continuing|ending|ended)\s+(?:on\s+|through\s+|until\s+)?)?\s*|(?:,\s*)?and\s+continuing\s+(?:through|until)\s+|\s+and\s+(?:ended|ending)\s+(?:no\s+later\s+than\s+|on\s+)?)$/i;

/**
 * Find English date mentions; the year of a mention that omits it comes from the other end of its
 * range, else the nearest earlier year, else the reference year.
 *
 * @example findEnDates('On May 4, 2017, we discovered')[0] // → {y: 2017, m: 5, d: 4, …}
 */
const TZ_ASIDE_BEFORE = /\(\s*(?:UTC|GMT)\s*(?:[+-]\s?\d{1,2}(?::?\d{2})?)?\s*:?\s*$/;

/** "may" in any case but "May": the verb, not the month (only a capitalised May is a month). */
function mayVerb(month: string): boolean {
  return month !== 'May' && /^may$/i.test(month);
}

/** Whether `at` is inside a web address (the token before it runs back to "http" or "www."). */
function inUrl(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  return /(?:https?:|www\.)[\x21-\x7e]*$/.test(text.slice(Math.max(lineStart, at - 200), at));
}

export function findEnDates(text: string, ctx: DateContext = {}): DateMention[] {
  const out: DateMention[] = [];
  let listFrom: number | null = null;
  EN_RE.lastIndex = 0;
  for (let m = EN_RE.exec(text); m !== null; m = EN_RE.exec(text)) {
    let y: number | null = null;
    let mo: number | null = null;
    let d: number | null = null;
    let precision: Precision = 'day';
    let time: string | null = null;
    let explicitYear = true;
    if (m[G.mon]) {
      // "May" is also a verb: only a capitalised May followed by a day counts.
      if (mayVerb(m[G.mon]!)) continue;
      mo = monthOf(m[G.mon]);
      d = Number(m[G.day]);
      if (m[G.year]) y = Number(m[G.year]);
      else explicitYear = false;
      time = hm(m[G.h], m[G.mi], m[G.ap]) ?? hm(m[G.th1], m[G.tm1], m[G.ap1]);
    } else if (m[G.mon2]) {
      mo = monthOf(m[G.mon2]);
      d = Number(m[G.day2]);
      y = Number(m[G.year2]);
    } else if (m[G.mon3]) {
      if (mayVerb(m[G.mon3]!)) continue;
      mo = monthOf(m[G.mon3]);
      y = Number(m[G.year3]);
      precision = 'month';
    } else if (m[G.um]) {
      mo = Number(m[G.um]);
      d = Number(m[G.ud]);
      y = Number(m[G.uy]);
    } else if (m[G.mon5]) {
      // ("5 may be": only a capitalised May is the month.)
      if (mayVerb(m[G.mon5]!)) continue;
      mo = monthOf(m[G.mon5]);
      d = Number(m[G.day5]);
      explicitYear = false;
    } else if (m[G.ed]) {
      d = Number(m[G.ed]);
      mo = Number(m[G.em]);
      y = Number(m[G.ey]);
    } else if (m[G.iy]) {
      // "at 10:33 PM Pacific Time (UTC 2025-01-27 06:33)": the same moment in another time zone,
      // not another event.
      if (TZ_ASIDE_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
      y = Number(m[G.iy]);
      mo = Number(m[G.im]);
      d = Number(m[G.id]);
    } else if (m[G.yo]) {
      y = Number(m[G.yo]);
      precision = 'year';
    } else if (m[G.rel]) {
      // "that same day", "the same day": the day of the nearest day stated before it; "the next /
      // following day": the day after it; "the evening before", "the previous day": the day before it
      // (not "the day before the attack", a day named by another event).
      const prevDay = [...out].reverse().find((o) => o.precision === 'day' && o.d !== null);
      if (!prevDay) continue;
      const shift = /next|following/i.test(m[G.rel]!) ? 1 : /before|previous|prior/i.test(m[G.rel]!) ? -1 : 0;
      const day =
        shift !== 0 && prevDay.y !== null && prevDay.m !== null
          ? new Date(Date.UTC(prevDay.y, prevDay.m - 1, prevDay.d! + shift))
          : null;
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        y: day ? day.getUTCFullYear() : prevDay.y,
        m: day ? day.getUTCMonth() + 1 : prevDay.m,
        d: day ? day.getUTCDate() : prevDay.d,
        precision: 'day',
        time: null,
        source: 'inherited',
        rangeFrom: null,
        rangeTo: null,
      });
      continue;
    } else if (m[G.mon4]) {
      if (mayVerb(m[G.mon4]!)) continue;
      mo = monthOf(m[G.mon4]);
      precision = 'month';
      explicitYear = false;
    }
    if (mo === null && precision !== 'year') continue;
    if (d !== null && (d < 1 || d > 31)) continue;
    let start = m.index;
    const end = m.index + m[0].length;
    if (m[G.yo] || m[G.mon4]) {
      // Keep the quote on the date itself, not on the preposition.
      if (m[G.yo]) start += m[0].indexOf(m[G.yo]!);
      else if (m[G.mon4]) start += m[0].indexOf(m[G.mon4]!);
    }
    const mention: DateMention = {
      start,
      end,
      y,
      m: mo,
      d: precision === 'day' ? d : null,
      precision,
      time,
      source: explicitYear ? 'explicit' : 'completed',
      rangeFrom: null,
      rangeTo: null,
    };
    const prev = out[out.length - 1];
    // ("through approximately May 5": a hedge on the far end does not break the range.)
    const gap = text.slice(prev?.end ?? start, start).replace(/(?:approximately|about|around)\s+$/i, '');
    // "on May 1, 2016, May 3, 2016, and May 8, 2016": a list of days; its first and last bound the
    // days it lists (not its last two).
    if (prev && prev.precision === 'day' && precision === 'day' && /^\s*,\s*$/.test(gap)) {
      if (listFrom === null) listFrom = out.length - 1;
    } else if (
      listFrom !== null &&
      prev &&
      precision === 'day' &&
      /^\s*,?\s*and\s+(?:on\s+)?$/.test(gap) &&
      out[listFrom]!.rangeTo === null
    ) {
      out[listFrom]!.rangeTo = out.length;
      mention.rangeFrom = listFrom;
      listFrom = null;
      out.push(mention);
      pushDaySpan(out, mention, m);
      continue;
    } else listFrom = null;
    if (prev && prev.precision !== 'year' && RANGE_GAP.test(gap)) {
      prev.rangeTo = out.length;
      mention.rangeFrom = out.length - 1;
      if (prev.y === null && y !== null && prev.m !== null && mo !== null) {
        prev.y = prev.m <= mo ? y : y - 1;
        prev.source = 'completed';
      } else if (y === null && prev.y !== null && prev.m !== null && mo !== null) {
        y = mo >= prev.m ? prev.y : prev.y + 1;
        mention.y = y;
      }
    }
    out.push(mention);
    pushDaySpan(out, mention, m);
    pushDayFirstSpan(out, mention, m);
  }
  // Fill remaining years from the nearest earlier stated year, else the reference year.
  let lastYear: number | null = null;
  for (const mention of out) {
    // (Not a year in a web address: a page's path date is not the year of the events it tells.)
    if (mention.y !== null && mention.source === 'explicit') {
      if (!inUrl(text, mention.start)) lastYear = mention.y;
    } else if (mention.y === null) {
      const y = lastYear ?? ctx.refYear ?? null;
      if (y !== null) {
        mention.y = y;
        mention.source = 'completed';
      }
    }
  }
  return out;
}

// A sentence telling of something that went on, or of a thing taken away: no end that day ("present
// as early as May 10" is the first day known of a state, not a day-long event). "Through this
// investigation we learned …" is the way something was found out, not a span. A script or malware
// "placed / installed / injected" on a day stays there until removed; records discarded or thrown
// away stay out of the organisation's hands like a theft. Systems "hit / affected by" an attack on a
// day tell its impact, which goes on (services down for days), not a day-long act. "The earliest date on
// which … could have occurred" is a first day only.
const LASTING_EN =
  /\b(?:began|beginning|begun|start(?:ed|ing)|since|continu\w*|ongoing|until|through(?!\s+(?:this|the|our|its|their|an?)\s+(?:[\w-]+\s+)?(?:investigation|review|analysis|examination|inquiry|process|efforts?))|stolen|theft|lost|burglary|missing|exposed|available|visible|as\s+early\s+as|dating\s+back|placed|planted|inserted|injected|installed|discarded|disposed|thrown|(?:affected|impacted|hit)\s+by|earliest)\b/i;

/**
 * Whether an incident told as one day in `quote` ended that day: an attack, an intrusion or an
 * access ("On May 3, Example Widgets was the victim of a ransomware attack", "was accessed without
 * authorization on May 3") began and ended that day as far as the letter tells. Not a theft or a
 * loss (the device stays out of reach), not data left exposed (it stays so until fixed), nor a day
 * something began.
 */
export function endsSameDayEn(quote: string, causes: Cause[]): boolean {
  if (causes.some((c) => c === 'loss_or_theft' || c === 'misconfiguration' || c === 'residual_data'))
    return false;
  return !LASTING_EN.test(quote);
}

/**
 * "identified on January 31, 2020 and February 4, 2020": two days of one verb joined by a bare
 * "and" after "on" (not "between A and B", a span).
 */
export function twoDaysEn(text: string, m: DateMention, mentions: DateMention[]): boolean {
  const far = m.rangeTo === null ? undefined : mentions[m.rangeTo];
  return (
    far !== undefined &&
    far.precision === 'day' &&
    /\bon\s+$/i.test(text.slice(Math.max(0, m.start - 4), m.start)) &&
    /^\s*,?\s*and\s+(?:on\s+)?$/i.test(text.slice(m.end, far.start))
  );
}

// "…until April 9, 2021, when we discovered the activity": the last day is also the finding's.
const WHEN_FOUND =
  /^,?\s+when\s+(?:we|it|they|(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s+(?:first\s+)?(?:discovered|detected|identified|learned|noticed|became\s+aware)\b/;

/** Whether the far end of a range is followed by ", when we discovered …" (the finding's day). */
export function whenFoundEn(text: string, m: DateMention): boolean {
  return m.rangeFrom !== null && WHEN_FOUND.test(text.slice(m.end, m.end + 80));
}
