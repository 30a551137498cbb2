import { archivedOn, firstYear, parseIso } from './date-anchor.js';
import { classifyMentions } from './date-classify.js';
import * as cue from './date-cues.js';
import { endsSameDayEn, findEnDates, twoDaysEn, whenFoundEn } from './date-en.js';
import { type DateMention, findJaDates, isoOf } from './date-ja.js';
import { type Classified, earliest, monthOpenedWindow, readRanges, toFact } from './date-ranges.js';
import { type Cat, firstClause } from './date-roles.js';
import {
  lastListedWindow,
  lastWindowLine,
  type RowEvents,
  readRow,
  timelineWindow,
} from './date-timeline.js';
import { newsLead } from './news-lead.js';
import { announcedOn, findPublished, leadDate, leadDayOfDateline } from './published-date.js';
import { newlineOffsets, type Segment } from './segment.js';
import type { NoticeStructure } from './structure.js';
import type { Cause, DateField, IsoDate, LeakStatus, NoticeFacts, ReportStage } from './types.js';

/**
 * The dated facts of a notice: every date mention gets a role (date-roles.ts: the predicate of its
 * clause, a label, a modifier), then ranges become incident windows or scope statements
 * (date-ranges.ts) and each field takes its date (the earliest discovery, the attack range before
 * single start/end cues).
 */

export type DateFacts = Pick<NoticeFacts, DateField | 'scope'>;

interface Context {
  structure?: NoticeStructure;
  causes: Cause[];
  leakStatus: LeakStatus | null;
  stage: ReportStage | null;
  published?: IsoDate | undefined;
}

/**
 * Dated facts of a notice.
 *
 * @example extractDates(text, splitSentences(text), splitLines(text), 'ja', ctx).detected?.value
 */
