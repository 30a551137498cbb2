import { cardUseEn } from './card-use-en.js';
import {
  deniedSubjectJa,
  inLatinCompanyName,
  NOT_DATA_AFTER,
  NOT_DATA_BEFORE,
  notIncidentDataJa,
  ORG_LOCATION,
  ORG_PHONE,
  SHOWN_AFTER,
  topicDeniedJa,
} from './data-not-incident.js';
import { factOf } from './fact.js';
import { gatedSource } from './first-chars.js';
import { describesHabit } from './glossary.js';
import { alternation, nextRuleHit, type RuleHit } from './lexicon.js';
import { deniedListEn, negatedEn, negatedJa } from './negation.js';
import { joinTexts, type Segment } from './segment.js';
import type { DataClass, Fact } from './types.js';

/**
 * Data classes (HIBP DataClasses names) named in the sentences that describe the leaked or
 * affected data. A keyword counts only in a "data context" (a sentence about what leaked, was
 * exposed, lost or stored, or a list under such a heading) and only when its clause does not deny it
 * (「カード情報は含まれておりません」, "no Social Security numbers were exposed").
 */

import { EN, type Lexeme, notDataEn } from './data-classes-en-lexicon.js';

// Japanese keywords → class. Order does not matter; every match counts.
const JA: Lexeme[] = [
  // A relative's name written beside the person's own (「生徒氏名、…保護者氏名」「児童名・保護者名」):
  // listed before Names so that it wins where both start; the notice also gets Names (below).
  [
    "Family members' names",
    '(?:保護者|父母|父兄|親権者|配偶者|家族)(?:の)?(?:氏名|名前|名(?![簿義称札]))(?!(?:及び|および|と|、|・)?(?:連絡先|電話|メール|住所))',
  ],
  [
    'Names',
    // 「患者名」「児童名」「申請者名」「宛名」: whose name a list holds (not 名簿, 名義, 名称).
    '名義人(?:名|氏名)?|氏名|(?<=[のた、・\\s])姓(?=[(、,・のがを\\s]|$)|(?<!法人・?|会社・?)個人名|お名前|ご?芳名|姓名|名前(?!の表示)|カナ氏名|フリガナ|ふりがな|(?:患者|児童|生徒|学生|園児|利用者|保護者|顧客|お客様|お客さま|会員|受講者|受講生|契約者|申請者|申込者|受取人|参加者|世帯主|相談者|購入者|登録者|応募者|受験者|入居者|対象者|受給者|加入者|組合員|職員|従業員|社員|代表者|担当者|連絡者|依頼者|請求者|被保険者|教員|教職員|選手|講師|来場者|宿泊者|回答者|納税者|保証人|宛)名(?![簿義称札])',
  ],
  ['Nicknames', 'ニックネーム|ハンドルネーム'],
  [
    'Email addresses',
    String.raw`メール[\s・･]?アドレス|Eメールアドレス|e-?mail\s?アドレス|メアド|アドレス\(メール|(?<=[、,・])メール(?=[、,)]|\s?$|等|など|及び|および)|(?:送信先|宛先|受信者|送付先)(?:の)?アドレス(?=(?:が|を|も)[^。]{0,30}(?:表示|見え|閲覧|確認|知られ))`,
  ],
  [
    'Passwords',
    String.raw`パスワード(?!\s?(?:を|が|で|の|による)?\s?(?:設定|付|ロック|保護|をかけ|管理|変更|再設定|リセット|脆弱|弱|推測|開封|制限))|暗証番号`,
  ],
  [
    'Usernames',
    String.raw`(?:ログイン|ユーザー?|登録|アカウント|会員)\s?ID|(?<![患者者様の番])ID(?=\s?(?:[、,・/]|と|および|及び|\s?$)|\s?パスワード)|ユーザー名|ユーザ名|ログイン名|アカウント名(?!\()`,
  ],
  [
    'Phone numbers',
    String.raw`電話番号|携帯番号|緊急連絡先|連絡先(?<=(?:^|[、,・:：(\sとの])連絡先)(?=[、,・)]|\s?$|等|など|及び|および|と|です|が|も)|(?:携帯)?電話の番号|携帯電話(?=番号|[、,・])|電話\s?・(?![^、。]{0,12}(?:注文|受付|問い?合わ?せ|窓口|対応|で(?:の|ご|お)))|(?<=[、,・])(?:お)?電話(?=[、,)]|\s?$|等|など|及び|および)|FAX番号|ファックス番号|TEL(?=[、,・])`,
  ],
  ['Physical addresses', '住所|郵便番号|所在地|送付先|配送先住所'],
  ['Dates of birth', '生年月日|誕生日|生年(?:と)?月日|生年(?=[、,・])'],
  ['Genders', '性別'],
  // 高年齢 names a scheme for older workers (高年齢雇用継続給付), not an age.
  ['Ages', '(?<!高)年齢(?!別|制限|に応じ)'],
  // 年代 (「30代」 bands) is an age group, not an age.
  ['Age groups', '年代(?<=(?:^|[、,・:：のと])年代)(?=[、,・)]|\\s?$|等|など|が|も|及び|および)'],
  [
    'Credit cards',
    String.raw`クレジットカード(?:番号|情報)|(?<!在留|診察券|ポイント|会員|社員|職員|学生|保険|マイナンバー|個人番号)カード(?:番号|情報)|有効期限|カード名義|クレジットカード(?=[、,・(]|\s?$)`,
  ],
  ['Credit card CVV', String.raw`セキュリティ\s?コード|CVV|CVC`],
  [
    'Purchases',
    '注文履歴|購入履歴|ご?注文商品|購入(?:日|金額|商品名)|注文情報|購入情報|取引情報|注文内容|購入商品|ご?注文(?:日|番号)|商品内容|取引履歴|利用履歴|(?:受注|発注|購買)(?:情報|履歴|内容|番号|日|商品|金額)',
  ],
  // An organisation's name: 会社名 … 事業所名/店舗名/屋号, or a bare 名称 as a list item.
  [
    'Company names',
    String.raw`会社名|社名|企業名|法人名|団体名|事業者名|(?<!(?:就職|勤務|所属)先の)事業\s?(?:所|場)\s?名|(?<!(?:勤務|就職|所属|勤め)先の[^、。]{0,10})(?:事業(?:所|場)|会社|法人|団体|企業|事業者|[A-ZＡ-Ｚ]社)の名称|事務所名|店舗名|屋号|(?<=^|[、,・(\s])名称(?=[、,・)])`,
  ],
  [
    'Employers',
    '勤務先|勤め先|(?:アルバイト|バイト|パート|就業)先|所属先|所属事業(?:場|所)|(?:再)?就職先|所属(?:組織|団体|機関|事業所|企業|会社)名?|の所属(?=[、,・)]|\\s?$|等|など|及び|および)',
  ],
  // 「職氏名」「職・氏名」: the post held, written before the name.
  ['Job titles', String.raw`役職(?!員)|肩書|職・?氏名|(?<![求役])職名(?=[、,・)及と]|\s?$)`],
  ['Occupations', '職業(?!安定|相談|紹介|訓練|能力|指導|対策|[部課局])|職種|業種'],
  ['Device information', '端末識別|端末情報|機器情報|製品型番|型番|機種'],
  ['Device serial numbers', 'シリアル(?:番号|ナンバー|No)|製品シリアル|製造番号'],
  ['MAC addresses', String.raw`MAC\s?アドレス`],
  ['IP addresses', String.raw`IP\s?アドレス`],
  [
    'Personal health data',
    '要介護(?:度|状態|認定)|介護(?:度|認定|区分)|障[害が]い?(?:者)?(?:の)?(?:状況|有無|内容|区分|情報)|障[害が]い?(?:の)?(?:程度|等級|種別)|障[害が]い?者手帳|療育手帳|病名|傷病名|病歴|既往歴|診療(?:情報|記録|内容|行為|科|録)|診断書|薬剤情報|難病|診察|治療(?:内容|方針|歴)?|カルテ(?:情報|の内容|記載)|検査(?:結果|データ)|処方|服薬|心身の状況|病状|症状|投薬|検査画像|(?:レントゲン|X線|エックス線|CT|MRI)(?:の)?(?:画像|写真|データ)|(?:健康診断|健診|検診)(?:の)?結果|健康(?:情報|状態|診断)|医療情報(?!連携|管理|システム|ネットワーク|基盤|の(?:取扱|管理))|受診(?:日|科|歴|内容|記録|状況)|通院(?:先|理由|歴|日)|入院(?:日|期間|歴|情報)|手術(?:の)?(?:映像|動画|録画)|健診(?:結果|データ)|検診(?:結果|データ)|(?:健診|検診|受診|診療|診察|通院|入院|治療)(?:の)?(?:記録|履歴)|診断(?:結果|名|内容)|術式|手術(?:予定|日|名|内容|歴|記録)|感染(?:状況|の有無|歴)|罹患|(?:食物)?アレルギー|(?<![都府県市区町村])陽性(?:者|反応|判定)(?!登録|センター|フォロー|支援)',
  ],
  [
    'Health insurance information',
    '保険証|(?<!雇用保険)被保険者(?!が|は|の方|様)|保険者番号|健康保険(?:証|番号|の資格|保険者)|医療保険[^。、]{0,8}記号(?:及び|および|・)?番号|資格取得日|医療証|医療費受給者(?:証|番号)',
  ],
  ['Social security numbers', '社会保障番号'],
  [
    'Government issued IDs',
    'マイナンバー|個人番号|年金証書(?:の)?(?:記号)?番号|年金証書記号番号|基礎年金番号|在留カード(?:の)?番号|在留カード|特別永住者証明書|住民票コード',
  ],
  ["Driver's licenses", '運転免許(?:証)?(?:番号)?|免許証(?<!(?:教員|医師)免許証)'],
  [
    'Passport numbers',
    'パスポート番号|旅券番号|パスポート(?:の)?(?:写し|コピー|画像|情報)|旅券(?:の)?(?:写し|コピー)',
  ],
  [
    'Bank account numbers',
    '口座番号|口座(?:の)?番号|口座名義|銀行口座|口座情報|(?:振込|振替|引落し?|払込)先?口座|預金口座|振込先(?:情報|(?=[、,・)]|\\s?$))|(?:預金)?通帳',
  ],
  ['Nationalities', '国籍'],
  ['Geographic locations', '居住地|(?<!\\()都道府県(?!以下)|居住国|在住国'],
  // The class a pupil is in, as a list item (「クラス、名前、ふりがな」); 「第2学年の生徒」 says
  // whose data it was, not a field.
  [
    'School grades (class levels)',
    String.raw`(?<![入0-9一二三四五六第])学年(?!月日)|年次(?=[、,・]|\s?$)|(?<=^|[、,・(\s])(?:クラス|学級)(?=[、,・)]|\s?$)`,
  ],
  ['Education levels', '学歴|最終学歴'],
  // A résumé sent with a job application (a staff file's 履歴書 is a record of its own kind).
  ['Job applications', '職務経歴書|エントリーシート|応募書類|(?<=(?:応募|採用|求職)[^。]{0,30})履歴書'],
  // Answers to a survey as data (アンケートの回答, アンケート情報, a list item); 「アンケートを実施」
  // 「事業者向けアンケートにおいて」 tell how data was gathered, not what leaked.
  [
    'Survey results',
    String.raw`アンケート(?:へ|に)?の?(?:回答(?:内容|結果|データ)?|結果|情報|内容|データ|用紙|調査票|記入内容)|アンケート(?=[、,・)]|\s?$|等|など|及び|および)`,
  ],
  [
    'Email messages',
    // 「不正に閲覧されたメール」「電子メールが不正に閲覧」: the messages someone read (a mis-sent mail that
    // leaked carries other data).
    '(?<=(?:閲覧|窃取|盗み見)(?:された|した))(?:電子)?メール(?!アドレス|アカウント|サーバ|システム|ソフト|送信|配信|の送信|を送)|(?:電子)?メール(?=が[^。]{0,8}(?:閲覧|窃取|盗み見))|メールの(?:通信)?内容|メール(?:の)?本文|Eメールの通信内容|電子メールの内容|送受信メール|(?:メールの)?送受信(?:履歴|記録)|(?:問い?合わ?せ|受信|送信済み?)メール(?:の内容|情報|データ)?(?=[、,・)]|\\s?$|等|など|及び|および|[0-9])',
  ],
  [
    'Photos',
    String.raw`顔写真|顔画像|写真(?:データ)?(?=[、,・)]|\s|$|等|など|および|及び|(?:が|も)(?:含|記|保存|流出|漏|掲載))`,
  ],
  ['Security questions and answers', '秘密の質問|合言葉'],
  ['Marital statuses', '婚姻|配偶者の有無|未既婚'],
  // Household make-up: relations, dependants, members and their number.
  [
    'Family structure',
    '家族構成|家族(?:の)?(?:状況|関係|情報)|続き?柄|兄弟姉妹|きょうだい(?=[、,・)]|\\s?$)|世帯(?:員|構成|人員|人数)(?:の数|数)?|(?<!被)扶養(?:者|家族|親族|の有無|状況|人数)',
  ],
  // 本籍 is a registered domicile, not a birthplace.
  ['Places of birth', '出生地'],
  ['Physical attributes', '身長|体重'],
  // Pay in any of its words (賃金, 給与, 給料, 報酬月額), not the payroll machinery or medical fees.
  [
    'Income levels',
    '年収|所得(?!の?種類)|(?:賃金|給与|給料)(?!振込|口座|計算|システム|支払|担当|事務|規[程定]|制度|体系|所得者|台帳)|(?<!診療|介護)報酬(?:月額|日額|額)|給与・賞与',
  ],
  ['Licence plates', '自動車登録番号|車両番号|ナンバープレート|車(?:両)?のナンバー'],
  [
    'Taxation records',
    '源泉徴収|(?<!ふるさと)納税(?!義務者|者)|課税|確定申告|申告(?:方法|内容|書|区分)|(?:住民|市県民|市民|県民|町民|村民|固定資産|所得|軽自動車)税(?:額|の額|通知)?|税額',
  ],
  // What a household was billed for water, power or gas, and the meter readings behind it.
  [
    'Utility bills',
    '(?:上下水道|下水道|水道|電気|ガス)(?:の)?(?:料金|使用料|使用量|請求)|公共料金|使用水量|検針(?:値|結果|情報|データ)',
  ],
  ['Reward program balances', String.raw`(?:ポイント|POINT)\s?(?:数|残高)|保有ポイント`],
  ['Loyalty program details', 'ポイント(?:獲得|利用|交換)?履歴|会員ランク|会員ステージ'],
  ['Browsing histories', '閲覧履歴'],
  ['Login histories', 'ログイン履歴'],
  ['Payment histories', '決済履歴|支払履歴|支払い履歴|入金履歴'],
  ['Salutations', '敬称'],
  // 「ふるさと納税業務の委託先」 names the programme an office runs, not anyone's donation.
  [
    'Charitable donations',
    'ふるさと納税(?!(?:の)?(?:業務|事務|事業|サイト|ポータル|担当|制度))|寄附金?(?:額|情報|の内容)?|寄付金?(?:額|情報|の内容)?',
  ],
];

