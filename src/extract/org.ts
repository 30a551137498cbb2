import { factOf as fact } from './fact.js';
import { headAfterPlace, newsLead, newsSource, seatedJa } from './news-lead.js';
import { organizationEn } from './org-en-letter.js';
import { HOST_SUFFIX, hostBody, kanaTitleTown, NOT_ORG_JA, PREFECTURE, topNameOfKind } from './org-host.js';
import { senderTitleJa, withoutSecurityCodes } from './org-ja-news.js';
import { COMPANY_FORM, JA_LEGAL, JA_SUFFIX } from './org-legal.js';
import { firstOfList } from './org-list.js';
import { placeOfAddress } from './org-romaji.js';
import { referredKind, selfFit, selfKind, speakerJa } from './org-self.js';
import { FIRST_PERSON, nameLabels, siteNameOf } from './org-site.js';
import { BARE_DEPARTMENT, deskOf, openingOf, unitAt, withBody, withDesk } from './org-unit.js';
import { vendorsNamed } from './org-vendor.js';
import type { Segment } from './segment.js';
import type { NoticeStructure } from './structure.js';
import type { Fact } from './types.js';

/**
 * The organisation that issued a notice, as written in it. Tried in order of reliability:
 * a letterhead/signature line holding only an organisation name (ネットオフ株式会社, 株式会社…),
 * an English defined term ("Roy's Holdings, Inc. (“Roy's”)"), 「X株式会社が運営する」, a blog repost's
 * title (【…】ORG title), English "At X, we" / "X is writing" / "X learned/discovered", and finally
 * the most frequent name ending in an organisation word (…市, …病院, …大学, …協会).
 */

const JA_NAME = String.raw`[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー・A-Za-z0-9&\-.]{1,30}?`;
const LEGAL_HINT = new RegExp(JA_LEGAL);
const SIGNATURE_LINE = new RegExp(
  String.raw`^(?:(?:${JA_LEGAL})\s?${JA_NAME}|${JA_NAME}\s?(?:${JA_LEGAL}))(?:\s+(?:お客様[^\s]{0,12}|代表取締役.*|[^\s]{0,12}窓口|[^\s]{0,10}部|[^\s]{0,10}課))?$`,
  'u',
);
// 「株式会社X(大阪市北区)が」: a bracket after a company's name that says where it sits (not 「(以下「X」)」).
const SEAT_AFTER = String.raw`[((](?!以下)[^()()「」『』。]{1,20}[))]`;
const SEAT_AT_START = new RegExp(`^${SEAT_AFTER}`, 'u');
const LEGAL_ANY = new RegExp(
  String.raw`(?:${JA_LEGAL})\s?${JA_NAME}(?=(?:${SEAT_AFTER})?(?:が|は|の|に|で|より|から|では|\s|、|$))|[\p{Script=Han}\p{Script=Katakana}ー・A-Za-z0-9&\-]{1,20}(?:${JA_LEGAL})`,
  'u',
);
const OPERATES = new RegExp(
  String.raw`((?:${JA_LEGAL})?[\p{Script=Han}\p{Script=Katakana}ー・A-Za-z0-9&\-]{1,25}(?:${JA_LEGAL})?)(?:が|の)(?:運営|提供|管理)する`,
  'u',
);
const FACILITY = /(?:病院|医院|クリニック|診療所|センター|学校|学園|大学)$/;
const CLOSING = /^\s*以\s?上\s*$/u;
const SEPARATOR = /^\s*(?:[-=_―ー─━*]\s?){5,}$/u;
const SIGN_OFF = new RegExp(`(?:${JA_SUFFIX}|事務局|事務所|準備会|委員会|${JA_LEGAL})$`, 'u');
const COMPANY_OPENS = /^([\p{Script=Han}\p{Script=Katakana}ー・A-Za-z0-9&]{2,20}社)(?:が|は|では)/u;
const NOT_A_COMPANY = /(?:会社|他社|御社|各社|貴社|支社|本社|神社|商社)$/;
// The greeting's 「へのご高配」「をご愛顧」 is addressed to the body that writes; a name that ends in an
// organisation word (not a service's name) is taken.
const GREETING =
  /(?:平素|日頃|いつも)(?:より|は|から)、?([\p{Script=Han}\p{Script=Katakana}ー・A-Za-z0-9&]{2,30})(?:へのご高配|にご高配|へのご愛顧|をご愛顧|へのご支援|の活動をご理解)/u;
const BARE_LEGAL = new RegExp(`^(?:${JA_LEGAL})$`, 'u');
// 「専門学校 X」「病院 X」: a facility line that puts its kind first.
const FACILITY_FIRST =
  /^(?:専門学校|専修学校|高等学校|中学校|小学校|幼稚園|保育園|こども園|病院|クリニック)\s?[^\s、。]{2,20}$/u;
const FACILITY_AFTER =
  /^\s([\p{Script=Han}\p{Script=Katakana}ー]{1,15}(?:病院|医院|クリニック|診療所|センター|学校|学園))/u;