export function extractDates(
  text: string,
  segments: Segment[],
  lines: Segment[],
  lang: 'ja' | 'en',
  ctx: Context,
): DateFacts {
  const out: DateFacts = {
    published: null,
    incident_start: null,
    incident_end: null,
    detected: null,
    contained: null,
    resumed: null,
    regulator_reported: null,
    police_reported: null,
    scope: [],
  };
  if (segments.length === 0) return out;
  // A notice that never states its year, saved by a web archive: the capture's day bounds it (a
  // month-day after the capture's is of the year before).
  const captured = archivedOn(text);
  const statedYear = firstYear(text) ?? captured?.y ?? null;
  const pub =
    findPublished(lines, lang, statedYear, ctx.structure) ??
    leadDate(segments, lang, text, ctx) ??
    announcedOn(segments, lang, ctx.structure?.title);
  // A news page's dateline whose lead tells the day the body announced (「…は19日、…と発表」): that day
  // is the notice's; the dateline stays the page's own line (its date is no event).
  const announced = pub ? leadDayOfDateline(segments, lang, pub, ctx.structure) : null;
  const own = announced ?? pub;
  const ref =
    parseIso(ctx.published) ?? (pub ? parseIso(pub.iso) : statedYear === captured?.y ? captured : null);
  if (ctx.published && parseIso(ctx.published)) {
    out.published = { value: ctx.published, evidence: { quote: '', start: 0, end: 0 }, confidence: 0.9 };
  } else if (own) {
    out.published = {
      value: own.iso,
      evidence: { quote: own.seg.text, start: own.seg.start, end: own.seg.end },
      confidence: announced ? 0.6 : 0.85,
    };
  }
  // No dated letterhead: the first year stated anchors 本年 and month-days (English: the notice's date only).
  const refYear = ref?.y ?? (lang === 'en' ? null : statedYear);
  // A news report (its lead names the announcing body): bare days are of the dateline's month.
  const newsDays =
    lang === 'ja' &&
    ref !== null &&
    newsLead(
      segments.filter((g) => g.text.includes('。')),
      ctx.structure?.title ?? null,
    ) !== null;
  const dctx = { refYear, refMonth: ref?.m ?? null, refDay: ref?.d ?? null, newsDays };
  const mentions = lang === 'ja' ? findJaDates(text, dctx) : findEnDates(text, dctx);
  // Where each line starts, found without scanning back from every date (a 100 kB line of dates).
  const nl = newlineOffsets(text);

  const hasBars = lang === 'ja' && text.includes('|');
  const firstStop = text.indexOf(lang === 'ja' ? '。' : '. ');
  // The heading block: up to the first full sentence, and no more than two lines below the
  // letterhead date (a body written as lines without 。 is not a heading).
  let headEnd = Math.max(firstStop, 0);
  if (pub) {
    let lineEnd = pub.seg.end;
    for (let k = 0; k < 2 && lineEnd >= 0; k++) lineEnd = text.indexOf('\n', lineEnd + 1);
    headEnd = Math.min(headEnd, lineEnd < 0 ? text.length : lineEnd);
  }
  const { classified, rowAt } = classifyMentions({
    text,
    segments,
    lang,
    mentions,
    nl,
    hasBars,
    pub,
    headEnd,
    embeddedAt: new Set<number>(),
  });
  // What the lines under a timeline row (a date alone on its line) tell of that day.
  // (Read only when asked: most rows never need their lines read.)
  const rowMemo = new Map<Classified, RowEvents>();
  const rowOf = (c: Classified): RowEvents | undefined => {
    const i = rowAt.get(c);
    if (i === undefined) return undefined;
    let r = rowMemo.get(c);
    if (!r) {
      r = readRow(text, mentions, i, c.iso);
      rowMemo.set(c, r);
    }
    return r;
  };

  // Ranges: incident windows and scope statements.
  const ranges = readRanges(text, segments, lang, mentions, classified, nl, hasBars, out.scope);
  let incidentRange = ranges.incidentRange;
  const reportsFrom = ranges.reportsFrom;
  const scopeRange = ranges.scopeRange;
  if (!incidentRange && scopeRange && ctx.leakStatus !== 'not_found') incidentRange = scopeRange;

  const single = (c: Classified) => c.mention.rangeFrom === null && c.mention.rangeTo === null;
  // The far end of a range within one day (「6月2日9:30~10:00の間、…」) reads the clause after the
  // range like a single date when the range is no incident window.
  const closesDay = (c: Classified) => {
    const from = c.mention.rangeFrom === null ? undefined : mentions[c.mention.rangeFrom];
    return from !== undefined && isoOf(from) === c.iso;
  };
  const inRange = new Set<Classified>();
  if (incidentRange) {
    inRange.add(incidentRange[0]);
    inRange.add(incidentRange[1]);
  }
  const by = (cat: Cat) => {
    // Range ends are never single events, but for "found on May 1 and 4" and "until May 4, when we found".
    const when = (c: Classified) => cat === 'detect' && lang === 'en' && whenFoundEn(text, c.mention);
    const days = (c: Classified) => cat === 'detect' && lang === 'en' && twoDaysEn(text, c.mention, mentions);
    const primary = classified.filter(
      (c) => when(c) || (c.primary === cat && !inRange.has(c) && (single(c) || closesDay(c) || days(c))),
    );
    if (primary.length > 0 || lang === 'ja') return primary;
    // English sentences often name several events of one day ("on May 8 … until it was discovered
    // and corrected"): with no date primarily about `cat`, the only date (or only day: "… that same
    // day") of a sentence mainly about the end of an exposure stands for the other events it names.
    return classified.filter(
      (c) =>
        c.cats.has(cat) &&
        (c.single || classified.every((o) => o.seg !== c.seg || o.iso === c.iso)) &&
        (c.primary === 'end' || c.primary === 'contained') &&
        !inRange.has(c) &&
        c.mention.rangeTo === null &&
        c.mention.rangeFrom === null,
    );
  };

  // A timeline row that says, below its date, that the mistake was found (「○5月12日」「・…判明した。」).
  const rowDetect: Classified[] = [];
  const told = [...by('detect'), ...reportsFrom];
  if (lang === 'ja' && told.length === 0) {
    const soon = cue.soonAfter(text, segments, classified, mentions);
    if (soon) told.push(soon);
  }
  const firstTold = earliest(told)?.iso ?? null;
  for (const c of rowAt.keys())
    if ((firstTold === null || c.iso < firstTold) && !inRange.has(c) && rowOf(c)?.detect) rowDetect.push(c);
  const strongDetect = [...told, ...rowDetect];
  // A date the notice labels as the discovery (「発覚日:」「2 判明日時」) is its own answer; an earlier
  // finding told in the timeline (a document found not to have arrived) is not preferred to it.
  const labelledDetect = told.filter((c) => c.labelled);
  const detectList =
    labelledDetect.length > 0 ? labelledDetect : strongDetect.length > 0 ? strongDetect : by('detectWeak');
  const itemDet = () => (lang === 'ja' ? cue.findingAfterItem(segments, classified, mentions) : []);
  // What a date's sentence says after it, up to the next date (「6月30日に…判明、7月1日に報告」).
  const ownWords = (c: Classified): string => {
    const after = mentions[mentions.indexOf(c.mention) + 1];
    const to = after && after.start > c.mention.end && after.start < c.seg.end ? after.start : c.seg.end;
    return text.slice(c.mention.end, to);
  };
  // A contractor's incident: the organisation learns of it on the contractor's first report (「7月1日に
  // 報告があった」, days after its own finding; not a final report or results: cue.firstReport).
  const reported =
    lang === 'ja' && ctx.causes.includes('third_party')
      ? detectList.filter((c) => cue.firstReport(firstClause(ownWords(c))))
      : [];
  const detCandidates = reported.length > 0 ? reported : detectList.length > 0 ? detectList : itemDet();
  const det = earliest(detCandidates);
  if (det) out.detected = toFact(det, text, 0.7);
  // A window that opens after the organisation found out is its response (calls, visits), not the
  // exposure: 「11月17日 …伝えられた」「11月18日~21日 …に電話連絡し、謝罪した」.
  if (lang === 'ja' && incidentRange && det && incidentRange[0].iso > det.iso && !incidentRange[0].labelled)
    incidentRange = null;

  if (incidentRange) {
    // "accessed the accounts on May 2, and between June 1 and 8": an earlier day opens the window.
    const range = incidentRange;
    const sameAct = (c: Classified) => c.seg === range[0].seg && c.primary === 'start' && single(c);
    const before = lang === 'en' ? earliest(classified.filter(sameAct)) : null;
    const first = before && before.iso < range[0].iso ? before : range[0];
    out.incident_start = toFact(first, text, 0.75);
    out.incident_end = toFact(incidentRange[1], text, 0.75);
    // A 「…期間」 table cell listing several windows ends with the last of them (date-timeline.ts).
    const listedEnd = hasBars ? lastListedWindow(text, classified, range[1]) : null;
    if (listedEnd) out.incident_end = toFact(listedEnd, text, 0.6);
    // Windows under a 「…期間」 heading, one per line: the exposure ends with the last.
    const lineEnd = lang === 'ja' && !listedEnd ? lastWindowLine(text, classified, range[0], range[1]) : null;
    if (lineEnd) out.incident_end = toFact(lineEnd, text, 0.6);
    // A scope range standing in for the window (「AからBまでの間に応募いただいた書類が閲覧可能」) ends
    // where the notice says the exposure was closed, when that is later (「C日に、閲覧できない状態」).
    if (lang === 'ja' && range === scopeRange) {
      const closed = by('end').filter((c) => c.iso > range[1].iso);
      const last = closed.reduce<Classified | null>((a, c) => (!a || c.iso > a.iso ? c : a), null);
      if (last) out.incident_end = toFact(last, text, 0.5);
    }
  } else {
    const st = earliest(by('start'));
    if (st) out.incident_start = toFact(st, text, 0.6);
    const en = by('end').filter((c) => !out.incident_start || c.iso >= out.incident_start.value);
    const lastEnd = en.reduce<Classified | null>((a, c) => (!a || c.iso > a.iso ? c : a), null);
    if (lastEnd) out.incident_end = toFact(lastEnd, text, 0.5);
    // 「…は、1日午後6時から7時頃で、…送信」: an act told over hours of one day ended that day.
    const pair = st && lang === 'ja' && !out.incident_end ? sameDayPair(st, classified, mentions) : null;
    if (pair && pair[0].primary === 'start' && pair[1].primary === 'start')
      out.incident_end = toFact(pair[1], text, 0.45);
  }
  // 「6月14日、…指摘で判明し、直ちに資料を削除しました」: a step taken at once on finding out is of that day.
  const atOnce = lang === 'ja' ? by('detect').filter((c) => cue.CONTAINED_AT_ONCE.test(ownWords(c))) : [];
  const contained = earliest(
    [...by('contained'), ...atOnce].filter((c) => !out.incident_start || c.iso >= out.incident_start.value),
  );
  if (contained) out.contained = toFact(contained, text, 0.6);
  const resumed = earliest(by('resumed'));
  if (resumed) out.resumed = toFact(resumed, text, 0.6);
  const reg = earliest(
    classified.filter(
      (c) =>
        c.cats.has('regulator') &&
        (c.primary === 'regulator' ||
          c.primary === 'detect' ||
          c.primary === 'detectWeak' ||
          c.primary === 'end' ||
          c.primary === null ||
          c.primary === 'announce'),
    ),
  );
  if (reg) out.regulator_reported = toFact(reg, text, 0.5);
  const pol = earliest(classified.filter((c) => c.cats.has('police') && c.primary !== 'start'));
  if (pol) out.police_reported = toFact(pol, text, 0.5);

  if (lang === 'ja') {
    const fromRows = timelineWindow(classified, rowOf, text, ctx.structure, ctx.causes, {
      start: out.incident_start?.value ?? null,
      end: out.incident_end?.value ?? null,
      detected: out.detected?.value ?? null,
    });
    if (fromRows.start) out.incident_start = toFact(fromRows.start, text, 0.45);
    if (fromRows.end) out.incident_end = toFact(fromRows.end, text, 0.4);
    // Nothing is found out before it happens: a finding earlier than the start (a blank field
    // noticed while typing, days before the letter went out) is of something else; the first
    // finding from the start on is the incident's.
    const st = out.incident_start?.value;
    if (st && out.detected && out.detected.value < st) {
      const later = earliest(detCandidates.filter((c) => c.iso >= st));
      if (later) out.detected = toFact(later, text, 0.6);
    }
  }

  // 「翌日に誤りが発覚するまで、…開ける状況が続いた」: an exposure that lasted until it was
  // found ends on the day it was found.
  if (lang === 'ja' && !out.incident_end && out.detected) {
    const found = out.detected.value;
    const until = classified.find((c) => c.iso === found && FOUND_UNTIL.test(ownWords(c)));
    if (until && (!out.incident_start || found >= out.incident_start.value))
      out.incident_end = toFact(until, text, 0.45);
  }
  // 「AとBの2回にわたり、…が配信される」: an act told on the days it happened, the start's day first,
  // ends on the last of them.
  if (lang === 'ja' && !out.incident_end && out.incident_start) {
    const st = out.incident_start.value;
    for (let k = 1; k < classified.length; k++) {
      const [a, b] = [classified[k - 1]!, classified[k]!];
      if (a.iso !== st || b.iso <= st || b.seg !== a.seg) continue;
      const between = text.slice(a.mention.end, b.mention.start);
      if (
        /^[^、。]{0,12}と\s?$/.test(between) &&
        REPEATED_AFTER.test(text.slice(b.mention.end, b.mention.end + 24))
      )
        out.incident_end = toFact(b, text, 0.5);
    }
  }
  // 「発生日・発覚日 令和80年7月10日」: one label naming both the act and its finding dates both.
  if (lang === 'ja' && !out.incident_start && out.detected && BOTH_LABEL.test(out.detected.evidence.quote))
    out.incident_start = { ...out.detected, confidence: 0.6 };
  causeBoundEnd(out, text, lang, ctx.causes);
  sameDayFacts(out, { text, lang, ctx, classified, mentions, ownWords, windowed: Boolean(incidentRange) });
  if (!out.published && ctx.stage === 'final') finalReportPublished(out, text, classified);
  return out;
}