interface Compiled {
  cls: DataClass;
  re: RegExp;
}
const COMPILED: Compiled[] = [
  ...JA.map(([cls, src]) => ({ cls, re: new RegExp(src, 'g') })),
  ...EN.map(([cls, src]) => ({ cls, re: new RegExp(src, 'gi') })),
];

// One combined pattern per script, each class in its own capture group, so that a sentence is
// scanned once rather than once per class. Groups inside the lexicon are made non-capturing.
function combine(list: Lexeme[], flags: string): { re: RegExp; classes: DataClass[] } {
  // Gated by the characters a keyword can start with, or dispatched per position (lexicon.ts).
  const sources = list.map(([, src]) => src);
  return { re: alternation(sources, flags), classes: list.map(([cls]) => cls) };
}
const JA_ALL = combine(JA, 'g');
const PASSWORD_ACTION = /変更|再設定|リセット|初期化|無効化|管理|設定して/;
const LABEL_WITH_VALUE =
  /^\s?[:：]\s?(?:[0-9０-９(（+]|[\w.+-]+@)|^\s?(?:[(（]?0[0-9]{1,4}[)）]?\s?[-‐－(（)）]\s?[0-9]{1,4}\s?[-‐－)）]\s?[0-9]{3,4}|[\w.+-]+@[\w-]+\.)/;
