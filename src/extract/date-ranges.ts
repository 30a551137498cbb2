import * as cue from './date-cues.js';
import type { DateMention } from './date-ja.js';
import { type Cat, firstClause } from './date-roles.js';
import { tableRoleAt } from './date-timeline.js';
import { spanEvidence } from './fact.js';
import { lastNewline, type Segment, segmentIndexAt } from './segment.js';
import type { Fact, IsoDate, Scope } from './types.js';

/**
 * The date ranges of a notice (「AからBまで」, "between A and B"), read as what they are: the
 * incident's window (next to incident words, under a 「発生日時」 label, or "during this time" in
 * the sentence after), a scope statement a reader checks themself against (next to 利用/購入,
 * "used/purchased"), or the days reports came in (the first one is when the organisation was told).
 * Ranges listed right after the window in English ("; and again between …") widen it.
 */

/** A day-precision date mention with the role its clause, label or modifier gives it. */
export interface Classified {
  mention: DateMention;
  /** The only date in its sentence. */
  single: boolean;
  iso: string;
  cats: Set<Cat>;
  primary: Cat | null;
  seg: Segment;
  /** The role comes from a label (「発覚日:」「判明日時」 on the line above), not from a clause. */
  labelled?: boolean;
}

// "…between A and B. During this time, some information may have been accessed": the sentence after
// a range that refers back to its span tells what happened in it.
const DURING_THIS =
  /^(?:During|Within|In)\s+(?:this|that|the)\s+(?:time|period|window|timeframe|time\s+frame)\b/;

function incidentDuring(text: string, segments: Segment[], seg: Segment): boolean {
  const i = segmentIndexAt(segments, seg.start);
  const after = segments[i + 1];
  return (
    after !== undefined &&
    DURING_THIS.test(after.text) &&
    cue.INCIDENT_NEAR.test(text.slice(after.start, Math.min(after.end, after.start + 300)))
  );
}

/**
 * Whether a range's line is a PDF line wrapped inside its sentence: no 。 on it, and the next line
 * goes straight on (no bullet, number, date or blank line opens it).
 */