const JOINT_BEFORE = new RegExp(
  String.raw`((?:${JA_LEGAL})?[\p{Script=Han}\p{Script=Katakana}ー・A-Za-z0-9&\-]{1,25}(?:${JA_LEGAL}))(?:ならびに|並びに|及び|および|と)$`,
  'u',
);
const BLOG_TITLE = /^【[^】]{0,40}】\s?([^\s【】]{2,40})\s/;
const NEWS_TITLE_TAIL = /\s[-–—]\s([^\s\-–—]{2,20})$/;
// A news title's tail that names an organisation: ends in a suffix or holds a legal form.
const SUFFIX_OR_LEGAL = new RegExp(`(?:${JA_SUFFIX})$|${JA_LEGAL}`, 'u');
const SUFFIX_NAME = new RegExp(
  String.raw`(?<![\p{Script=Han}\p{Script=Katakana}0-9])([\p{Script=Han}\p{Script=Katakana}ー・]{2,20}?(?:${JA_SUFFIX}))(?=において|では|で、|は|が|の|に|を|と|より|から|、|。|」|』|\s|$)`,
  'gu',
);
// A title that opens with its subject: 「X大学への不正アクセス」「X労働局で発生した…」「X町職員による…」.
const TITLE_SUBJECT = new RegExp(
  String.raw`^([\p{Script=Han}\p{Script=Katakana}ー・]{2,20}?(?:${JA_SUFFIX}))(?:への|で(?:の|発生)|職員(?:に|の|が)|による)`,
  'u',
);
// What every SUFFIX_NAME match ends with: a sentence without it is not scanned (the scan tries a
// lazy name at every kanji or katakana, costly on long sentences).
const NAME_END = new RegExp(
  String.raw`(?:${JA_SUFFIX})(?=において|では|で、|は|が|の|に|を|と|より|から|、|。|\s|$)`,
);

// 「世田谷区(以下「本区」という。)」「架空健康保険組合(以下、「当組合」)」: the notice names itself; a
// press release puts its seat and head first (「X株式会社(本社:…、代表取締役:…、以下「当社」)」).
const SELF_DEFINED = new RegExp(
  String.raw`((?:${JA_LEGAL})?[\p{Script=Han}\p{Script=Katakana}ー・A-Za-z0-9&\-]{2,30}?(?:${JA_LEGAL})?)\s?[((](?:[^()()。]{0,60}?[、,]\s?)?以下[、,]?\s?[「『]?(?:本|当|弊)(?:社|市|区|町|村|県|都|府|学|院|機構|組合|協会|法人|団体|会|センター|校|館|財団|病院|グループ)[」』]?`,
  'u',
);
// 「弊社(株式会社X)」「当法人(公益財団法人X)」: the self-word glossed with the body's name.
const SELF_GLOSSED = new RegExp(
  String.raw`(?:本|当|弊)(?:社|会|法人|院|学|協会|組合|機構|財団|団体|グループ)\s?[((]((?:${JA_LEGAL})\s?[\p{Script=Han}\p{Script=Katakana}ー・A-Za-z0-9&\-]{1,30}|[\p{Script=Han}\p{Script=Katakana}ー・A-Za-z0-9&\-]{1,30}(?:${JA_LEGAL}))(?:[、,][^))]{0,40})?[))]`,
  'u',
);
// 「堺市長 竹山修身」「豊郷町長」「○○県知事」「○○病院長」: the head of the body signs for it.
const HEAD_SIGNATURE =
  /^(?:[(「][^)」]{0,12}[)」]\s?)?([\p{Script=Han}\p{Script=Katakana}ー]{1,12}?(?:市|区|町|村|県|都|府|道|病院|大学))(?:長|知事|学長|院長|病院長)(?:\s|$)/u;
// 「X労働局(局長 氏名)は、」「X市(市長 氏名)は」: a press release's lead names the issuer with its head.
const HEAD_IN_LEAD = new RegExp(
  String.raw`(?<![\p{Script=Han}\p{Script=Katakana}])((?:${JA_LEGAL})?[\p{Script=Han}\p{Script=Katakana}ー・A-Za-z0-9&\-]{2,25}?(?:${JA_LEGAL}|${JA_SUFFIX}))\s?[((](?:局長|所長|署長|市長|町長|村長|区長|知事|学長|総長|院長|病院長|理事長|会長|社長|代表取締役(?:社長)?|代表者?|校長|園長|教育長|組合長)\s?[^))]{1,16}[))]\s?(?:は|が)`,
  'u',
);
const OPEN_BRACKET = /[((][^))]{0,16}$/;
// 「…お詫びする」(見本高校 見本太郎 校長): a news report's quote, signed with the body, the speaker and
// the speaker's title.
const QUOTE_SIGNED = new RegExp(
  String.raw`[((]((?:${JA_LEGAL})?[\p{Script=Han}\p{Script=Katakana}ー・]{2,20}?(?:${JA_SUFFIX}))\s+[\p{Script=Han}\p{Script=Katakana}ー・\s]{2,10}?\s?(?:校長|学長|院長|病院長|理事長|市長|町長|村長|区長|知事|教育長|社長|会長|局長|所長|園長)[))]`,
  'u',
);
// 「見本高等学校 校長 氏名」「見本病院 院長 氏名」: a signature line with the body and its head's title.
const NAME_WITH_HEAD = new RegExp(
  String.raw`^(${JA_NAME}(?:${JA_SUFFIX}))\s+(?:校長|学長|院長|病院長|理事長|園長|所長|館長|会長|代表理事|局長|署長|センター長)(?:\s|$)`,
  'u',
);
// The head's line under a signature's name: 「代表取締役 見本太郎」「院長 氏名」.
const HEAD_LINE =
  /^\s*(?:代表取締役(?:社長)?|取締役社長|代表理事|理事長|会長|社長|院長|病院長|校長|学長|園長|所長|館長|支配人|代表者?)(?:\s|$)/u;
