import { archivedOn, firstYear, parseIso } from './date-anchor.js';
import * as cue from './date-cues.js';
import { endsSameDayEn, findEnDates, twoDaysEn, whenFoundEn } from './date-en.js';
import { findJaDates, isoOf } from './date-ja.js';
import { type Classified, earliest, monthOpenedWindow, readRanges, toFact } from './date-ranges.js';
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
import {
  lastListedWindow,
  lineHeadIsBare,
  type RowEvents,
  readRow,
  tableRoleAt,
  timelineWindow,
} from './date-timeline.js';
import { findPublished, leadDate } from './published-date.js';
import { lastNewline, newlineOffsets, type Segment, segmentIndexAt } from './segment.js';
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
  const pub = findPublished(lines, lang, statedYear, ctx.structure) ?? leadDate(segments, lang, text, ctx);
  const ref =
    parseIso(ctx.published) ?? (pub ? parseIso(pub.iso) : statedYear === captured?.y ? captured : null);
  if (ctx.published && parseIso(ctx.published)) {
    out.published = { value: ctx.published, evidence: { quote: '', start: 0, end: 0 }, confidence: 0.9 };
  } else if (pub) {
    out.published = {
      value: pub.iso,
      evidence: { quote: pub.seg.text, start: pub.seg.start, end: pub.seg.end },
      confidence: 0.85,
    };
  }
  // No dated letterhead: the first year stated anchors 本年 and month-days (English: the notice's date only).
  const refYear = ref?.y ?? (lang === 'en' ? null : statedYear);
  const dctx = { refYear, refMonth: ref?.m ?? null, refDay: ref?.d ?? null };
  const mentions = lang === 'ja' ? findJaDates(text, dctx) : findEnDates(text, dctx);
  // Where each line starts, found without scanning back from every date (a 100 kB line of dates).
  const nl = newlineOffsets(text);

  const classified: Classified[] = [];
  const hasBars = lang === 'ja' && text.includes('|');
  // Dates told inside an earlier date's clause (see cue.CONTENT_INTRO).
  const embeddedAt = new Set<number>();
  // What the lines under a timeline row (a date alone on its line) tell of that day.
  // (Read only when asked: most rows never need their lines read.)
  const rowAt = new Map<Classified, number>();
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
  const firstStop = text.indexOf(lang === 'ja' ? '。' : '. ');
  // The heading block: up to the first full sentence, and no more than two lines below the
  // letterhead date (a body written as lines without 。 is not a heading).
  let headEnd = Math.max(firstStop, 0);
  if (pub) {
    let lineEnd = pub.seg.end;
    for (let k = 0; k < 2 && lineEnd >= 0; k++) lineEnd = text.indexOf('\n', lineEnd + 1);
    headEnd = Math.min(headEnd, lineEnd < 0 ? text.length : lineEnd);
  }
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.precision !== 'day') continue;
    const iso = isoOf(m);
    if (!iso) continue;
    // Skip dates inside the published letterhead line.
    // (A page flattened to one line keeps its body on the letterhead's line: only the line's
    // opening is the letterhead.)
    if (pub && m.start >= pub.seg.start && m.end <= Math.min(pub.seg.end, pub.seg.start + 80)) continue;
    // The notice's own date repeated in its heading block (before the first full sentence) is the
    // date of the notice, whatever words of the title follow it.
    if (pub && iso === pub.iso && m.start < headEnd) continue;
    const si = segmentIndexAt(segments, m.start);
    const seg = segments[si]!;
    // Dates inside URLs (archive paths) and approximate days are not facts.
    const lineStart0 = lastNewline(nl, m.start - 1) + 1;
    const token = text.slice(Math.max(lineStart0, m.start - 200), m.start);
    // No leading \S*: it finds the same URLs without a scan from every start (ReDoS, issue 18); the
    // URL ends at the first non-URL character.
    if (/(?:https?:|www\.)[\x21-\x7e]*$/.test(token) || text[m.start - 1] === '/') continue;
    // (A range's end may be approximate: "from approximately May 1 through June 2" is a window.)
    const approx = cue.APPROX_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start));
    if (approx && m.rangeFrom === null && m.rangeTo === null) continue;
    if (cue.dayOfNoun(text, m) || cue.batchOfDay(text, m)) continue;
    // 「提供日\n2018年5月2日\n提供時間\n14時0分」: the hour a release was issued is the notice's own.
    if (
      lang === 'ja' &&
      m.source === 'inherited' &&
      m.time !== null &&
      /^[\s午前後]*\d/.test(text.slice(m.start, m.end))
    ) {
      const ls = lastNewline(nl, m.start - 1) + 1;
      if (text.slice(ls, m.start).trim() === '' && cue.RELEASE_TIME_LABEL.test(cue.lineAbove(text, nl, ls)))
        continue;
    }
    // 「平成27年6月1日現在の状況」: the day a state is reported as of, not an event; 「4月1日廃棄予定」:
    // a day something is planned for has not happened.
    if (
      cue.AS_OF_AFTER.test(text.slice(m.end, m.end + 8)) ||
      cue.PLANNED_AFTER.test(text.slice(m.end, m.end + 12))
    )
      continue;
    // A section about an earlier incident (「(前回の概要)」) is background, not this incident.
    if (lang === 'ja' && underPreviousHeading(text, m.start, nl)) continue;
    let next = mentions[i + 1];
    for (
      let j = i + 1;
      next && (next.precision !== 'day' || cue.dayOfNoun(text, next) || cue.batchOfDay(text, next));
      j++
    )
      next = mentions[j + 1];
    const prev = mentions[i - 1];
    let res: { cats: Set<Cat>; primary: Cat | null };
    let row = -1;
    let labelled = false;
    if (lang === 'ja') {
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
      const tableRole = !label && hasBars ? tableRoleAt(text, m.start) : null;
      if (tableRole) {
        res = { cats: new Set([tableRole]), primary: tableRole };
      } else if (label) {
        const cat = labelCat(label[1]!);
        res = { cats: new Set([cat]), primary: cat };
        labelled = true;
      } else if (modifier) {
        const cat: Cat = cue.MODIFIER_FINDING.test(modifier[1]!) ? 'detect' : 'start';
        res = { cats: new Set([cat]), primary: cat };
      } else if (cue.asideOfNoun(text, m.start, m.end)) {
        // 「説明会(令和4年6月3日開催分)に申し込んだ方へ」: a date in an aside on a noun names which one;
        // the bracket is its whole clause, and tells no event of the notice.
        res = { cats: new Set(), primary: null };
      } else if (cue.DOCUMENT_DATE_AFTER.test(text.slice(m.end, m.end + 12))) {
        res = { cats: new Set(['announce']), primary: 'announce' };
      } else if (
        cue.DATED_DOCUMENT_AFTER.test(text.slice(m.end, m.end + 8)) &&
        classifyJa(text.slice(m.end, seg.end)).primary !== 'start'
      ) {
        // (「6月3日付けで…を送付したところ」: the document's date is the day it was sent.)
        res = { cats: new Set(), primary: null };
      } else if (
        m.rangeTo === null &&
        m.rangeFrom === null &&
        cue.SINCE_AFTER.test(text.slice(m.end, m.end + 24))
      ) {
        // 「1月8日(水)17:04以降」: the first moment of something that went on — unless the clause
        // says what was found out from then on (「10時53分以降、…指摘を受け…判明」).
        const since = cue.SINCE_AFTER.exec(text.slice(m.end, m.end + 24))!;
        const restAt = m.end + since.index + since[0].length;
        // (A later date of the sentence owns the finding told after it: 「3月2日以降、…行方が分からず、
        // 3月9日以降に順次判明」 — the first day starts, the second is the finding.)
        const restEnd = next && next.start > restAt && next.start < seg.end ? next.start : seg.end;
        // 「…以降に順次判明」: findings that came in from that day on; the first is on that day.
        const after =
          text[restAt] === '、' || text[restAt] === 'に' ? classifyJa(text.slice(restAt, restEnd)) : null;
        // 「翌日以降も片付けを続ける予定だった」「6月9日以降、…除外することとされている」: a plan or a
        // rule from then on is no event.
        // 「10月3日以降、教員が全家庭を訪問し、…回収し」: the organisation's response from then on.
        const planned =
          /^[^。]{0,50}(?:予定|(?:こと|よう)と(?:され|し(?:てい|ました))|ことにな)/.test(
            text.slice(restAt, seg.end),
          ) ||
          (text[restAt] === '、' && cue.MEASURE_WORDS.test(firstClause(text.slice(restAt + 1, seg.end))));
        res =
          after?.primary === 'detect' && !cue.STATE_FOUND.test(text.slice(restAt, seg.end))
            ? after
            : planned
              ? { cats: new Set(), primary: null }
              : { cats: new Set(['start']), primary: 'start' };
      } else if (
        m.rangeTo === null &&
        m.rangeFrom === null &&
        cue.UNTIL_AFTER.test(text.slice(m.end, m.end + 40))
      ) {
        // 「本日まで発見されていない」: up to the notice's own day, a state that goes on — no end.
        if (/^(?:本日|現在|今日)/.test(text.slice(m.start, m.end))) continue;
        // 「5月13日(金)まで閲覧可能な状態」: まで right after the date makes it the last moment; a
        // まで further on belongs to another word (「退職後までの期間」), and 「までに」 is a deadline.
        res = { cats: new Set(['end']), primary: 'end' };
      } else {
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
        // 判明」「連絡があり、前日の20日に…印刷されていた事実が判明」) is the day of that content: the
        // finding belongs to the clause before it.
        const embedded =
          embeddedAt.has(m.start) ||
          cue.insideFinding(text.slice(Math.max(seg.start, m.start - 160), m.start));
        if (next && next.start < windowEnd && next.start >= m.end && m.rangeTo === null) {
          // 「4月25日午前11時ごろ市民のかたから、4月24日の午前中に…発見したと通報がありました」: nothing
          // happens between the two dates (no cue, no clause end), so the later one is told inside
          // the first one's clause, whose predicate closes the sentence.
          const gap = text.slice(m.end, next.start);
          if (
            !embedded &&
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
        res = classifyJa(text.slice(m.end, windowEnd), embedded ? FINDING_CUES : undefined);
        // 「5月28日午後5時過ぎ、…乗車し、…網棚に置きました。途中、…ないことに気づきました。」: a dated
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
        // 「3月31日に発送した、「予診票」の…に別人の情報が印字されていたことが発覚」: the date belongs to
        // the sending that modifies a noun, not to the finding that closes the sentence.
        if (res.primary !== 'start' && cue.SENT_NOUN_AFTER.test(text.slice(m.end, m.end + 48)))
          res = { cats: new Set([...res.cats, 'start']), primary: 'start' };
        // 「個人情報保護委員会に7月5日に報告」「警察署にも7月8日に相談」: the authority is named before
        // the date, in the same clause; it decides what the date is about.
        const agent = agentBefore(
          text,
          Math.max(seg.start, prev && prev.end <= m.start ? prev.end : 0),
          m.start,
        );
        if (agent) res = { cats: new Set([agent]), primary: agent };
      }
    } else {
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
      const wEnd =
        next && next.start < segEnd && next.start >= m.end && m.rangeTo === null ? next.start : segEnd;
      let window = text.slice(wStart, wEnd);
      // "occurred as early as May 1 until May 9": the word joining a range's two ends ("until",
      // "through") is no predicate of its first day; the verb around the range is.
      const far = m.rangeTo === null ? undefined : mentions[m.rangeTo];
      if (far && far.start > m.end && far.start <= wEnd)
        window = `${window.slice(0, m.end - wStart)}${' '.repeat(far.start - m.end)}${window.slice(far.start - wStart)}`;
      res = classifyEn(window, m.start - wStart, m.end - wStart);
    }
    const single = !mentions.some(
      (o) => o !== m && o.precision === 'day' && o.start >= seg.start && o.start < seg.end,
    );
    const c: Classified = { mention: m, iso, cats: res.cats, primary: res.primary, seg, single, labelled };
    classified.push(c);
    if (row >= 0) rowAt.set(c, row);
  }

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

  // Single-moment incidents (a mail or letter sent to the wrong people, a phishing reply, an insider's
  // e-mail): the exposure starts and ends with the act (readers of unseen notices label it so). The
  // day it was found out is not the day of the act, so no start is copied from it.
  // A phishing mail that planted malware or opened a way in is the start of a longer intrusion.
  // So is one after which the machine was run from afar or the account entered (「遠隔操作」「不正アクセス」),
  // a cause the reconciliation drops beside phishing.
  const lasting =
    ctx.causes.some(
      (c) =>
        c === 'malware' || c === 'ransomware' || c === 'unauthorized_access' || c === 'vulnerability_exploit',
    ) ||
    (lang === 'ja' && ctx.causes.includes('phishing') && cue.PHISHING_LASTING.test(text));
  // Mail forwarded to a mistyped address (「自動転送設定」) keeps going out until the forwarding is
  // stopped: a lasting exposure, ended like a wrong setting.
  const forwarding = lang === 'ja' && ctx.causes.includes('misdelivery') && cue.FORWARDING.test(text);
  const instant =
    (ctx.causes.some((c) => c === 'misdelivery' || c === 'insider') && !forwarding) ||
    (ctx.causes.includes('phishing') && !lasting);
  if (instant && out.incident_start && !out.incident_end)
    out.incident_end = { ...out.incident_start, confidence: 0.4 };
  // Data left viewable by a wrong setting stops being exposed when the setting is fixed.
  // So does a page or file put up by mistake (「…に掲載した資料に個人情報が含まれていました」) when it is taken down.
  const posted =
    lang === 'ja' && out.incident_start !== null && cue.POSTED.test(out.incident_start.evidence.quote);
  if (
    (ctx.causes.includes('misconfiguration') || posted || forwarding) &&
    !out.incident_end &&
    out.contained
  ) {
    if (!out.incident_start || out.contained.value >= out.incident_start.value)
      out.incident_end = { ...out.contained, confidence: 0.4 };
  }
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
  // 「5月1日、…への攻撃を確認」 (the act itself, nothing else dating it): seen as it happened (not in a final report: it dates the attack).
  if (!out.incident_start && ctx.stage !== 'final' && cue.actSeenOn(classified, out.detected, ownWords))
    out.incident_start = { ...out.detected!, confidence: 0.4 };
  // 「…USBメモリを使用し、その後、…紛失に気が付きました」: an item handled on the day its loss was
  // noticed, in the finding's own sentence, was lost that day.
  const lostThatDay = lang === 'ja' && !out.incident_start && ctx.causes.includes('loss_or_theft');
  if (lostThatDay && out.detected && cue.handledThenLost(out.detected.evidence.quote))
    out.incident_start = { ...out.detected, confidence: 0.4 };
  // English: an act told as one day ends that day (date-en.ts); a window opened by a month (date-ranges.ts).
  const day = lang === 'en' && !out.incident_end && !incidentRange ? out.incident_start : null;
  if (day && endsSameDayEn(day.evidence.quote, ctx.causes)) out.incident_end = { ...day, confidence: 0.4 };
  if (lang === 'en') monthOpenedWindow(out, classified, mentions, text);
  if (out.incident_start && out.incident_end && out.incident_end.value < out.incident_start.value)
    out.incident_end = null;
  // The final report's own publication, when only the timeline states it (「6月4日 …(最終報)を公開」).
  if (!out.published && ctx.stage === 'final') {
    for (const c of classified) {
      const line = text.slice(c.seg.start, c.seg.end);
      if (/最終報|最終報告/.test(line) && /公開|公表|掲載/.test(line)) {
        if (!out.published || c.iso > out.published.value) out.published = toFact(c, text, 0.5);
      }
    }
  }
  return out;
}