const COUNT_VALUE = /^\s?[:：]\s?[0-9][0-9,]*\s?(?:名|件|人|世帯|社)/;
const LEAKED = /流出|漏え?い|漏洩|閲覧|盗|窃取/;
const HAS_CJK = /[\u3040-\u30ff\u3400-\u9fff]/;
const HAS_LATIN = /[A-Za-z]{2}/;
const EN_ALL = combine(EN, 'gi');

// Gated by its first characters: tested on every sentence.
const DATA_CUE_JA = new RegExp(
  gatedSource(
    String.raw`流出|漏え?い|漏洩|漏れ|閲覧(?:可能|でき|され)|含まれ|コピー(?:され|し)|複製(?:され|し)|書き込ま|書かれ(?:て|た)|転送され|含む|含めた|記録され|記録して|保存され|保存して|保管され|格納され|対象(?:と?なる)?(?:情報|データ|項目|の情報)|(?:情報|データ)の?(?:項目|内容)|個人情報|お客様情報|お客さま情報|会員情報|顧客情報|登録情報|(?:登録者|利用者|患者|被保険者|組合員|受講生|参加者)(?:様)?(?:の)?情報|データ内容|紛失|盗難|取得され|窃取|盗まれ|持ち出|誤送信|公開した|見られる状態|確認できる状態|表示される状態|入っ|載って|入力され|誤送付|誤配布|誤交付|誤発送|誤配送|誤掲載|(?:開示|掲載)され(?:て|た|る)|(?:記載|掲載)(?:内容|事項|項目)|(?:ファイル|文書|書類|データ|資料)(?:の)?内容|(?<!不審[^。]{0,60})(?:記載|印字|印刷|記入)(?:され|し|の)|(?<![日明])記(?:され|し)(?:た|て)|(?:記載|記入|印字)する(?:個人)?(?:情報|項目|内容)|書いて(?:ある|あっ|い)|該当(?:する)?(?:情報|データ|項目)|影響(?:を受けた|のある|範囲)|抜き取(?:ら|り|っ)|(?:参照|ダウンロード)(?:可能|でき|され)|(?:外部|第三者)(?:に|へ)(?:送信|転送|提供|開示)|(?:会員|顧客|利用者|受給者|個人)データ|不正に収集|吸い取(?:ら|り|っ)|(?:全員|すべて|全て|相互|互い)の(?:メール)?アドレスが(?:互いに)?表示され`,
  ),
);
// ("…may have allowed access to your name…", "…could intercept and obtain the cardholder names…":
// a verb of taking, in any form, puts its object among the data.)
const DATA_CUE_EN =
  /\b(?:expos(?:ed|ure|ing)|accessed|accessible|access\s+to|acquir(?:e|ed|ing)|obtain(?:ed|ing)?|captur(?:e|ed|ing)|intercept(?:ed|ing)?|exfiltrat(?:e|ed|ion)|steal|stole|compromised?|stolen|involved|involving|includ(?:ed|ing|es)|contain(?:ed|ing|s)?|at risk|view(?:ed)?|affected|impacted|leak(?:ed|s)?|disclos(?:ed|ure|ing)|scraped|dumped|sold|for\s+sale|breach(?:ed)?|personal information|personal data|records|data|information|taken|copied|downloaded|posted)\b/i;
