import { firstYear } from './date-anchor.js';
import { findEnDates } from './date-en.js';
import { findJaDates, isoOf } from './date-ja.js';
import { classifyJa, firstClause } from './date-roles.js';
import {
  DATELINE_AFTER,
  DATELINE_BEFORE,
  DATELINE_DASH_BEFORE,
  DATELINE_HINT,
  DATELINE_PAREN_AFTER,
  DATELINE_PAREN_BEFORE,
  EN_DATE_HEAD,
  EN_PAREN_LEAD,
} from './dateline-en.js';
import { newsLead } from './news-lead.js';
import { findSplitLetterhead } from './published-split.js';
import { joinTexts, type Segment, spanOfLines } from './segment.js';
import type { NoticeStructure, SectionKind } from './structure.js';

const EVENT_SECTIONS = new Set<SectionKind | null>(['timeline', 'summary', 'cause', 'response']);

/** A line with a digit in it: only those can carry a date. */
const DATEISH_LINE = /\d/;

// Nothing before the date, or a page-date label (after page chrome such as 「印刷ページ表示」).
// A news page's category before the date (「お知らせ |2099年01月02日」「ニュース｜2099.1.2」) too.
// (A Markdown page's heading marks or emphasis around the date: "##### 3rd May 2099", "*May 3, 2099*".)
const PUBLISHED_HEAD =
  /^[\s()()【】'’]*$|^\s*(?:#{1,6}\s*|[*_]{1,3})[*_]{0,3}\s*$|^\s*(?:(?:Posted|Published|Updated|Released)\s+)?on\s*$|^\s?(?:お知らせ|重要なお知らせ|ニュース|ニュースリリース|プレスリリース|新着情報|トピックス|News|Topics|Information|Press\s?Release)\s?[|｜]\s*$|^(?:[^\d\n]{0,12}\s)?[\s()()【】]*(?:(?:最終)?更新日(?:付|時)?|発表日|公開日|公表日|掲載日|発信日|発行日|作成日|日付|Date|Updated|Posted)\s?[::]?\s*$/i;
const PUBLISHED_TAIL =
  /^[*_]{0,3}[\s()()]*(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?)?[\s()()]*(?:(?:ニュース|お知らせ|新着情報)(?:\s?[,、・/]\s?[^\s。,、]{1,8}){1,3}|更新|公開|発表|掲載|配信(?:\s\S{1,16})?|付|版|現在|改訂|作成|お知らせ|提供.*|\/.*|\|.*|[-–—]{1,2})?[\s()()]*$/;
// A news list's category, then the title (no sentence): 「 お知らせ 個人情報の取扱いについて」.
const LISTED_TITLE_TAIL =
  /^[\s()()]*(?:お知らせ|重要なお知らせ|ニュース|ニュースリリース|プレスリリース|新着情報|トピックス|報道発表)\s[^。\s][^。]{3,}$/;
// 「職員による書類紛失について(6月2日掲載)」: the notice's own title states when it was posted.
const TITLE_POSTED = /^[))]?\s?(?:掲載|発表|公表|公開|更新)/;
// 「平成29年2月13日 お客様各位 …」: a letterhead flattened into one line.
const ADDRESSEE_AFTER = /^\s?(?:お客様各位|各位|関係者各位|報道関係者各位|お取引先各位|会員各位)/;
// A release label right before the date: 「記者資料提供(2024年…)」「[公開日:…]」「報道発表資料 2019年…」
// "Release date: …". With a label a time of day may follow (「記者発表日時:…18時」).
// A table row's label cell counts too (「| 公開開始日(HP用) | 2099/04/27 |」).
const RELEASE_LABEL =
  /(?:記者資料提供|資料提供|記者発表(?:資料|日時?)?|報道発表(?:資料|日時?)?|報道提供(?:資料)?|発表日(?:時)?|(?<=\S)発表\s|公表日|公開日|掲載日|(?:最終)?更新日(?:付|時)?|作成日|発信日|発行日|Press\s+Release|Release\s+Date|Date\s+of\s+(?:this\s+)?(?:Notice|Letter))\s?[::]?\s?[[((【]?\s?$|(?:公開開始日|掲載開始日|公開日|掲載日|公表日|発表日)(?:[((][^))\n]{0,12}[))])?\s?\|\s?$/i;
// What a flattened letterhead puts after its date: the issuing body or desk (「平成28年8月16日 奈良労働局
// …」), a word ending in an organisation suffix followed by a space or the line's end.
const ISSUER_AFTER =
  /^\s?(?:\([^)]{1,6}\)\s?)?[^\s、。,が]{1,16}(?:局|課|部|室|庁|省|県|都|府|道|市|区|町|村|病院|大学|学校|協会|組合|法人|センター|株式会社|会社|機構|委員会|研究所|事業団|公社|学園)(?:\s|$)/;
