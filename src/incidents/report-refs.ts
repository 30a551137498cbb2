/**
 * What a notice says about other reports: the earlier reports it refers to (「5月9日にお知らせした」,
 * 既報, "as we previously announced on May 9"), whether its title names it a later report, and the
 * group companies it names as its own. Read by src/incidents/continuation.ts. Pure.
 */
import { referredBack } from './report-refs-en.js';
import { newsLeadDates } from './report-refs-news.js';

const ERA: Record<string, number> = { 令和: 2018, 平成: 1988, 昭和: 1925 };
const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december';

/** A date an earlier report is said to have been published on (year may be unknown). */
export interface ReportDate {
  y: number | null;
  m: number;
  d: number;
}

/** A date as Japanese notices write it: 令和6年5月9日, 2024年5月9日, 同年7月10日, 5月9日(木曜日). */
const JA_DATE =
  /(?:(令和|平成|昭和)\s?(\d{1,2}|元)\s?年\s?|(\d{4})\s?年\s?|(同年))?(\d{1,2})\s?月\s?(\d{1,2})\s?日(?:\([^)]{1,4}\))?/g;

/**
 * A past announcement: 「公表いたしました」「お知らせしたところ」「第2報として…公表していた」
 * 「適時開示しました」「ご報告致しました」「公表(以下、既報)いたしました」. Present tense
 * (「お知らせいたします」: this notice itself) is not one.
 */
const JA_ANNOUNCED = new RegExp(
  String.raw`(?:お知らせ|公表|発表|掲載|公開|開示|ご報告|報告|ご案内|ご連絡)(?:\([^)]{0,30}\))?` +
    '(?:いた|致)?(?:し|させていただき?|させて頂き?|申し上げ)' +
    '(?:た|ました|ており(?:ます|ました)|ていた|ていました|ているところ|ていたところ)',
  'g',
);

/** Reporting to the police, a regulator or one's superior is not a public report (「警察に報告しました」). */
const TO_AUTHORITY =
  /(?:警察|委員会|機関|官庁|[省庁署局]|[校課所部局室]長|上司|上長)(?:へ|に|に対し(?:て)?|まで)/;

/**
 * Letters and e-mails to the people concerned are no public report either (「対象のお客様には5月20日に
 * 個別にお知らせしました」): a date of one says nothing about which report a notice follows.
 */
const TO_PERSONS =
  /(?:お客様|お客さま|顧客|会員|利用者|ご本人|対象者|対象の方|該当(?:する|の)方|保護者|患者|受診者|取引先|従業員|応募者)(?:様|さま|の皆様)?(?:へ|に|には|に対し(?:て)?|あて)/;

/** The addressee may stand just before the date (「対象のお客様には5月20日に…お知らせしました」). */
function toPersons(text: string, dateAt: number, rest: string): boolean {
  const before = text.slice(Math.max(0, dateAt - 16), dateAt);
  const stop = Math.max(before.lastIndexOf('。'), before.lastIndexOf('\n'));
  return TO_PERSONS.test(`${before.slice(stop + 1)}${rest}`);
}

/**
 * Dates an announcement in the past tense is said to have been made on: every date in the same
 * sentence before the verb, within 120 characters (「1月19日付けおよび1月24日付けで公表」,
 * 「2023年12月7日に『…』を公表いたしました」). 同年 takes the year of the date before it.
 */
function announcedDates(text: string): ReportDate[] {
  const out: ReportDate[] = [];
  for (const v of text.matchAll(JA_ANNOUNCED)) {
    const start = Math.max(0, v.index - 120);
    let window = text.slice(start, v.index);
    const stop = Math.max(window.lastIndexOf('。'), window.lastIndexOf('\n'));
    if (stop >= 0) window = window.slice(stop + 1);
    const dated = [...window.matchAll(JA_DATE)];
    const last = dated.at(-1);
    if (!last) continue;
    const tail = window.slice(last.index);
    if (TO_AUTHORITY.test(tail) || toPersons(text, v.index - tail.length, tail)) continue;
    let lastYear: number | null = null;
    for (const m of dated) {
      const y: number | null = m[1]
        ? ERA[m[1]]! + (m[2] === '元' ? 1 : Number(m[2]))
        : m[3]
          ? Number(m[3])
          : m[4]
            ? lastYear
            : null;
      if (y !== null) lastYear = y;
      out.push({ y, m: Number(m[5]), d: Number(m[6]) });
    }
  }
  return out;
}

