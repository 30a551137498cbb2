import type { DataClass } from './types.js';

/**
 * Japanese keywords of a data class that name data other than the incident's: the credentials an
 * attacker came in with, a term a footnote explains, the file's own password, the medium's own
 * serial number. Each check reads the keyword's place in its sentence, not a document's wording.
 */

// The address an attacker came from (「海外のIPアドレスから」「2つのIPアドレスの利用者」) and the address
// a message went to (「送信先の個人メールアドレス」「誤ったメールアドレス」) are not leaked data.
export const NOT_DATA_BEFORE: Partial<Record<DataClass, RegExp>> = {
  'IP addresses':
    /(?:アクセス(?:した|元)|攻撃(?:元|者)?|海外|国外|不審な?|発信元|接続元|[0-9一二三四五]つの|種類の)[^。、]{0,6}$/,
  'Email addresses':
    /(?:送信先|宛先|送付先|誤った|誤りの|誤送信先|外部の|不審な?|攻撃者の|差出人|送信元|なりすまし)[^。、]{0,6}$/,
  // 「誤ったFAX番号を記載したため」: the number a fax went to.
  'Phone numbers': /(?:送信先|宛先|送付先|誤った|誤りの|誤送信先)[^。、]{0,6}$/,
};
// 「就職先の事業所名、その所在地と電話」: where a workplace stands and its number, not a person's.
export const ORG_LOCATION = /(?:事業所|事業場|勤務先|就職先|会社|法人|団体)名?(?:の)?[・、,]?$/;
export const ORG_PHONE = /(?:事業所|事業場|勤務先|就職先|会社|法人|団体)名?(?:の)?[・、,]?所在地[・、,]$/;
// 「送信先全員のアドレスが互いに開示」: the recipients' own addresses shown to each other are leaked.
export const SHOWN_AFTER = /^[^。、]{0,4}(?:が|を|も)[^。]{0,16}(?:開示|表示|見え|閲覧|知られ|漏|流出|共有)/;
export const NOT_DATA_AFTER: Partial<Record<DataClass, RegExp>> = {
  // 「B区の住所に送付してしまいました」: where a letter went, not a leaked address.
  // 「住所等の変更がある場合には届出を」: a change of address someone is asked to report, not a leaked one.
  'Physical addresses':
    /^(?:あて|宛て?)?(?:に|へ)(?:誤って)?(?:送付|郵送|発送|送信|送っ|届け|配達)|^(?:等)?(?:の)?(?:変更|移転)(?:が(?:あ|生じ)|の(?:届|手続|際)|届|手続|に伴)/,
  'IP addresses': /^(?:から|より|(?:を|は|が)(?:特定|遮断|ブロック)|の(?:利用者|特定|遮断))/,
  // 「メール本文中にURLが記載」「メールの内容を確認した事業者から報告」: the mail carried or showed
  // something else; its messages are not what leaked.
  'Email messages': /^(?:中に|中で|に記載|を確認)/,
  // 「…メールアドレスに送信」「FAX番号へ送信」: where a message went.
  'Email addresses': /^(?:宛て?|あて)?(?:に|へ)(?:誤って|誤り)?(?:送信|送付|送っ|転送|返信|配信)/,
  'Phone numbers': /^(?:宛て?|あて)?(?:に|へ)(?:誤って|誤り)?(?:送信|送付|送っ|FAX|ファクス|ファックス|発信)/,
};

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

// 「偽のログインページにIDとパスワードを入力した」: the credentials a member of staff gave a lure, not
// the data the incident exposed (the page is named in the sentence: フィッシング, 偽の…, …を装う).
const TYPED_INTO_AFTER =
  /^(?:等|など)?(?:(?:と|・|及び|および)[^。、を]{0,10})?(?:の[^。、を]{0,10})?を(?:入力|入れ|送信)/;
const LURE = /フィッシング|偽(?:の)?(?:サイト|ページ|ログイン|画面)|装[うっい]|なりすま/;
// 「IDとパスワードの組のリスト」「パスワードの使い回し」: the attack explained.
const ATTACK_EXPLAINED_AFTER = /^(?:の)?組み?合わ?せ(?:の)?リスト|^リスト(?:型)?攻撃|^(?:の|を)?使い回/;
// 「職員のメールアドレスから大量のメールが送信され」: the address mail was sent from.
const SENT_FROM_AFTER = /^(?:から|より)[^。]{0,20}(?:送信|送ら|発信|配信)/;
// 「氏名が判別できるアドレス」: a name one could guess from leaked data, not a leaked name.
const INFERRED_AFTER = /^(?:が|を)?(?:判別|推測|推定|類推|特定)(?:でき|可能|され|し得)/;

// 「アドレスをご提供いただいている方々へメールでお知らせ」: the data word says which
// readers are meant (those who gave the organisation an address), not what leaked.
const READERS_WHO_GAVE_AFTER =
  /^(?:を|が)(?:ご)?(?:登録|届出|届け出|提供)(?:いただいて(?:いる|おります|おられる)|いただいた|されて(?:いる|おられる)|されている|している|した|済み)(?:の)?[^。、]{0,6}?(?:方|皆様|皆さま|会員|お客様|お客さま|利用者|組合員)/;

// 「メールの本文に受講者の姓が書かれていた」: what a mis-sent mail carried is the data, not the mail
// as messages (unless someone got into the mailbox: 「閲覧されたメールには…が含まれ」).
const CARRIED_AFTER = /^に[^。、]{0,30}?(?:が|を)(?:記載|記入|含まれ|書かれ)/;
const MAIL_READ_BY_OTHERS = /閲覧され|窃取|盗み見|不正に?(?:アクセス|ログイン|閲覧)|転送され/;

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
  if ((cls === 'Usernames' || cls === 'Passwords') && TYPED_INTO_AFTER.test(after) && LURE.test(s))
    return true;
  if (cls === 'Passwords' && ATTACK_EXPLAINED_AFTER.test(after)) return true;
  if (cls === 'Email addresses' && SENT_FROM_AFTER.test(after)) return true;
  if (cls === 'Names' && INFERRED_AFTER.test(after)) return true;
  if (READERS_WHO_GAVE_AFTER.test(after)) return true;
  if (cls === 'Email messages' && CARRIED_AFTER.test(after) && !MAIL_READ_BY_OTHERS.test(s)) return true;
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

// 「株式会社Geolocation Works」: a Latin data word inside a company's name.
const LEGAL_BEFORE_LATIN = /(?:株式会社|有限会社|合同会社|\(株\))\s?[A-Za-z0-9&.\-\s]*$/;
const LEGAL_AFTER_LATIN = /^[A-Za-z0-9&.\-\s]*(?:株式会社|有限会社|合同会社|\(株\))/;

/** True when an English keyword at [at, end) of a Japanese sentence is part of a company's name. */
export function inLatinCompanyName(s: string, at: number, end: number): boolean {
  return (
    LEGAL_BEFORE_LATIN.test(s.slice(Math.max(0, at - 40), at)) ||
    LEGAL_AFTER_LATIN.test(s.slice(end, end + 40))
  );
}