// After a letterhead's date: 「掲載」, the addressee, a desk label or a name spread out by a PDF
// text layer (「兵 庫 労 働 局」).
const LETTERHEAD_AFTER =
  /^\s?(?:掲載|公表|発表|公開|更新)(?:\s|$)|^\s(?:各\s?位|【(?:照会先|担当|問合せ先|問い合わせ先)】|(?:[\u4e00-\u9fff]\s){2,}[\u4e00-\u9fff])/;
// A web page's bare byline label: "Published March 3, 2023", "Posted: …". A byline naming its writer
// ("Posted by Dissent on …", "By Jo Example | …") is left alone: blogs and news sites that repost a
// notice sign so, and their date is not the notice's.
const EN_BYLINE_HEAD = /^\s*(?:(?:First|Originally)\s+)?(?:Published|Posted|Released)\s*[::]?\s*$/i;
// A news page's date line that names its weekday first: "Thu, 27 Oct 2022", "Thursday, 27 October 2022".
const EN_WEEKDAY_HEAD = /^\s*(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:s|r|rs|nes|ur)?(?:day)?\.?,?\s*$/i;
// Page chrome that dates the latest edit ("Last updated: …", "Updated: …"): the page's date only when
// it prints no date of first posting ("First published: …", "Published: …") in its head.
const EN_UPDATED_HEAD = /\bupdated\s*[::]?\s*$/i;
// One chrome line with both: "Updated: May 5, 2023 | Published: March 3, 2023".
const EN_PUBLISHED_IN_LINE =
  /(?:^|[|•·–—,;]\s*)(?:(?:First|Originally)\s+)?(?:Published|Posted)(?:\s+on)?\s*[::]?\s*(?=\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))/i;
const SHORT_US_DATE = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{2})\s*$/;
// A web page's byline label at the start of a line: "Post Date:", "Posted on", "Published:", "Date
// posted:", a bare "Date" (a time of day may follow the date). Only at the line's start: "the notice was posted on
// May 3" in prose is an earlier notice's day.
const EN_BYLINE_LABEL =
  /^\s*(?:Post(?:ed)?\s+Date|Date\s+(?:Posted|Published)|Publish(?:ed)?\s+Date|Posted|Published|Released|Date)(?:\s+on)?\s*[::]?\s*$/i;
// A page title that closes with its date: "… UPDATE (Friday 9 June, 2023)", "… – April 18, 2022".
const TITLE_DATE_BEFORE = /[([|:,–—-]\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s*)?$/;
// After a dateline in an English page's head: the time it was posted ("12:34", "| 9:15 am BST",
// "17:46 Europe/London").
const EN_TIME_TAIL =
  /^\s*[,|•·–—-]?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+(?:[A-Z]{2,5}|[A-Z][a-z]+\/[A-Z][A-Za-z_]+))?\s*$/i;
// A heading's words before its date that make the date an event's or an update's, not the page's;
// a byline naming its writer ("By Jo Example | date": a reposting site's).
const HEAD_NOT_POSTED =
  /^\s*(?:(?:posted|written)\s+)?by\b|\b(?:updat\w*|revised|incident\s+date|date\s+of\s+(?:the\s+)?(?:incident|breach|event)|occurred|since|from|between|until|discover\w*)\b/i;
// A letter's delivery line after its date: "BY U.S. MAIL", "VIA FIRST-CLASS MAIL", "Via Email".
const DELIVERY_HINT = /\b(?:BY|VIA|Via)\s/;
const DELIVERY_AFTER_UC =
  /^\s*[,–—-]?\s*(?:SENT\s+)?(?:BY|VIA)\s+(?:[A-Z.-]+\s+){0,3}?(?:MAIL|E-?MAIL|FEDEX|FACSIMILE|FAX|COURIER|DELIVERY)\b/;
const DELIVERY_AFTER_TC =
  /^\s*[,–—-]?\s*(?:Sent\s+)?Via\s+(?:[A-Z][\w.-]*\s+){0,3}?(?:Mail|Email|E-mail|FedEx|Facsimile|Fax|Courier|Delivery)\b/;

// Eight words or more, as split(/\s+/) counts them, without splitting a one-line abstract into words.
const SEVEN_SPACES = /\s+(?:\S+\s+){6}/;
/**
 * Where an English page's body begins: its first line of prose (eight words or more ending a
 * sentence), among the first ten; the lines above are its head (headline, dateline, bylines).
 */
