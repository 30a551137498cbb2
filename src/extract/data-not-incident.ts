import type { DataClass } from './types.js';

/**
 * Japanese keywords of a data class that name data other than the incident's: the credentials an
 * attacker came in with, a term a footnote explains, the file's own password, the medium's own
 * serial number. Each check reads the keyword's place in its sentence, not a document's wording.
 */

const CREDENTIALS: ReadonlySet<DataClass> = new Set(['Passwords', 'Email addresses', 'Usernames']);
// 「…パスワードを用いた不正ログイン」「…パスワードを入手した第三者」「…パスワードが不正に利用された」:
// the credentials the attacker used (stuffed from elsewhere), not data taken in this incident.
const USED_AS_MEANS =
  /^[^。]{0,16}?(?:を|が)(?:[^。、]{0,12}?(?:用い|使用し|使っ|使い|悪用し|利用し)[^。]{0,10}(?:不正(?:な)?ログイン|ログイン|なりすまし|攻撃)|入手した(?:第三者|攻撃者|者)|不正に(?:利用|使用)され)/;
// 「リモート接続用のパスワード」: the organisation's own access to its server.
const ACCESS_ACCOUNT_BEFORE =
  /(?:リモート|遠隔|保守|管理者|管理画面|サーバー?|VPN|システム|接続)[^。、]{0,8}?用?の(?:ログイン)?(?:アカウント|ID)?(?:と|・|及び|および)?$/;
// A footnote defining a term: 「※「…攻撃」について…」「(*1)IPアドレス:…に割り振られる識別番号」.
const FOOTNOTE_DEFINITION =
  /^\s*(?:※\s?[0-9]*|[(（]\s?[*＊※]?[0-9]+\s?[)）]|[*＊][0-9]*|注[0-9]*[.:：)）]?)\s*[「『]?([^。、「」『』]{1,30})[」』]?\s*(?:とは|について|[:：])/;
const DEFINED_TERM_IS_DATA = /情報|項目|内容|データ|対象|漏|流出/;
const LEAK_VERB = /流出|漏え?い|漏洩|含まれ/;
// 「ファイル(パスワードあり)」「そのパスワードを…記載していた」: the password protecting a file.
const FILE_PASSWORD_AFTER = /^\s?(?:あり|有り|つき|付き|保護|を解除|の解除)/;
const FILE_PASSWORD_BEFORE = /(?:その|当該|ファイルの|ファイル用の|開封用の|解除用の|閲覧用の)$/;
// 「ハードディスク1本のシリアルナンバー」: the number of the lost or sold medium itself.
// 「利用履歴を解析した結果」: the records the investigation examined, not leaked data.
const EXAMINED_AFTER = /^(?:等)?(?:を|について|の)(?:詳細に|詳しく|改めて)?(?:解析|分析|調査|精査)/;
const RECORD_CLASSES: ReadonlySet<DataClass> = new Set([
  'Purchases',
  'Login histories',
  'Browsing histories',
  'Payment histories',
  'IP addresses',
]);
// 「患者氏名、ID、診断結果」: a bare ID among a patient's data is the patient number, not a login name.
const PATIENT_LIST = /患者|診察券|カルテ|受診者/;
const MEDIUM_BEFORE =
  /(?:ハードディスク|HDD|USB(?:メモリ)?|パソコン|PC|端末|記録媒体|媒体|機器|サーバー?)[^。、]{0,6}の$/;

/**
 * True when the keyword at `at` is the term a footnote explains (「(*1)IPアドレス:…識別番号」); the
 * fields a footnote lists while explaining a document (「※ 離職票とは、…氏名、生年月日…が記載」) count.
 */
function definedTerm(s: string, at: number): boolean {
  if (at > 40 || !(s.includes('※') || s.includes('*') || s.includes('＊') || s.includes('注'))) return false;
  const m = FOOTNOTE_DEFINITION.exec(s);
  if (!m) return false;
  const term = m[1] ?? '';
  const from = m[0].lastIndexOf(term);
  return at >= from && at < from + term.length && !DEFINED_TERM_IS_DATA.test(term) && !LEAK_VERB.test(s);
}

/**
 * True when the Japanese keyword of class `cls` at [at, end) of sentence `s` names data that is not
 * the incident's (see the rules above).
 */
export function notIncidentDataJa(cls: DataClass, s: string, at: number, end: number): boolean {
  const before = s.slice(Math.max(0, at - 16), at);
  const after = s.slice(end, end + 48);
  if (definedTerm(s, at)) return true;
  if (CREDENTIALS.has(cls) && USED_AS_MEANS.test(after)) return true;
  if (cls === 'Passwords') {
    if (ACCESS_ACCOUNT_BEFORE.test(before)) return true;
    if (FILE_PASSWORD_AFTER.test(after) || FILE_PASSWORD_BEFORE.test(before)) return true;
  }
  if (cls === 'Device serial numbers' && MEDIUM_BEFORE.test(before)) return true;
  if (RECORD_CLASSES.has(cls) && EXAMINED_AFTER.test(after)) return true;
  if (cls === 'Usernames' && s.slice(at, end) === 'ID' && PATIENT_LIST.test(s)) return true;
  return false;
}

// The subject of a denial: 「「X」は…含まれません」「Xについては…」.
const DENIED_SUBJECT =
  /^[」』"]?(?:は|も|については|に関しては|につきましては)[^。]{0,40}?(?:含まれ(?:ません|ない|て(?:い|おり)ません|ておらず)|(?:流出|漏え?い|漏洩)(?:して|は)(?:い|おり|ござい|あり)ません|対象外)/;
// 「Xについては暗号化して保管…流出は確認されていません」: a topic whose leak the
// sentence denies past a clause break (not 「不正利用は確認されていません」: leaked, not yet misused).
const DENIED_END =
  '(?:流出|漏え?い|漏洩)(?:は|の事実は|した事実は)?(?:確認されて(?:い|おり)ません|確認されていない|ございません|ありません|して(?:い|おり)ません|していない|されて(?:い|おり)ません)';
const TOPIC_DENIED = new RegExp(
  `^[^。]{0,24}?(?:(?:について|に関して|につきまして)は、?(?:(?!が、|ものの|ですが|一方)[^。]){0,50}?|は[^。]{0,12}?(?:暗号化|別(?:の)?(?:システム|サーバ)|保持して|保有して)(?:(?!が、|ものの|ですが|一方)[^。]){0,30}?)${DENIED_END}`,
);

/** 「「X」は…含まれません」: what follows a data word denies it as a subject. */
export function deniedSubjectJa(after: string): boolean {
  return DENIED_SUBJECT.test(after);
}

/** 「Xについては…流出は確認されていません」: the sentence after a data word denies the topic's leak. */
export function topicDeniedJa(after: string): boolean {
  return TOPIC_DENIED.test(after);
}
