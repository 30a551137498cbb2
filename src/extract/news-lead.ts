import { factOf as fact } from './fact.js';
import { NOT_ORG_JA } from './org-host.js';
import type { Segment } from './segment.js';
import type { Fact } from './types.js';

/**
 * A news report's lead: 「X社は4月3日、…と発表した。」. The topic of the sentence whose predicate is
 * 発表した / 公表した / 明らかにした is the body that announced the incident, and a date right after
 * the topic is the day it announced it. News reposts of notices open this way; a notice in its own
 * words never does (it says 当社/本市, which is no name).
 */

// A name: kanji, katakana, Latin letters, digits and kana that are no particle (つるぎ町, さいたま市),
// a space inside (「財団法人X会 Y病院」).
const NAME = String.raw`[\p{Script=Han}\p{Script=Katakana}ぁ-ゖー・A-Za-z0-9&.\-\s]{2,40}?`;
const PARTICLE = /[のがをにでとはもへや]/u;
// 「(本社・東京都)」「(東京都港区)」: a bracket after the name says where it sits.
const SEAT = String.raw`(?:\s?[((][^()()]{1,40}[))])?`;
// The day, as news writes it after the topic: 「4月3日、」「2031年4月3日、」「3日夜、」「19日(火)、」.
const DAY_WORDS = String.raw`(?:(?:19|20)\d{2}\s?年\s?)?(?:\d{1,2}\s?月\s?)?\d{1,2}\s?日`;
const DAY_TAIL = String.raw`(?:\s?[((][^))]{1,3}[))])?(?:午前|午後|朝|夜|夕方|深夜|までに|に)?`;
const DAY = `(${DAY_WORDS})${DAY_TAIL}`;
const LEAD = new RegExp(
  String.raw`^(?:[^。は「」]{0,40}?、|[^。は、「」]{1,30}?(?:傘下|子会社|グループ会社|関連会社|系列|大手)の|[^。は]{1,40}?を(?:運営|展開|経営|販売|製造|提供|手がけ|手掛け)(?:する|る))?\s?(${NAME})${SEAT}\s?(?:は|が(?=\s?${DAY_WORDS}${DAY_TAIL}\s?、))\s?、?\s?(?:${DAY}\s?、)?`,
  'u',
);
// The sentence's own predicate: 「…と発表した。」「…を公表しました。」「…と発表し、謝罪した。」.
const ANNOUNCED =
  /(?:と|を)(?:発表|公表|明らかに|謝罪|陳謝)し(?:た|ました|ています)?(?:[。、]|$)|(?:状況|経緯|概要|詳細|被害|調査結果|経過)を公開し(?:た|ました)(?:[。、]|$)/u;
// 「…の被害状況を公開した」: an account of the incident made public is announced too.
// (「X傘下の」「…を運営する」「…を販売する」: what the article says the body is stands before its name; が for は
// only with the day after it, 「X病院が12日、」.)
// The police or a ministry announces an arrest or a survey, not its own incident; 「市教委」「県警」 is
// the short form news uses for a body it named before.
const NOT_ISSUER =
  /(?:警|警察|警察署|警察本部|省|(?<![都道府県])庁)$|^(?:市|県|町|村|区|府|都|道)(?:教委|教育委員会|当局|役所|役場|議会|警)/u;
// A prefecture before a city, town or village (「長崎県見本市」): the city's name is the rest.
const PREFECTURE_HEAD = /^(?:北海道|東京都|[\p{Script=Han}]{1,3}?[県府])(?=[^\s]{1,8}(?:市|町|村|区)$)/u;

// 「同社」「同病院」: the body the article named before; a headline's first word before 、 names it.
const SAME_BODY = /^同(?:社|大学?|病院|院|市|町|村|区|県|校|法人|協会|機構|財団|組合|グループ)$/u;
const HEADLINE_SUBJECT = /^([\p{Script=Han}\p{Script=Katakana}A-Za-z0-9ー・&.-]{2,20})、/u;

export interface NewsLead {
  /** The announcing body, as the lead names it. */
  name: string;
  /** The day written right after the topic (「4月3日」), as written; null when none. */
  day: string | null;
  /** Offset of `day` in the segment's text. */
  dayAt: number;
  seg: Segment;
}

