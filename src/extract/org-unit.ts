import { NOT_ORG_JA, topNameOfKind } from './org-host.js';
import type { Segment } from './segment.js';
import type { HostKind, NoticeStructure } from './structure.js';
import type { Fact } from './types.js';

/**
 * The office or desk of a public body where a Japanese notice says the incident happened: 「X市経済局
 * スポーツ課において」 opening a sentence or the title, a press release's 「提供課等: …課」, a title's
 * 「…について(X課)」.
 */

// 「X市経済局スポーツ課において、」「都立X高等学校における…」 opening a sentence or the title:
// the office where it happened, up
// to its last unit word (a 課/係/室 inside it is a desk, not the issuer). A generic 「都立高等学校」
// names no one.
const UNIT_AT =
  /([\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー・]{2,30})(?:\([^)]{0,12}\))?(?:において|におきまして|における|にて)/u;
const OPENING_ADVERB = /^(?:この(?:たび|度)|今般|今回|本日|先般|先日)[、,]\s?/;
const UNIT_WORD =
  /(?:区役所|市役所|役場|局|事務所|特別支援学校|支援学校|高等学校|高校|中学校|小学校|学校|学園|図書館|病院|医療センター|センター|大学|研究所|保健所|署|庁|博物館|美術館|公民館|保育所|保育園|幼稚園|会館|公社|協会|組合|機構)/gu;
const GENERIC_UNIT =
  /^(?:[\p{Script=Han}]{0,6}?(?:都|道|府|県|市|区|町|村|国|公)立)?(?:区役所|市役所|役場|局|事務所|特別支援学校|支援学校|高等学校|高校|中学校|小学校|学校|学園|図書館|病院|医療センター|センター|大学|研究所|保健所|署|庁|博物館|美術館|公民館|保育所|保育園|幼稚園|会館)$/u;
// 「福祉局」「環境局」 alone: a department whose city the text names elsewhere; the body's fuller
// form (大阪市福祉局) is taken when the opening has it, else the city.
// 市民局, 都市整備局: a 市 or 都 inside a department's own word names no city.
export const BARE_DEPARTMENT =
  /^(?:市民|区民|県民|都民|府民|道民|町民|村民|都市)?[^都道府県市区町村]{0,8}局$/;

// A desk (…課) that the notice names as its own, when it names no body above it: the label of a
// press release's issuing desk (提供課等: 商工労働部X課), a title's 「…について(X課)」, or a
// sentence opening 「X課において」「X課の職員が」.
const DESK_LABEL = /^(?:提供課等?|発表課|担当課|所管課|担当部署|発信元)\s?[::]\s?([^\s::]{2,30})/u;
const DESK = /^[\p{Script=Han}\p{Script=Katakana}ー・]{1,24}課$/u;
const DESK_IN_TITLE = /[((]([\p{Script=Han}\p{Script=Katakana}ー・]{1,24}課)[))]$/u;
const DESK_OPENS =
  /^(?:(?:この(?:たび|度)|今般|今回)[、,]\s?|[^、。]{0,40}?[、,]\s?)?([\p{Script=Han}\p{Script=Katakana}ー・]{1,24}課)(?:において|におきまして|における|にて|では|の職員(?:が|は))/u;
const TITLE_NAMES_BODY = /[\p{Script=Han}]{1,4}?(?:県|都|府|市|区|町|村)(?![立民内外長])/u;
const DESK_BODY = /[局署所庁院館]課$|^(?:当|本|同|各|関係|担当|所管)/;

/** The desk a notice names as its own, or null. */
export function deskOf(
  lines: Segment[],
  opening: Segment[],
  title: string | null,
  underBody = false,
): { name: string; seg: Segment } | null {
  for (const line of lines.slice(0, 12)) {
    if (!line.text.includes('課') && !line.text.includes('発信元') && !line.text.includes('部署')) continue;
    const l = DESK_LABEL.exec(line.text);
    if (l && /(?:課|局|室|部|事務所|センター)$/.test(l[1]!)) return { name: l[1]!, seg: line };
  }
  // A title that names the prefecture or city (「見本県…事業における漏洩について(X課)」) names the
  // issuer above the desk.
  if (title && !underBody && TITLE_NAMES_BODY.test(title)) return null;
  if (title) {
    const t = DESK_IN_TITLE.exec(title);
    if (t && !DESK_BODY.test(t[1]!)) return { name: t[1]!, seg: opening[0]! };
  }
  for (const seg of opening) {
    if (!seg.text.includes('課')) continue;
    const d = DESK_OPENS.exec(seg.text);
    if (d && DESK.test(d[1]!) && !DESK_BODY.test(d[1]!)) return { name: d[1]!, seg };
  }
  return null;
}

/** The office a 「…において」 names, cut after its last unit word, or null. */
export function unitAt(text: string): string | null {
  // 「このたび、府立見本高校において」: an opening adverb does not move the topic.
  const m = UNIT_AT.exec(text.replace(OPENING_ADVERB, ''));
  // Only the sentence's opening topic: an office listed further on is not the issuer.
  if (!m || m.index > 2) return null;
  // Kana in an office's name (こども局) but no particle (「本市の図書館」 is a phrase, not a name).
  const phrase = m[1]!;
  if (/[のがをにはでとへやも]/.test(phrase.replace(/こども|子ども/g, ''))) return null;
  let end = -1;
  UNIT_WORD.lastIndex = 0;
  for (let u = UNIT_WORD.exec(phrase); u !== null; u = UNIT_WORD.exec(phrase)) end = u.index + u[0].length;
  if (end < 0) return null;
  const name = phrase.slice(0, end);
  if (GENERIC_UNIT.test(name) || name.length < 3) return null;
  if (NOT_ORG_JA.test(name) && !/^(?:都|道|府|県|市|区|町|村)立/.test(name)) return null;
  return name;
}

