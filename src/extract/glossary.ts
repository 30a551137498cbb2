/**
 * Sentences that explain a term in general — a glossary note or a description of how some malware
 * or attack behaves — rather than telling what happened in this incident: 「※Xとは、…攻撃の手法です。」
 * 「Xとは…をいいます」「Xは、…を装うのが特徴で、…」. Causes, data classes and leak status read from
 * them would describe the term, not the notice. Cheap: both forms need 「とは」 or 「特徴」.
 */

// 「※SQLインジェクションとは、」「(注1)「フォレンジック調査」とは」 at the sentence's start; not
// 「当社とは関係のない…」「本件とは別に…」, which relate two things.
const DEFINES =
  /^\s*(?:[※*＊]\s?[0-9]*\s*|[(（]\s?注?[*＊※]?[0-9]+\s?[)）]\s*|注[0-9]*[.:：)）]?\s*)?[「『"“]?[^。、「」『』\s]{1,30}?[」』"”]?\s?とは(?!別|異な|関係|無関係|直接|一切|連絡|取引|別途)/;
// 「そのウイルスは、…知人の返事を装うのが特徴で、…」: a thing described by its habits.
const DESCRIBES = /^[^。、]{1,30}?は[、,][^。]*?(?:のが|という|ことが)特徴/;

/**
 * True when sentence `s` explains a term in general.
 *
 * @example explainsTerm('※SQLインジェクションとは、入力欄に命令文を紛れ込ませる攻撃の手法です。') // → true
 * @example explainsTerm('当社とは関係のない第三者が送信したメールです。') // → false
 */
export function explainsTerm(s: string): boolean {
  if (!s.includes('とは') && !s.includes('特徴')) return false;
  return DEFINES.test(s) || DESCRIBES.test(s);
}

/**
 * True when `s` describes a thing by its habits (「Xは、…のが特徴」). Data classes use only this form:
 * a footnote defining a document (「※離職票とは、…氏名、生年月日…が記載された書類」) lists what the
 * leaked paper held.
 *
 * @example describesHabit('Emotetは、実在の氏名やメールアドレスを流用してなりすますのが特徴です。') // → true
 */
export function describesHabit(s: string): boolean {
  return s.includes('特徴') && DESCRIBES.test(s);
}