/**
 * The lead of a news report among the first sentences of a text (the title's segments skipped).
 *
 * @example newsLead(splitSentences('見本電機は4月3日、顧客情報が流出したと発表した。'))?.name // → '見本電機'
 */
export function newsLead(
  segments: Segment[],
  skip?: { start: number; end: number; text?: string } | null,
): NewsLead | null {
  let seen = 0;
  for (const seg of segments) {
    if (seen >= 5) break;
    if (skip && seg.start >= skip.start && seg.end <= skip.end) continue;
    seen++;
    if (!ANNOUNCED.test(seg.text)) continue;
    // A headline without a full stop runs into the lead in one segment: the lead starts a line.
    for (let from = 0; from >= 0; ) {
      const lead = leadOf(from === 0 ? seg.text : seg.text.slice(from), skip?.text ?? '');
      if (lead) return { ...lead, dayAt: lead.dayAt >= 0 ? lead.dayAt + from : -1, seg };
      const nl = seg.text.indexOf('\n', from);
      from = nl < 0 ? -1 : nl + 1;
    }
  }
  return null;
}

// 「群馬県の見本市民病院は」「十勝地方の見本町は」: where the body is stands before its name.
const PLACE_OF =
  /^(?:[\p{Script=Han}]{1,5}(?:県|都|府|道|市|区|町|村)|[\p{Script=Han}]{1,6}地方)の(?=[\p{Script=Han}\p{Script=Katakana}A-Za-z0-9ー・&.\-\s]{2,}$)/u;

/** The announcing body and its day in a sentence that opens a news report, or null. */
function leadOf(text: string, headline: string): Omit<NewsLead, 'seg'> | null {
  const m = LEAD.exec(text);
  if (!m) return null;
  const raw = m[1]!.trim().replace(PLACE_OF, '');
  if (PARTICLE.test(raw.replace(/[\p{Script=Han}\p{Script=Katakana}A-Za-z0-9ー・&.\-\s]/gu, ''))) return null;
  // 「同社は4月3日、…と発表した」 under the headline 「X電機、顧客情報流出か」: the headline names it.
  const back = SAME_BODY.test(raw) ? HEADLINE_SUBJECT.exec(headline)?.[1] : undefined;
  const named = back ?? raw;
  if (NOT_ORG_JA.test(named) || NOT_ISSUER.test(named) || /^\d/.test(named)) return null;
  // The predicate belongs to this sentence's topic, not to a quoted or embedded clause.
  const rest = text.slice(m[0].length);
  const verb = ANNOUNCED.exec(rest);
  if (!verb || rest.slice(0, verb.index).includes('」は')) return null;
  const name = named.replace(PREFECTURE_HEAD, '');
  const day = m[2] ?? null;
  return { name, day, dayAt: day ? m[0].lastIndexOf(day) : -1 };
}

// 「見本市によりますと、」「紀の川市によると、」: news attributes what follows to its source. The name
// may hold one の between kanji (紀の川市); it ends in a body's word.
const SOURCE =
  /^([\p{Script=Han}\p{Script=Katakana}A-Za-z0-9ー・&]{2,20}?|[\p{Script=Han}]{1,4}の[\p{Script=Han}]{1,4}(?:市|町|村))(?:によりますと|によると|によれば)[、,]?/u;
const SOURCE_BODY =
  /(?:市|町|村|区|県|都|府|道|病院|大学|学校|高校|委員会|センター|協会|機構|組合|銀行|法人)$/u;

/**
 * The body a news report attributes its account to in its first sentences (「見本市によりますと、…」),
 * or null: the announcing body when no lead says 「Xは…と発表した」.
 *
 * @example newsSource(splitSentences('小学校でUSBメモリを紛失。見本市によりますと、教諭が…。'))?.name // → '見本市'
 */
export function newsSource(
  segments: Segment[],
  skip?: { start: number; end: number } | null,
): { name: string; seg: Segment } | null {
  let seen = 0;
  for (const seg of segments) {
    if (seen >= 6) break;
    if (skip && seg.start >= skip.start && seg.end <= skip.end) continue;
    seen++;
    if (!/によ(?:りますと|ると|れば)/.test(seg.text)) continue;
    const m = SOURCE.exec(seg.text.trimStart());
    if (!m) continue;
    const name = m[1]!.replace(PREFECTURE_HEAD, '');
    if (name.length < 3 || !SOURCE_BODY.test(name) || SAME_BODY.test(name)) continue;
    if (NOT_ORG_JA.test(name) || NOT_ISSUER.test(name)) continue;
    return { name, seg };
  }
  return null;
}