// Sentences that tell the reader what to do or whom to call are not about the leaked data (a counter
// people came to, 「窓口に来られた方の住所」, is not a contact line).
const INSTRUCTION_JA =
  /お問い?合わ?せ(?:先|窓口|は|ください|いただ)|お願い|ください|連絡先[::]|窓口(?!に(?:来|提出|申請)|で(?:受|提出|申請|交付))|受付時間|ご注意/;
const INSTRUCTION_EN =
  /\b(?:call us|contact us|please|you can|you should|you may want|we encourage|we recommend|visit\s+(?:our|the|www|https?)|enroll|toll-free|to enroll|activation code|at no cost)\b/i;
const MISUSE_BEFORE =
  /\b(?:can|could|may|might)\s+(?:then\s+|potentially\s+|also\s+)?be\s+used\s+to\b|\bused\s+to\s+(?:steal|commit|open|obtain|file|make)\b/i;
// "…an attempt to obtain the user names and passwords", "…asking them to enter their password": the
// credentials a phishing lure went after, not data shown to have been taken (read in the keyword's
// own clause).
const CREDENTIAL_LURE_BEFORE =
  /\b(?:(?:attempt(?:s|ed|ing)?|trying|tried|try)\s+(?:\w+\s+){0,2}to\s+(?:obtain|steal|capture|acquire|collect|harvest|gather|get)|(?:ask|asking|asked|prompt\w*|request\w*|trick\w*)\s+(?:them|recipients|users|employees|staff|members|people|individuals)\s+(?:\w+\s+){0,2}to\s+(?:enter|provide|input|submit|type|disclose))\b[^.;:]*$/i;
