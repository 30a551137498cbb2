import type { Segment } from './segment.js';
import type { HostKind } from './structure.js';

/**
 * The names a notice's own web address leads to: a city.*.lg.jp page is issued by a 市 (or 区),
 * town.* by a 町, pref.* by a prefecture, *.ac.jp by a university. The address gives the kind; the
 * name is read from the text (a romanised host cannot be turned back into kanji without a table).
 */

// 「この町」「その市」「わが町」: a demonstrative, not a name in kana.
export const KANA_NOT_NAME = /^(?:この|その|あの|どの|わが|我が|ほか|まち|各)/;
// 「都市計画税」「市区町村」: words that end in 市 or 区 but name no place; 「について本市」: a particle run
// into the body's word for itself (本市, 当町), not a name (熊本市 has no kana before its 本).
export const NOT_PLACE_NAME =
  /^(?:都市|市区|区市)$|\p{Script=Hiragana}(?:本|当|同|各|全|他|両|貴)(?:市|区|町|村)$/u;
export const HOST_SUFFIX: Partial<Record<HostKind, RegExp>> = {
  city: /(?:市|区)$/,
  town: /町$/,
  village: /村$/,
  prefecture: /(?:県|府|都|道)$/,
  university: /大学$/,
};
// A city, town or village named in kana (みやき町, つくば市), when it does not follow other kana or
// kanji; read only from sentences where kana run into such a word (a cheap test first).
export const KANA_HOST_NAME: Partial<Record<HostKind, RegExp>> = {
  city: /(?<![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー])([\p{Script=Hiragana}]{2,6}[\p{Script=Han}]{0,3}?市)(?![民長議役場内外営立政])/gu,
  town: /(?<![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー])([\p{Script=Hiragana}]{2,6}[\p{Script=Han}]{0,3}?町)(?![民長議役場内外営立政])/gu,
  village:
    /(?<![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー])([\p{Script=Hiragana}]{2,6}[\p{Script=Han}]{0,3}?村)(?![民長議役場内外営立政])/gu,
};
// A municipality named in kana at the very start of a title, followed by a space or a particle of
// place: 「つくば市 …について」「みやき町における…」 (the kanji-only name patterns cannot see it).
const KANA_PLACE_TITLE =
  /^([\p{Script=Hiragana}]{2,6}[\p{Script=Han}]{0,3}?(?:市|町|村))(?:\s|における|において|で(?:の|発生)|職員(?:に|の|が)|による|への)/u;

/**
 * The city, town or village written in kana that opens a title as its subject, or null.
 *
 * @example kanaTitleTown('みほん市 書類の紛失について') // → 'みほん市'
 */
export function kanaTitleTown(title: string): string | null {
  const k = KANA_PLACE_TITLE.exec(title);
  return k && !KANA_NOT_NAME.test(k[1]!) && !NOT_PLACE_NAME.test(k[1]!) ? k[1]! : null;
}
export const KANA_BEFORE_PLACE = /[\u3041-\u3096][\u4e00-\u9fff]{0,3}[市町村]/;
export const HOST_HINT: Partial<Record<HostKind, RegExp>> = {
  city: /市|区/,
  town: /町/,
  village: /村/,
  prefecture: /県|府|都|道/,
  university: /大学/,
};
export const HOST_NAME: Partial<Record<HostKind, RegExp>> = {
  city: /(?<![\p{Script=Han}])([\p{Script=Han}]{1,5}?(?:市|区))(?![民長議役場内外営立政])/gu,
  town: /(?<![\p{Script=Han}])([\p{Script=Han}]{1,5}?町)(?![民長議役場内外営立政])/gu,
  village: /(?<![\p{Script=Han}])([\p{Script=Han}]{1,5}?村)(?![民長議役場内外営立政])/gu,
  prefecture: /(?<![\p{Script=Han}])([\p{Script=Han}]{2,3}?(?:県|府|都|道))(?![民長議庁内外営立政警])/gu,
  university:
    /(?<![\p{Script=Han}\p{Script=Katakana}])([\p{Script=Han}\p{Script=Katakana}ー]{2,12}?大学)(?![院])/gu,
};