// 「見本工科大(見本市)が管理する…」「見本電機(本社・東京都)は」: news writes where a body sits in a
// bracket right after its name, so a name with a seat bracket before が/は is the body the report is
// about (an abbreviated 「…大」 included, which no organisation word ends).
const SEATED =
  /(?:^|[、。\s])([\p{Script=Han}\p{Script=Katakana}ー・A-Za-z0-9&]{2,20})[((](?:本社[・:]?)?[\p{Script=Han}]{1,8}(?:都|道|府|県|市|区|町|村)[))](?:は|が)/u;

/** The body a news report's opening sentences name with its seat (「X(高知市)が」), or null. */
export function seatedBody(segments: Segment[]): { name: string; seg: Segment } | null {
  for (const seg of segments.slice(0, 5)) {
    const m = SEATED.exec(seg.text);
    if (!m) continue;
    const name = m[1]!;
    if (PARTICLE.test(name.slice(-1)) || NOT_ISSUER.test(name) || NOT_ORG_JA.test(name)) continue;
    return { name, seg };
  }
  return null;
}

// 「見本県見本市の見本記念病院で、」: a place followed by の and a named body is where the body is;
// the head noun after の is the body the report is about.
const BODY_HEAD =
  /^の([\p{Script=Han}\p{Script=Katakana}ー・A-Za-z0-9&]{1,20}?(?:病院|医院|クリニック|診療所|大学|高等学校|高校|中学校|小学校|学校|学園|幼稚園|保育園|保育所|こども園|センター|会社|銀行|協会|組合|薬局|ホテル|施設))(?![\p{Script=Han}\p{Script=Katakana}])/u;
const PLACE_ONLY = /(?:都|道|府|県|市|区|町|村)$/u;

const SUBJECT_PARTICLES = ['は', 'が', 'では', 'によると', 'によりますと'];
const HAN = /\p{Script=Han}/u;

/** The whole character (a surrogate pair too) before index `i`, or '' at the start. */
function charBefore(text: string, i: number): string {
  if (i === 0) return '';
  const low = text.charCodeAt(i - 1);
  return low >= 0xdc00 && low <= 0xdfff && i >= 2 ? text.slice(i - 2, i) : text[i - 1]!;
}

/**
 * Whether `text` makes the place a subject: the place, or its last character alone where no kanji
 * stands before it (「市は」「市によると」), followed by a subject particle. String searches only: a
 * pattern built from the place would be compiled anew for every notice.
 */
function placeIsSubject(text: string, place: string): boolean {
  const short = place.slice(-1);
  for (const p of SUBJECT_PARTICLES) {
    if (text.includes(place + p)) return true;
    for (let i = text.indexOf(short + p); i >= 0; i = text.indexOf(short + p, i + 1))
      if (!HAN.test(charBefore(text, i))) return true;
  }
  return false;
}

/**
 * A place answered where the report names a body after it (「…市の見本病院で」) and never makes the
 * place a subject (「…市は」「市によると」): the body.
 */
export function headAfterPlace(f: Fact<string>, segments: Segment[]): Fact<string> {
  if (!PLACE_ONLY.test(f.value)) return f;
  const opening = segments.slice(0, 6);
  if (opening.some((s) => placeIsSubject(s.text, f.value))) return f;
  for (const seg of opening) {
    for (let at = seg.text.indexOf(f.value); at >= 0; at = seg.text.indexOf(f.value, at + 1)) {
      const m = BODY_HEAD.exec(seg.text.slice(at + f.value.length));
      if (m) return fact(m[1]!, seg, Math.min(f.confidence, 0.6));
    }
  }
  return f;
}

/** A news report's body named with its seat (「X大(X市)が」): the last resort. */
export function seatedJa(segments: Segment[]): Fact<string> | null {
  const s = seatedBody(segments);
  return s ? fact(s.name, s.seg, 0.45) : null;
}