const EMPLOYMENT_INSURANCE = /雇用保険|離職票|受給資格者証|公共職業安定所|ハローワーク|失業等給付/;
const HEALTH_INSURANCE = /健康保険|保険証|国民健康|後期高齢|医療保険|介護保険|共済組合|医療証|医療費/;
// A long sentence that announces a list below it (「…以下の情報が流出した可能性があります。」).
const LIST_AHEAD = /(?:以下|下記|次)の[^。]{0,12}(?:情報|項目|内容|データ)[^。]{0,40}[。:：]?\s*$/;
// A line cut mid-sentence: long enough not to be a heading, ending in no full stop.
const WRAPPED_LINE = /^[^。]{24,60}[^。.!?！？:：\s]$/;
// A heading that only breaks the list down (内訳, 1.「調査票」(37件・438名分)) does not end it.
const LIST_PART = /内訳|詳細|項目|名分|件分|人分|一覧|種類/;
// Top-level headings end a list; sub-items such as (1) or ・ do not.
const HEADING = /^(?:■|□|◆|◇|●|○|【|\[|[0-9]+\s?[.)．]|[0-9]+\s|第[0-9一二三四五六七八九十]+)/;

/**
 * Data classes named in the data-describing sentences of a notice.
 *
 * @example extractDataClasses(splitSentences('流出した情報: 氏名、メールアドレス'), 'ja').map(f => f.value)
 * // → ['Names', 'Email addresses']
 */