/** 「5月9日にお知らせした」「令和6年5月9日付けで公表した」「2024年5月9日に掲載した」 */
const JA_DATED_REF = new RegExp(
  String.raw`(?:(令和|平成|昭和)(\d{1,2}|元)年|(\d{4})年)?(\d{1,2})月(\d{1,2})日(?:\([^)]{1,3}\))?` +
    String.raw`(?:付け?で?|に|の)?[^。\n]{0,12}?(?:お知らせ|公表|発表|掲載|公開|ご報告|報告|ご案内)` +
    '(?:いた)?(?:し|させていただい|申し上げ)(?:た|ました|ております|ている)',
  'g',
);
/**
 * 「第一報でお知らせした」「前回のお知らせ」「既報」「先般公表いたしました」「これまでの経過」, and a news
 * article's 「…が攻撃を受けた問題で、」 (the matter already reported).
 */
const JA_GENERIC_REF =
  /第[一1]報(?:で|にて|において|の(?:とおり|通り|公表|お知らせ|ご報告)|以降|後)|第[二三四五六七八九2-9]報(?:で|にて|において|として|の(?:とおり|通り|公表|お知らせ|ご報告)|以降|後)|初報(?:で|にて|以降|後)|前回の?(?:お知らせ|ご報告|報告|公表|発表)|前報|既報|(?:先般|先日|以前|既に|すでに)(?:お知らせ|公表|発表|ご報告|報告)|これまでの経過|(?:お知らせ|公表|ご報告)しておりました|(?:た|ていた|ている)問題で、|(?:お知らせ|公表|発表|ご報告)(?:いた|致)?しました(?:件|事案|本件|不正アクセス|サイバー攻撃|ランサムウェア|情報漏え?い|個人情報|システム障害)/;
/**
 * "as we previously reported", "update to our notice of", "our letter dated March 3, 2024", "we
 * recently notified you", "as you know from our prior bulletin", "since our last update", "we are
 * writing to give you a further update" (not "we will give a further update": a promise),
 * "earlier this week, we emailed you", and news's "in an update to a data breach".
 */