/** The two ends of the range within one day that `c` is an end of (null when it is none). */
function sameDayPair(
  c: Classified,
  classified: Classified[],
  mentions: DateMention[],
): [Classified, Classified] | null {
  const { rangeFrom, rangeTo } = c.mention;
  const other = rangeTo !== null ? mentions[rangeTo] : rangeFrom !== null ? mentions[rangeFrom] : undefined;
  const o = other ? classified.find((x) => x.mention === other) : undefined;
  if (!o || o.iso !== c.iso) return null;
  return rangeTo !== null ? [c, o] : [o, c];
}

// 「…頃の2回にわたり」「…の3度にわたって」 right after the last of the listed days.
const REPEATED_AFTER = /^[^、。]{0,8}?の(?:[2-9２-９]|二|三|四|五)(?:回|度)にわた/;

// A label naming the day of the act and of its finding at once (「発生日・発覚日」「判明日/発生日」).
const BOTH_LABEL =
  /発生日(?:時)?\s?(?:・|\/|及び|、)\s?(?:発覚|判明|発見|覚知)日|(?:発覚|判明|発見|覚知)日(?:時)?\s?(?:・|\/|及び|、)\s?発生日/;

// The date's own words: 「に(問題が)発覚するまで、」「に判明するまでの間」.
const FOUND_UNTIL = /^[^、。]{0,16}?(?:発覚|判明|発見|気付|気づ|確認)(?:する|される)まで(?!に)/;