export function extractDataClasses(segments: Segment[], _lang: 'ja' | 'en'): Fact<DataClass>[] {
  const found = new Map<DataClass, Fact<DataClass>>();
  const denied = new Set<DataClass>();
  let inherit = 0;
  let lastLine = -1;
  // Lines of a sentence wrapped at a fixed width (PDF text) that came before the current one.
  let wrapped: Segment[] = [];
  // The line after an English data sentence cut at a line end before a capitalised word
  // ("…Social Security numbers, State\nLicense numbers and photographs."), or -1.
  let cutLine = -1;
  for (const seg of segments) {
    const s = seg.text;
    const latin = HAS_LATIN.test(s);
    const cjk = HAS_CJK.test(s);
    const cue = (cjk && DATA_CUE_JA.test(s)) || (latin && DATA_CUE_EN.test(s));
    const instruction = (cjk && INSTRUCTION_JA.test(s)) || (latin && INSTRUCTION_EN.test(s));
    const newLine = seg.line !== lastLine;
    lastLine = seg.line;
    const inherited = !cue && inherit > 0 && !instruction && s.length <= 200;
    const inContext = (cue && !instruction) || inherited || (seg.line === cutLine && !instruction);
    if (newLine && inherit > 0) inherit--;
    // A heading or lead-in about the leaked data ("流出した可能性のある情報", "対象情報:") lets the
    // following short lines (the list) count.
    let hits = 0;
    if (inContext || (inherit > 0 && HEADING.test(s))) hits = scan(s, seg, cue, found, inContext, denied);
    // 「Xさんの氏名、旧住所・電話番号等、」: three fields or more listed in a line
    // that ends with no full stop describe data even where the verb is cut off (a text ending mid-sentence).
    else if (cjk && !instruction && s.length <= 200 && !/[。.]\s*$/.test(s)) {
      for (const [cls, fact] of listOfFields(seg)) if (!found.has(cls)) found.set(cls, fact);
    }
    // "…customers who used a credit card on our website": whose cards were used where (card-use-en.ts).
    if (latin && !instruction && !found.has('Credit cards') && cardUseEn(s))
      found.set('Credit cards', factOf('Credit cards', seg, cue ? 0.8 : 0.6));
    // 「…申請者の氏名、性別、口座番号、振込」 / 「先などの個人情報を書いてある。」: the
    // cue at the end of a wrapped sentence covers the lines it was wrapped from.
    if (cue && !instruction) for (const w of wrapped) scan(w.text, w, true, found, true);
    const prev = wrapped[wrapped.length - 1];
    const continues = prev === undefined || prev.line === seg.line - 1;
    // (WRAPPED_LINE matches 25 to 61 code units only: the length is read before the pattern runs.)
    wrapped =
      !cue && continues && s.length >= 25 && s.length <= 61 && WRAPPED_LINE.test(s) && !HEADING.test(s)
        ? [...wrapped.slice(-2), seg]
        : [];
    cutLine = cue && !instruction && latin && !cjk && CUT_AT_LINE_END.test(s) ? lastLineOf(seg) + 1 : -1;
    if (cue && !instruction && (s.length <= 80 || (s.length <= 160 && LIST_AHEAD.test(s)))) inherit = 6;
    // A list goes on while its lines keep naming data (a long list of documents and their fields).
    else if (inherited && hits > 0) inherit = 6;
    else if (HEADING.test(s) && hits === 0 && !cue && !LIST_PART.test(s)) inherit = 0;
  }
  // 被保険者番号 and 資格取得日 in a notice about employment insurance (離職票, ハローワーク) are the
  // job-insurance numbers, not health insurance.
  if (found.has('Health insurance information')) {
    const text = joinTexts(segments, '\n');
    if (EMPLOYMENT_INSURANCE.test(text) && !HEALTH_INSURANCE.test(text))
      found.delete('Health insurance information');
  }
  for (const cls of denied) found.delete(cls);
  return [...found.values()];
}

