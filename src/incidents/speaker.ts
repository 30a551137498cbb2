import { stripLegalForm } from './match.js';

/**
 * Who speaks in a notice, and which unit of a body its headline is about: evidence that two notices
 * come from different publishers or concern different incidents (src/incidents/continuation.ts).
 * Pure.
 */

/** The kind of body a notice speaks as. */
export type SpeakerKind = 'municipality' | 'prefecture' | 'company' | 'university' | 'hospital';

/**
 * How each kind refers to itself. A notice of a city says 本市; a prefecture's says 本県; a
 * company's 当社 or 弊社. Two notices that speak as different kinds come from different publishers
 * even when both name the same contractor (a printer's ransomware told by a city and by a
 * prefecture).
 */
const SELF_REFERENCES: [SpeakerKind, RegExp][] = [
  ['municipality', /(?:本|当|我が)(?:市|区|町|村)(?![民長場立内外議])|(?:本|当)(?:市|区)役所/g],
  ['prefecture', /(?:本|当|我が)(?:県|府)(?![民立内外営議])|(?:本|当)庁(?![舎])/g],
  ['company', /(?:当|弊)社(?!員|会)|当社グループ|弊社グループ/g],
  ['university', /(?:本|当)(?:学|大学)(?![生部長内外])/g],
  ['hospital', /(?:当|本)(?:院|病院)(?![長内外])/g],
];

/**
 * The kind of body a name names by its last word or legal form (見本大学 → university, 見本市 →
 * municipality, 株式会社見本 → company), or null when the name does not say.
 *
 * @example nameKind('学校法人見本学園') // => 'university'
 */
export function nameKind(name: string): SpeakerKind | null {
  const n = name.normalize('NFKC').trim();
  if (/大学|学園|学院|高等専門学校|\bUniversity\b|\bCollege\b/i.test(n)) return 'university';
  if (/病院|医院|クリニック|医療センター|\bHospital\b|\bClinic\b/i.test(n)) return 'hospital';
  if (/(?:株式|有限|合同)会社|\(株\)|\b(?:Inc|Corp|LLC|Ltd)\b/i.test(n)) return 'company';
  if (/[都道府県]$/.test(n)) return 'prefecture';
  if (/[市区町村](?:役所|役場)?$/.test(n)) return 'municipality';
  return null;
}

/** Kinds that never speak for one another: a city, a prefecture, a company. */
export const PUBLISHER_KINDS = new Set<SpeakerKind>(['municipality', 'prefecture', 'company']);

/**
 * The kind of body a notice speaks as: the self-reference it uses in its first 2,000 characters,
 * when it uses no other, or uses it at least twice as often as any other; else null.
 *
 * @example speakerKind('本市では…本市の職員が…') // => 'municipality'
 */
export function speakerKind(text: string): SpeakerKind | null {
  const head = text.slice(0, 2000);
  const counts = SELF_REFERENCES.map(([kind, re]) => [kind, head.match(re)?.length ?? 0] as const).sort(
    (a, b) => b[1] - a[1],
  );
  const [best, next] = counts;
  if (!best || best[1] === 0) return null;
  const rival = next?.[1] ?? 0;
  return rival === 0 || (best[1] >= 2 && best[1] >= 2 * rival) ? best[0] : null;
}

/**
 * The unit a public body's headline is about: 「Xにおける…」「Xでの…」 where X ends in an office's
 * word (局, 課, 所, 署, 校, 園, 院, センター). Two headlines about different units of one body (two
 * job centres' misdeliveries) are two incidents, however alike the rest reads.
 *
 * @example headlineUnit('北町職業相談所における書類の手渡し誤りについて') // => '北町職業相談所'
 */
export function headlineUnit(headline: string): string | null {
  const m =
    /([^\s、。「」()()]{2,24}?(?:局|課|室|所|署|校|園|院|センター|役所|役場))(?:における|において|での|で発生)/.exec(
      headline.normalize('NFKC').replace(/^(?:報道発表資料|記者発表資料|報道資料)\s*/, ''),
    );
  return m ? m[1]! : null;
}

/**
 * Whether a sentence of the text opens with `org` (any legal form) as its subject. `head`: the
 * text's first 3,000 characters, NFKC (continuation.ts reads it once per notice).
 */
