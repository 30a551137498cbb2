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