// The Tokyo Metropolitan Government's address (and its bureaus': kyoiku.metro.tokyo.lg.jp) is the
// one public host whose body is known from the address alone: there is one 都.
const METROPOLIS_HOST = /(?:^|\.)metro\.tokyo\.(?:lg\.)?jp$/;

/**
 * The body a public host alone names, or null: the last resort when the text names none.
 *
 * @example hostBody('www.kyoiku.metro.tokyo.lg.jp') // → '東京都'
 */
export function hostBody(host: string | null): string | null {
  return host && METROPOLIS_HOST.test(host) ? '東京都' : null;
}

// Generic phrases and third parties; 全… is a phrase (全職員, 全病院) but 全国… names a national body;
// 「町内小学校」「市内の中学校」 is a school somewhere in the town, no name.
export const NOT_ORG_JA =
  /^(?:(?:区|市|町|村|県|都|府)立|(?:区|市|町|村|県|都|府|道)内|当|弊|本|同|貴|各|出身|在籍|通園|通学|全(?!国[^のでにはが])|関係|所属|委託|受託|再委託|外部|専門|セキュリティ|サポート|コール|お客様|カスタマー|データ|情報|サービス|調査|対策|事務|管理|本部|支部|県警|警察|総合|地域|センター|個人情報保護委員会|国民生活センター|内閣|厚生労働省|経済産業省|総務省|(?:社会福祉|地域|連絡)?協議会$)/;

// The 47 prefectures: a 県 the text names by itself (「配送後県に返却」 is "to the prefecture").
export const PREFECTURE =
  /^(?:北海道|青森県|岩手県|宮城県|秋田県|山形県|福島県|茨城県|栃木県|群馬県|埼玉県|千葉県|東京都|神奈川県|新潟県|富山県|石川県|福井県|山梨県|長野県|岐阜県|静岡県|愛知県|三重県|滋賀県|京都府|大阪府|兵庫県|奈良県|和歌山県|鳥取県|島根県|岡山県|広島県|山口県|徳島県|香川県|愛媛県|高知県|福岡県|佐賀県|長崎県|熊本県|大分県|宮崎県|鹿児島県|沖縄県)$/;

/**
 * The most frequent name of the given kind in the text (a 市 for a city's page), with the first
 * sentence naming it, or null; `only` keeps the names it matches.
 *
 * @example topNameOfKind(sents('見本市は…。見本市の職員が…'), 'city')?.name // → '見本市'
 */
export function topNameOfKind(
  segments: Segment[],
  kind: HostKind,
  only?: RegExp,
): { name: string; seg: Segment } | null {
  const hostRe = HOST_NAME[kind];
  if (!hostRe) return null;
  const counts = new Map<string, { n: number; seg: Segment }>();
  const hint = HOST_HINT[kind]!;
  const kanaRe = KANA_HOST_NAME[kind];
  for (const seg of segments) {
    if (!hint.test(seg.text)) continue;
    const res = kanaRe && KANA_BEFORE_PLACE.test(seg.text) ? [hostRe, kanaRe] : [hostRe];
    for (const re of res) {
      re.lastIndex = 0;
      for (let m = re.exec(seg.text); m !== null; m = re.exec(seg.text)) {
        const name = m[1]!;
        if (NOT_ORG_JA.test(name) || KANA_NOT_NAME.test(name) || NOT_PLACE_NAME.test(name)) continue;
        if (name.length < 2) continue;
        if (kind === 'prefecture' && !PREFECTURE.test(name)) continue;
        if (only && !only.test(name)) continue;
        const c = counts.get(name);
        if (c) c.n++;
        else counts.set(name, { n: 1, seg });
      }
    }
  }
  let top: { name: string; seg: Segment; n: number } | null = null;
  for (const [name, c] of counts) if (!top || c.n > top.n) top = { name, seg: c.seg, n: c.n };
  return top && { name: top.name, seg: top.seg };
}