export function speaksAsSubject(head: string, org: string): boolean {
  let re = subjectPatterns.get(org);
  if (re === undefined) {
    const name = stripLegalForm(org).normalize('NFKC');
    const esc = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    re =
      name.length < 4
        ? null
        : new RegExp(
            String.raw`(?:^|[\n。.]\s*)(?:株式会社|有限会社)?\s*${esc}(?:,?\s*(?:Inc|LLC|Ltd|Corp)\.?)?[^\n。.]{0,16}?(?:\s(?:is|has|was|recently|discovered|learned|became)\b|は、?)`,
            'm',
          );
    if (subjectPatterns.size >= 10_000) subjectPatterns.clear();
    subjectPatterns.set(org, re);
  }
  return re?.test(head) ?? false;
}
/** speaksAsSubject's pattern for each organisation (null: a name too short to tell). */
const subjectPatterns = new Map<string, RegExp | null>();

/**
 * Whether every mention of `org` in the text names it as the notice's contractor: 委託 (not 委託元)
 * just before it (「委託している株式会社X」「委託先である株式会社X」「委託先のX」), or 「Xに委託」 after it.
 */
export function namedAsContractor(text: string, org: string): boolean {
  const name = stripLegalForm(org).normalize('NFKC');
  if (name.length < 2) return false;
  const t = text.normalize('NFKC');
  let seen = false;
  for (let i = t.indexOf(name); i >= 0; i = t.indexOf(name, i + name.length)) {
    seen = true;
    const before = t.slice(Math.max(0, i - 16), i);
    const after = t.slice(i + name.length, i + name.length + 12);
    const contractor =
      /委託(?!元)(?:先|業者|事業者|している|していた|する|した)?(?:で?ある|の|、)?\s*(?:株式会社|有限会社|\(株\))?\s*$/.test(
        before,
      ) || /^(?:株式会社|有限会社)?\s*(?:に|へ)(?:業務を?)?委託/.test(after);
    if (!contractor) return false;
  }
  return seen;
}

/** The body's own use of a system or service (「当社が利用する」「弊所が使用している」「業務で利用中の」). */
const USES = /(?:利用|使用|導入|採用)(?:する|している|していた|しており|中の)/;
/** The name as the maker or provider of what is used, before it (「…の開発運用元である」「…提供会社である」). */
const PROVIDER_BEFORE =
  /(?:提供|開発|運用|運営|製造|販売)(?:元|会社|事業者|業者|ベンダー)(?:で?ある|の)?\s*(?:株式会社|有限会社|\(株\))?\s*$/;
const PROVIDER_WORD = /提供|開発|運用|運営|製造|販売/;
/** …or after it (「X提供のクラウドサービス」「X(以下…)提供製品」「Xが開発する」「サービス(株式会社X提供)」). */
const PROVIDER_AFTER =
  /^(?:株式会社|有限会社)?\s*(?:\([^()]{0,40}\))?\s*(?:が|の)?(?:提供|開発|運用|運営|製造|販売)(?:する|している|の|製品|元|\))/;

/**
 * Whether the text names `org` as the maker or provider of a system or service the notice's own body
 * uses (「弊所が使用するシステムの開発運用元である株式会社X」「当所が利用する株式会社X提供のクラウド
 * サービス」): the notice is a customer's, about its vendor's breach, and the name is the vendor's, not
 * the publisher's. A vendor's own notice says 当社 for itself, never "the provider of what we use".
 *
 * @example namedAsProvider('当会が利用するサンプル社提供の会計システムが停止しました。', 'サンプル社') // => true
 */
export function namedAsProvider(text: string, org: string): boolean {
  const name = stripLegalForm(org).normalize('NFKC');
  if (name.length < 2 || !PROVIDER_WORD.test(text)) return false;
  const t = text.normalize('NFKC');
  for (let i = t.indexOf(name); i >= 0; i = t.indexOf(name, i + name.length)) {
    let before = t.slice(Math.max(0, i - 60), i);
    before = before.slice(Math.max(before.lastIndexOf('。'), before.lastIndexOf('\n')) + 1);
    if (!USES.test(before)) continue;
    if (PROVIDER_BEFORE.test(before) || PROVIDER_AFTER.test(t.slice(i + name.length, i + name.length + 60)))
      return true;
  }
  return false;
}

/**
 * Whether `org` is named in the text only as someone the notice's body works with — its contractor
 * (namedAsContractor) or the vendor of a system it uses (namedAsProvider) — not as its publisher.
 */
export function namedAsSupplier(text: string, org: string): boolean {
  return namedAsContractor(text, org) || namedAsProvider(text, org);
}
