import { type DateMention, isoOf } from './date-ja.js';
import { type Cat, classifyJa, labelCat } from './date-roles.js';
import { segmentIndexAt } from './segment.js';
import type { NoticeStructure } from './structure.js';
import type { Cause } from './types.js';

/**
 * Timelines and tables of Japanese notices, read for the dates they carry.
 *
 * A timeline row is a date alone on its line (「○5月12日(金曜日)」「【令和7年2月17日】」) with the day's
 * events on the lines below it, up to the next row; one row may tell several events of that day
 * (the mail sent again, then the mistake found). A table states the role of a date in its header
 * row (「発生日 | 発覚日」), not next to the date.
 */

/** What a timeline row's lines say happened that day: the roles of their sentences. */
export interface RowEvents {
  /** A sentence of the row says the organisation found out (判明/気づ/連絡を受け …). */
  detect: boolean;
  /** A sentence of the row tells of the act itself (送信した/送付した/紛失した …). */
  start: boolean;
}

const SENTENCE_END = /[。\n]/;
// The end of a subordinate clause (「…ため、」「…ところ、」「…し、」).
const CLAUSE_AFTER = /(?:ため|ところ|ので|[てしりけ])、/g;

/**
 * The roles told by the sentences of a timeline row, from `from` (the end of the row's date) to
 * `to` (the next row's start). A sentence that names another day belongs to that day and is skipped;
 * at most eight sentences are read.
 *
 * @example rowEvents('\n・メールを送信した。\n・誤りに気づいた。', 0, 20, []) // → {detect: true, start: true}
 */
export function rowEvents(
  text: string,
  from: number,
  to: number,
  otherDays: { start: number; end: number }[],
): RowEvents {
  const out: RowEvents = { detect: false, start: false };
  let at = from;
  for (let k = 0; k < 8 && at < to; k++) {
    const rest = text.slice(at, to);
    const stop = rest.search(SENTENCE_END);
    const end = stop < 0 ? to : at + stop + 1;
    const sentence = text.slice(at, end);
    let from = at;
    for (const d of otherDays) if (d.start >= at && d.start < end) from = Math.max(from, d.end);
    at = end;
    let told = sentence;
    if (from > at - sentence.length) {
      // 「3月10日に送付したメールの…ため、再度…送信した」: the clauses after the one naming the other
      // day are this day's.
      CLAUSE_AFTER.lastIndex = 0;
      const rest = text.slice(from, end);
      const cut = CLAUSE_AFTER.exec(rest);
      if (!cut) continue;
      told = rest.slice(cut.index + cut[0].length);
    }
    if (told.trim().length < 4) continue;
    const { primary } = classifyJa(told);
    if (primary === 'detect') out.detect = true;
    else if (primary === 'start') out.start = true;
  }
  return out;
}

const MAX_ROW = 300;
const TABLE_LABEL =
  /^(?:発生日(?:時)?|発生期間|発生時期|発覚日|判明日|発見日|覚知日|確認日|(?:漏えい|流出|公開|掲載|誤掲載|閲覧可能)(?:の)?期間|対象期間|期間|[^|]{0,12}不正(?:アクセス|ログイン)[^|]{0,12}期間)$/;

/**
 * The role a table's header gives the cell holding `pos` (「発生日 | 発覚日 |」 above
 * 「…| 令和3年8月25日から… | 令和6年4月5日 |」), or null outside a table or under another header.
 *
 * @example tableRoleAt('区分 | 発覚日 |\nA | 2024年4月5日 |', 28) // → 'detect'
 */