/**
 * Single-moment incidents end with their act; a lasting exposure (a wrong setting, a page put up by
 * mistake, mail forwarded to a mistyped address) ends when it was closed.
 */
function causeBoundEnd(out: DateFacts, text: string, lang: 'ja' | 'en', causes: Cause[]): void {
  // Single-moment incidents (a mail or letter sent to the wrong people, a phishing reply, an insider's
  // e-mail): the exposure starts and ends with the act (readers of unseen notices label it so). The
  // day it was found out is not the day of the act, so no start is copied from it.
  // A phishing mail that planted malware or opened a way in is the start of a longer intrusion.
  // So is one after which the machine was run from afar or the account entered (「遠隔操作」「不正アクセス」),
  // a cause the reconciliation drops beside phishing.
  const lasting =
    causes.some(
      (c) =>
        c === 'malware' || c === 'ransomware' || c === 'unauthorized_access' || c === 'vulnerability_exploit',
    ) ||
    (lang === 'ja' && causes.includes('phishing') && cue.PHISHING_LASTING.test(text));
  // Mail forwarded to a mistyped address (「自動転送設定」) keeps going out until the forwarding is
  // stopped: a lasting exposure, ended like a wrong setting.
  const forwarding = lang === 'ja' && causes.includes('misdelivery') && cue.FORWARDING.test(text);
  const instant =
    (causes.some((c) => c === 'misdelivery' || c === 'insider') && !forwarding) ||
    (causes.includes('phishing') && !lasting);
  if (instant && out.incident_start && !out.incident_end)
    out.incident_end = { ...out.incident_start, confidence: 0.4 };
  // Data left viewable by a wrong setting stops being exposed when the setting is fixed.
  // So does a page or file put up by mistake (「…に掲載した資料に個人情報が含まれていました」) when it is taken down.
  const posted =
    lang === 'ja' && out.incident_start !== null && cue.POSTED.test(out.incident_start.evidence.quote);
  if ((causes.includes('misconfiguration') || posted || forwarding) && !out.incident_end && out.contained) {
    if (!out.incident_start || out.contained.value >= out.incident_start.value)
      out.incident_end = { ...out.contained, confidence: 0.4 };
  }
}