// A unit or desk of a public body: 「福祉局」「長田福祉事務所」「地域保健課」「教育庁」「県立X高校」.
const UNIT_END =
  /(?:課|係|室|局|部|事務所|センター|保健所|署|庁|委員会|区役所|図書館|学校|高校|学園|幼稚園|保育園|保育所|公民館)$/u;
// National offices (a 労働局 and its 職業安定所, a 税務署) belong to a ministry, not to the place they
// are named after.
const NATIONAL_UNIT =
  /労働局|職業安定所|ハローワーク|労働基準監督署|法務局|財務局|運輸局|税務署|年金事務所|検察庁|裁判所|警察/u;
// A unit whose own name opens with a place (「横浜市水道局」「中央区役所」) already names its body.
const NAMES_PLACE =
  /^(?:北海道|東京都|京都府|大阪府|\p{Script=Han}{2,3}県|\p{Script=Han}{1,5}?(?:市|区|町|村))/u;
// The desk written right after the unit (「長田福祉事務所生活支援課において」).
const DESK_AFTER =
  /^([\p{Script=Han}\p{Script=Katakana}ー・]{1,20}?(?:課|係|室))(?=において|における|にて|では|の職員|が|は|で)/u;
const PUBLIC_KINDS = new Set<HostKind>(['city', 'town', 'village', 'prefecture']);

/**
 * A public body's unit or desk named without the body (福祉局, 地域保健課), with the body's name put
 * before it when the notice's address or its word for itself (本市, 本県) says what kind of body
 * issued it and the text names one such body most often: 「見本市福祉局」. Labels name the issuer at
 * different depths (the city, its bureau, the desk); the full form holds each of them. A unit whose
 * name opens with a place, a national office, or a notice whose body is unknown stays as it is.
 *
 * @example withBody(fact('地域保健課', seg, 0.5), sents('本市地域保健課において…。見本市の…'), 'city').value // → '見本市地域保健課'
 */
export function withBody(
  f: Fact<string>,
  segments: Segment[],
  kind: HostKind | null,
  addressBody?: string,
): Fact<string> {
  const value = f.value;
  if (!kind || !PUBLIC_KINDS.has(kind) || !UNIT_END.test(value) || NATIONAL_UNIT.test(value)) return f;
  if (NAMES_PLACE.test(value)) return f;
  // A city's bureau belongs to the city, not to the ward it sits in (港北区 for a 市's 水道局); a ward
  // that is a body of its own (Tokyo's) cannot be told from one that is not, so only a 市 is put before.
  // The text names no body of its kind: the one its address spells (pref.hyogo.lg.jp), if any.
  const body =
    topNameOfKind(segments, kind, kind === 'city' ? /市$/ : undefined) ??
    (addressBody ? { name: addressBody } : null);
  if (!body || value.includes(body.name)) return f;
  // 「県立X高校」 of 見本県: 見本県立X高校. A 市立 school is not the prefecture's.
  const owned = /^(?:都|道|府|県|市|区|町|村)立/u.exec(value);
  if (owned && !body.name.endsWith(owned[0][0]!)) return f;
  const quote = f.evidence.quote;
  const at = quote.indexOf(value);
  const desk =
    at >= 0 && !/(?:課|係|室)$/u.test(value) ? DESK_AFTER.exec(quote.slice(at + value.length)) : null;
  const full = `${owned ? body.name.slice(0, -1) : body.name}${value}${desk ? desk[1] : ''}`;
  return { value: full, evidence: f.evidence, confidence: f.confidence };
}

/**
 * The title and the first ten segments that read as text: a press release's header labels (代表連絡先,
 * 提供日, 提供時間 …) are not the opening.
 */
export function openingOf(segments: Segment[], title: NoticeStructure['title'] | null): Segment[] {
  return [
    ...(title ? [{ text: title.text, start: title.start, end: title.end, line: 0 }] : []),
    ...segments
      .slice(0, 30)
      .filter((seg) => seg.text.length >= 25 || seg.text.includes('。'))
      .slice(0, 10),
  ];
}

// A body alone: a prefecture, a city, a town or a village (not a ward: its desk may be the city's).
const BODY_ONLY =
  /^(?:北海道|東京都|京都府|大阪府|\p{Script=Han}{2,3}県|[\p{Script=Han}\p{Script=Hiragana}]{1,6}?(?:市|町|村))$/u;

/**
 * A body's answer (見本市) with the desk its notice names as where it happened (「子育て支援課において」,
 * a title's 「…について(子育て支援課)」) put after it: 見本市子育て支援課. As with withBody, the full form
 * holds the body and the desk, the two depths labels name an issuer at.
 *
 * @example withDesk(fact('見本市', seg, 0.6), lines, sents('子育て支援課において、…'), null).value // → '見本市子育て支援課'
 */
export function withDesk(
  f: Fact<string>,
  lines: Segment[],
  opening: Segment[],
  title: string | null,
): Fact<string> {
  if (!BODY_ONLY.test(f.value)) return f;
  const desk = deskOf(lines, opening, title, true);
  if (!desk || desk.name.includes(f.value) || NAMES_PLACE.test(desk.name)) return f;
  return { value: `${f.value}${desk.name}`, evidence: f.evidence, confidence: f.confidence };
}