export function tableRoleAt(text: string, pos: number): Cat | null {
  // A table row is short: read at most MAX_ROW characters either side (a 100 kB line costs nothing).
  const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  if (pos - lineStart > MAX_ROW) return null;
  let lineEnd = text.indexOf('\n', pos);
  if (lineEnd < 0) lineEnd = text.length;
  if (lineEnd - pos > MAX_ROW) return null;
  const line = text.slice(lineStart, lineEnd);
  if (!line.includes('|')) return null;
  const column = countBars(text, lineStart, pos);
  const cells = line.split('|').length;
  let end = lineStart - 1;
  for (let k = 0; k < 3 && end > 0; k++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    if (end - start > MAX_ROW) return null;
    const above = text.slice(start, end);
    end = start - 1;
    // (A Markdown table's header stands above its 「---|---」 rule.)
    if (above.trim() === '' || /^[\s|:-]+$/.test(above)) continue;
    // The header has as many cells as the row (a table of one shape).
    const head = above.split('|');
    if (head.length !== cells) return null;
    const label = head[column]?.trim() ?? '';
    if (!TABLE_LABEL.test(label)) return null;
    if (/期間/.test(label)) return 'start';
    return /確認|覚知/.test(label) ? 'detect' : labelCat(label);
  }
  return null;
}

function countBars(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (text[i] === '|') n++;
  return n;
}

/** Characters a timeline line may carry before its date (bullets, numbering, spaces). */
const LINE_HEAD_BARE = /[\s・\-*●⚫■◆()()【】<>0-9.]/;

/**
 * Whether fewer than two other characters stand between the line's start and `at` — a date that
 * starts its line. Reads backwards and stops at the second one, so a long line costs nothing per date
 * (a line of 10,000 dates was quadratic; issue 18).
 */
export function lineHeadIsBare(text: string, at: number): boolean {
  let others = 0;
  for (let i = at - 1; i >= 0 && text[i] !== '\n'; i--) {
    // 「令和4年(2022年)5月16日」: the year stated before the month-day is part of the date.
    if (text[i] === '年' && YEAR_BEFORE.test(text.slice(Math.max(0, i - 6), i))) {
      i -= /\d+$/.exec(text.slice(Math.max(0, i - 6), i))![0].length;
      if (/(?:令和|平成|昭和)$/.test(text.slice(Math.max(0, i - 2), i))) i -= 2;
      continue;
    }
    if (!LINE_HEAD_BARE.test(text[i]!) && ++others >= 2) return false;
  }
  return true;
}
const YEAR_BEFORE = /\d{1,4}$/;

/**
 * The events of a timeline row whose date (mentions[i]) stands alone on its line: its lines up to
 * the next row (a date of another day that starts its line), at most 1,500 characters.
 */
export function readRow(text: string, mentions: DateMention[], i: number, iso: string): RowEvents {
  const m = mentions[i]!;
  let to = Math.min(text.length, m.end + 1500);
  const otherDays: DateMention[] = [];
  for (let j = i + 1; j < mentions.length; j++) {
    const o = mentions[j]!;
    if (o.start >= to) break;
    if (isoOf(o) === iso) continue;
    // The next row: a date alone on its line, as this one is (a line that opens with 「3月1日に送付
    // した…」 tells of that day inside this row).
    if (lineHeadIsBare(text, o.start) && aloneOnLine(text, o.end)) {
      to = text.lastIndexOf('\n', o.start - 1) + 1;
      break;
    }
    otherDays.push(o);
  }
  return rowEvents(text, m.end, Math.max(to, m.end), otherDays);
}

/**
 * A table cell under a 「…期間」 header listing several windows (「① 5月28日~6月1日 ② 6月22日」):
 * the last of the start-role dates after the range's end on its line, when later than it.
 */
export function lastListedWindow<T extends DatedRole>(text: string, dates: T[], end: T): T | null {
  if (tableRoleAt(text, end.mention.start) !== 'start') return null;
  const lineEnd = text.indexOf('\n', end.mention.end);
  let last: T | null = null;
  for (const c of dates) {
    if (c.mention.start <= end.mention.end || (lineEnd >= 0 && c.mention.start >= lineEnd)) continue;
    if (c.primary === 'start' && c.iso > (last ?? end).iso) last = c;
  }
  return last;
}

/**
 * Windows listed one per line under a 「…期間」 heading (「A頃~B頃」, then 「C頃~D頃」 below): the end of
 * the last line's window, when later. Each line below holds nothing but a range.
 */
