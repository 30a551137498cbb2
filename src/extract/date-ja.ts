/**
 * Japanese date mentions: 2024年5月21日(火)10時09分, 令和元年6月1日, 本年5月7日, 同年/昨年, 2024/5/21,
 * 2024.5.21, 5月21日, 7/18, ranges 「4月2日21時05分から3日9時40分まで」「5月8日~6月3日」, 同日/当日/
 * 翌日, and bare times (11時30分頃) that belong to the last date mentioned. Text must be NFKC-normalised.
 *
 * Years missing from a mention are taken from the nearest earlier mention that states one
 * (timelines state the year once), else from the reference date (the notice's own date).
 */

import { numbered } from './numbered-groups.js';

export type Precision = 'day' | 'month' | 'year';

export interface DateMention {
  start: number;
  end: number;
  /** Resolved calendar date; null fields when the mention does not state and context cannot supply. */
  y: number | null;
  m: number | null;
  d: number | null;
  precision: Precision;
  /** Time of day as written ("10:09"), when stated. */
  time: string | null;
  /** How the mention got its date: stated in full, completed from context, or inherited (同日, times). */
  source: 'explicit' | 'completed' | 'inherited';
  /** Index (in the returned list) of the other end when this mention is one end of a range. */
  rangeFrom: number | null;
  rangeTo: number | null;
}

export interface DateContext {
  /** Year used for 本年/今年 and for month-day mentions with no earlier year. */
  refYear?: number | null;
  refMonth?: number | null;
  refDay?: number | null;
  /**
   * The text is a news report (a lead 「X社は19日、…と発表」): a bare day 「16日午前9時」 is a day of
   * the reference month, as news writes it, up to two weeks before the reference day.
   */
  newsDays?: boolean;
}

const ERA_BASE: Record<string, number> = { 令和: 2018, 平成: 1988, 昭和: 1925, 大正: 1911 };
const REL_YEAR: Record<string, number | 'same'> = {
  本年: 0,
  今年: 0,
  ことし: 0,
  当年: 'same',
  同年: 'same',
  昨年: -1,
  去年: -1,
  前年: 'same',
  翌年: 'same',
  来年: 1,
};

