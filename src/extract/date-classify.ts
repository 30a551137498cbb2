import * as cue from './date-cues.js';
import { type DateMention, isoOf } from './date-ja.js';
import type { Classified } from './date-ranges.js';
import {
  agentBefore,
  type Cat,
  classifyEn,
  classifyJa,
  FINDING_CUES,
  firstClause,
  hasClauseEnd,
  labelCat,
  underPreviousHeading,
} from './date-roles.js';
import { lineHeadIsBare, tableRoleAt } from './date-timeline.js';
import { lastNewline, type Segment, segmentIndexAt } from './segment.js';

/**
 * The role of each day-precise date mention of a notice (extractDates' first step): which mentions
 * are facts at all, then what each one dates — from a label or a modifier right before it, a cue
 * right after it, or the clause it opens (Japanese: classifyJa; English: classifyEn). Split from
 * dates.ts so that each step is a function of its own: V8 optimises them apart, not as one
 * 537-line function (docs/extraction.md, session 14 split).
 */

/** What a date is about: every role its clause names, and the main one. */
interface Role {
  cats: Set<Cat>;
  primary: Cat | null;
}

/** What every mention's reading shares: the notice, its dates and where its heading block ends. */
export interface MentionScan {
  text: string;
  segments: Segment[];
  lang: 'ja' | 'en';
  mentions: DateMention[];
  /** Where each line starts (newlineOffsets). */
  nl: number[];
  /** A Japanese notice with table bars (「|」). */
  hasBars: boolean;
  /** The notice's own date and its line. */
  pub: { iso: string; seg: Segment } | null;
  /** Where the heading block (up to the first full sentence) ends. */
  headEnd: number;
  /** Dates told inside an earlier date's clause (see cue.CONTENT_INTRO). */
  embeddedAt: Set<number>;
}

/** The classified mentions, and for each timeline row (a date alone on its line) its mention index. */
export interface ClassifiedMentions {
  classified: Classified[];
  rowAt: Map<Classified, number>;
}

const NO_ROLE = (): Role => ({ cats: new Set(), primary: null });
const ROLE = (cat: Cat): Role => ({ cats: new Set([cat]), primary: cat });

/**
 * Every day-precise mention that is a fact, with its role.
 *
 * @example classifyMentions(scan).classified.map((c) => c.primary)
 */
export function classifyMentions(scan: MentionScan): ClassifiedMentions {
  const { text, segments, lang, mentions } = scan;
  const classified: Classified[] = [];
  const rowAt = new Map<Classified, number>();
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.precision !== 'day') continue;
    const iso = isoOf(m);
    if (!iso || notAFact(scan, m, iso)) continue;
    const si = segmentIndexAt(segments, m.start);
    const seg = segments[si]!;
    const next = nextDay(text, mentions, i);
    const prev = mentions[i - 1];
    let res: Role;
    let row = -1;
    let labelled = false;
    if (lang === 'ja') {
      const cued = cuedRoleJa(scan, m, seg, next);
      if (cued === 'skip') continue;
      if (cued) {
        res = cued.res;
        labelled = cued.labelled;
      } else {
        const read = clauseRoleJa(scan, i, si, next, prev);
        res = read.res;
        row = read.row;
      }
    } else res = roleEn(scan, m, si, next, prev);
    const single = !mentions.some(
      (o) => o !== m && o.precision === 'day' && o.start >= seg.start && o.start < seg.end,
    );
    const c: Classified = { mention: m, iso, cats: res.cats, primary: res.primary, seg, single, labelled };
    classified.push(c);
    if (row >= 0) rowAt.set(c, row);
  }
  return { classified, rowAt };
}

/**
 * A mention that dates nothing of the incident: inside the letterhead line, the notice's own date
 * repeated in its heading, inside a URL, approximate, a day of a noun or batch, the hour a release
 * was issued, an as-of or planned day, or under a heading about an earlier incident.
 */