const ADDRESS_LINE = /〒|丁目|番地|\d+\s?番\s?\d*|\d+-\d+/u;
const SIGNED_NAME = /^[\p{Script=Han}\p{Script=Katakana}ー・A-Za-z0-9&]{2,20}$/u;
/**
 * A lead sentence with its head's name in brackets, read on across line breaks: a PDF's lines
 * wrap inside the brackets (「X労働局(局長」 / 「氏名」 / 「氏名)は、…」), and each line is a segment.
 *
 * @example headLead(sents('見本労働局(局長\n山田\n一郎)は、'), 0) // → '見本労働局(局長 山田 一郎)は、'
 */
function headLead(segments: Segment[], k: number): string {
  let text = segments[k]!.text;
  for (let j = k + 1; j < Math.min(segments.length, k + 4) && OPEN_BRACKET.test(text); j++)
    text = `${text} ${segments[j]!.text}`;
  return text;
}
// 「埼玉労働局 Press Release」「報道発表資料 2018年01月11日 教育庁」: the body a press release's
// header names, on the header line or alone on the line next to it.
const PRESS_HEADER = /報道発表|記者発表|Press\s?Release|プレスリリース/i;
const ORG_ALONE = new RegExp(String.raw`^(?:${JA_NAME}(?:${JA_SUFFIX}))$`, 'u');
// 「教育庁」「水道局見本水道事務所」 alone on a line at the head of a notice, above its first sentence:
// the body's letterhead (a 社会福祉協議会 too). A desk (…課, …係) on such a line is where to call, not who issues.
const KANA_READING = /\s?[(（][ぁ-んァ-ヶー・\s]{1,24}[)）]$/;
const LETTERHEAD = new RegExp(`^(?:${JA_NAME}(?:${JA_SUFFIX}|局|事務所|役所|役場|協議会))$`, 'u');
// 「架 空 市 記 者 発 表 資 料」: a PDF heading set with a space between its characters.
const SPACED = /^(?:\S\s){3,}\S$/u;
// 「長浜市が株式会社…に運営・管理を委託している」: whoever outsources the work issued the notice.
const OUTSOURCER = new RegExp(
  String.raw`(?<![\p{Script=Han}\p{Script=Katakana}])((?:${JA_LEGAL})?[\p{Script=Han}\p{Script=Katakana}ー・A-Za-z0-9&\-]{2,25}?(?:${JA_LEGAL}|${JA_SUFFIX}))(?:が|は|では)(?=[^。]{0,60}?(?:に|へ)[^。]{0,20}?$)`,
  'u',
);
const BESIDE_SELF =
  /(?:本|当|弊)(?:校|学|院|社|市|区|町|村|県|会|協会|法人)(?:及び|および|並びに|ならびに|と|、)$/;
const OUTSOURCES = /委託(?:して(?:いる|おり)|しており|している|した|する)/;
// A municipality's school or hospital (「江戸川区立小学校」「県立…」 aside): the municipality runs it.
const MUNICIPAL_OWNER = /(?<![\p{Script=Han}])([\p{Script=Han}]{1,6}?(?:区|市|町|村))立/u;
// 「都立」「道立」: there is one 都 and one 道, so the owner is known without its name written
// (a 府立 or 県立 school could be any of several).
const ONE_OF_A_KIND = /(?<![\p{Script=Han}])(?:東京)?(都)立|(?<![\p{Script=Han}])(?:北海)?(道)立/u;
const OWNER_OF: Record<string, string> = { 都: '東京都', 道: '北海道' };

/**
 * A 都立/道立 facility's name with its owner spelt out (the facility's full name).
 *
 * @example withOwner('都立見本高等学校') // → '東京都立見本高等学校'
 */