const EN_GENERIC_REF =
  /\b(?:as (?:we )?(?:previously|earlier) (?:reported|announced|disclosed|notified|stated)|we (?:previously|recently) (?:reported|announced|disclosed|notified|informed|alerted)|(?:update|follow[- ]up|supplement) to (?:our|the) (?:prior |previous |earlier )?(?:notice|letter|announcement|notification)|our (?:prior|previous|earlier|initial|original|last) (?:notice|letter|announcement|notification|bulletin|statement|(?:blog )?post|update)|since (?:our|the) (?:last|previous|prior) update|(?:the|this) previously (?:announced|reported|disclosed) (?:incident|event|breach|matter)|(?:we|I) (?:wrote to|notified|informed|contacted|alerted) you (?:on|in|about|of|regarding)|(?:provid|shar|giv)(?:e|ing)(?: you)?(?: with)? (?:additional|new|further|updated) information (?:about|regarding|on|concerning) (?:the|this|our) (?:incident|event|matter|breach)|(?:first|initially) (?:announced|disclosed) (?:the|this|on|in)|(?:writing to (?:provide|give|share)(?: you)?(?: with)?|this is|here is|(?:we are|we're|i am) (?:providing|giving|sharing)(?: you)?(?: with)?) (?:a|another|our) further update|(?:earlier this (?:week|month)|last (?:week|month)),? (?:i|we) (?:emailed|wrote to|contacted|notified|informed|told|updated) you|in an update (?:to|on) (?:a|the|its|their) (?:data |security )?(?:breach|incident|attack|hack))\b/i;
const EN_DATED_REF = new RegExp(
  String.raw`\b(?:(?:notice|letter|announcement|notification|update)s? (?:dated|of|on|sent on|issued on|posted on|published on)|(?:announced|disclosed|reported|posted|published|issued)(?: [a-z]+){0,3}? on) (${MONTHS})\.? (\d{1,2})(?:st|nd|rd|th)?(?:,? (\d{4}))?`,
  'gi',
);
/**
 * A report named by its date (「2024年5月9日付当社リリースの続報」「5月9日付『…』の続報」
 * 「5月9日付のお知らせのとおり」): a date with 付 and, in the same sentence, a word for a release.
 */
const JA_DATED_NOUN =
  /(?:(令和|平成|昭和)(\d{1,2}|元)年|(\d{4})年)?(\d{1,2})月(\d{1,2})日付け?(?:で|の)?[^。\n]{0,60}?(?:リリース|お知らせ|公表|発表|開示|ご報告|続報|掲載)/g;
/**
 * An earlier report's date as an aside inside a sentence (「…が漏えいした件(2023年10月18日公表)について」
 * 「(5月9日発表)の続報」): a parenthesis of a date and a word for publishing, then the sentence goes
 * on. A title line's own date in parentheses, with nothing after it, is that page's date, not this.
 */
const JA_DATED_ASIDE =
  /[(（]\s*(?:(令和|平成|昭和)\s?(\d{1,2}|元)\s?年\s?|(\d{4})\s?年\s?)?(\d{1,2})\s?月\s?(\d{1,2})\s?日(?:\([^)]{1,3}\))?\s*(?:付け?)?\s*(?:公表|発表|掲載|お知らせ|公開|開示)(?:済み?|分)?(?:[/／、][^)）\n]{0,24})?[)）](?=について|に関し|に係る|の件|の続報|のとおり|の通り|以降|で|にて|において)/g;

/**
 * "On May 9, 2024, Sample Clinic posted a notice …", "On May 9, we announced …", "On May 9, we
 * alerted customers to …" (telling the customers is the report: "notified the FBI" is not one);
 * the subject may carry its short name ("Sample plc (“Sample”) announced").
 */
const EN_ANNOUNCER = String.raw`,? (?:we|[A-Z][\w&'.-]*(?: [A-Z][\w&'.-]*){0,5})(?: \([^)]{1,30}\))? (?:publicly )?(?:(?:announced|disclosed|posted|published|issued|reported)\b(?! (?:to|the incident to|this to) )|(?:alerted|notified|informed) (?:you|our (?:customers|users|members|community)|customers|users|members)\b)`;
const EN_DATED_BEFORE = new RegExp(
  String.raw`\bon (${MONTHS})\.? (\d{1,2})(?:st|nd|rd|th)?(?:,? (\d{4}))?${EN_ANNOUNCER}`,
  'gi',
);
/** The same with the day first, as British and Australian notices write it: "On 3 April 2023, we announced". */
const EN_DAY_FIRST_BEFORE = new RegExp(
  String.raw`\bon (\d{1,2})(?:st|nd|rd|th)? (${MONTHS})(?:,? (\d{4}))?${EN_ANNOUNCER}`,
  'gi',
);
/** "our May 9 notice", "the January 4th security notice", "our March 3, 2024 letter" */
const EN_DATED_NOUN = new RegExp(
  String.raw`\b(?:our|the) (${MONTHS})\.? (\d{1,2})(?:st|nd|rd|th)?(?:,? (\d{4}))?,? (?:security |privacy |data |incident )?(?:notice|announcement|notification|letter|alert|bulletin|post|e-?mail|statement)\b`,
  'gi',
);
/** "Our initial post was published May 9, 2024", "the notice was posted on May 9" */
const EN_DATED_WAS = new RegExp(
  String.raw`\b(?:notice|letter|announcement|notification|bulletin|post|update|statement) was (?:first )?(?:published|posted|issued|sent|released)(?: on)? (${MONTHS})\.? (\d{1,2})(?:st|nd|rd|th)?(?:,? (\d{4}))?`,
  'gi',
);

/**
 * What a notice says about earlier reports: the dates it says they were published on, and whether
 * it refers to one at all.
 *
 * @example earlierReportRefs('令和6年5月9日付けで公表いたしました件について') // => { dates: [{ y: 2024, m: 5, d: 9 }], phrase: '…' }
 */
export function earlierReportRefs(text: string): { dates: ReportDate[]; phrase: string | null } {
  // A notice's head is read twice as it is prepared (its report view's refersBack, its continuation
  // evidence), the same text when it is under 4,000 characters: the last text's answer is kept.
  // Its callers only read it.
  if (text === lastRefs[0]) return lastRefs[1];
  const refs = readEarlierReportRefs(text);
  lastRefs = [text, refs];
  return refs;
}
let lastRefs: [string | null, { dates: ReportDate[]; phrase: string | null }] = [
  null,
  { dates: [], phrase: null },
];

function readEarlierReportRefs(text: string): { dates: ReportDate[]; phrase: string | null } {
  const dates: ReportDate[] = [];
  let phrase: string | null = null;
  for (const re of [JA_DATED_REF, JA_DATED_NOUN, JA_DATED_ASIDE])
    for (const m of text.matchAll(re)) {
      if (TO_AUTHORITY.test(m[0]) || toPersons(text, m.index, m[0])) continue;
      const y = m[1] ? ERA[m[1]]! + (m[2] === '元' ? 1 : Number(m[2])) : m[3] ? Number(m[3]) : null;
      const [mo, d] = [Number(m[4]), Number(m[5])];
      if (!dates.some((x) => x.m === mo && x.d === d && x.y === y)) dates.push({ y, m: mo, d });
      phrase ??= m[0];
    }
  // Dates further from their verb (a quoted title or a second date between) count as dates only:
  // they join when they match a stored report's date, never as a reference phrase on their own.
  // …and so does a news article's lead (「Xは2024年5月9日、…と明らかにしました」: report-refs-news.ts).
  for (const d of [...announcedDates(text), ...newsLeadDates(text)])
    if (!dates.some((x) => x.m === d.m && x.d === d.d && (x.y === d.y || x.y === null))) dates.push(d);
  for (const re of [EN_DATED_REF, EN_DATED_BEFORE, EN_DATED_WAS, EN_DATED_NOUN])
    for (const m of text.matchAll(re)) {
      if (ownDateline(text, m.index, m[0].length)) continue;
      const month = MONTHS.split('|').indexOf(m[1]!.toLowerCase()) + 1;
      dates.push({ y: m[3] ? Number(m[3]) : null, m: month, d: Number(m[2]) });
      phrase ??= m[0];
    }
  for (const m of text.matchAll(EN_DAY_FIRST_BEFORE)) {
    const month = MONTHS.split('|').indexOf(m[2]!.toLowerCase()) + 1;
    dates.push({ y: m[3] ? Number(m[3]) : null, m: month, d: Number(m[1]) });
    phrase ??= m[0];
  }
  phrase ??= JA_GENERIC_REF.exec(text)?.[0] ?? EN_GENERIC_REF.exec(text)?.[0] ?? referredBack(text);
  return { dates, phrase };
}

/**
 * A page's own dateline ("Published on July 22, 2024", "Posted on May 9, 2024 10:00 AM"): the match
 * is a line of its own (nothing before it, at most a time after it), the page's date, not a
 * reference to an earlier report.
 */
function ownDateline(text: string, at: number, length: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = text.indexOf('\n', at + length);
  const before = text.slice(lineStart, at);
  const after = text.slice(at + length, lineEnd < 0 ? undefined : lineEnd);
  return (
    /^\s*(?:published|posted|issued)\b/i.test(text.slice(at, at + length)) &&
    before.trim() === '' &&
    /^\s*(?:(?:at\s+)?\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?\s*$/i.test(after)
  );
}

/** A company name: 株式会社X, X株式会社, (株)X, X Inc. (what follows 子会社である …). */
const GROUP_COMPANY = new RegExp(
  String.raw`(?:(?:連結)?子会社|グループ会社|関係会社|親会社|(?:当社|弊社)グループ)(?:である|の|、|\s)*` +
    String.raw`((?:株式会社|有限会社|\(株\))[^\s、。「」『』()]{1,24}?(?=が|は|に|の|で|と|より|から|において|における|、|。|\s|\()|[^\s、。「」『』()]{1,24}?(?:株式会社|有限会社))`,
  'g',
);
const EN_SUBSIDIARY =
  /\bsubsidiary,?\s+((?:[A-Z][\w&'.-]*\s){0,5}(?:Inc|LLC|Ltd|Corporation|Corp|Company|Co)\.?)/g;

/**
 * Group companies a notice names as its own (「当社の連結子会社である株式会社サンプル物流」, "our
 * subsidiary, Sample Freight LLC"): a parent's report of its subsidiary's incident continues the
 * subsidiary's reports, though published by another organisation on another site.
 *
 * @example groupCompanies('当社の子会社である株式会社サンプル物流において') // => ['株式会社サンプル物流']
 */
export function groupCompanies(text: string): string[] {
  const head = text.slice(0, 3000);
  const out = new Set<string>();
  for (const m of head.matchAll(GROUP_COMPANY)) out.add(m[1]!);
  for (const m of head.matchAll(EN_SUBSIDIARY)) out.add(m[1]!.trim());
  return [...out];
}

/**
 * A title that names itself a later report: 続報, 第2報, 最終報, 追加情報, 調査結果, "Update", "Follow-up",
 * and the English 調査結果: a review, analysis or investigation completed, its results or findings.
 */
export const LATER_REPORT_TITLE =
  /続報|第\s*[二三四五六七八九十2-9]\s*報|最終報|追加(?:の)?(?:ご)?(?:報告|情報)|調査結果|[【(［[]更新[】)］\]]|(?:^|\b)(?:update|follow[- ]up|supplemental notice)\b|\bupdating (?:our|you|all|the)\b|\b(?:complete[sd]?|conclude[sd]?|finishe[sd]|results of|findings (?:of|from))\s+(?:its\s+|the\s+|our\s+|an?\s+)?(?:[\w-]+\s+){0,3}?(?:analysis|review|investigation|inquiry)\b/i;

/**
 * A notice whose opening calls it an update though its headline does not (a page's dated update
 * entries under one unchanged title, "Update Tuesday 13 July", "Update as of December 22, 2022",
 * "Update 01/06/2023", "UPDATE:"; or a first sentence "This is an update to …"): the heading line
 * among the first lines, or the text's first words. Page metadata ("Updated: …", "Last updated")
 * is the page's edit date, not a report stage, and does not count.
 *
 * @example openingNamesUpdate('Sample Corp security incident\n\nUpdate Friday 9 July\n\nWe …') // => 'Update Friday 9 July'
 */
export function openingNamesUpdate(text: string): string | null {
  let seen = 0;
  for (const raw of text.split('\n', 30)) {
    const line = raw.replace(/^[\s#•*\-–—>]+/, '').trim();
    // The notice's address, when it heads the text, is no line of it.
    if (!line || /^https?:\/\/\S*$/.test(line)) continue;
    if (++seen > 12) break;
    if (line.length <= 60 && UPDATE_HEADING.test(line)) return line;
    const addendum = JA_ADDENDUM.exec(line);
    if (addendum) return addendum[0];
    const first = seen === 1 ? /^this is an update (?:to|on|regarding|about)\b/i.exec(line) : null;
    if (first) return first[0];
  }
  return null;
}
/**
 * A dated addendum heading a Japanese page (「2024年2月14日追記:」「【5/20追記】」「(追記)」): the
 * first report's page carrying later findings. A bare 「…更新」 is left out: pages print their edit date
 * so (「2024年5月9日更新」), as English pages print "Updated:".
 */
const JA_ADDENDUM =
  /^[【[(<※]?\s*(?:(?:(?:(?:令和|平成)\s?(?:\d{1,2}|元)\s?年|\d{4}\s?年)\s?)?\d{1,2}\s?月\s?\d{1,2}\s?日|(?:\d{4}\/)?\d{1,2}\/\d{1,2})(?:\s?\([^)]{1,3}\))?\s?(?:追記|追加情報)|^[【[(<]\s*(?:追記|追加情報)\s*[】\])>]/;
const WEEKDAY = '(?:mon|tues|wednes|thurs|fri|satur|sun)day';
/** "Update", then a weekday, a date or a colon; nothing else on the line but the date. */
const UPDATE_HEADING = new RegExp(
  String.raw`^update(?:\s+\d+)?(?:\s+(?:as of|on|from))?\s*(?::\s*|,?\s*${WEEKDAY}\b|\s+(?:${MONTHS})\b|\s+\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{1,4})?\b|\s+\d{1,2}(?:st|nd|rd|th)?\s+(?:${MONTHS})\b)[^.!?]*$`,
  'i',
);

/** Days between two ISO dates. */
export function daysBetween(a: string, b: string): number {
  return Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
}

/** Whether a referenced report date is a published date (a year not given matches any). */
export function sameReportDate(ref: ReportDate, iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number);
  return ref.m === m && ref.d === d && (ref.y === null || ref.y === y);
}

/**
 * A notice's references without the days of its own incident (its start, its detection, its end):
 * "the incident occurred on July 21, when someone claimed to have posted …" dates the breach, not a
 * report of it; and a phrase dated only by such days refers to no report.
 *
 * @example reportRefsBeside({ dates: [{ y: 2024, m: 2, d: 10 }], phrase: 'on February 10, 2024, …' }, { incidentStart: '2024-02-10', detected: null }) // => { dates: [], phrase: null }
 */
export function reportRefsBeside(
  refs: { dates: readonly ReportDate[]; phrase: string | null },
  facts: { incidentStart: string | null; detected: string | null; incidentEnd?: string | null },
): { dates: ReportDate[]; phrase: string | null } {
  const own = [facts.incidentStart, facts.detected, facts.incidentEnd ?? null];
  const dates = refs.dates.filter((d) => !own.some((o) => o !== null && sameReportDate(d, o)));
  return { dates, phrase: refs.dates.length > 0 && dates.length === 0 ? null : refs.phrase };
}

/** Whether a referenced report date lies within `days` of a published date (a year not given takes its year). */
export function nearReportDate(ref: ReportDate, iso: string, days: number): boolean {
  const [y, m, d] = iso.split('-').map(Number);
  const at = Date.UTC(ref.y ?? y!, ref.m - 1, ref.d);
  return Math.abs(at - Date.UTC(y!, m! - 1, d!)) <= days * 86_400_000;
}

/**
 * Whether a page says it was revised on `iso` (its published date) among its first 2,000 characters:
 * an addendum dated so (「2024年7月13日追記」), or that day's 「更新」 with the page saying what it
 * changed (「…を更新しました」「更新履歴」), or "updated on July 13, 2024". That date is then a
 * revision's, and the page's first version came out earlier: a later report that refers to an
 * earlier day may refer to that first version. A page's edit date alone (「更新日:…」「…日更新」
 * over every municipal page) is no revision.
 *
 * @example revisedOn('お知らせ\n2024年7月13日 更新 対象者数を更新しました。', '2024-07-13') // => true
 */
export function revisedOn(text: string, iso: string): boolean {
  const head = text.slice(0, 2000);
  const added = head.includes('追記');
  const updated = REVISION_SAID.test(head);
  if (!added && !updated && !/updated on/i.test(head)) return false;
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const mm = `0?${m}`;
  const dd = `0?${d}`;
  const month = MONTHS.split('|')[m - 1]!;
  const date = `(?:${y}\\s?年\\s?${mm}\\s?月\\s?${dd}\\s?日|${y}[/.]${mm}[/.]${dd}|${month}\\.? ${dd},? ${y}|${dd} ${month},? ${y})`;
  const ja = added && updated ? '(?:追記|更新)' : added ? '追記' : updated ? '更新(?!日)' : null;
  const re = new RegExp(
    `${ja ? `${date}(?:\\s?\\([^)]{1,3}\\))?\\s?${ja}|` : ''}(?:updated|revised) on ${date}`,
    'i',
  );
  return re.test(head);
}
/** A page saying what it changed: 「…を更新しました」「更新いたしました」「過去の更新履歴」. */
const REVISION_SAID = /(?:更新|修正)(?:いた|致)?しました|更新履歴/;