function notAFact(scan: MentionScan, m: DateMention, iso: string): boolean {
  const { text, lang, nl, pub } = scan;
  // Skip dates inside the published letterhead line.
  // (A page flattened to one line keeps its body on the letterhead's line: only the line's
  // opening is the letterhead.)
  if (pub && m.start >= pub.seg.start && m.end <= Math.min(pub.seg.end, pub.seg.start + 80)) return true;
  // The notice's own date repeated in its heading block (before the first full sentence) is the
  // date of the notice, whatever words of the title follow it.
  if (pub && iso === pub.iso && m.start < scan.headEnd) return true;
  // Dates inside URLs (archive paths) and approximate days are not facts.
  const lineStart0 = lastNewline(nl, m.start - 1) + 1;
  const token = text.slice(Math.max(lineStart0, m.start - 200), m.start);
  // No leading \S*: it finds the same URLs without a scan from every start (ReDoS, issue 18); the
  // URL ends at the first non-URL character.
  if (/(?:https?:|www\.)[\x21-\x7e]*$/.test(token) || text[m.start - 1] === '/') return true;
  // (A range's end may be approximate: "from approximately May 1 through June 2" is a window.)
  const approx = cue.APPROX_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start));
  if (approx && m.rangeFrom === null && m.rangeTo === null) return true;
  if (cue.dayOfNoun(text, m) || cue.batchOfDay(text, m)) return true;
  // 「提供日\n2018年5月2日\n提供時間\n14時0分」: the hour a release was issued is the notice's own.
  if (
    lang === 'ja' &&
    m.source === 'inherited' &&
    m.time !== null &&
    /^[\s午前後]*\d/.test(text.slice(m.start, m.end))
  ) {
    const ls = lastNewline(nl, m.start - 1) + 1;
    if (text.slice(ls, m.start).trim() === '' && cue.RELEASE_TIME_LABEL.test(cue.lineAbove(text, nl, ls)))
      return true;
  }
  // 「平成27年6月1日現在の状況」: the day a state is reported as of, not an event; 「4月1日廃棄予定」:
  // a day something is planned for has not happened.
  if (
    cue.AS_OF_AFTER.test(text.slice(m.end, m.end + 8)) ||
    cue.PLANNED_AFTER.test(text.slice(m.end, m.end + 12))
  )
    return true;
  // A section about an earlier incident (「(前回の概要)」) is background, not this incident; so is a
  // later incident of a notice that lists several (「【事案2】」).
  if (lang !== 'ja') return false;
  const later = cue.laterIncidentAt(text);
  return (later >= 0 && m.start > later) || underPreviousHeading(text, m.start, nl);
}

/** The next day-precise mention after mention i that is no day of a noun or batch. */
function nextDay(text: string, mentions: DateMention[], i: number): DateMention | undefined {
  let next = mentions[i + 1];
  for (
    let j = i + 1;
    next && (next.precision !== 'day' || cue.dayOfNoun(text, next) || cue.batchOfDay(text, next));
    j++
  )
    next = mentions[j + 1];
  return next;
}

/**
 * A Japanese date's role told by what stands right by it: a table column, a label (before it or on
 * the line above), a modifying clause, an aside on a noun, a document's date, 以降 or まで after it.
 * 'skip' for a まで of the notice's own day (no event); undefined when only the clause can tell.
 */