export function lastWindowLine<T extends DatedRole>(text: string, dates: T[], start: T, end: T): T | null {
  let lineEnd = text.indexOf('\n', end.mention.end);
  if (lineEnd < 0 || !/^[\s頃ごろ]*$/.test(text.slice(end.mention.end, lineEnd))) return null;
  // The first window alone on its line, under a heading that names a period (「■…期間」「発生日時:」).
  const lineStart = text.lastIndexOf('\n', start.mention.start - 1);
  if (lineStart < 1 || !/^[\s・①-⑳]*$/.test(text.slice(lineStart + 1, start.mention.start))) return null;
  const above = text.slice(text.lastIndexOf('\n', lineStart - 1) + 1, lineStart);
  if (!/(?:期間|日時|時期)\s?[::】]?\s*$/.test(above) || above.length > 60) return null;
  let last: T | null = null;
  while (lineEnd >= 0) {
    const next = text.indexOf('\n', lineEnd + 1);
    const stop = next < 0 ? text.length : next;
    const on = dates.filter((c) => c.mention.start > lineEnd && c.mention.end <= stop);
    const [a, b] = on;
    if (on.length !== 2 || !a || !b || b.iso < a.iso) break;
    const rest =
      text.slice(lineEnd + 1, a.mention.start) +
      text.slice(a.mention.end, b.mention.start) +
      text.slice(b.mention.end, stop);
    if (!WINDOW_LINE_REST.test(rest) || !/[~〜～\-－—]/.test(rest)) break;
    if (b.iso > (last ?? end).iso) last = b;
    lineEnd = next;
  }
  return last;
}
const WINDOW_LINE_REST = /^[\s頃ごろ~〜～\-－—・①-⑳]*$/;

// After a day: 「…までは」 and the item's being in place (保管されていた, あった) in the same sentence.
const LAST_SEEN = /^[^。、\n]{0,16}?までは[^。\n]{0,40}?(?:保管|保存|所在|存在|あった|ありました)/;

const NOT_AN_ACT = new Set<Cat | null>([
  'announce',
  'regulator',
  'police',
  'investigate',
  'contained',
  'resumed',
  'end',
]);
const ROW_SECTIONS = new Set(['timeline', 'summary']);
// 「(1)」「1 」「①」: a numbered fact of a 事実経過 list.
const NUMBERED_ROW = /^[\s・\-*●■◆]*(?:\(?\d{1,2}\)|\d{1,2}\s|[①-⑳])/;

// 「… (1) 平成29年1月30日、…」: a numbered fact opened by its date, in a list flattened into one line
// (a PDF's text layer), or under its number's own table cell (「(1) |」 on the line above).
const NUMBER_BEFORE = /(?:^|[\s|。])\(\d{1,2}\)\s?$/;
const NUMBER_CELL_ABOVE = /^\s*\(\d{1,2}\)\s*\|?\s*$/;

/** Whether the date at `at` opens a numbered fact (「(1) 」 right before it, or alone on the line above). */
function numberedItem(text: string, at: number): boolean {
  if (NUMBER_BEFORE.test(text.slice(Math.max(0, at - 8), at))) return true;
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  if (text.slice(lineStart, at).trim() !== '' || lineStart < 2) return false;
  const aboveStart = text.lastIndexOf('\n', lineStart - 2) + 1;
  return NUMBER_CELL_ABOVE.test(text.slice(aboveStart, lineStart - 1));
}

/** A date of the notice with the role its clause gives it. */
export interface DatedRole {
  mention: DateMention;
  iso: string;
  primary: Cat | null;
}

/**
 * Dates of mislaid and misdirected items read from the timeline. The first row of a 経緯/概要
 * timeline is the last day the item was known handled (GUIDE.md: a loss starts then), when nothing
 * else names the start and no earlier day is told; a mail sent again before the mistake was found
 * (「○3月11日」「再度…一斉送信した」) ends the exposure on the last sending.
 */