// Weekday in brackets: (火) (火曜) (火曜日) (月・祝).
const WD = String.raw`(?:\s?\((?:[月火水木金土日](?:曜日?)?|祝|[月日]・祝)\))?`;
const DATE_GROUP_NAMES = [
  'xera',
  'xy',
  'xsep',
  'xm',
  'xd',
  'era',
  'ey',
  'em',
  'ed',
  'wy',
  'wm',
  'wd',
  'sy',
  'sep',
  'sm',
  'sd',
  'iy',
  'im',
  'id',
  'relm',
  'rmd',
  'rel',
  'rm',
  'rd',
  'mm',
  'md',
  'mo',
  'mq',
  'smm',
  'smd',
  'same',
  'nextm',
  'nextd',
  'samed',
  'dd',
  'ampm',
  'th',
  'tm',
  'ch',
  'cm',
] as const;
const DATE = numbered(
  [
    // 「令和2.11.2(月)」「R6.5.20」「H28/6/24」: an era year written with dots or slashes.
    String.raw`(?<![A-Za-z\d])(?<xera>令和|平成|R|H)\s?(?<xy>元|\d{1,2})\s?(?<xsep>[/.])\s?(?<xm>\d{1,2})\s?\k<xsep>\s?(?<xd>\d{1,2})(?![\d/.])`,
    String.raw`(?<era>令和|平成|昭和|大正)\s?(?<ey>元|\d{1,2})\s?年(?:\s?\((?:19|20)\d{2}年?\))?(?:\s?(?<em>\d{1,2})\s?月(?:\s?(?<ed>\d{1,2})\s?日)?)?`,
    // (「2099年(令和81年)7月10日」: the era year in brackets after the Western one.)
    String.raw`(?<![\d.])(?<wy>(?:19|20)\d{2})\s?年(?:\s?[(（](?:令和|平成|昭和)\s?(?:元|\d{1,2})\s?年?[)）])?(?:\s?(?<wm>\d{1,2})\s?月(?:\s?(?<wd>\d{1,2})\s?日)?)?`,
    String.raw`(?<![\d/.])(?<sy>(?:19|20)\d{2})\s?(?<sep>[/.])\s?(?<sm>\d{1,2})\s?\k<sep>\s?(?<sd>\d{1,2})(?![\d/])`,
    String.raw`(?<![\d-])(?<iy>(?:19|20)\d{2})-(?<im>[01]\d)-(?<id>[0-3]\d)(?!\d)`,
    // 「今月3日」「先月28日」: a day of the notice's own month or the one before it.
    String.raw`(?<relm>今月|本月|先月)\s?(?<rmd>\d{1,2})\s?日`,
    String.raw`(?<rel>本年|今年|ことし|当年|同年|昨年|去年|前年|翌年|来年)\s?(?<rm>\d{1,2})\s?月(?:\s?(?<rd>\d{1,2})\s?日)?`,
    String.raw`(?<![\d./])(?<mm>\d{1,2})\s?月\s?(?<md>\d{1,2})\s?日`,
    String.raw`(?<![\d./・])(?<mo>\d{1,2})\s?月(?<mq>上旬|中旬|下旬|初旬|末)?`,
    String.raw`(?<![\d/.:])(?<smm>1[0-2]|0?[1-9])\/(?<smd>3[01]|[12]\d|0?[1-9])(?![\d/])`,
    String.raw`(?<same>同日|当日|翌々日|翌日|翌朝|前日|本日|(?:同月|同(?=\s?\d{1,2}\s?日)|(?<nextm>翌月)|(?<nextd>翌))\s?(?<samed>\d{1,2})\s?日)`,
    String.raw`(?<![\d.])(?<dd>\d{1,2})\s?日(?!間|分|以内|程度|ごと|毎)`,
    String.raw`(?<ampm>午前|午後)?\s?(?<![\d.:])(?<th>\d{1,2})\s?時(?:\s?(?<tm>\d{1,2})\s?分)?(?!間)`,
    String.raw`(?<![\d.:/])(?<ch>[0-2]?\d):(?<cm>[0-5]\d)(?![\d:])`,
  ].join('|'),
  DATE_GROUP_NAMES,
);
/** Group numbers of DATE_RE by name. */
const G = DATE.group;
const DATE_RE = new RegExp(DATE.source, 'g');
const TIME_AFTER = new RegExp(
  String.raw`^${WD}\s?(?:の\s?)?(?:(?<ap>午前|午後)\s?)?(?:(?<h>\d{1,2})\s?時(?:\s?(?<mi>\d{1,2})\s?分)?|(?<h2>[0-2]?\d):(?<mi2>[0-5]\d))`,
);
const WD_AFTER = new RegExp(`^${WD}`);
// What may stand between the two ends of a range: から / ~ / 〜 / - / – / 至 (after NFKC).
// 「3月2日から同3月18日まで」: 同 (the same year) may open the far end.
// 「11月12日午前から13日午前」: a part of the day may stand before the connector, and a short aside
// in brackets (「8月12日11時頃(受付開始時)から」).
const RANGE_CONNECTOR =
  /^\s?(?:午前|午後|朝|夜|昼|夕方|深夜|未明)?\s?(?:頃|ごろ)?\s?(?:\([^()\n]{1,20}\)\s?)?(?:から|より|~|〜|-|–|—|―|ー|至)\s?(?:、\s?)?(?:同\s?)?$/;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function validDay(y: number | null, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  if (y === null) return true;
  // The month's length by arithmetic (as Date.UTC reads the year: 0–99 are 1900–1999); a Date is
  // built only for what that does not cover (a fraction, a year past a few thousand centuries).
  if (Number.isInteger(y) && Number.isInteger(m) && Number.isInteger(d) && Math.abs(y) < 200_000) {
    const yy = y >= 0 && y <= 99 ? 1900 + y : y;
    const leap = yy % 4 === 0 && (yy % 100 !== 0 || yy % 400 === 0);
    return d <= (m === 2 && leap ? 29 : MONTH_DAYS[m - 1]!);
  }
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCMonth() === m - 1;
}