function wrapped(after: string, text: string, lineEnd: number): boolean {
  if (lineEnd < 0 || after.includes('。')) return false;
  return /^[^\s・•●○◯■◆□*\-‐(（【0-9０-９①-⑳]/.test(text.slice(lineEnd + 1, lineEnd + 2));
}

const RECORDS_DATED_BEFORE =
  /\b(?:registered|created|enrolled|admitted|opened|issued|treated|employed|hired|born|received\s+(?:care|treatment|services)(?:\s+[\w-]+){0,4}?)\s+(?:between|from|during)\s+$/i;

const REACHED_AFTER =
  /\b(?:can|could|may|might|were|was|are|is|been)\s+(?:(?:have|be|been|potentially|possibly)\s+){0,2}(?:accessed|viewed|exposed|visible|viewable|seen|acquired|compromised|stolen|taken)\b/i;

const RANGE_LIST_GAP = /^\s*[;,]?\s*(?:and\s+)?(?:(?:again\s+)?(?:between|from)\s+)?$/;

/** What the ranges of a notice say: its incident window, the ranges of reports, the first scope range. */
export interface RangeReading {
  incidentRange: [Classified, Classified] | null;
  reportsFrom: Classified[];
  scopeRange: [Classified, Classified] | null;
}

/**
 * Reads every range of `classified` (a date with its far end in `rangeTo`); scope statements are
 * pushed to `scope`.
 */
export function readRanges(
  text: string,
  segments: Segment[],
  lang: 'ja' | 'en',
  mentions: DateMention[],
  classified: Classified[],
  nl: number[],
  hasBars: boolean,
  scope: Fact<Scope>[],
): RangeReading {
  let incidentRange: [Classified, Classified] | null = null;
  const reportsFrom: Classified[] = [];
  let scopeRange: [Classified, Classified] | null = null;
  for (const c of classified) {
    if (c.mention.rangeTo === null) continue;
    const toMention = mentions[c.mention.rangeTo];
    const to = classified.find((x) => x.mention === toMention);
    if (!to) continue;
    const seg = c.seg;
    const around = text.slice(seg.start, seg.end);
    // Japanese: what the range line says after the range (or the next line when nothing follows)
    // and what labels it (the same line before it, or the heading line above).
    const lineEnd = text.indexOf('\n', to.mention.end);
    const ownLine = text.slice(to.mention.end, lineEnd < 0 ? text.length : lineEnd);
    let after = ownLine;
    // 「10月31日11:09~12:01の間に17通\n…へ電子メールを送信。」: a short line that does not end its
    // sentence goes on below.
    const short = after.replace(/[\s、。,.:・]/g, '').length;
    // (So does a PDF line wrapped inside the range's sentence: 「…の期間に、…件の会\n員に…郵送しました。」.)
    if (
      (short < 4 || (short < 12 && !after.includes('。')) || wrapped(after, text, lineEnd)) &&
      lineEnd >= 0
    ) {
      // (Past blank lines: a page's paragraphs are often set apart by one.)
      let from = lineEnd;
      while (from + 1 < text.length && text[from + 1] === '\n' && from - lineEnd < 2) from++;
      const nextEnd = text.indexOf('\n', from + 1);
      const below = text.slice(from, nextEnd < 0 ? text.length : nextEnd);
      // (Not the next item of a numbered list: 「(3)外部に流出した可能性のある個人情報」 is a heading.)
      // (A wrapped line goes on mid-word: 「…を郵\n送しました」 is read without the break.)
      if (!/^\s*(?:\(\d{1,2}\)|\d{1,2}[.)]|[①-⑳])/.test(below))
        after += short < 12 ? below : below.replace(/^\n+/, '');
    }
    // (「…管理画面(以下「管理画面」といいます。)において…」: an aside's 。 ends no sentence.)
    after = after.replace(/\([^()\n]{0,60}?。\)/g, (b) => ' '.repeat(b.length)).split('。')[0] ?? '';
    const lineStart = lastNewline(nl, c.mention.start - 1) + 1;
    let before = text.slice(lineStart, c.mention.start);
    // 「…が見える状態にあった。\n(AからBまでの間)」: a period in brackets alone on its line
    // dates the sentence just above it.
    const bracketedAlone =
      lang === 'ja' &&
      cue.BRACKET_OPEN_ALONE.test(before) &&
      cue.BRACKET_CLOSE_ALONE.test(text.slice(to.mention.end, lineEnd < 0 ? text.length : lineEnd));
    // Nothing before the range on its line: the nearest non-empty line above labels it
    // (「1. 不正ログインの発生日」, 「<期間>」).
    let labelled = false;
    // A list number (「1:」「(2)」「3.」) before the range is no label either.
    if (before.replace(/[\s\-・■●◆*]|^\s*\(?\d{1,2}[)).::]/g, '').length < 2 && lineStart > 1) {
      let end = lineStart - 1;
      for (let k = 0; k < 3 && end > 0; k++) {
        const start = lastNewline(nl, end - 1) + 1;
        const above = text.slice(start, end);
        end = start - 1;
        if (above.trim() === '') continue;
        before = above;
        labelled = cue.RANGE_LABEL.test(above) && above.length <= 30;
        // (A full sentence above — the previous timeline row — is no heading of this range.)
        if (/。\s*$/.test(above) && !bracketedAlone) before = '';
        break;
      }
    } else if (lang === 'ja') {
      // 「・発生日時 令和2年12月29日~30日 発送分」: a label on the range's own line, right before it.
      labelled = cue.RANGE_LABEL_BEFORE.test(before);
    }
    // 「(委託期間)」「契約期間:」: the period of a contract or an event is no window of exposure.
    if (labelled && cue.OTHER_PERIOD.test(before)) labelled = false;
    // A range in a table cell under 「発生日」 or 「発覚日」: the header says what it is.
    const tableRole = hasBars ? tableRoleAt(text, c.mention.start) : null;
    if (tableRole === 'detect') {
      reportsFrom.push(c);
      continue;
    }
    if (lang === 'ja' && cue.INVESTIGATION_AFTER.test(after)) continue;
    if (lang === 'ja' && (cue.INVESTIGATION_CLOSE.test(ownLine) || cue.INVESTIGATION_CLOSE.test(after)))
      continue;
    // 「11月11日から12日午前 送付物回収作業が完了し、…判明」: days of the organisation's response.
    if (
      lang === 'ja' &&
      cue.MEASURE_WORDS.test(firstClause(after)) &&
      !cue.INCIDENT_NEAR.test(cue.withoutResponseSends(firstClause(after)))
    )
      continue;
    // 「15時~17時のメンテナンスにて、…」: the hours of planned work, not of exposure.
    if (lang === 'ja' && PLANNED_WORK.test(firstClause(after))) continue;
    // 「2月2日~3日 複数事業所から…について連絡」: a timeline entry of reports coming in, not the
    // incident's window.
    if (lang === 'ja' && cue.REPORTS_AFTER.test(cue.withoutQuotes(after))) {
      // …whose first day is when the organisation was first told.
      reportsFrom.push(c);
      continue;
    }
    const desc = text.slice(seg.start, Math.max(seg.end, to.mention.end));
    // 「3月2日から3月18日の間に…入院していた患者様の氏名」: the range names whose records they are (a
    // stay, an enrolment): a scope a reader checks, never the window of exposure (not even as a
    // fallback, as a purchase range is for a card skimmer).
    // "personal data registered between A and B", "patients who received care between A and B": in
    // English the range's own verb says it dates the records (when they were made, who was seen), not
    // when they were reached.
    const population =
      (lang === 'ja' && cue.POPULATION_AFTER.test(firstClause(after))) ||
      (lang === 'en' &&
        RECORDS_DATED_BEFORE.test(text.slice(Math.max(seg.start, c.mention.start - 60), c.mention.start)) &&
        // (Unless the records so dated are what was reached: "accounts created between A and B could
        // be accessed by other users".)
        !REACHED_AFTER.test(text.slice(to.mention.end, Math.max(seg.end, to.mention.end))));
    // (Japanese: who the range covers is said in its own clause — 「…の間に…決済された方」 — not in a
    // later one: 「攻撃は、AからBにわたって行われ、決済情報等が…」 is the attack's window.)
    const scopeLike =
      population || cue.SCOPE_NEAR.test(lang === 'ja' ? firstClause(cue.withoutQuotes(after)) : around);
    // A range under a bare 「期間」「発生日時」 label names when the incident happened, unless it says
    // who it covers (利用/購入 …, a scope statement).
    const incidentLike =
      lang === 'ja'
        ? tableRole === 'start' ||
          cue.INCIDENT_NEAR.test(after) ||
          cue.INCIDENT_NEAR.test(before) ||
          cue.LOSS_PREDICATE.test(after) ||
          (labelled && !cue.SCOPE_NEAR.test(before))
        : // ("a privacy incident that occurred between A and B": the range's own verb is an act.)
          cue.INCIDENT_NEAR.test(around) || c.primary === 'start' || incidentDuring(text, segments, seg);
    if (scopeLike) {
      scope.push({
        value: {
          description: desc.length > 200 ? `${desc.slice(0, 199)}…` : desc,
          from: c.iso,
          to: to.iso,
          fromTime: c.mention.time ? `${c.iso}T${c.mention.time}${lang === 'ja' ? '+09:00' : ''}` : null,
          toTime: to.mention.time ? `${to.iso}T${to.mention.time}${lang === 'ja' ? '+09:00' : ''}` : null,
        },
        evidence: { quote: seg.text, start: seg.start, end: seg.end },
        confidence: 0.6,
      });
      if (population) continue;
      if (!scopeRange) scopeRange = [c, to];
    }
    // "active between A and B; C and D; and E and F": ranges listed right after the incident's window
    // are more spans of it.
    const listed = incidentRange as [Classified, Classified] | null;
    if (
      lang === 'en' &&
      listed &&
      c.mention.start >= listed[1].mention.end &&
      to.iso > listed[1].iso &&
      RANGE_LIST_GAP.test(text.slice(listed[1].mention.end, c.mention.start))
    ) {
      incidentRange = [listed[0], to];
      continue;
    }
    if (incidentLike && !scopeLike && !incidentRange) incidentRange = [c, to];
    else if (incidentLike && scopeLike && !incidentRange && lang === 'en') incidentRange = [c, to];
    else if (incidentLike && !scopeLike && lang === 'en') {
      // "between May 1 and June 6, and again between June 9 and July 8": one window, first to last.
      const cur = incidentRange as [Classified, Classified] | null;
      // (So is a later span whose own verb is an act of access, told in a later sentence: "… accessed
      // one account between May 1 and 3. … three more accounts were accessed between May 4 and 9".)
      if (
        cur &&
        (c.seg === cur[0].seg || (c.primary === 'start' && c.iso >= cur[0].iso)) &&
        to.iso > cur[1].iso
      )
        incidentRange = [cur[0], to];
    }
  }
  return { incidentRange, reportsFrom, scopeRange };
}