function cuedRoleJa(
  scan: MentionScan,
  m: DateMention,
  seg: Segment,
  next: DateMention | undefined,
): { res: Role; labelled: boolean } | 'skip' | undefined {
  const { text, nl } = scan;
  let label = cue.LABEL_BEFORE.exec(text.slice(Math.max(seg.start, m.start - 16), m.start));
  // A label on the line above a date that starts its line (「(1)侵入の日時\n2022/5/10 …」).
  const ls = lastNewline(nl, m.start - 1) + 1;
  if (!label && text.slice(ls, m.start).trim() === '' && ls > 1) {
    // (Past up to two blank lines: 「2.判明日時\n\n 令和5年12月2日」.)
    label = cue.LABEL_LINE.exec(cue.lineAbove(text, nl, ls).slice(-24));
  }
  // 「…を確認した日 平成30年3月2日」「不正アクセスが発覚した2022年8月19日」: what happened on the
  // date is said right before it, as a label or a clause that modifies the date.
  const before = text.slice(Math.max(ls, m.start - 24), m.start);
  const modifier = cue.MODIFIER_BEFORE.exec(before);
  const tableRole = !label && scan.hasBars ? tableRoleAt(text, m.start) : null;
  if (tableRole) return { res: ROLE(tableRole), labelled: false };
  if (label) return { res: ROLE(labelCat(label[1]!)), labelled: true };
  if (modifier) {
    return { res: ROLE(cue.MODIFIER_FINDING.test(modifier[1]!) ? 'detect' : 'start'), labelled: false };
  }
  // 「説明会(令和4年6月3日開催分)に申し込んだ方へ」: a date in an aside on a noun names which one;
  // the bracket is its whole clause, and tells no event of the notice.
  if (cue.asideOfNoun(text, m.start, m.end)) return { res: NO_ROLE(), labelled: false };
  if (cue.DOCUMENT_DATE_AFTER.test(text.slice(m.end, m.end + 12)))
    return { res: ROLE('announce'), labelled: false };
  // 「…市は28日、…を受け、…と発表した。」 (or the body named after the date): the day the body
  // announced what the sentence tells.
  const lead = m.start - seg.start;
  if (
    m.rangeTo === null &&
    m.rangeFrom === null &&
    ((lead <= 42 && cue.NEWS_TOPIC_BEFORE.test(text.slice(seg.start, m.start))) ||
      (lead <= 12 && cue.NEWS_TOPIC_AFTER.test(text.slice(m.end, seg.end)))) &&
    cue.NEWS_ANNOUNCED_CLOSE.test(text.slice(m.end, seg.end))
  )
    return { res: ROLE('announce'), labelled: false };
  if (
    cue.DATED_DOCUMENT_AFTER.test(text.slice(m.end, m.end + 8)) &&
    classifyJa(text.slice(m.end, seg.end)).primary !== 'start'
  ) {
    // (「6月3日付けで…を送付したところ」: the document's date is the day it was sent.)
    return { res: NO_ROLE(), labelled: false };
  }
  if (m.rangeTo === null && m.rangeFrom === null && cue.SINCE_AFTER.test(text.slice(m.end, m.end + 24)))
    return { res: sinceRoleJa(text, m, seg, next), labelled: false };
  if (m.rangeTo === null && m.rangeFrom === null && cue.UNTIL_AFTER.test(text.slice(m.end, m.end + 40))) {
    // 「今日に至るまで見つかっていない」: up to the notice's own day, a state that goes on — no end.
    if (/^(?:本日|現在|今日)/.test(text.slice(m.start, m.end))) return 'skip';
    const until = text.slice(m.end, Math.min(seg.end, m.end + 60));
    if (cue.ORDINARY_UNTIL.test(until) && !cue.INCIDENT_UNTIL.test(firstClause(until)))
      return { res: NO_ROLE(), labelled: false };
    // 「5月13日(金)まで閲覧可能な状態」: まで right after the date makes it the last moment; a
    // まで further on belongs to another word (「退職後までの期間」), and 「までに」 is a deadline.
    return { res: ROLE('end'), labelled: false };
  }
  return undefined;
}

/**
 * 「1月8日(水)17:04以降」: the first moment of something that went on — unless the clause says
 * what was found out from then on (「10時53分以降、…指摘を受け…判明」), or a plan or the
 * organisation's response from then on.
 */