/** What sameDayFacts reads besides the facts found so far. */
interface SameDayInput {
  text: string;
  lang: 'ja' | 'en';
  ctx: Context;
  classified: Classified[];
  mentions: DateMention[];
  /** What a date's sentence says after it, up to the next date. */
  ownWords: (c: Classified) => string;
  /** An incident window was read from a range. */
  windowed: boolean;
}

/**
 * Facts of one day inferred from another: found out at once (the day of the act), an act seen as it
 * happened, an item lost the day its loss was noticed, an English act told as one day; an end
 * before the start is dropped.
 */
function sameDayFacts(out: DateFacts, inp: SameDayInput): void {
  const { text, lang, ctx, classified, mentions, ownWords } = inp;
  // "This error was discovered within minutes", "Within minutes, we were alerted to the attack": found
  // out on the day of the act.
  if (
    lang === 'en' &&
    !out.detected &&
    out.incident_start &&
    /ithin |(?:mmediately|oments|inutes|hortly|away) after/.test(text) &&
    cue.FOUND_AT_ONCE.test(text)
  )
    out.detected = { ...out.incident_start, confidence: 0.4 };
  // 「6月4日夜、…で発生したアラートを契機に…を切り離し」: an attack told through the alert
  // that raised it was found out the day it started.
  // 「5月20日、…攻撃を受けたことを確認しました」 and no other finding in the notice: the day it was
  // confirmed is the finding as well (the event keeps the day as its start; labels read it either way).
  if (lang === 'ja' && !out.detected && out.incident_start) {
    const q = out.incident_start.evidence.quote;
    const day = out.incident_start.value;
    const told = classified.find((c) => c.iso === day && c.primary === 'start' && c.cats.has('detectWeak'));
    if ((q.length < 400 && cue.ALERT_RAISED.test(q)) || (told && cue.CONFIRMED_THAT.test(ownWords(told))))
      out.detected = { ...out.incident_start, confidence: 0.4 };
  }
  // 「4日朝、…が行われたことを確認。…3日朝に…行われており」:
  // a day on which the act was confirmed to have happened, later than the act's own day, is the finding.
  if (lang === 'ja' && !out.detected && out.incident_start) {
    const day = out.incident_start.value;
    const later = classified.filter(
      (c) =>
        c.iso > day &&
        c.primary === 'start' &&
        c.cats.has('detectWeak') &&
        !c.labelled &&
        c.mention.rangeFrom === null &&
        c.mention.rangeTo === null &&
        cue.CONFIRMED_ACT_CLOSE.test(ownWords(c)),
    );
    const first = later.reduce<Classified | null>((a, c) => (!a || c.iso < a.iso ? c : a), null);
    if (first) out.detected = toFact(first, text, 0.4);
  }
  // 「5月1日、…への攻撃を確認」 (the act itself, nothing else dating it): seen as it happened (not in a final report: it dates the attack).
  if (!out.incident_start && ctx.stage !== 'final' && cue.actSeenOn(classified, out.detected, ownWords))
    out.incident_start = { ...out.detected!, confidence: 0.4 };
  // 「…USBメモリを使用し、その後、…紛失に気が付きました」: an item handled on the day its loss was
  // noticed, in the finding's own sentence, was lost that day.
  const lostThatDay = lang === 'ja' && !out.incident_start && ctx.causes.includes('loss_or_theft');
  if (lostThatDay && out.detected && cue.handledThenLost(out.detected.evidence.quote))
    out.incident_start = { ...out.detected, confidence: 0.4 };
  // English: an act told as one day ends that day (date-en.ts); a window opened by a month (date-ranges.ts).
  // Not when the notice dates another act later on (a timeline of attacks over several days).
  const day = lang === 'en' && !out.incident_end && !inp.windowed ? out.incident_start : null;
  const laterAct =
    day !== null &&
    classified.some((c) => c.primary === 'start' && !c.cats.has('detect') && c.iso > day.value);
  if (day && !laterAct && endsSameDayEn(day.evidence.quote, ctx.causes))
    out.incident_end = { ...day, confidence: 0.4 };
  if (lang === 'en') monthOpenedWindow(out, classified, mentions, text);
  if (out.incident_start && out.incident_end && out.incident_end.value < out.incident_start.value)
    out.incident_end = null;
}

/** The final report's own publication, when only the timeline states it (「6月4日 …(最終報)を公開」). */
function finalReportPublished(out: DateFacts, text: string, classified: Classified[]): void {
  for (const c of classified) {
    const line = text.slice(c.seg.start, c.seg.end);
    if (/最終報|最終報告/.test(line) && /公開|公表|掲載/.test(line)) {
      if (!out.published || c.iso > out.published.value) out.published = toFact(c, text, 0.5);
    }
  }
}