// The range's own words naming planned work (maintenance, construction) done in it.
const PLANNED_WORK =
  /^[^。、]{0,6}?(?:の|に|で)?(?:システム|サーバ[ー]?)?(?:メンテナンス|保守作業|定期点検|移行作業|更新作業|工事)(?:にて|で|の際|中|時|を(?:行|実施))/;

/** A date's fact: its sentence as evidence when it holds the date. */
export function toFact(c: Classified, text: string, confidence: number): Fact<IsoDate> {
  const e = c.seg;
  const ev =
    e.start <= c.mention.start && e.end >= c.mention.end
      ? { quote: e.text, start: e.start, end: e.end }
      : spanEvidence(text, c.mention.start, c.mention.end);
  return { value: c.iso, evidence: ev, confidence };
}

/** The earliest of `list`. */
export function earliest(list: Classified[]): Classified | null {
  let best: Classified | null = null;
  for (const c of list) if (!best || c.iso < best.iso) best = c;
  return best;
}

/** The incident window fields `monthOpenedWindow` reads and may change. */
interface WindowFacts {
  incident_start: Fact<IsoDate> | null;
  incident_end: Fact<IsoDate> | null;
}

// "… had opened patient charts between March 2021 and June 9, 2022": a window of access whose
// first end names only a month. Its last day ends the incident; a day within or after that month
// told elsewhere ("opened one chart on May 30, 2022") is not its first day, which the notice
// does not state.
// (A window "as well as on February 28" goes on to that day.)
const MORE_DAY_AFTER = /^,?\s+(?:as\s+well\s+as|and(?:\s+again)?|plus)\s+(?:on\s+)?$/i;