function enBodyAt(lines: Segment[]): number {
  const n = Math.min(lines.length, 10);
  for (let i = 0; i < n; i++) {
    const t = lines[i]!.text;
    if (/[.!?]["”’]?\s*$/.test(t) && SEVEN_SPACES.test(t)) return i;
  }
  return n;
}

// One short piece of a dateline spread over lines: a place, a day, a month, a year, a bar, a time.
const SPREAD_PIECE = /^[^\s]{1,20}(?:\s[^\s]{1,20})?$/;

/**
 * A dateline whose pieces a page's markup put on lines of their own, above the body: three or more
 * short lines in a row (no blank between) that read, joined, as "[Place,] date[, time]".
 */
function spreadDateline(
  lines: Segment[],
  bodyAt: number,
  dctx: { refYear: number | null; refMonth: null; refDay: null },
): { iso: string; seg: Segment } | null {
  const end = Math.min(bodyAt, 14);
  for (let a = 0; a < end; a++) {
    let b = a;
    while (
      b + 1 < end &&
      lines[b + 1]!.line === lines[b]!.line + 1 &&
      SPREAD_PIECE.test(lines[b + 1]!.text) &&
      SPREAD_PIECE.test(lines[a]!.text)
    )
      b++;
    if (b - a < 2) continue;
    const run = lines.slice(a, b + 1);
    const joined = joinTexts(run, ' ');
    const ms = findEnDates(joined, dctx).filter((m) => m.precision === 'day');
    const first = ms[0];
    if (ms.length === 1 && first && first.source === 'explicit') {
      const lead = joined.slice(0, first.start);
      const tail = joined.slice(first.end);
      const iso = isoOf(first);
      if (
        iso &&
        (lead.trim() === '' || /^[A-Z][A-Za-z.'’-]*(?:\s[A-Z][A-Za-z.'’-]*){0,2},\s$/.test(lead)) &&
        (tail.trim() === '' || EN_TIME_TAIL.test(tail))
      )
        return {
          iso,
          seg: spanOfLines(run),
        };
    }
    a = b;
  }
  return null;
}

// The name of a paper or wire before the day it posted a report (「見本新聞 」「見本通信 」).
const WIRE_HEAD = /^\s?[^\d\s。、]{1,12}(?:新聞|通信|ニュース|NEWS|News|放送|テレビ)\s$/;
// A bullet before the page's dateline (「• 2099年3月4日」).
// A row of a dated timeline: a line that opens with a full year.
const TIMELINE_ROW = /^\s*(?:(?:19|20)\d{2}\s?年|(?:令和|平成)\s?(?:元|\d{1,2})\s?年)/;
const HEAD_BULLET = /^\s*[・•●◆■]\s*$/;
const LINE_OPENS_WITH_DATE = /^[\s・•\-*()()【】[\]]*(?:令和|平成|昭和|\d)/;
const RELEASE_HINT = /提供|発表|公表|公開|掲載|更新|作成|発信|発行|Release|Date\s+of/i;
// Digits and kanji spread out by a PDF text layer (「平 成 28 年 8 月 18 日」).
const SPACED = /(?<=[\d年月日成和令平])\s+(?=[\d年月日成])/g;

/**
 * The notice's own date: a line holding only a date (or a labelled one, 「更新日:…」「掲載日:…」)
 * near the top or bottom (a letterhead/signature), a date the title gives as its posting date, or a
 * date followed by the addressee (「各位」) of a flattened letterhead.
 */
export function findPublished(
  lines: Segment[],
  lang: 'ja' | 'en',
  refYear: number | null,
  structure: NoticeStructure | undefined,
): { iso: string; seg: Segment } | null {
  const n = lines.length;
  const idx: number[] = [];
  for (let i = 0; i < Math.min(n, 14); i++) idx.push(i);
  for (let i = Math.max(14, n - 8); i < n; i++) idx.push(i);
  const dctx = { refYear, refMonth: null, refDay: null };
  const title = structure?.title;
  // Lines above the body's first sentence (a line with 。): the page's head (title, category,
  // dateline). A date alone there is the page's own even after a bullet or with a time of day
  // (「• 2099年3月4日」「2099-03-04 18:20:00」), which below the first sentence mark a timeline's rows.
  let bodyAt = n;
  if (lang === 'ja')
    for (let i = 0; i < Math.min(n, 10); i++)
      if (lines[i]!.text.includes('。')) {
        bodyAt = i;
        break;
      }
  if (lang === 'en') bodyAt = enBodyAt(lines);
  // A dateline spread over short lines by a page's markup ("Dunmore,\n3\nJune\n2021\n|\n09:15"):
  // read as one line.
  const spread = lang === 'en' ? spreadDateline(lines, bodyAt, dctx) : null;
  if (spread) return spread;
  const paired = lang === 'en' ? publishedInChromeLine(lines, bodyAt, dctx) : null;
  if (paired) return paired;
  let updated: { iso: string; seg: Segment } | null = null;
  for (const i of idx) {
    const line = lines[i]!;
    if (!DATEISH_LINE.test(line.text)) continue;
    const inTitle = title !== null && title !== undefined && !title.repost && title.indices.includes(i);
    // A long line outside the title is read only for a flattened letterhead's addressee (「…各位」,
    // Japanese): its dates are otherwise never used, so an English paragraph is not scanned.
    if (line.text.length > 60 && !inTitle && (i > 3 || lang !== 'ja' || !line.text.includes('各位')))
      continue;
    // "03/15/22": a press release's short US date, alone on its line (the date reader takes only
    // four-digit years, since a two-digit one in prose is as often a count or a version).
    const short = lang === 'en' ? SHORT_US_DATE.exec(line.text) : null;
    if (short && !EVENT_SECTIONS.has(structure?.sectionOf[i] ?? null)) {
      const [mo, d, y] = [Number(short[1]), Number(short[2]), Number(short[3])];
      if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31)
        return {
          iso: `20${String(y).padStart(2, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
          seg: line,
        };
    }
    const ms = lang === 'ja' ? findJaDates(line.text, dctx) : findEnDates(line.text, dctx);
    const days = ms.filter((m) => m.precision === 'day');
    for (const first of days) {
      const tail = line.text.slice(first.end);
      const iso = isoOf(first);
      if (!iso) continue;
      if (inTitle && TITLE_POSTED.test(tail)) return { iso, seg: line };
      if (lang === 'ja' && ADDRESSEE_AFTER.test(tail) && !first.time) return { iso, seg: line };
    }
    const first = days[0];
    // A date alone on its line under 「経緯」「事案の概要」 is a timeline entry, not a letterhead; so
    // is one right after 「記」, which opens the body of an official notice.
    if (EVENT_SECTIONS.has(structure?.sectionOf[i] ?? null)) continue;
    if (lang === 'ja' && i > 0 && lines[i - 1]!.text.trim() === '記') continue;
    // Near the bottom, a date heading prose with another date heading below it is the first row of
    // a timeline of dated headings (「2099年4月7日(火)」「…との連絡を受けました。」「4月8日(水)」).
    if (lang === 'ja' && i >= 14 && datedRowsFollow(lines, i)) continue;
    // A timestamp (date with a time of day) on its own line is an event in a list, not a letterhead
    // (but in the page's head: under a headline, above the body's first sentence, with no row of
    // dates alone on their lines below).
    if (days.length !== 1 || !first || first.source !== 'explicit' || line.text.length > 60) continue;
    const head = line.text.slice(0, first.start);
    const bulleted = HEAD_BULLET.test(head);
    const inHead =
      lang === 'ja' &&
      (first.time !== null || bulleted) &&
      i < Math.min(bodyAt, 8) &&
      (lines.slice(0, i).some((l) => !/^\s*https?:/.test(l.text) && /[^\s\d]/.test(l.text)) ||
        // 「2099年9月28日19時31分」 alone atop a news page, its lead sentence right below: the dateline.
        (first.time !== null &&
          lines.slice(0, i).every((l) => /^\s*(?:https?:\S*)?\s*$/.test(l.text)) &&
          line.text
            .slice(first.end)
            .replace(/^:\d{2}/, '')
            .trim() === '' &&
          line.text.slice(0, first.start).trim() === '' &&
          (lines[i + 1]?.text.includes('。') ?? false) &&
          !lines.slice(i + 1, i + 8).some((l) => TIMELINE_ROW.test(l.text)))) &&
      !rowsBelow(lines, i);
    if (first.time && !inHead) continue;
    // (A timestamp's seconds: 「18:20:00」.)
    let tail = line.text.slice(first.end).replace(first.time ? /^:\d{2}/ : /^$/, '');
    // A news page's dateline under its headline, above the first sentence, with the time of posting:
    // "4 April 2024, 12:34", "May 3, 2024 | 9:15 BST".
    if (lang === 'en' && i < bodyAt && EN_TIME_TAIL.test(tail)) tail = '';
    // 「見本新聞 2099年4月26日(金) 19:23配信」: a news wire's name before its posting date.
    const wire = lang === 'ja' && WIRE_HEAD.test(head) && /^[\s()()]*配信/.test(tail);
    if (
      !PUBLISHED_HEAD.test(head) &&
      !(bulleted && inHead) &&
      !(lang === 'en' && (EN_BYLINE_HEAD.test(head) || EN_WEEKDAY_HEAD.test(head))) &&
      !wire
    )
      continue;
    // 「2099年01月02日 お知らせ 個人情報の…について」: a news list's row in the page's head, the
    // posting date, its category and the notice's title.
    const listed = lang === 'ja' && i < bodyAt && LISTED_TITLE_TAIL.test(tail);
    if (!PUBLISHED_TAIL.test(tail) && !listed) continue;
    const iso = isoOf(first);
    if (iso && lang === 'en' && EN_UPDATED_HEAD.test(head)) {
      updated ??= { iso, seg: line };
      continue;
    }
    if (iso) return { iso, seg: line };
  }
  if (updated) return updated;
  return (
    findLabelledOrLetterhead(lines, idx, lang, dctx, title, structure?.sectionOf) ??
    (lang === 'en' ? updateHeading(lines, dctx) : findSplitLetterhead(lines, refYear))
  );
}

/**
 * A head line (above the body) that prints the first posting beside the latest edit ("Updated: May 5,
 * 2023 | Published: March 3, 2023"): the posting's date. Not a writer's byline ("By Jo Example |
 * Published …": a reposting site's).
 */
function publishedInChromeLine(
  lines: Segment[],
  bodyAt: number,
  dctx: { refYear: number | null; refMonth: null; refDay: null },
): { iso: string; seg: Segment } | null {
  for (let i = 0; i < Math.min(bodyAt, 14); i++) {
    const line = lines[i]!;
    if (
      line.text.length > 120 ||
      !/\|/.test(line.text) ||
      /^\s*(?:posted\s+|written\s+)?by\s/i.test(line.text)
    )
      continue;
    const m = EN_PUBLISHED_IN_LINE.exec(line.text);
    if (!m) continue;
    const at = m.index + m[0].length;
    const ms = findEnDates(line.text.slice(at, at + 40), dctx).filter(
      (d) => d.precision === 'day' && d.source === 'explicit' && d.start === 0,
    );
    const iso = ms[0] ? isoOf(ms[0]) : null;
    if (iso) return { iso, seg: line };
  }
  return null;
}

// A page that adds an update under its own heading ("Updated statement (9 May 2022)", "Update –
// June 4, 2024") and prints no other date of its own: the latest edition's date is the page's.
const UPDATE_HEADING_EN = /^\s*(?:Updated?|Revised)\b[^.!?]{0,60}$/i;

function updateHeading(
  lines: Segment[],
  dctx: { refYear: number | null; refMonth: null; refDay: null },
): { iso: string; seg: Segment } | null {
  for (const line of lines) {
    if (line.text.length > 80 || !UPDATE_HEADING_EN.test(line.text) || /\blast\s+updated\b/i.test(line.text))
      continue;
    const ms = findEnDates(line.text, dctx).filter((m) => m.precision === 'day' && m.source === 'explicit');
    if (ms.length !== 1) continue;
    const iso = isoOf(ms[0]!);
    if (iso) return { iso, seg: line };
  }
  return null;
}

/**
 * Second look, when no line holds only a date: a date right after a release label anywhere on a
 * top/bottom line, a letterhead line spaced out by a PDF text layer, a flattened letterhead (date,
 * then the issuing body), and a title (not a repost's) that starts or ends with the date.
 */
function findLabelledOrLetterhead(
  lines: Segment[],
  idx: number[],
  lang: 'ja' | 'en',
  dctx: { refYear: number | null; refMonth: null; refDay: null },
  title: NoticeStructure['title'] | undefined,
  sectionOf?: NoticeStructure['sectionOf'],
): { iso: string; seg: Segment } | null {
  const bodyAt = lang === 'en' ? enBodyAt(lines) : 0;
  for (const i of idx) {
    const line = lines[i]!;
    if (!DATEISH_LINE.test(line.text)) continue;
    // Labels and letterheads stand at a line's start: read no more than its first 200 characters
    // (a 100 kB line of dates costs nothing; issue 18).
    const head200 = line.text.slice(0, 200);
    const spaced = lang === 'ja' && /\d\s\d|[年月]\s\d|平\s成|令\s和/.test(head200.slice(0, 40));
    // Cheap gate before reading dates: a release label, a spaced letterhead, a line that opens with
    // a date near the top, or the title.
    const top = lang === 'ja' && i <= 6 && (LINE_OPENS_WITH_DATE.test(head200) || title?.indices.includes(i));
    const headLine = lang === 'en' && i < bodyAt && line.text.length <= 100;
    const letter = lang === 'en' && i <= 13 && DELIVERY_HINT.test(head200);
    const enTop =
      lang === 'en' &&
      ((title?.indices.includes(i) && !title.repost) ||
        headLine ||
        letter ||
        (i <= 13 && (DATELINE_HINT.test(head200) || EN_DATE_HEAD.test(head200))));
    // A line near the bottom that opens with a date, as a signature does (「令和6年5月10日 見本市教育委員会」).
    const bottom =
      lang === 'ja' &&
      i > 6 &&
      i >= lines.length - 8 &&
      line.text.length <= 60 &&
      LINE_OPENS_WITH_DATE.test(head200) &&
      ![lines[i - 1], lines[i + 1]].some(
        (l) => l && LINE_OPENS_WITH_DATE.test(l.text) && /\d\s?[月/.]/.test(l.text),
      );
    if (!spaced && !top && !enTop && !bottom && !RELEASE_HINT.test(head200)) continue;
    const note = lang === 'ja' ? releaseNote(line) : null;
    if (note) return note;
    const text = spaced ? head200.slice(0, 40).replace(SPACED, '') + head200.slice(40) : head200;
    const ms = (lang === 'ja' ? findJaDates(text, dctx) : findEnDates(text, dctx)).filter(
      (m) => m.precision === 'day' && m.source === 'explicit',
    );
    const first = ms[0];
    if (!first) continue;
    const iso = isoOf(first);
    if (!iso) continue;
    const head = text.slice(Math.max(0, first.start - 24), first.start);
    const at = spaced
      ? line
      : { ...line, text: line.text.slice(0, Math.min(line.text.length, first.end + 24)) };
    if (RELEASE_LABEL.test(head)) return { iso, seg: at };
    if (lang === 'en' && enTop) {
      const lead = text.slice(0, first.start);
      const rest = text.slice(first.end);
      if (EN_BYLINE_LABEL.test(lead) && !/^\s*(?:[|•·–—-]\s*)?by\s/i.test(rest)) return { iso, seg: at };
      if ((DATELINE_BEFORE.test(lead) || DATELINE_DASH_BEFORE.test(lead)) && DATELINE_AFTER.test(rest))
        return { iso, seg: at };
      if (DATELINE_PAREN_BEFORE.test(lead) && DATELINE_PAREN_AFTER.test(rest)) return { iso, seg: at };
      if (i <= 13 && EN_PAREN_LEAD.test(head200) && first.start <= 3) return { iso, seg: at };
      // A letter's date followed by how it was sent ("February 3, 2017 BY U.S. MAIL", "Via Email").
      if (letter && (DELIVERY_AFTER_UC.test(rest) || DELIVERY_AFTER_TC.test(rest))) return { iso, seg: at };
      // A heading of the page's head (above its first sentence) closing with a date after a dash,
      // bar or colon: "Breach Report — May 9, 2025". Not an update's heading (an update's date is
      // not the first posting), nor one naming the day of an event, nor a forum byline ("Name (date)").
      if (
        headLine &&
        /[|:–—-]\s*$/.test(lead) &&
        /^\s*[)\]]?\s*$/.test(rest) &&
        !HEAD_NOT_POSTED.test(lead) &&
        ms.length === 1
      )
        return { iso, seg: line };
      // The page's own title (not a repost's) closing with a date.
      if (
        title?.indices.includes(i) &&
        !title.repost &&
        TITLE_DATE_BEFORE.test(lead) &&
        /^\s*[)\]]?\s*$/.test(rest)
      )
        return { iso, seg: line };
    }
    const before = text.slice(0, first.start).replace(/[\s・•\-*()()【】[\]]/g, '');
    const after = text.slice(first.end);
    // A day alone on its line under 「経緯」「事案の概要」, spaced out or near the bottom, heads a
    // timeline's row (its event on the next line), as in findPublished's first look.
    const row = before === '' && EVENT_SECTIONS.has(sectionOf?.[i] ?? null) && PUBLISHED_TAIL.test(after);
    if (row) continue;
    if (before === '' && spaced && PUBLISHED_TAIL.test(after)) return { iso, seg: line };
    if (bottom && !first.time && ms.length === 1 && before === '' && ISSUER_AFTER.test(after))
      return { iso, seg: at };
    if (lang !== 'ja' || i > 6 || first.time) continue;
    if (before === '' && (ISSUER_AFTER.test(after) || LETTERHEAD_AFTER.test(after))) return { iso, seg: at };
    // 「2019年5月17日 水道使用開始の…について」 under the same title: a news page's dated headline.
    const head12 = title && !title.repost ? title.text.replace(/\s/g, '').slice(0, 12) : '';
    if (before === '' && head12.length >= 8 && after.replace(/\s/g, '').startsWith(head12))
      return { iso, seg: line };
    if (title?.indices.includes(i) && !title.repost) {
      // 「平成29年3月8日 …のお詫び」「…について 2022年12月2日 奈良県」: the page's own dated title.
      if (before === '' || /^[\s()()]*$/.test(after) || ISSUER_AFTER.test(`${after} `))
        return { iso, seg: line };
    }
  }
  return null;
}

// A release note in brackets, the day (and hour) and the verb alone inside: 「(令和9年1月2日 10時発表)」.
const RELEASE_NOTE =
  /[(([【]\s?((?:令和|平成)?\s?\d{1,4}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日)(?:\s?\([^)]{1,4}\))?\s?(?:(?:午前|午後)?\s?\d{1,2}\s?[時:]\s?(?:\d{1,2}\s?分?)?)?\s?(?:発表|公表|掲載|公開)\s?[))\]】]/;

/** The day of a bracketed release note on a line (see RELEASE_NOTE), not one about an earlier report. */
function releaseNote(line: Segment): { iso: string; seg: Segment } | null {
  const m = RELEASE_NOTE.exec(line.text);
  if (!m) return null;
  // 「第1報(…発表)」「既報(…発表)」: an earlier notice's day.
  if (/(?:報|既報|前回|お知らせ)\s?$/.test(line.text.slice(Math.max(0, m.index - 6), m.index))) return null;
  const d = findJaDates(m[1]!, { refYear: null, refMonth: null, refDay: null })[0];
  const iso = d && d.precision === 'day' ? isoOf(d) : null;
  const start = line.start + m.index;
  return iso ? { iso, seg: { text: m[0], start, end: start + m[0].length, line: line.line } } : null;
}

// A line holding only a day (「4月8日(水)」「令和6年5月2日」), as a timeline's row heading.
const DAY_HEADING =
  /^\s*(?:(?:令和|平成)?\s?\d{1,4}\s?年\s?)?\d{1,2}\s?月\s?\d{1,2}\s?日\s?(?:[((][^))]{1,4}[))])?\s*$/;

// A bulleted or plain day alone on its line: a timeline's row heading.
const ROW_DAY =
  /^\s*[・•●◆■○]?\s*(?:(?:令和|平成)?\s?\d{1,4}\s?年\s?)?\d{1,2}\s?月\s?\d{1,2}\s?日\s?(?:[((][^))]{1,4}[))])?\s*$/;

function rowsBelow(lines: Segment[], i: number): boolean {
  return lines.slice(i + 1, i + 13).some((l) => ROW_DAY.test(l.text));
}

function datedRowsFollow(lines: Segment[], i: number): boolean {
  const next = lines.slice(i + 1, i + 3).find((l) => l.text.trim() !== '');
  if (!next?.text.trimEnd().endsWith('。')) return false;
  return lines.slice(i + 2, i + 12).some((l) => DAY_HEADING.test(l.text));
}

/**
 * A news report's lead (「X社は2031年4月3日、…と発表した。」): the day after the topic is the day the
 * body announced it. Only a day with its month, and a year written on it or elsewhere in the text
 * (a web archive's capture day is no year the text states).
 */
export function leadDate(
  segments: Segment[],
  lang: 'ja' | 'en',
  text: string,
  ctx: { structure?: NoticeStructure | undefined },
): { iso: string; seg: Segment } | null {
  if (lang !== 'ja') return null;
  const lead = newsLead(segments, ctx.structure?.title ?? null);
  if (!lead?.day?.includes('月')) return null;
  const textYear = firstYear(text);
  const m = findJaDates(lead.day, { refYear: textYear, refMonth: null, refDay: null })[0];
  if (m?.precision !== 'day') return null;
  // A day without its year takes the text's year only when a full date of the text is of that year:
  // a year seen only in a scope (「2006年4月以降に来院した患者」) does not date the report.
  if (m.source !== 'explicit' && (textYear === null || !fullDateIn(text, textYear))) return null;
  const iso = isoOf(m);
  return iso ? { iso, seg: lead.seg } : null;
}

/** Whether the text writes out a full date (year, month and day) of `year`. */
function fullDateIn(text: string, year: number): boolean {
  return findJaDates(text, { refYear: null, refMonth: null, refDay: null }).some(
    (d) => d.source === 'explicit' && d.precision === 'day' && d.y === year,
  );
}

// A news report or column that names the body and the day it announced (「X社が、2099年2月20日に、
// …を公表しました」「X大学が2099年9月16日、…と発表した」): the day, written out
// in full, right after the named subject, of a sentence whose predicate is the announcement. Not the
// notice's own words about an earlier notice (「当社は…に公表いたしました」「既報」).
const ANNOUNCED_ON =
  /^(?:[^。]{0,40}?、)?[^。、]{0,40}?([\p{Script=Han}\p{Script=Katakana}A-Za-z0-9ー・&]{2,30})(?:\s?[((][^()()]{1,20}[))])?\s?(?:が|は)\s?、?\s?((?:19|20)\d{2}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日)(?:\s?[((][^))]{1,3}[))])?\s?(?:に|付けで|付で)?\s?、?([^。]{0,140}?)(?:を|と)(?:(?:公表|発表)(?:し(?:ました|た)|いたしました)|明らかにし(?:ました|た)|明かし(?:ました|た))/u;
const FIRST_PERSON =
  /^(?:当|弊|本)(?:社|院|学|市|町|村|区|県|校|機構|法人|団体|協会|組合|財団|グループ)$|^同/u;

/**
 * The day a news report or column says the body announced the incident (see ANNOUNCED_ON), among
 * its first sentences; null when the sentence refers back to an earlier notice.
 */
// The same with the day first, as a column's lead has it (「2099年2月20日 X市が…を公表しました。」).
const DAY_FIRST_ANNOUNCED =
  /(?:^|\n)\s?((?:19|20)\d{2}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日)(?:\s?[((][^))]{1,3}[))])?[\s、,]\s?(?:[^。、\n]{0,30}?(?:する|した|の))?([\p{Script=Han}\p{Script=Katakana}A-Za-z0-9ー・&]{2,30})(?:が|は)\s?、?([^。]{0,140}?)(?:を|と)(?:(?:公表|発表)(?:し(?:ました|た)|いたしました)|明らかにし(?:ました|た)|明かし(?:ました|た))/u;

export function announcedOn(
  segments: Segment[],
  lang: 'ja' | 'en',
  skip?: { start: number; end: number } | null,
): { iso: string; seg: Segment } | null {
  if (lang !== 'ja') return null;
  let seen = 0;
  for (const seg of segments) {
    if (seen >= 5) break;
    // (Headings and the address line are no sentences of the report.)
    if ((skip && seg.start >= skip.start && seg.end <= skip.end) || !seg.text.includes('。')) continue;
    seen++;
    if (!/公表|発表|明らかにし|明かし/.test(seg.text) || !/(?:19|20)\d{2}\s?年/.test(seg.text.slice(0, 300)))
      continue;
    // A sentence run on from heading lines above it (no 。 between): its last line holds the lead.
    const text = seg.text.slice(seg.text.lastIndexOf('\n') + 1);
    const named = ANNOUNCED_ON.exec(text);
    const m = named ?? dayFirst(seg.text);
    if (!m) continue;
    if (FIRST_PERSON.test(m[1]!) || /既報|前回|第[二三四五2-9]報|続報/.test(m[3]!)) continue;
    // The day's own clause tells no event (「…が2099年5月3日に発生した侵入の件で」).
    // (A day standing before the subject owns the announcement, whatever the clause reports.)
    // (So does one set off by a comma, 「Xは2099年6月7日、…と明らかにしました」: the comma closes its phrase.)
    const setOff =
      named !== null &&
      /^(?:\s?[((][^))]{1,3}[))])?\s?(?:に)?\s?、/.test(
        text.slice(named.index + named[0].indexOf(m[2]!) + m[2]!.length),
      );
    const own = named && !setOff ? classifyJa(firstClause(`${m[3]!}を公表`)).cats : new Set<string>();
    if ([...own].some((c) => c !== 'announce')) continue;
    const d = findJaDates(m[2]!, {})[0];
    const iso = d && d.precision === 'day' ? isoOf(d) : null;
    if (iso) return { iso, seg };
  }
  return null;
}

/** DAY_FIRST_ANNOUNCED's match in ANNOUNCED_ON's group order (subject, day, clause). */
function dayFirst(text: string): string[] | null {
  const m = DAY_FIRST_ANNOUNCED.exec(text);
  return m ? [m[0], m[2]!, m[1]!, m[3]!] : null;
}

/**
 * A news page's dateline and its lead's bare day (「2099年02月20日」 over 「X社は19日、…と発表した」):
 * the body announced on that day of the dateline's month, a few days before the page went up; the
 * announcement is the notice's date. Null when the lead names no bare day or it does not fit.
 */
export function leadDayOfDateline(
  segments: Segment[],
  lang: 'ja' | 'en',
  pub: { iso: string; seg: Segment },
  structure?: NoticeStructure,
): { iso: string; seg: Segment } | null {
  if (lang !== 'ja') return null;
  // (Sentences only: a blog's heading lines above the dateline push the lead past newsLead's first five.)
  const lead = newsLead(
    segments.filter((g) => g.text.includes('。')),
    structure?.title ?? null,
  );
  const bare = lead?.day ? /^(\d{1,2})\s?日$/.exec(lead.day) : null;
  if (!lead || !bare) return null;
  const [y, m, d] = pub.iso.split('-').map(Number) as [number, number, number];
  const day = Number(bare[1]);
  if (day > d || d - day > 7) return null;
  return { iso: `${y}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`, seg: lead.seg };
}