function sinceRoleJa(text: string, m: DateMention, seg: Segment, next: DateMention | undefined): Role {
  const since = cue.SINCE_AFTER.exec(text.slice(m.end, m.end + 24))!;
  const restAt = m.end + since.index + since[0].length;
  // (A later date of the sentence owns the finding told after it: 「3月2日以降、…行方が分からず、
  // 3月9日以降に順次判明」 — the first day starts, the second is the finding.)
  const restEnd = next && next.start > restAt && next.start < seg.end ? next.start : seg.end;
  // 「…以降に順次判明」: findings that came in from that day on; the first is on that day.
  const after =
    text[restAt] === '、' || text[restAt] === 'に' ? classifyJa(text.slice(restAt, restEnd)) : null;
  // 「翌日以降も片付けを続ける予定だった」「6月9日以降は…対象から外す予定」: a plan or a
  // rule from then on is no event.
  // 「10月3日以降、教員が全家庭を訪問し、…回収し」: the organisation's response from then on.
  const planned =
    /^[^。]{0,50}(?:予定|(?:こと|よう)と(?:され|し(?:てい|ました))|ことにな)/.test(
      text.slice(restAt, seg.end),
    ) ||
    (text[restAt] === '、' && cue.MEASURE_WORDS.test(firstClause(text.slice(restAt + 1, seg.end))));
  if (after?.primary === 'detect' && !cue.STATE_FOUND.test(text.slice(restAt, seg.end))) return after;
  return planned ? NO_ROLE() : ROLE('start');
}

/**
 * A Japanese date's role from the clause after it: up to the next date or the sentence's end (a
 * timeline row reads the lines below it; row is then the mention's index), a date told inside an
 * earlier date's finding, the next sentence of a scene-setting one, a sending that modifies a noun,
 * an authority named before the date.
 */
function clauseRoleJa(
  scan: MentionScan,
  i: number,
  si: number,
  next: DateMention | undefined,
  prev: DateMention | undefined,
): { res: Role; row: number } {
  const { text, segments, embeddedAt } = scan;
  const m = scan.mentions[i]!;
  const seg = segments[si]!;
  let row = -1;
  let windowEnd = seg.end;
  // A date alone on its line (timelines): the event is on the following line(s). Not a date
  // that ends a text line (a title's trailing date).
  // lineHeadIsBare walks back to the line's start without copying it (a 100 kB line, issue 18);
  // the rest of the sentence is only read for a date that starts its line (each date of a
  // 100 kB line of dates copied the rest of it: quadratic).
  if (
    lineHeadIsBare(text, m.start) &&
    text
      .slice(m.end, seg.end)
      .replace(/\([^)]{1,4}\)/g, '')
      .replace(/[\s、,.:・【】]/g, '').length < 3
  ) {
    const following = segments[si + 1];
    const following2 = segments[si + 2];
    windowEnd = following2 ? following2.end : following ? following.end : seg.end;
    if (m.rangeTo === null && m.rangeFrom === null) row = i;
  } else if (seg.end - m.end <= 400 && seg.text.includes('(')) {
    // 「A氏から…課(以下「課」という。)あて電話連絡があり」: the 。 of a defining aside ends no sentence.
    windowEnd = cue.pastAside(text, m.end, seg.end);
  }
  // A date told inside what was found out (「…確認したところ、9月27日に…印刷していたことが
  // 判明」「連絡を受け、前日20日に…が刷られていたと分かった」) is the day of that content: the
  // finding belongs to the clause before it.
  const embedded =
    embeddedAt.has(m.start) || cue.insideFinding(text.slice(Math.max(seg.start, m.start - 160), m.start));
  if (next && next.start < windowEnd && next.start >= m.end && m.rangeTo === null) {
    // 「4月25日の朝、住民から、前日24日の午前に…を見つけたとの連絡」: nothing
    // happens between the two dates (no cue, no clause end), so the later one is told inside
    // the first one's clause, whose predicate closes the sentence.
    const gap = text.slice(m.end, next.start);
    if (
      !embedded &&
      m.rangeFrom === null &&
      // (「…ことが、5月20日に判明」: a subject set off by a comma; the later date opens the predicate.)
      !/[がを]、\s?$/.test(gap) &&
      next.start < seg.end &&
      next.rangeFrom === null &&
      gap.length > 0 &&
      gap.length <= 40 &&
      !gap.includes('\n') &&
      !hasClauseEnd(gap) &&
      classifyJa(gap).primary === null
    ) {
      embeddedAt.add(next.start);
      // (The sentence's predicate is near: a long line of dates is not read to its end.)
      windowEnd = Math.min(windowEnd, next.end + 200);
    } else windowEnd = next.start;
  }
  let res: Role = classifyJa(text.slice(m.end, windowEnd), embedded ? FINDING_CUES : undefined);
  // 「5月28日の夕方、…電車に乗り、…棚に載せた。その後…見当たらないと気づいた。」: a dated
  // sentence that tells no event sets the scene; the next sentence of its paragraph, with no date
  // of its own, tells what happened that day.
  if (res.primary === null && row < 0 && windowEnd === seg.end && !embedded) {
    const following = segments[si + 1];
    const then =
      following && following.line === seg.line && (!next || next.start >= following.end)
        ? classifyJa(following.text)
        : null;
    if (then?.primary === 'detect' && !/^\s*(?:その後|後日|翌|数日)/.test(following!.text)) res = then;
    // 「…来局した。その際、…誤って…」: a sentence opened by その際 tells what happened then.
    else res = cue.roleAtThatMoment(text, m.end, next?.start) ?? res;
  }
  // 「3月31日に送った「問診票」に…他人の情報が載っていたと判明」: the date belongs to
  // the sending that modifies a noun, not to the finding that closes the sentence.
  if (res.primary !== 'start' && cue.SENT_NOUN_AFTER.test(text.slice(m.end, m.end + 48)))
    res = { cats: new Set([...res.cats, 'start']), primary: 'start' };
  // 「21日に使用した当該USBメモリー…に気づき」: the date belongs to an
  // ordinary use that names which item; the loss and its finding are not of that day.
  else if (cue.USED_NOUN_AFTER.test(text.slice(m.end, m.end + 40))) res = NO_ROLE();
  // 「個人情報保護委員会に7月5日に報告」「警察署にも7月8日に相談」: the authority is named before
  // the date, in the same clause; it decides what the date is about.
  const agent = agentBefore(text, Math.max(seg.start, prev && prev.end <= m.start ? prev.end : 0), m.start);
  if (agent) res = ROLE(agent);
  return { res, row };
}