function withOwner(name: string): string {
  const m = /^(都|道)立/.exec(name);
  return m ? `${OWNER_OF[m[1]!]!}立${name.slice(2)}` : name;
}
// A vendor named in passing: 「株式会社X 提供」「Xが提供する「S」を活用」, a contractor, a lessor.
const VENDOR_AFTER =
  /^\s?(?:社)?\s?(?:(?:の(?:担当者?|社員|従業員|職員|方))?から(?:は)?[^。]{0,16}(?:説明|報告|連絡|通知)|提供|が提供する[^。]{0,30}(?:活用|利用|使用|導入)|\(?(?:受託|委託|再委託)|との(?:リース|契約)|の(?:委託|受託)|に(?:委託|業務委託))/;
// A company the sentence names as someone else's: 「委託している」「受託している」「契約する」「利用して
// おります」 X, 「決済サービス会社X」「委託先のX」「決済代行会社、X」 — a contractor, a vendor or a payment
// company.
const THIRD_PARTY_BEFORE =
  /(?:委託先|再委託先|受託(?:事業)?者|決済(?:代行)?(?:サービス)?会社|ベンダー|業者)(?:である|の)?[、,]?\s?$|(?:委託|受託|契約|利用|採用|導入)(?:して(?:いる|おり(?:ます)?)|しております|している|した|する)$/;
// 「警視庁に被害を届け出」「警察署に遺失届を出した」「監督官庁へ報告」: a body the notice reports to
// (the police, a ministry, the city a contractor works for) is not the one that issues it.
// (「X連盟に外部からの通報」 is a report X received.)
const REPORTED_TO =
  /^(?:[、・][^、。]{1,10})?(?:に|へ)(?:も|対し(?:て)?|対しても)?(?![^。]{0,14}?(?:から|より))[^。]{0,14}?(?:届け?(?:を)?出|相談|報告|通報|連絡|提出|申告)/;
const LEGAL_TAIL = new RegExp(`(?:${JA_LEGAL})$`, 'u');
// 「(1)受託事業者」 over a company's name: a list of the contractor's particulars, not a signature.
const CONTRACTOR_LABEL = /(?:受託|委託|再委託)(?:事業)?(?:者|先|業者|会社)(?:名)?[::]?$/;

// 「来庁の上」「登庁」「本庁」: a verb or a word for the main office that ends in 庁, not an agency.
const VISIT_WORD = /(?:来|登|退|出|在|本|当|各)庁$/;
// A name that runs into a predicate (「…機構も注意喚起を行っているウイルス」) is no name.
const RUNS_INTO_PREDICATE = /ている|ていた|ってい|ました|します|された|[をもへ](?![\p{Script=Han}]{0,2}$)/u;

/**
 * A repost's title shortens names (北海道大病院 for …大学病院): the notice's own fuller spelling of
 * the same name (same opening and ending, written in the text) when the text lacks the short one.
 *
 * @example asWritten('見本大病院', splitSentences('【事件簿】見本大病院 お知らせ\n見本大学病院の職員が…'), titleSeg) // → '見本大学病院'
 */
function asWritten(name: string, segments: Segment[], title: Segment): string {
  const body = segments.slice(0, 40).filter((seg) => seg.end <= title.start || seg.start >= title.end);
  if (name.length < 4 || body.some((seg) => seg.text.includes(name))) return name;
  const head = name.slice(0, 2);
  const tail = name.slice(-2);
  for (const seg of body) {
    SUFFIX_NAME.lastIndex = 0;
    for (let m = SUFFIX_NAME.exec(seg.text); m !== null; m = SUFFIX_NAME.exec(seg.text)) {
      const full = m[1]!;
      if (full.length > name.length && full.startsWith(head) && full.endsWith(tail)) return full;
    }
  }
  return name;
}

// The word after a repost title's first word that carries on its name: a legal form, or a name
// ending in one (「見本 ホールディングス株式会社」).
const NAME_GOES_ON = new RegExp(String.raw`^(?:[^\s]{0,20}(?:${JA_LEGAL}))$`, 'u');

/**
 * A repost title's issuer: its first word, or its first two when the name is written with a space
 * (「学校法人 見本学園」「見本 ホールディングス株式会社」).
 *
 * @example repostName(BLOG_TITLE.exec('【事件簿#1】学校法人 見本学園 お詫び')!, '【事件簿#1】学校法人 見本学園 お詫び') // → '学校法人 見本学園'
 */
function repostName(b: RegExpExecArray, text: string): string {
  const first = b[1]!;
  const next = text.slice(b.index + b[0].length).split(/\s+/)[0] ?? '';
  if (next.length < 2 || next.length > 25) return first;
  if (BARE_LEGAL.test(first)) return `${first} ${next}`;
  if (!LEGAL_HINT.test(first) && NAME_GOES_ON.test(next)) return `${first} ${next}`;
  return first;
}

const COPYRIGHT = /^\s*(?:©|\([cC]\)|copyright\b)/i;

/** Whether `index` stands inside round brackets opened earlier on the same segment. */
function inBrackets(text: string, index: number): boolean {
  const open = text.lastIndexOf('(', index);
  return open >= 0 && text.lastIndexOf(')', index) < open;
}

/**
 * The issuing organisation, or null.
 *
 * @example extractOrganization(splitLines('お知らせ\n株式会社サンプル商事\n…'), splitSentences(…), 'ja')?.value // → '株式会社サンプル商事'
 */
export function extractOrganization(
  lines: Segment[],
  segments: Segment[],
  lang: 'ja' | 'en',
  structure?: NoticeStructure,
): Fact<string> | null {
  if (lang !== 'ja') {
    const t = structure?.title;
    return organizationEn(lines, segments, t ? { text: t.text, start: t.start, end: t.end, line: 0 } : null);
  }
  // 「© 株式会社見本新聞社」: a page's copyright line names the site's owner (a newspaper reposting the
  // notice), not the body that issued it.
  const own = (seg: Segment) => !COPYRIGHT.test(seg.text);
  const f = lines.every(own)
    ? organizationJa(lines, segments, structure)
    : organizationJa(lines.filter(own), segments.filter(own), structure);
  if (!f) return null;
  const title = structure?.title ?? null;
  const body = headAfterPlace(f, segments);
  if (body !== f) return body;
  const kind = structure?.hostKind ?? selfKind(segments);
  const place = placeOfAddress(structure?.host ?? null, structure?.url ?? null);
  const full = withBody(f, segments, kind, place?.kind === kind ? place.name : undefined);
  return withDesk(full, lines, openingOf(segments, title), title?.text ?? null);
}

/** The issuer of a Japanese notice, as the rules above find it. */
function organizationJa(
  lines: Segment[],
  segments: Segment[],
  structure?: NoticeStructure,
): Fact<string> | null {
  // A news report of the incident: the body its lead says announced it (「X社は3日、…と発表した」),
  // not the news site's company, the contractor or the police the article names later.
  const lead = newsLead(withoutSecurityCodes(segments), structure?.title ?? null);
  if (lead) return fact(lead.name, lead.seg, 0.7);
  const speaker = speakerJa(segments);
  return (
    signedJa(lines, segments) ??
    (speaker && fact(speaker.name, speaker.seg, 0.7)) ??
    namedUpFrontJa(lines, segments, structure) ??
    sourceJa(segments, structure) ??
    mostNamedJa(lines, segments, structure) ??
    seatedJa(segments) ??
    senderTitleJa(lines, segments, structure)
  );
}

/** 「X市によりますと、」: the source a news report names, when no lead says X announced it. */
function sourceJa(segments: Segment[], structure?: NoticeStructure): Fact<string> | null {
  const source = newsSource(segments, structure?.title ?? null);
  return source && fact(source.name, source.seg, 0.5);
}

/**
 * The issuer as the notice signs or defines itself: a letterhead or signature line, a name under
 * the rule or 以上 that closes it, a head's title, 「(以下「当社」)」, a glossed legal name, a
 * signature block, a press-release header, a spaced letterhead, the body that outsources or runs
 * the service.
 */
function signedJa(lines: Segment[], segments: Segment[]): Fact<string> | null {
  // Letterhead or signature line: only an organisation name (maybe with a desk name after it).
  const n = lines.length;
  for (let i = 0; i < n; i++) {
    if (i > 12 && i < n - 15) continue;
    const line = lines[i]!;
    if (line.text.length > 45) continue;
    if (!LEGAL_HINT.test(line.text)) continue;
    // 「株式会社 東山堂(とうざんどう)」: a reading in kana after the name is no part of it.
    const head = line.text.replace(KANA_READING, '');
    const m = SIGNATURE_LINE.exec(head);
    if (m && !CONTRACTOR_LABEL.test(lines[i - 1]?.text ?? '')) {
      // 「公益社団法人X会 Y病院」: the facility the legal body runs is the issuer's name too.
      // 「学校法人 X学園」: a legal form set apart by a space belongs to the name after it.
      const parts = head.split(/\s+/);
      if (parts.length > 1 && BARE_LEGAL.test(parts[0]!)) parts.splice(0, 2, `${parts[0]} ${parts[1]}`);
      const facility = parts[1] && FACILITY.test(parts[1]) ? ` ${parts[1]}` : '';
      // 「学校法人X学園」 over 「専門学校 Y」: the school it runs, on the line below, is the issuer.
      const nextLine = lines[i + 1]?.text ?? '';
      const below =
        !facility && nextLine.length <= 25 && (FACILITY.test(nextLine) || FACILITY_FIRST.test(nextLine))
          ? ` ${nextLine}`
          : '';
      return fact(`${parts[0]!}${facility}${below}`, line, 0.85);
    }
  }
  // A name under a rule line (-----) that closes the notice: 「架空ファンクラブ運営事務局」; or under the
  // 「以上」 that ends a letter, where a club or society (…会) signs too.
  for (let i = Math.max(1, n - 3); i < n; i++) {
    const closing = CLOSING.test(lines[i - 1]!.text);
    if (!closing && !SEPARATOR.test(lines[i - 1]!.text)) continue;
    const text = lines[i]!.text.trim();
    if (
      text.length <= 30 &&
      !/[。::]/.test(text) &&
      (SIGN_OFF.test(text) || (closing && /.{2,}会$/u.test(text))) &&
      !NOT_ORG_JA.test(text)
    )
      return fact(text, lines[i]!, 0.8);
  }
  for (const line of lines) {
    if (line.text.length > 40 || !/長|知事/.test(line.text)) continue;
    const h = HEAD_SIGNATURE.exec(line.text) ?? NAME_WITH_HEAD.exec(line.text.trim());
    if (h && !NOT_ORG_JA.test(h[1]!)) return fact(h[1]!, line, 0.8);
  }
  for (const seg of segments.slice(0, 60)) {
    if (!/以下/.test(seg.text)) continue;
    const d = SELF_DEFINED.exec(seg.text);
    if (d && !NOT_ORG_JA.test(d[1]!)) return fact(firstOfList(seg.text, d.index, d[1]!), seg, 0.8);
  }
  for (const seg of segments.slice(0, 30)) {
    if (!/[((]/.test(seg.text) || !LEGAL_HINT.test(seg.text)) continue;
    const g = SELF_GLOSSED.exec(seg.text);
    if (g) return fact(g[1]!.trim(), seg, 0.8);
  }
  // A signature block: a short name line right above its head's line (「ミホン電機」「代表取締役 氏名」).
  for (let i = lines.length - 2; i >= 1; i--) {
    if (!HEAD_LINE.test(lines[i + 1]!.text)) continue;
    // (The seat's address may stand between: 「X株式会社」「東京都…1-2-3」「代表取締役 氏名」.)
    let j = i;
    while (j > 0 && i - j < 2 && ADDRESS_LINE.test(lines[j]!.text)) j--;
    const text = lines[j]!.text.trim();
    if (SIGNED_NAME.test(text) && !NOT_ORG_JA.test(text) && !/各位|様|御中|お客|皆/.test(text))
      return fact(text, lines[j]!, 0.6);
  }
  for (let k = 0; k < Math.min(segments.length, 30); k++) {
    const seg = segments[k]!;
    if (!/[((]/.test(seg.text) || !/長|知事|代表/.test(seg.text)) continue;
    const h = HEAD_IN_LEAD.exec(headLead(segments, k)) ?? QUOTE_SIGNED.exec(seg.text);
    if (h && !NOT_ORG_JA.test(h[1]!)) return fact(h[1]!, seg, 0.8);
  }
  for (let i = 0; i < Math.min(lines.length, 12); i++) {
    const line = lines[i]!;
    const text = SPACED.test(line.text) ? line.text.replace(/\s/g, '') : line.text;
    if (!PRESS_HEADER.test(text)) continue;
    // 「架空市記者発表資料」: the body's name runs into the header word.
    const before = text.slice(0, PRESS_HEADER.exec(text)!.index);
    const around = [before, text, lines[i - 1]?.text ?? '', lines[i + 1]?.text ?? ''];
    for (const t of around) {
      const name = t
        .split(/\s+/)
        .find((w) => w.length >= 2 && ORG_ALONE.test(w) && !PRESS_HEADER.test(w) && !NOT_ORG_JA.test(w));
      if (name) return fact(name, line, 0.75);
    }
  }
  for (let i = 0; i < Math.min(lines.length, 9); i++) {
    // 「茨 城 大 学」: a letterhead set with a space between its characters.
    const raw = lines[i]!.text.trim();
    const text = SPACED.test(raw) ? raw.replace(/\s/g, '') : raw;
    if (text.includes('。')) break;
    if (text.length <= 25 && LETTERHEAD.test(text) && !NOT_ORG_JA.test(text))
      return fact(text, lines[i]!, 0.75);
  }
  for (const seg of segments.slice(0, 30)) {
    // Look only at the stretch before 「委託している」 (the regex is bounded to it).
    const w = OUTSOURCES.exec(seg.text);
    if (!w) continue;
    const stretch = seg.text.slice(Math.max(0, w.index - 110), w.index);
    const o = OUTSOURCER.exec(stretch);
    // 「本校及び見本大学では…委託」: a body named beside the writer (本校) is another body.
    if (o && !NOT_ORG_JA.test(o[1]!) && !BESIDE_SELF.test(stretch.slice(0, o.index)))
      return fact(o[1]!, seg, 0.7);
  }
  for (const seg of segments.slice(0, 40)) {
    // (What every OPERATES match ends with.)
    if (!/[がの](?:運営|提供|管理)する/.test(seg.text)) continue;
    const m = OPERATES.exec(seg.text);
    if (!m || !LEGAL_HINT.test(m[1]!)) continue;
    if (VENDOR_AFTER.test(seg.text.slice(m.index + m[1]!.length))) continue;
    // 「X株式会社ならびにY株式会社が提供する」: the first named leads.
    const joint = JOINT_BEFORE.exec(seg.text.slice(0, m.index));
    return fact(joint ? joint[1]! : m[1]!, seg, 0.75);
  }
  return null;
}

/**
 * The issuer as the opening or the title names it: the office where it happened, the title's
 * subject, a blog or news title, the first legal name not a contractor's, a company's desk, the
 * company a 当社 notice opens with, the body its greeting thanks.
 */
function namedUpFrontJa(
  lines: Segment[],
  segments: Segment[],
  structure?: NoticeStructure,
): Fact<string> | null {
  const publicHost = isPublicHost(structure);
  // The office the title or the opening names as where it happened; a fuller form of the same
  // name in the opening (大阪市福祉局 for the title's 福祉局) wins.
  const title = structure?.title;
  // A press release's header labels (代表連絡先, 提供日, 提供時間 …) are not the opening: the first ten
  // segments that read as text are.
  const opening = openingOf(segments, title ?? null);
  let unit: { name: string; seg: Segment } | null = null;
  for (const seg of opening) {
    if (!/において|におきまして|における|にて/.test(seg.text)) continue;
    const name = unitAt(seg.text);
    if (!name) continue;
    if (!unit) unit = { name, seg };
    else if (name.length > unit.name.length && name.endsWith(unit.name)) unit = { name, seg };
  }
  if (unit && !BARE_DEPARTMENT.test(unit.name)) return fact(withOwner(unit.name), unit.seg, 0.65);
  // The title's subject (「公立甲賀病院における…」「中野区の図書館システム…」).
  if (title) {
    const tseg: Segment = { text: title.text, start: title.start, end: title.end, line: 0 };
    SUFFIX_NAME.lastIndex = 0;
    const first = SUFFIX_NAME.exec(title.text);
    const t = first && first.index <= 2 ? first : TITLE_SUBJECT.exec(title.text);
    if (t && !NOT_ORG_JA.test(t[1]!) && t[1]!.length >= 3 && t.index <= 2) {
      const name = title.repost ? asWritten(t[1]!, segments, tseg) : t[1]!;
      return fact(name, tseg, 0.7);
    }
    const kana = kanaTitleTown(title.text); // 「みほん市 …について」: a place in kana opens the title.
    if (kana) return fact(kana, tseg, 0.65);
  }
  for (const line of lines.slice(0, 6)) {
    const b = BLOG_TITLE.exec(line.text);
    if (b && !NOT_ORG_JA.test(b[1]!))
      return fact(asWritten(repostName(b, line.text), segments, line), line, 0.7);
    const t = NEWS_TITLE_TAIL.exec(line.text);
    if (t && SUFFIX_OR_LEGAL.test(t[1]!)) return fact(t[1]!, line, 0.6);
  }
  // A notice that calls itself 本市/当院/本学 … is not issued by a company it names (a contractor, the
  // vendor of a system); nor is one the text credits with a service 「(株式会社X提供)」 anywhere.
  const fit = selfFit(segments);
  const notCompany = fit !== null && !fit.test('株式会社');
  const vendors = vendorsNamed(segments);
  for (let k = 0; k < Math.min(segments.length, 60); k++) {
    const seg = segments[k]!;
    if (!LEGAL_HINT.test(seg.text)) continue;
    const m = LEGAL_ANY.exec(seg.text);
    if (m && notCompany && COMPANY_FORM.test(m[0])) continue;
    if (m && vendors.some((v) => m[0].includes(v))) continue;
    const after = m ? seg.text.slice(m.index + m[0].length).replace(SEAT_AT_START, '') : '';
    if (m && !/運営する|提供する|委託/.test(after.slice(0, 6))) {
      const prefixOk =
        !THIRD_PARTY_BEFORE.test(seg.text.slice(Math.max(0, m.index - 30), m.index)) &&
        !(m.index === 0 && CONTRACTOR_LABEL.test(segments[k - 1]?.text ?? '')) &&
        !THIRD_PARTY_BEFORE.test(m[0].replace(LEGAL_TAIL, ''));
      const vendor =
        VENDOR_AFTER.test(seg.text.slice(m.index + m[0].length)) || RUNS_INTO_PREDICATE.test(m[0]);
      // A public body's own page (city.*.lg.jp …) is not issued by a company it names.
      if (prefixOk && !vendor && !publicHost) {
        // 「公益社団法人X会 Y病院」: the facility it runs names the issuer best.
        const f = FACILITY_AFTER.exec(seg.text.slice(m.index + m[0].length));
        return fact(f ? `${m[0].trim()} ${f[1]!}` : m[0].trim(), seg, 0.55);
      }
    }
  }
  // After a company the text names (a company's 営業二課 is the company's): its desk.
  const desk = deskOf(lines, opening, title?.text ?? null);
  if (desk) return fact(desk.name, desk.seg, 0.5);
  // 「X新聞社が…開催した催しで」 opening a notice that says 当社 later: the company it names first.
  if (segments.slice(0, 40).some((x) => /当社|弊社/.test(x.text))) {
    for (const seg of segments.slice(0, 3)) {
      const c = COMPANY_OPENS.exec(seg.text);
      if (c && !NOT_ORG_JA.test(c[1]!) && !NOT_A_COMPANY.test(c[1]!)) return fact(c[1]!, seg, 0.6);
    }
  }
  // 「平素よりX会へのご高配ありがとうございます」: the greeting thanks the issuer by name.
  for (const seg of segments.slice(0, 8)) {
    if (!/平素|日頃|いつも/.test(seg.text)) continue;
    const g = GREETING.exec(seg.text);
    if (g && SIGN_OFF.test(g[1]!) && !NOT_ORG_JA.test(g[1]!)) return fact(g[1]!, seg, 0.6);
  }
  return null;
}

/** A host of a public body (not a school's): its pages are not issued by a company they name. */
function isPublicHost(structure?: NoticeStructure): boolean {
  const kind = structure?.hostKind ?? null;
  return kind !== null && kind !== 'school';
}

/**
 * The issuer by the notice's own kind and its most frequent name: the top name of the kind its
 * address or self-reference says, a municipal owner, the tally of organisation names (contractors
 * and other kinds left out), the host's body, the site's name.
 */
function mostNamedJa(
  lines: Segment[],
  segments: Segment[],
  structure?: NoticeStructure,
): Fact<string> | null {
  const kind = structure?.hostKind ?? null;
  const publicHost = isPublicHost(structure);
  let fitMemo: RegExp | null | undefined;
  const selfFitOnce = () => {
    if (fitMemo === undefined) fitMemo = selfFit(segments);
    return fitMemo;
  };
  // The notice's own address names a city, prefecture or university: its name in the text.
  // Without an address, the text's own word for itself (本県, 本市) says what kind of body it is.
  const nameKind = kind ?? selfKind(segments) ?? referredKind(segments);
  // The address spells the body (pref.hyogo.lg.jp, a repost's …-Takamatsu-city-…): that body, whatever
  // other places the text names (a contractor's seat, the towns it sent papers to).
  const place = placeOfAddress(structure?.host ?? null, structure?.url ?? null);
  if (place && (kind === null || kind === place.kind) && lines[0]) return fact(place.name, lines[0], 0.5);
  const top = nameKind ? topNameOfKind(segments, nameKind) : null;
  // A school on its university's host (本校 on *.ac.jp) is not the university.
  if (top && (!selfFitOnce() || selfFitOnce()!.test(top.name))) return fact(top.name, top.seg, 0.6);
  for (const seg of segments.slice(0, 40)) {
    if (!seg.text.includes('立')) continue;
    const mo = MUNICIPAL_OWNER.exec(seg.text);
    if (mo && !NOT_ORG_JA.test(mo[1]!)) return fact(mo[1]!, seg, 0.5);
    const one = ONE_OF_A_KIND.exec(seg.text);
    if (one) return fact(OWNER_OF[(one[1] ?? one[2])!]!, seg, 0.5);
  }
  // Most frequent name ending in an organisation word, but for one the text calls a contractor or
  // a vendor anywhere (「検診を委託している X協会が」).
  const tally = new Map<string, { n: number; seg: Segment }>();
  const others = new Set<string>();
  for (const seg of segments) {
    if (!NAME_END.test(seg.text)) continue;
    SUFFIX_NAME.lastIndex = 0;
    for (let m = SUFFIX_NAME.exec(seg.text); m !== null; m = SUFFIX_NAME.exec(seg.text)) {
      const name = m[1]!;
      if (NOT_ORG_JA.test(name) || VISIT_WORD.test(name) || name.length < 3) continue;
      if (/[県府都]$/.test(name) && !PREFECTURE.test(name)) continue;
      if (THIRD_PARTY_BEFORE.test(seg.text.slice(Math.max(0, m.index - 30), m.index))) others.add(name);
      if (REPORTED_TO.test(seg.text.slice(m.index + name.length, m.index + name.length + 30)))
        others.add(name);
      // An item of a bracketed list (「11機関(7振興センター、見本研究センター、…)」) is one of many.
      const before = seg.text[m.index - 1] ?? '';
      const after = seg.text[m.index + name.length] ?? '';
      if (/[、(]/.test(before) && /[、)]/.test(after) && inBrackets(seg.text, m.index)) continue;
      const t = tally.get(name);
      if (t) t.n++;
      else tally.set(name, { n: 1, seg });
    }
  }
  for (const name of tally.keys())
    for (const o of others) if (name.endsWith(o) || o.endsWith(name)) tally.delete(name);
  // A notice that calls itself 本院/本学/当協会 … is issued by a body of that kind: a name of
  // another kind (a committee it sent papers to, a centre it runs) is someone else.
  const self = selfFitOnce();
  if (self) for (const name of tally.keys()) if (!self.test(name)) tally.delete(name);
  let best: [string, { n: number; seg: Segment }] | null = null;
  const fits = nameKind ? HOST_SUFFIX[nameKind] : undefined;
  // A name of the kind the notice's address names (a 市 on city.*.lg.jp) first, else any.
  for (const e of tally) if (fits?.test(e[0]) && (!best || e[1].n > best[1].n)) best = e;
  if (!best) for (const e of tally) if (!best || e[1].n > best[1].n) best = e;
  if (best) return fact(best[0], best[1].seg, 0.4);
  // Nothing named in the text: a host that names its body (the one 都), quoted from the address line.
  const host = structure?.host ?? null;
  const byHost = hostBody(host);
  if (byHost && lines[0]) return fact(byHost, lines[0], 0.4);
  // Else the page's own site names its owner: the site's name in a page title, on a page that
  // speaks for itself (当社, 当団体) or whose address spells it.
  if (publicHost) return null;
  const site = siteNameOf(lines);
  if (site && !NOT_ORG_JA.test(site.name)) {
    const labels = nameLabels(host);
    const key = site.line.text.toLowerCase().replace(/[^a-z0-9]/g, '');
    const own =
      labels.some((l) => l.length >= 4 && key.includes(l)) ||
      segments.slice(0, 20).some((x) => FIRST_PERSON.test(x.text));
    if (own) return fact(site.name, site.line, 0.4);
  }
  return null;
}