// A sentence that stops on a word or a comma, with no full stop: the line wrapped mid-sentence.
const CUT_AT_LINE_END = /[a-z,]$/;
/** The line a segment ends on. */
function lastLineOf(seg: Segment): number {
  let n = seg.line;
  for (let i = seg.text.indexOf('\n'); i >= 0; i = seg.text.indexOf('\n', i + 1)) n++;
  return n;
}

const FIELD_SEP = /[、・,]|及び|および/g;
/** The classes of a line that lists three data-class words or more (two separators or more); else none. */
function listOfFields(seg: Segment): Map<DataClass, Fact<DataClass>> {
  const probe = new Map<DataClass, Fact<DataClass>>();
  if ((seg.text.match(FIELD_SEP)?.length ?? 0) < 2) return probe;
  scan(seg.text, seg, false, probe, true);
  return probe.size >= 3 ? probe : new Map();
}

function scan(
  s: string,
  seg: Segment,
  cue: boolean,
  found: Map<DataClass, Fact<DataClass>>,
  record: boolean,
  denied?: Set<DataClass>,
): number {
  let hits = 0;
  const hit: RuleHit = { k: 0, index: 0, match: '' };
  for (let pass = 0; pass < 2; pass++) {
    const ja = pass === 0;
    const { re, classes } = ja ? JA_ALL : EN_ALL;
    // Skip a script the sentence does not use (most Japanese sentences hold no latin word).
    if (ja ? !HAS_CJK.test(s) : !HAS_LATIN.test(s)) continue;
    let next = 0;
    for (let ok = nextRuleHit(re, s, 0, hit); ok; ok = nextRuleHit(re, s, next, hit)) {
      const at = hit.index;
      const kw = hit.match;
      // Japanese: resume one character on, so that overlapping keywords (カード名義人名) are all seen.
      next = kw.length === 0 || ja ? at + 1 : at + kw.length;
      if (kw.length === 0) continue;
      const cls = classes[hit.k];
      if (cls === undefined) continue;
      hits++;
      if (!record) continue;
      if (found.has(cls)) {
        // 「「カード情報」は…今回の流出情報には含まれません」 said of a class named before: withdrawn.
        if (denied && ja && deniedSubjectJa(s.slice(at + kw.length, at + kw.length + 60))) denied.add(cls);
        continue;
      }
      // 「パスワードを変更しました」 / 「パスワード等の適切な管理」: an action on passwords, not leaked ones.
      if (cls === 'Passwords' && PASSWORD_ACTION.test(s) && !LEAKED.test(s)) continue;
      const end = at + kw.length;
      if (ja && (cls === 'Physical addresses' || cls === 'Phone numbers')) {
        const before = s.slice(Math.max(0, at - 16), at);
        if (kw === '所在地' && ORG_LOCATION.test(before)) continue;
        if (cls === 'Phone numbers' && ORG_PHONE.test(before)) continue;
      }
      if (
        ja &&
        NOT_DATA_BEFORE[cls]?.test(s.slice(Math.max(0, at - 16), at)) &&
        !(cls === 'Email addresses' && SHOWN_AFTER.test(s.slice(end, end + 28)))
      )
        continue;
      if (ja && NOT_DATA_AFTER[cls]?.test(s.slice(end))) continue;
      if (ja && notIncidentDataJa(cls, s, at, end)) continue;
      if (ja && describesHabit(s)) continue;
      // 「電話番号:0467-…」: a label with its value is the notice's own contact line; a list of
      // leaked fields names them without printing anyone's data.
      // 「…+メールアドレス:12名」 gives how many records held the field: a breakdown, not a contact line.
      if (LABEL_WITH_VALUE.test(s.slice(end)) && !COUNT_VALUE.test(s.slice(end))) continue;
      if (!ja && notDataEn(cls, s, at, end)) continue;
      // "…can be used to open credit cards or acquire passports": what a thief could do, not the data.
      if (!ja && (MISUSE_BEFORE.test(s.slice(0, at)) || inLatinCompanyName(s, at, end))) continue;
      if (
        (cls === 'Usernames' || cls === 'Passwords') &&
        CREDENTIAL_LURE_BEFORE.test(s.slice(Math.max(0, at - 120), at))
      )
        continue;
      const neg = ja ? negatedJa(s, end) : negatedEn(s, at, end) || negatedJa(s, end) || deniedListEn(s, at);
      if (neg || (ja && topicDeniedJa(s.slice(end)))) continue;
      found.set(cls, factOf(cls, seg, cue ? 0.8 : 0.6));
      // A relative's name is a name too.
      if (cls === "Family members' names" && !found.has('Names'))
        found.set('Names', factOf('Names', seg, cue ? 0.8 : 0.6));
    }
  }
  return hits;
}

/**
 * Whether any keyword of a data class appears anywhere in the text (no context or denial checks):
 * the ceiling of what the lexicon could find.
 */
export function mentionsDataClass(text: string, cls: string): boolean {
  for (const c of COMPILED) {
    if (c.cls !== cls) continue;
    c.re.lastIndex = 0;
    if (c.re.test(text)) return true;
  }
  return false;
}