export function monthOpenedWindow(
  out: WindowFacts,
  classified: Classified[],
  mentions: DateMention[],
  text: string,
): void {
  for (const c of classified) {
    const from = c.mention.rangeFrom === null ? undefined : mentions[c.mention.rangeFrom];
    if (from?.precision !== 'month' || from.y === null || from.m === null) continue;
    if (c.primary !== 'start' && !c.cats.has('start')) continue;
    const opened = `${from.y}-${String(from.m).padStart(2, '0')}`;
    if (out.incident_end && out.incident_end.value > c.iso) continue;
    out.incident_end = toFact(c, text, 0.6);
    if (!out.incident_start || out.incident_start.value.slice(0, 7) >= opened) out.incident_start = null;
    return;
  }
  // (The window read as days: a single day told right after its last day widens it.)
  const end = out.incident_end;
  if (!end || !out.incident_start) return;
  const last = classified.find((c) => c.iso === end.value && c.mention.rangeFrom !== null);
  if (!last) return;
  const i = mentions.indexOf(last.mention);
  const more = classified.find((c) => c.mention === mentions[i + 1]);
  if (
    more &&
    more.mention.rangeFrom === null &&
    more.mention.rangeTo === null &&
    more.iso > end.value &&
    MORE_DAY_AFTER.test(text.slice(last.mention.end, more.mention.start))
  )
    out.incident_end = toFact(more, text, 0.6);
}