/**
 * An English date's role: its sentence (joined across a line break that cuts it), from the previous
 * date to the next, the word joining a range's two ends blanked out, read by classifyEn.
 */
function roleEn(
  scan: MentionScan,
  m: DateMention,
  si: number,
  next: DateMention | undefined,
  prev: DateMention | undefined,
): Role {
  const { text, segments } = scan;
  const seg = segments[si]!;
  // Backwards too: "…the server was entered without leave on or about\nMay 4, 2021."
  const back = segments[si - 1];
  const segStart =
    back &&
    !/[.!?:;"”)]$/.test(back.text) &&
    back.text.length >= 60 &&
    /[a-z]$/.test(back.text) &&
    seg.start - back.end <= 2 &&
    text.slice(seg.start, m.start).trim() === ''
      ? back.start
      : seg.start;
  const wStart =
    prev && prev.end > segStart && prev.end <= m.start && m.rangeFrom === null ? prev.end : segStart;
  // A sentence cut at a line break after a capitalised word ("…someone outside of ACME\ntemporarily
  // accessed…") goes on in the next segment when that opens in lower case — or, after a long line
  // that stops on a lower-case word ("…provider informed\nAcme that…"), whatever it opens with.
  const cont = segments[si + 1];
  const segEnd =
    cont &&
    !/[.!?:;"”)]$/.test(seg.text) &&
    (/^[a-z]/.test(cont.text) || (seg.text.length >= 60 && /[a-z]$/.test(seg.text))) &&
    cont.start - seg.end <= 2
      ? cont.end
      : seg.end;
  const wEnd = next && next.start < segEnd && next.start >= m.end && m.rangeTo === null ? next.start : segEnd;
  let window = text.slice(wStart, wEnd);
  // "occurred as early as May 1 until May 9": the word joining a range's two ends ("until",
  // "through") is no predicate of its first day; the verb around the range is.
  const far = m.rangeTo === null ? undefined : scan.mentions[m.rangeTo];
  if (far && far.start > m.end && far.start <= wEnd)
    window = `${window.slice(0, m.end - wStart)}${' '.repeat(far.start - m.end)}${window.slice(far.start - wStart)}`;
  return classifyEn(window, m.start - wStart, m.end - wStart);
}