function hhmm(ap: string | undefined, h: string | undefined, mi: string | undefined): string | null {
  if (h === undefined) return null;
  let hour = Number(h);
  if (ap === '午後' && hour < 12) hour += 12;
  if (hour > 24) return null;
  const min = mi === undefined ? 0 : Number(mi);
  if (min > 59) return null;
  return `${String(hour).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}

// 「2090年5月から本年7月まで」「平成2年4月~本年3月」: a range from a stated year to 本年/今年/ことし.
const RANGE_TO_THIS_YEAR =
  /((?:19|20)\d{2})\s?年[^。\n]{0,12}?(?:から|より|~|〜|～|－|-)\s?(?:本年|今年|ことし)/g;

/** Whether the text holds a range from `year` (written out) to 本年/今年. */
function rangeToThisYearFrom(text: string, year: number): boolean {
  if (!/本年|今年|ことし/.test(text)) return false;
  RANGE_TO_THIS_YEAR.lastIndex = 0;
  for (let m = RANGE_TO_THIS_YEAR.exec(text); m !== null; m = RANGE_TO_THIS_YEAR.exec(text))
    if (Number(m[1]) === year) return true;
  return false;
}

// What follows a news report's bare day: a time of day, a part of the day, or the comma or に of its clause.
const NEWS_DAY_AFTER =
  /^\s?(?:午前|午後|朝|夜|夕方?|晩|未明|深夜|昼|早朝|\d{1,2}\s?時|、|に(?!は|も|つ|よ|お|関|対|わ|かけ|至|当))/;

/** A bare day of a news report (DateContext.newsDays) that falls in the two weeks up to the reference day. */
function newsDay(text: string, start: number, end: number, d: number, ctx: DateContext): boolean {
  if (!ctx.newsDays || !ctx.refYear || !ctx.refMonth || !ctx.refDay) return false;
  // (Not 「毎月15日に」「同15日」, nor 「1日に1回」.)
  if (/[月毎同翌前当各]\s?$/.test(text.slice(Math.max(0, start - 2), start))) return false;
  return (
    d <= ctx.refDay &&
    ctx.refDay - d <= 14 &&
    NEWS_DAY_AFTER.test(text.slice(end, end + 4)) &&
    !/^\s?に\s?\d/.test(text.slice(end, end + 4))
  );
}

// A day of the month with nothing before it (「16日」, not 「2月16日」「同16日」).
const BARE_DAY_BEFORE = /(?<![\d月同翌前])\d{1,2}\s?日\s?$/;

function shiftDays(y: number, m: number, d: number, by: number): [number, number, number] {
  const dt = new Date(Date.UTC(y, m - 1, d + by));
  return [dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate()];
}

/** The year, month, day, time and source of one date mention, as read from its match. */
/** What findJaDates learns of 本年 over one text (rangeToThisYearFrom, read once). */
interface JaYearState {
  thisYearLater: boolean | undefined;
  yearUnknown: boolean;
}

interface JaDateParts {
  y: number | null;
  mo: number | null;
  d: number | null;
  source: DateMention['source'];
  time: string | null;
}

/** A date written with its year (令和6年5月1日, 2024/5/1, 2024-05-01). */
function fullJaDate(m: RegExpExecArray, r: JaDateParts): void {
  let y: number | null = null;
  let mo: number | null = null;
  let d: number | null = null;
  if (m[G.xera]) {
    y =
      ERA_BASE[m[G.xera] === 'R' ? '令和' : m[G.xera] === 'H' ? '平成' : m[G.xera]!]! +
      (m[G.xy] === '元' ? 1 : Number(m[G.xy]));
    mo = Number(m[G.xm]);
    d = Number(m[G.xd]);
  } else if (m[G.era]) {
    y = ERA_BASE[m[G.era]!]! + (m[G.ey] === '元' ? 1 : Number(m[G.ey]));
    mo = m[G.em] ? Number(m[G.em]) : null;
    d = m[G.ed] ? Number(m[G.ed]) : null;
  } else if (m[G.wy]) {
    y = Number(m[G.wy]);
    mo = m[G.wm] ? Number(m[G.wm]) : null;
    d = m[G.wd] ? Number(m[G.wd]) : null;
  } else if (m[G.sy]) {
    y = Number(m[G.sy]);
    mo = Number(m[G.sm]);
    d = Number(m[G.sd]);
  } else if (m[G.iy]) {
    y = Number(m[G.iy]);
    mo = Number(m[G.im]);
    d = Number(m[G.id]);
  }
  r.y = y;
  r.mo = mo;
  r.d = d;
  r.source = 'explicit';
  r.time = null;
}

/**
 * A date completed from the context (a month-day, 同日, 翌日, a bare day or time after a date, 昨年…):
 * false when it cannot be (the mention is passed over).
 */
function partialJaDate(
  m: RegExpExecArray,
  text: string,
  start: number,
  ctx: DateContext,
  lastYear: number | null,
  last: DateMention | null,
  afterConnector: boolean,
  years: JaYearState,
  r: JaDateParts,
): boolean {
  const refYear = ctx.refYear ?? null;
  let y: number | null = null;
  let mo: number | null = null;
  let d: number | null = null;
  let source: DateMention['source'] = 'explicit';
  let time: string | null = null;
  if (m[G.relm]) {
    if (!ctx.refYear || !ctx.refMonth) return false;
    [y, mo] =
      m[G.relm] === '先月'
        ? ctx.refMonth === 1
          ? [ctx.refYear - 1, 12]
          : [ctx.refYear, ctx.refMonth - 1]
        : [ctx.refYear, ctx.refMonth];
    d = Number(m[G.rmd]);
    source = 'completed';
  } else if (m[G.rel]) {
    const r = REL_YEAR[m[G.rel]!]!;
    // With no notice date, 本年 read against the first year the text states is a guess; a range
    // that runs from that year to 本年 (「2090年5月から本年7月まで」) says 本年 is a later one.
    if (r === 0 && refYear !== null && !ctx.refMonth) {
      years.thisYearLater ??= rangeToThisYearFrom(text, refYear);
      // (Month-days told after it are of that unknown year too, until a year is written out.)
      if (years.thisYearLater) {
        years.yearUnknown = true;
        return false;
      }
    }
    const base: number | null = r === 'same' ? (lastYear ?? refYear) : refYear === null ? null : refYear + r;
    y = base === null ? null : m[G.rel] === '前年' ? base - 1 : m[G.rel] === '翌年' ? base + 1 : base;
    mo = Number(m[G.rm]);
    d = m[G.rd] ? Number(m[G.rd]) : null;
    source = 'completed';
  } else if (m[G.mm]) {
    mo = Number(m[G.mm]);
    d = Number(m[G.md]);
    y = afterConnector && last?.y ? last.y : years.yearUnknown ? null : (lastYear ?? refYear);
    source = 'completed';
    // A range crossing new year: 12月28日~1月5日.
    if (afterConnector && last?.m && last.y && mo < last.m) y = last.y + 1;
    // A notice dated 2026年1月16日 that tells of 「12月22日」 means the December before it: a
    // month-day more than a month after the notice's own date is taken from the previous year.
    else if (!afterConnector && y !== null && y === ctx.refYear && ctx.refMonth && ctx.refDay)
      if ((mo - ctx.refMonth) * 31 + (d - ctx.refDay) > 31) y -= 1;
  } else if (m[G.mo]) {
    mo = Number(m[G.mo]);
    if (mo < 1 || mo > 12) return false;
    y = lastYear ?? refYear;
    d = null;
    source = 'completed';
  } else if (m[G.smm]) {
    mo = Number(m[G.smm]);
    d = Number(m[G.smd]);
    y = lastYear ?? refYear;
    source = 'completed';
  } else if (m[G.same]) {
    if (m[G.same] === '本日') {
      if (ctx.refYear && ctx.refMonth && ctx.refDay) {
        y = ctx.refYear;
        mo = ctx.refMonth;
        d = ctx.refDay;
      } else return false;
    } else if (!last || last.y === null || last.m === null || last.d === null) {
      return false;
    } else if (m[G.samed]) {
      y = last.y;
      mo = last.m;
      d = Number(m[G.samed]);
      // 「翌1日」 after 「10月31日」: the next day is in the next month.
      if ((m[G.nextd] && d < last.d) || m[G.nextm]) [y, mo] = mo === 12 ? [y + 1, 1] : [y, mo + 1];
    } else {
      const by =
        m[G.same] === '翌々日'
          ? 2
          : m[G.same] === '翌日' || m[G.same] === '翌朝'
            ? 1
            : m[G.same] === '前日'
              ? -1
              : 0;
      [y, mo, d] = shiftDays(last.y, last.m, last.d, by);
    }
    source = 'inherited';
  } else if (m[G.dd]) {
    // A bare day only counts as the far end of a range (「17日から18日まで」), or as a later day of
    // the same month when its weekday follows it (「15日(月)出勤し、…」 after 「11月12日(金)」,
    // 「…ロックされた11日(水)10時まで」): a weekday names a day of the calendar.
    const withWeekday = /^\s?\([月火水木金土日](?:曜日?)?\)/.test(
      text.slice(start + m[0].length, start + m[0].length + 6),
    );
    // (So does a part of the day, for a later day of the last date's month: 「…から31日未明にかけて
    // …、31日朝に気付き」.)
    const dayPart =
      /^\s?(?:(?:早朝|朝|昼|夕方|夜|未明|深夜)(?:に|、|から|まで|頃|ごろ)|(?:午前|午後)\s?\d)/.test(
        text.slice(start + m[0].length, start + m[0].length + 6),
      );
    const dd = Number(m[G.dd]);
    if (!afterConnector && !withWeekday && newsDay(text, start, start + m[0].length, dd, ctx)) {
      y = ctx.refYear!;
      mo = ctx.refMonth!;
      d = dd;
      source = 'completed';
    } else {
      if ((!afterConnector && !withWeekday && !dayPart) || !last || last.m === null) return false;
      y = last.y;
      mo = last.m;
      d = dd;
      if (d < (last.d ?? 0)) return false;
      source = 'completed';
    }
  } else if (m[G.th] !== undefined || m[G.ch] !== undefined) {
    time = m[G.th] !== undefined ? hhmm(m[G.ampm], m[G.th], m[G.tm]) : hhmm(undefined, m[G.ch], m[G.cm]);
    if (time === null) return false;
    // A bare time belongs to the last date (timelines: 「4月3日 … 同日9時40分」 / 「11時30分頃」).
    if (!last || last.y === null || last.m === null || last.d === null) return false;
    // Not the time of a bare day that was not read as a date (a news report's 「16日午前9時ごろ」):
    // it is of that day, which the last date does not name.
    if (BARE_DAY_BEFORE.test(text.slice(Math.max(0, start - 6), start))) return false;
    y = last.y;
    mo = last.m;
    d = last.d;
    source = 'inherited';
  }
  r.y = y;
  r.mo = mo;
  r.d = d;
  r.source = source;
  r.time = time;
  return true;
}

/**
 * Find every date mention in NFKC-normalised Japanese (or mixed) text, resolving years from context.
 *
 * @example findJaDates('本年5月7日に確認', { refYear: 2020 })[0] // → {y: 2020, m: 5, d: 7, precision: 'day', …}
 */
export function findJaDates(text: string, ctx: DateContext = {}): DateMention[] {
  const out: DateMention[] = [];
  let lastYear: number | null = null;
  let lastFiscal: number | null = null;
  let last: DateMention | null = null;
  // 昨年/本年 read against a year the text merely states first (no notice date): checked below.
  const weakRel: DateMention[] = [];
  // (Read once, on the first 本年 that needs it; month-days after a 本年 of unknown year.)
  const years: JaYearState = { thisYearLater: undefined, yearUnknown: false };
  const parts: JaDateParts = { y: null, mo: null, d: null, source: 'explicit', time: null };
  DATE_RE.lastIndex = 0;
  for (let m = DATE_RE.exec(text); m !== null; m = DATE_RE.exec(text)) {
    if (m[0].length === 0) {
      DATE_RE.lastIndex++;
      continue;
    }
    let precision: Precision = 'day';
    const start = m.index;
    let end = start + m[0].length;
    const prevGap = last ? text.slice(last.end, start) : '';
    const afterConnector = last !== null && RANGE_CONNECTOR.test(prevGap);

    if (m[G.xera] || m[G.era] || m[G.wy] || m[G.sy] || m[G.iy]) fullJaDate(m, parts);
    else if (!partialJaDate(m, text, start, ctx, lastYear, last, afterConnector, years, parts)) continue;
    let y = parts.y;
    const mo = parts.mo;
    const d = parts.d;
    const source = parts.source;
    let time = parts.time;
    // A fiscal year (令和6年度) names a programme or a document's year, not a timeline's anchor; it
    // only completes a month-day when nothing else does (Jan–Mar belong to the following year).
    const fiscal = mo === null && (m[G.era] || m[G.wy]) && /^\s?度/.test(text.slice(end, end + 2));
    // The first fiscal year named is the one the events fall in; a later one is what they are for
    // (「令和80年度に申し込んだ世帯へ、令和81年度分の案内を3月4日に郵送」: March of
    // the first year's end, not of the second's).
    if (fiscal) lastFiscal ??= y;
    if (y === null && mo !== null && lastFiscal !== null && source === 'completed' && !m[G.rel])
      y = mo <= 3 ? lastFiscal + 1 : lastFiscal;
    if (mo !== null && (mo < 1 || mo > 12)) continue;
    if (d !== null && mo !== null && !validDay(y, mo, d)) continue;
    if (mo === null) precision = 'year';
    else if (d === null) precision = 'month';

    // Absorb a weekday and a following time: 5月21日(火)10時09分 / 2021/3/4 の午後 4 時 05 分.
    if (time === null && precision === 'day') {
      const rest = text.slice(end, end + 24);
      const t = TIME_AFTER.exec(rest);
      if (t) {
        const tg = t.groups ?? {};
        const tt = tg.h !== undefined ? hhmm(tg.ap, tg.h, tg.mi) : hhmm(undefined, tg.h2, tg.mi2);
        if (tt !== null) {
          time = tt;
          end += t[0].length;
        }
      } else {
        const w = WD_AFTER.exec(rest);
        if (w) end += w[0].length;
      }
    }
    if (precision === 'month' && m[G.mq]) {
      // 上旬/中旬/下旬 stay month precision; the qualifier is part of the quote.
    }
    const mention: DateMention = {
      start,
      end,
      y,
      m: mo,
      d,
      precision,
      time,
      source,
      rangeFrom: null,
      rangeTo: null,
    };
    if (source === 'inherited' && time !== null && last && last.end === start) {
      // A time directly after a date is part of it (already absorbed); skip duplicates.
      continue;
    }
    // 「3月4日10時05分から11時20分まで」: a bare time after a dated time closes a range within the day.
    const timeRange = source === 'inherited' && time !== null && !m[G.same] && last?.time != null;
    // 「6月28日深夜から翌29日早朝にかけて」「…から同月30日まで」「…から翌日にかけて」: a day told relative to
    // the first end closes the range too.
    const relativeEnd =
      m[G.samed] !== undefined || m[G.same] === '翌日' || m[G.same] === '翌々日' || m[G.same] === '翌朝';
    if (
      afterConnector &&
      last &&
      (source !== 'inherited' || timeRange || relativeEnd) &&
      precision !== 'year'
    ) {
      last.rangeTo = out.length;
      mention.rangeFrom = out.length - 1;
    }
    out.push(mention);
    if (m[G.rel] && REL_YEAR[m[G.rel]!] !== 'same' && !ctx.refMonth) weakRel.push(mention);
    DATE_RE.lastIndex = end;
    if (y !== null && source === 'explicit' && !fiscal) {
      lastYear = y;
      years.yearUnknown = false;
    } else if (y !== null && m[G.rel]) lastYear = y;
    if (precision === 'day' || last === null || source === 'explicit') last = mention;
  }
  // 「昨年9月2日に発生した事故」 in a report whose timeline writes 2099/09/02: the relative year was read
  // against the first year the text states, not the report's own date; the day written in full wins.
  for (const w of weakRel) {
    const full = out.find(
      (o) => o.source === 'explicit' && o.precision === 'day' && o.m === w.m && o.d === w.d && o.y !== null,
    );
    if (!full || w.y === null || Math.abs(full.y! - w.y) !== 1) continue;
    // (The other end of its range took its year from it: 「昨年10月14日~10月25日」.)
    const to = w.rangeTo === null ? null : out[w.rangeTo];
    if (to && to.source === 'completed' && to.y === w.y) to.y = full.y;
    w.y = full.y;
  }
  return out;
}

/** `YYYY-MM-DD` of a day-precision mention with a known year, else null. */
export function isoOf(m: { y: number | null; m: number | null; d: number | null }): string | null {
  if (m.y === null || m.m === null || m.d === null) return null;
  return `${m.y}-${String(m.m).padStart(2, '0')}-${String(m.d).padStart(2, '0')}`;
}