export function timelineWindow<T extends DatedRole>(
  dates: T[],
  rowOf: (c: T) => RowEvents | undefined,
  text: string,
  structure: NoticeStructure | undefined,
  causes: Cause[],
  found: { start: string | null; end: string | null; detected: string | null },
): { start: T | null; end: T | null } {
  const out: { start: T | null; end: T | null } = { start: null, end: null };
  const det = found.detected;
  if (!causes.some((c) => c === 'loss_or_theft' || c === 'misdelivery')) return out;
  const single = (c: T) => c.mention.rangeFrom === null && c.mention.rangeTo === null;
  let start = found.start;
  // 「前日午後6時までは、名簿は引出しの中にありました」: the last moment a lost item is told to have been in
  // its place starts the loss (GUIDE.md), whatever the timeline's rows say.
  if (start === null && causes.includes('loss_or_theft')) {
    const seen = dates.find(
      (c) =>
        single(c) &&
        (det === null || c.iso <= det) &&
        LAST_SEEN.test(text.slice(c.mention.end, c.mention.end + 60)),
    );
    if (seen) {
      out.start = seen;
      start = seen.iso;
    }
  }
  if (start === null) {
    let first: T | null = null;
    let earliestAct: string | null = null;
    for (const c of dates) {
      if (NOT_AN_ACT.has(c.primary) || !single(c)) continue;
      if (earliestAct === null || c.iso < earliestAct) earliestAct = c.iso;
      if (first && first.iso <= c.iso) continue;
      // (A numbered fact told as 「同日」 is dated by whatever day came last, perhaps a document's.)
      if (c.mention.source === 'inherited' || !numberedItem(text, c.mention.start)) {
        if (!lineHeadIsBare(text, c.mention.start)) continue;
        const lineStart = text.lastIndexOf('\n', c.mention.start - 1) + 1;
        const section = rowSection(structure, c.mention.start);
        if (
          !ROW_SECTIONS.has(section ?? '') &&
          !NUMBERED_ROW.test(text.slice(lineStart, c.mention.start + 1))
        )
          continue;
      }
      first = c;
    }
    if (first && first.iso === earliestAct && (det === null || first.iso <= det)) {
      out.start = first;
      start = first.iso;
    }
  }
  if (!causes.includes('misdelivery') || start === null || det === null) return out;
  let last: T | null = null;
  for (const c of dates) {
    if (!single(c) || c.iso < start || c.iso > det) continue;
    if (last && c.iso <= last.iso) continue;
    // On the day it was found, only a row that tells the sending first (sent, then found) counts.
    const sent =
      c.iso < det
        ? c.primary === 'start' || rowOf(c)?.start === true
        : c.primary === 'start' && rowOf(c) !== undefined;
    if (sent && (!last || c.iso > last.iso)) last = c;
  }
  if (last && last.iso > start && (found.end === null || last.iso > found.end)) out.end = last;
  return out;
}

// A heading that is only a date (「【令和7年2月17日(月曜日)】」) is a row of the section above it.
const DATE_HEADING = /^[^\n]{0,12}\d{1,2}\s?日[^\n]{0,14}$/;

/** The kind of section a timeline row stands in, looking past headings that are only dates. */
function rowSection(structure: NoticeStructure | undefined, pos: number): string | null {
  if (!structure || structure.lines.length === 0) return null;
  const line = segmentIndexAt(structure.lines, pos);
  for (let k = structure.headings.length - 1; k >= 0; k--) {
    const h = structure.headings[k]!;
    if (h.index > line || DATE_HEADING.test(h.text)) continue;
    return h.kind;
  }
  return null;
}

/** Whether at most a bracket or two stand between `at` and the end of its line. */
function aloneOnLine(text: string, at: number): boolean {
  let n = 0;
  for (let i = at; i < text.length && text[i] !== '\n'; i++)
    if (!/[\s)】>:]/.test(text[i]!) && ++n > 2) return false;
  return true;
}
