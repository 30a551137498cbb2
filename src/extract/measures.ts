import { factOf } from './fact.js';
import { compileByScript, scanByScript } from './lexicon.js';
import { EN_MEASURE_RULES, saidOfThirdParty, thirdPartyNames, vetoEnglish } from './measures-en.js';
import {
  actVerbHits,
  EN_ACT_MEASURE_RULES,
  EN_SECTION_MEASURE_RULES,
  enSectionAt,
  enSections,
  listedStepEn,
  subjectlessStepEn,
  vetoActs,
  WRITER_ONLY,
} from './measures-en-acts.js';
import { EN_TOLD_MEASURE_RULES, letterSalutationAt } from './measures-en-told.js';
import { EN_WEB_MEASURE_RULES, vetoEnglishWeb } from './measures-en-web.js';
import { negated } from './negation.js';
import { type Segment, segmentIndexAt } from './segment.js';
import { type NoticeStructure, sectionAt } from './structure.js';
import type { Fact, Measure } from './types.js';

/**
 * Measures taken or announced by the organisation (taxonomy keys). Keyword rules per sentence; a
 * denied or not-yet clause (「警察への届出は行っておりません」, "has not been reported") does not count,
 * nor do sentences that merely advise readers (「不審なメールは削除してください」 is a phishing warning,
 * not data deletion), nor ones about what another party did.
 */

interface Rule {
  key: Measure;
  re: RegExp;
  not?: RegExp;
  notUpTo?: boolean;
}

const RULES: Rule[] = [
  {
    key: 'service_suspended',
    re: /(?:該当|当該)ページ(?:を)?(?:削除|閉鎖|非公開)|ページ(?:を|の)(?:閉鎖|公開(?:を)?(?:停止|中止))|(?:公開|掲載)を(?:直ちに|速やかに|即座に|即日|一時)?(?:的に)?(?:停止|中止|取りやめ|取り止め)(?:し|いたし|する|と)|(?:受け入れ|受入れ|受入|新規受付|受付|診療|外来|業務|営業)(?:を|の)(?:原則|一時|全面|一部)?(?:的に)?(?:停止|休止|中止)(?:し|いたし|する|と|して)|(?:サービス|サイト|サーバ[ー]?|システム|ホームページ|ウェブサイト|Webサイト|WEBサイト|ECサイト|ショップ|アプリ|販売|公開サーバ)(?:全体|全て|すべて)?(?:の|を|も)?(?:(?:提供|運用|運営|公開|受付|利用)(?:を)?)?(?:一時|全面|緊急)?(?:的に)?(?:停止|閉鎖|休止|中止|公開を停止|閉じ|見合わせ)|(?:停止|休止|閉鎖)(?:して|いたして|させて)(?:おります|いる)[^。]{0,6}(?:サイト|サービス)|メンテナンスモード|サービスを停止|(?:サーバ[ー]?|システム|ストレージ|NAS)(?:は|を)[^。]{0,20}(?:運用|稼働|使用|利用)を(?:一時)?停止|一部サービスを停止|(?:当面|当分の間|しばらくの間|(?:確立|完了|終了|判明)(?:する|される)?まで(?:の間)?)(?:は)?、?[^。]{0,30}?(?:休止|停止|見合わせ|中止)(?:と(?:し|いたし|する)|し|いたし|する|させ|る(?:こと|よう))|(?:アプリケーション|システム|サービス|サイト)の(?:[^。、]{0,12}の)?機能(?:を|の)(?:一時)?(?:的に)?(?:停止|休止|無効化)(?:し|いたし|した|する)|\btook\s+down\b|\btaken\s+(?:offline|down)\b|\bshut\s+down\b|\btook\s+[^.]{0,40}\boffline\b|\bsuspended\s+(?:the\s+)?(?:site|website|service|store)\b|(?:公表|公開|掲載)を(?:直ちに|速やかに|即座に|即日|一時)?(?:的に)?(?:停止|中止|取りやめ|取り止め)(?:し|いたし|する|と|た)|(?:この|その|同|当該|該当)ページ(?:を|は)[^。]{0,12}(?:削除|閉鎖|非公開)(?:し|いたし|した|[)）])|(?:サービス|サイト|システム|サーバ[ー]?|NAS|ストレージ|アプリ)(?:は|が)(?:現在|既に|すでに|一時的に)?(?:停止|休止|閉鎖)(?:し|中|いたし|して)|(?:サービス|サイト|システム|サーバ[ー]?|NAS|ストレージ|アプリ)の(?:運用|稼働|使用|利用|提供|公開)(?:は|を)(?:既に|すでに|一時的に|直ちに|当面)?(?:停止|休止|中止)(?:し|いたし|した|中)|(?:サービス|サイト|システム)の(?:全体|全て|すべて)を(?:一時)?(?:的に)?(?:停止|休止|閉鎖)|(?:」|サイト|サービス|ショップ|システム|サーバ[ー]?)を[、,]?[0-9０-９年月日時分午前後頃（）()\s]{2,24}に(?:一時)?(?:的に)?(?:停止|閉鎖|休止)(?:し|いたし|した|する|。|$)|」を(?:一時)?(?:的に)?(?:停止|閉鎖|休止)(?:し|いたし|した)/i,
    not: /メールの送信を停止|決済(?:機能|サービス)?(?:の|を)?(?:一時)?(?:的に)?(?:停止|休止)|カード決済/,
  },
  {
    key: 'access_blocked',
    re: /(?<!(?<!(?:外部|IPアドレス)からの)ログインを)遮断|リモートロック|アカウント(?:を|の)?(?:直ちに|速やかに|即座に|即時|一時的に)?(?:凍結|利用停止|ロック|無効化|停止)(?:し|いたし|を(?:行|実施)|済)|ログインを拒否|ネットワークから(?:の)?(?:切り離|隔離|切断|遮断)|(?:システム|サーバ[ー]?|ネットワーク)との接続を(?:解除|切断|遮断)|切り離し|隔離|アクセス権(?:限)?を(?:削除|停止|剥奪)|送信を停止|通信を(?:遮断|停止)|侵入経路(?:の|を)(?:遮断|封鎖|塞)|\b(?:has|have|had|was|were)\s+(?:been\s+)?contained\b(?!\s+(?:in|on|within|inside|therein|to|any|your|only|personal|data|information)\b)|\bcontained\s+the\s+(?:incident|attack|breach|intrusion)\b|\bprevent\s+(?:further|additional)\s+unauthori[sz]ed\s+access\b|\bsecure(?:d)?\s+(?:our|the)\s+(?:systems?|network|environment|platform)\b|\beliminate\b[^.]{0,40}\bunauthori[sz]ed\s+access\b|\bblocked\b|(?<!\b(?:an?|this|one)\s+)\bisolated\b|\bdisconnected\b|\bterminated\s+(?:the\s+)?(?:unauthori[sz]ed\s+)?access\b|\bdisabled\s+the\s+(?:account|access)\b|不正(?:な)?(?:アクセス|通信|ログイン)(?:を|の)ブロック(?:し|いたし|する)/i,
    not: /(?<!(?:外部|IPアドレス)からの)ログイン(?:を|の)?遮断|遮断いたします予定/,
  },
  {
    key: 'logins_blocked',
    re: /(?:全|すべての)?アカウントの?ログイン(?:を|の)?(?:遮断|停止|制限|不可)|ログインできない(?:状態|措置)|ログインを停止|セッション(?:を)?(?:無効|切断)|\bunable\s+to\s+log[- ]?in\b|\blog[- ]?ins?\s+(?:were|was|have\s+been)\s+(?:blocked|disabled|suspended)\b|\bsessions?\s+(?:were\s+)?(?:revoked|invalidated|terminated)\b|\blogged\s+out\s+all\b|ログイン状態(?:を|の)[^。]{0,8}(?:停止|解除|無効)/i,
  },
  {
    key: 'password_reset',
    re: /パスワード(?:の|を)?(?:再設定|リセット|変更|初期化|無効化)|パスワード(?:等)?(?:を|の)[^。]{0,12}(?:変更|再設定|リセット)|パスワードはすでに無効化|PW\s?(?:を|の)?(?:変更|リセット)|\bpasswords?\s+(?:was|were|has\s+been|have\s+been)\s+(?:changed|reset|invalidated|expired)\b|\b(?:reset|change|update)\s+(?:your|their|the|all|users?'?)\s+(?:\w+\s+)?passwords?\b|\bpassword\s+resets?\b|\bforced\s+(?:a\s+)?password\b/i,
    not: /運用全面変更/,
  },
  {
    key: 'mfa_introduced',
    re: /二段階認証|2段階認証|二要素認証|2要素認証|多要素認証|\btwo[- ](?:factor|step)\s+(?:authentication|verification)\b|\b2FA\b|\bmulti[- ]?factor\b|\bMFA\b/i,
    not: /\b(?:encourage|recommend|urge|suggest)\w*\s+(?:you|customers|users)\b|\byou\s+(?:can|should)\b/i,
  },
  {
    key: 'card_payment_suspended',
    re: /(?:クレジット)?カード(?:での)?決済(?:機能|サービス)?(?:の|を)?(?:一時)?(?:停止|休止|中止)|クレジット(?:カード)?[^。]{0,20}(?:決済|払い)[^。]{0,30}(?:を|の|に)(?:一時)?(?:停止|休止|中止)(?!する予定)|カード決済[^。]{0,30}再開|カード再開|\b(?:suspended|stopped|disabled)\s+(?:accepting\s+)?(?:credit\s+)?card\s+(?:payments|transactions|processing)\b/i,
  },
  {
    key: 'card_data_non_retention',
    re: /カード情報(?:の)?(?:非保持|不保持)|カード情報を(?:当社|弊社|当店|サイト)?(?:で|上に|内に)?(?:は)?(?:一切)?保持しない(?:決済|方式|仕組み|形)|非保持化|(?:WEB|Web|ウェブ|リンク|トークン)型?(?:の)?決済(?:サービス|方式)?(?:を|に|へ)(?:導入|移行|変更)|外部の?決済(?:代行)?(?:サービス|会社)?(?:へ|に)(?:移行|切り替え)|\bno\s+longer\s+(?:store|retain|keep)s?\b[^.]{0,30}\bcard\b|\boutsourc\w+\s+(?:payment|card)\s+processing\b|\bhosted\s+payment\s+page\b|(?:リンク|トークン|リダイレクト)(?:型|方式)(?:の|による)?[^。]{0,12}決済(?:方式|サービス|システム)?(?:の|を|に|へ)(?:導入|移行|変更|切り替え)/i,
  },
  {
    key: 'card_monitoring',
    re: /(?:カード会社|カード発行会社|決済代行会社)[^。]{0,60}モニタリング|不正利用(?:の)?(?:モニタリング|監視)|モニタリング(?:の)?(?:依頼|を依頼|を継続|を実施)|\bmonitor(?:ing)?\b[^.]{0,30}\bfraudulent\s+(?:use|activity|charges|transactions)\b|\bcard\s+(?:brands|issuers)\b[^.]{0,60}\bmonitor/i,
  },
  {
    key: 'card_reissue',
    re: /カード(?:の)?再発行|\bcards?\s+(?:were\s+|will\s+be\s+)?re-?issued\b|\breissu\w+\s+(?:new\s+)?cards?\b/i,
  },
  {
    key: 'individual_notification',
    re: /(?:対象|該当)(?:となる|となった|となります|する|の)(?:お客様|お客さま|皆様|皆さま|方々|方|会員の?皆?様?|利用者の?皆?様?)(?:へ|に)(?:は|も)?、?[^。]{0,20}(?:ご?案内|ご?連絡|お知らせ|ご?通知|お詫び|おわび|ご?説明)(?:を|の(?:文書|書面|メール)を?|し|いた|させ|申し上げ)|個別に(?!(?:調査|確認|聞き取り|聴き取り|ヒアリング))|個別(?:の)?(?:ご)?(?:連絡|通知|ご案内|お知らせ)|(?<=への|に対する)(?:謝罪|(?:お詫び|おわび))(?:は|を)[^。]{0,15}(?:終え|済ませ|完了)|(?:説明|事情を説明)・?(?:謝罪|(?:お詫び|おわび))し|(?:文書|書面|電話|郵送|訪問)(?:にて|で|により)[^。]{0,10}(?:謝罪|(?:お詫び|おわび))(?:を|し)|(?:謝罪|(?:お詫び|おわび))し、?(?:了承|了解|理解)を?(?:得|いただ)|架電し[^。]{0,10}(?:謝罪|(?:お詫び|おわび)|説明)|(?:説明|報告)と(?:謝罪|(?:お詫び|おわび))をさせて|(?:お詫び|おわび)[^。]{0,30}(?:メール|文書|書面|手紙)を[^。]{0,20}(?:お送り|送付|送信|発送)|ご?説明(?:の|した)?(?:うえ|上)、?(?:(?:お詫び|おわび)|謝罪)|に(?:対し(?:て)?、?)?(?:直接)?謝罪(?:し|を(?:行|し|いた))|(?:謝罪|(?:お詫び|おわび))(?:及び|および|と|の上、?)?[^。]{0,12}(?:説明|経過説明)?(?:を)?(?:行い|行いました|行った|いたしました|しました|した)|(?:説明|報告)(?:と|し、?)(?:謝罪|(?:お詫び|おわび))(?:を)?(?:行|し|いた)|(?:お詫び|おわび)(?:の)?(?:文書|書面|状|メール|連絡)(?:を|の)?(?:送付|送信|発送|お送り|差し上げ|させて)|謝罪(?:及び|および|と)?[^。]{0,8}(?:の)?(?:文書|書面|メール)(?:を|の)?(?:送付|送信|発送|お送り)|謝罪(?:の)?メール|(?:案内|通知|お詫び|おわび|謝罪|お知らせ)(?:文書?|状)を(?:(?!誤|別)[^。]){0,10}(?:発送|送付|郵送|送信|お送り)|ご?連絡済み|順次[^。]{0,10}ご?連絡|ご連絡を差し上げ|に謝罪(?:の上|のうえ|した)|(?:直接|個別)?訪問し[^。]{0,30}(?:説明|謝罪|(?:お詫び|おわび)|報告)|ご案内を差し上げ|(?:メール|書面|文書|電話|郵送)(?:にて|で)[^。]{0,20}(?:事実関係|経緯|状況)[^。]{0,6}(?:を)?(?:ご)?(?:説明|報告)|ご登録(?:の|いただいた)?(?:メールアドレス|メール|ご住所|住所)(?:宛|あて)|書状|郵送(?:にて|で)(?:ご)?(?:連絡|通知|お知らせ)|(?:に対し(?:て)?|あて|宛て?|全員に)[^。]{0,30}(?:(?:お詫び|おわび)|謝罪|ご連絡|連絡を|説明|削除依頼|メールにてご案内|メールを送信)|(?:顧客|お客様|会員|対象者|登録者)(?:様)?へ(?:の)?(?:メール|電話|書面|郵送)?(?:連絡|ご連絡|通知)|(?:対象|該当|当該|関係|ご本人|本人|当事者|患者|保護者|お客|利用者|会員|学生|生徒|児童|世帯|方々|名(?<=[0-9]名)|方(?<=の方))(?:様|さま|さん|者|の方)?(?:ら|たち)?(?:全員)?(?:へ|に)(?:、)?[^。]{0,20}(?:謝罪|(?:お詫び|おわび)(?:の)?(?:文書|書面|手紙|メール|連絡|ご連絡)|ご?説明(?:し|を|と|いた|および|及び|、)|ご?報告(?:し|を|と)|お知らせ(?:を|し|の(?:文書|書面|メール))|ご?案内(?:を|し)|(?:メール|電話|書面|郵送)(?:で|にて)ご?連絡(?:し|を|する(?:。|$|とともに|と共に|ほか|予定)))|(?:書面|文書|郵送|郵便|手紙|電子メール|メール|電話)(?:で|にて|により)[^。]{0,12}(?:お知らせ|ご?連絡|ご?案内|ご?説明|ご?通知|お詫び|おわび|謝罪)(?:し|いた|を(?:行|し|いた|差し)|申し上げ|させ)|\be-?mailed\b[^.]{0,40}\b(?:individually|affected)\b|\bnotify(?:ing)?\s+(?:you|affected|impacted|individuals|customers)\b|\bcontact(?:ed|ing)\s+(?:you|affected|impacted|each)\b|\b(?:notified|contacted|informed|e-?mailed|wrote\s+to)\b[^.]{0,40}\bindividually\b|\binform\s+you\b|\bincluding\s+you\b|\bnotification\s+letter\b|\breceiv(?:e|ing)\s+a\s+letter\b|\bmake\s+you\s+aware\b|\bdisclosures\s+to\s+affected\b|\bletters?\s+(?:to|were\s+sent)\b|\bwriting\s+to\s+(?:notify|inform|let\s+you\s+know|tell|advise)\b|\bprovid(?:e|ing)\s+(?:you\s+)?(?:with\s+)?(?:this|the\s+enclosed)\s+(?:notice|notification|letter)\b|\breporting\s+this\s+(?:matter|incident)\s+to\s+you\b|\bprovide\s+this\s+notice\b|\bnotification\s+to\s+you\b|\byou\s+are\s+receiving\s+this\s+(?:letter|notice|notification|e-?mail)\b|(?:対象|該当|関係|当事者|患者|保護者|利用者|会員|顧客|お客様|お客さま|家族|ご家族|人たち|人々|本人|ご本人)(?:者|様|さま)?(?:の)?(?:皆様|皆さま|皆さん|方々)(?:へ|に)(?:対し(?:て)?)?[、,]?[^。]{0,12}(?:謝罪|(?:お詫び|おわび))(?:し|する|を(?:行|し|いた))|(?:顧客|家族|ご家族|人たち|人々)(?:様|さま)?(?:へ|に)(?:対し(?:て)?|対する)?[、,]?[^。]{0,20}(?:謝罪|(?:お詫び|おわび)|ご?説明|ご?連絡)(?:し|する|を(?:行|し|いた|実施))|(?:対象|該当)(?:する|となる|の)(?:顧客|お客様|お客さま|利用者|会員|方)(?:様|さま)?に対する(?:ご)?(?:連絡|通知|説明|謝罪|(?:お詫び|おわび))|(?:顧客|お客様|お客さま|利用者|会員|対象者|患者)(?:様|さま)?(?:へ|に)(?:対し(?:て)?)?[、,]?(?:電子メール|メール|電話|書面|文書|郵送|手紙|SMS)(?:など|等)?(?:で|にて|により)[^。]{0,10}(?:おわび|お詫び|謝罪|ご?連絡|ご?説明|ご?通知)(?:し|する|を)|謝罪(?:の)?(?:手紙|書状|文書|書面)を(?:送る|送り|送付|郵送|発送)/i,
  },
  {
    key: 'hotline',
    re: /(?:相談|対応|問い?合わ?せ)(?:の|専用の|用の)?(?:連絡|受付)?窓口(?:を)?(?:設置|開設)|専用(?:の)?(?:お問い?合わ?せ)?(?:ダイヤル|窓口|コールセンター|電話|フリーダイヤル)|特設(?:の)?(?:ダイヤル|窓口|コールセンター|サイト)|お問い?合わ?せ専用|\bdedicated\s+(?:call\s+center|hotline|phone\s+line|help\s?line|contact\s+center)\b|\bcall\s+center\b|\bhotline\b|専用(?:の)?(?:お)?問い?合わ?せ(?:窓口|ダイヤル|先|電話)/i,
  },
  {
    key: 'phishing_warning',
    re: /不審な?(?:メール|電話|郵便|連絡|問い?合わ?せ|SMS|ショートメッセージ|ハガキ|封書|書面)|(?:メール|添付ファイル)(?:は|を)?[^。]{0,6}開か(?:ずに|ないで|ない)|注意喚起のお知らせ|(?:フィッシング|なりすまし)[^。]{0,30}(?:注意|ご留意|お気をつけ)|差出人[^。]{0,20}心当たりのない|(?:身に覚えの|心当たりの)ない[^。]{0,30}(?:連絡|電話|メール|郵便|コンタクト|請求)[^。]{0,40}(?:ご?注意|ご留意|お気をつけ)|\b(?:be|remain|stay)\s+(?:alert|vigilant|cautious|wary|on\s+guard)\b|\bbeware\b|\bwatch\s+(?:out\s+)?for\b[^.]{0,40}\b(?:suspicious|phishing|unsolicited|scam)|\b(?:phishing|suspicious|unsolicited|fraudulent)\s+(?:scams?|e-?mails?|calls?|messages?|communications?)\b[^.]{0,60}\b(?:are\s+common|do\s+not|don't|never|ignore|report|delete)|\bprecautions\b|不審者からの(?:メール|電話|連絡|郵便)/i,
    // 「職員に…メールを開かないよう指示」 instructs staff (staff_training), it does not warn readers.
    not: /(?:職員|社員|従業員|教職員|スタッフ)(?:に|へ|に対し)/,
  },
  {
    key: 'external_investigation',
    re: /第三者委員会(?:を|が)?(?:設置|設け|立ち上げ|発足)|(?:外部|第三者|弁護士|有識者)[^。]{0,20}(?:調査委員会|検証委員会)(?:を|が)?(?:設置|設け|立ち上げ|発足)|外部(?:の)?(?:セキュリティ)?専門(?:機関|家|業者|企業|会社)|(?:専門家|専門(?:調査)?(?:会社|事業者|業者)|調査会社)[^。]{0,30}(?:協力|依頼|招聘|助言|支援|調査を(?:実施|行)|で調査|による調査)|(?:外部|独立した)[^。]{0,12}(?:専門|調査会社)|外部委託会社の協力|第三者(?:外部)?(?:調査|専門)?(?:機関|団体)|(?:専門)?調査機関|専門業者に依頼|専門の(?:調査)?(?:会社|業者|機関)(?:から|より|に|へ|の)[^。]{0,15}(?:調査|調べ|報告|解析|分析)|外部の[^。]{0,15}(?:事業者|業者|企業|会社)[^。]{0,10}(?:協力|依頼|調査)|外部[^。、の]{1,10}(?:会社|業者|事業者)に[^。]{0,24}調査を(?:開始|実施|依頼|行)|フォレンジック|検体[^。]{0,20}(?:解析|分析)(?:を)?依頼|セキュリティ専門(?:ベンダー|会社|企業|業者)|専門家が派遣|専門家の(?:協力|支援|助け|助言)|(?<!事)業者による調査|専門業者による[^。、]{0,12}調査|第三者を含めた調査|\bforensics?\b|\boutside\s+(?:security|cybersecurity)\s+firm\b|\bthird[- ]party\s+(?:forensic|security|cybersecurity)\s+(?:firm|experts?|specialists?|investigators?)\b|\bcybersecurity\s+(?:firm|experts?)\b|\bsecurity\s+firm\b|\bindependent\s+(?:computer\s+)?(?:forensic|security)\b|(?:調査)?専門(?:業者|会社|事業者)(?:など|等)?と(?:連携|協力)/i,
    not: /監査|診断|(?:[ァ-ヶー]|\w)社(?:では|の第三者|による)/,
  },
  {
    key: 'police_report',
    re: /(?:警察|警視庁|県警|府警|道警|捜査機関|警察署)(?!から|より)[^。]{0,60}(?:相談|届|通報|報告|連絡|連携|提出|助言|捜査(?:の)?依頼)|(?<!監督|税務|消防|年金|職業安定)署(?:に|へ)(?:報告|相談|被害届|届け?出(?:を行|まし|た)|届け(?:まし|た|て))|(?:相談|届け?出|通報|報告)[^。]{0,10}(?:警察|警視庁|県警|府警|捜査機関)|被害届|遺失(?:物)?届|\b(?:informed|notified|contacted|alerted|reported\s+(?:it|this|the\s+\w+)\s+to)\s+(?:local\s+|the\s+|federal\s+)?(?:law\s+enforcement|police|FBI)\b|\breported\s+to\s+(?:the\s+)?[A-Z][\w\s]{0,30}Police\b|\blaw\s+enforcement\s+(?:has\s+been|was|were)\s+(?:notified|informed|contacted)\b|\bpolice\s+report\b|\breported\b[^.]{0,60}\b(?:law\s+enforcement|police|sheriff[’']?s?|FBI|Federal\s+Bureau\s+of\s+Investigation|Secret\s+Service)\b|\bfiled\s+a\s+(?:police\s+)?report\b|\bworking\s+with\s+law\s+enforcement\b|(?:警察|警視庁|県警|府警|道警|捜査機関|警察署)(?!から|より)[^。]{0,40}(?:申告|協力(?:し|を|する|いた))|(?:盗難|紛失)(?:届|届け)|(?<!監督|税務|消防|年金|職業安定)署(?:に|へ)(?:盗難|紛失|遺失)/i,
    not: /お願い|ご相談を|ご相談ください|ご連絡ください|(?:警察|警視庁|県警|府警|道警)[^、。\s]{0,8}?(?:を通じ|を経由|経由で)/,
  },
  {
    key: 'regulator_report',
    re: /(?:個人情報保護委員会|経済産業省|総務省|厚生労働省|文部科学省|金融庁|所管(?:官庁|省庁)|監督官庁|関係(?:省庁|当局|機関)|関係当局|監督当局|所轄庁)[^。]{0,40}(?:報告(?!書)|届|連絡|通報|(?<=所轄庁[^。]{0,40})説明)|(?:報告|届出)[^。]{0,10}(?:個人情報保護委員会)|\b(?:notified|informed|reported\s+to|notifying)\s+(?:the\s+)?(?:state\s+)?(?:attorneys?\s+general|regulators?|information\s+commissioner|data\s+protection\s+authorit(?:y|ies)|department\s+of\s+health|HHS|OCR)\b|(?:関係(?:省庁|当局|機関)|監督官庁|所管(?:官庁|省庁))(?:等)?との連携/i,
    // A ministry that told the organisation (「…省…課から連絡があり」) was not told by it; a
    // 個人情報保護委員会 that is convened (「…を招集し」) is the organisation's own committee.
    not: /(?:省|庁|委員会|当局)[^。、]{0,12}(?:から|より)(?:(?:の)?(?:連絡|報告|通報|指摘|照会|通知)|[^。]{0,30}(?:連絡|報告|通報|指摘|照会|通知)(?:が(?:あ|入)|を受))|個人情報保護委員会を(?:招集|開催|開き|設置)/,
  },
  {
    key: 'firewall_waf',
    re: /ファイア[ウー]ォール|ファイヤーウォール|\bWAF\b|\bfirewalls?\b|\bweb\s+application\s+firewall\b/i,
  },
  {
    key: 'vulnerability_assessment',
    re: /脆弱性(?:診断|検査|調査|テスト)|セキュリティ(?:診断|監査)|(?:外部|第三者)[^。]{0,20}監査|ペネトレーション|\bpenetration\s+test\w*|\bsecurity\s+(?:audit|assessment)s?\b|\bvulnerability\s+(?:scan|assessment)s?\b/i,
  },
  {
    key: 'monitoring_enhanced',
    re: /監視(?:体制)?(?:の|を)?(?:強化|高度化|徹底)|ログ(?:の)?監視|監視強化|アクセスログの監視|異常検[出知](?:の精度)?(?:向上|強化)|監視(?:を|の)?(?:開始|継続的に実施|続け|継続|委託)|(?<!不正利用の|カードの)監視(?:を|の)?実施(?:し|いたし|する|します)|\b(?:enhanc|strengthen|improv|increas|bolster|expand)\w*\s+(?:\w+\s+){0,3}monitoring\b|\bmonitoring\b[^.]{0,80}\b(?:enhanced|strengthened|reinforced|increased)\b|\bbegan\s+to\s+monitor\b|\badditional\s+monitoring\b|(?:検知|検出)(?:する|できる)?(?:ための)?(?:仕組み|システム|体制|機能|ツール|ソフト)(?:を|の)?(?:導入|強化|整備|構築|追加)|侵入検知|(?:アクセス|操作|通信)(?:の)?(?:履歴|ログ)(?:の)?(?:記録|保存|取得|保全)[^。]{0,15}(?:仕組み|体制|機能)(?:を)?(?:構築|導入|強化|整備)|\bEDR\b|\bendpoint\s+detection\b|\bintrusion\s+detection\b|(?:検知|検出)[^。]{0,20}(?:システム|仕組み|ツール|ソフト|機器)を(?:導入|強化|整備|構築|追加)/i,
  },
  {
    key: 'access_control_tightened',
    re: /アクセス制限|アクセス制御(?:を|の)?強化|入(?:退)?(?:室|館)管理(?:システム)?(?:を|の)?(?:導入|強化|厳格化)|(?:設定|アカウント|権限|共有)(?:を|の)修正(?:し|いたし|を(?:行|完了|実施))|」を(?:OFF|オフ)(?:に|と)?(?:し|いたし|変更|設定)?|(?:ファイル|シート|フォルダ|URL|リンク)(?:が|を)?ロック(?:され|し|いたし)|閲覧(?:が)?できない(?:よう|設定)|(?:現在は|現在、|既に|すでに)?閲覧(?:が)?(?:できない|不可能な|不可の)状態(?:に|と)(?:なって|し|いたし)|設定(?:の)?変更(?:を|が)?(?:完了|行い|いたし|し(?:まし)?た)|アクセス権(?:限)?(?:の|を)?(?:見直|制限|最小)|ネットワーク(?:アクセス)?制限|閲覧制限|閲覧(?:できる|可能な?)状態(?:は|を|が)?(?:解消|是正)|閲覧範囲(?:を|の)?(?:変更|制限|見直)|非表示設定|IP(?:アドレス)?制限|接続元(?:の)?制限|\brestrict(?:ed|ing)?\s+access\b|\baccess\s+(?:controls?|restrictions?)\s+(?:were|have\s+been)?\s*(?:tightened|strengthened|enhanced)\b|(?:アクセス|接続|ログイン)を(?:禁止|制限)(?:する(?:よう(?:に)?)?設定|し(?:まし)?た|いたし)|データアクセス制御/i,
  },
  {
    key: 'credential_management',
    re: /(?:ID|アカウント)[、・,]?\s?(?:及び|および|や)?パスワード(?:等)?の[^。]{0,10}管理|パスワード(?:の)?管理(?:の)?(?:強化|徹底)|アカウント[^。]{0,10}管理(?:の)?(?:強化|徹底)|(?:ID|アカウント|パスワード)(?:等)?の(?:適切な)?管理|PW\s?の運用|\bcredential\s+management\b|\bpassword\s+(?:policy|policies|requirements)\b/i,
  },
  {
    key: 'encryption',
    re: /必ず(?:暗号化|パスワード(?:を|の)?(?:設定|付与))|ファイル(?:へ|に)(?:の)?パスワード(?:の)?(?:設定|付与)(?:を(?:行|実施|徹底)|する|の徹底|(?=[ 　。]*(?:\n|$)))|暗号化(?:を|の)?(?:実施|導入|徹底|強化|いたしました|しました|してまいります|いたします|を行)|暗号化(?:など|等)[^。]{0,20}(?:徹底|強化)|暗号化(?:して|した上で|したうえで|のうえ|の上)(?:から)?(?:送|保存|管理|使用|保管)|パスワード(?:を)?(?:設定|付与|付け)(?:して|した上で|したうえで)(?:から)?(?:送|保存|保管)|\b(?:implement|introduc|deploy)\w*\s+(?:\w+\s+)?encryption\b|\bencrypt(?:ed|ing)?\s+(?:all|the)\b[^.]{0,40}\b(?:going forward|now)\b|暗号化処理(?:を)?(?:行|実施)/i,
  },
  {
    key: 'staff_training',
    re: /(?:社員|職員|従業員|スタッフ|全員|教職員)[^。]{0,30}(?:教育|研修|指導)|(?:再|社員|従業員|職員|社内|院内|庁内|学内)教育|研修(?:を|の)?(?:実施|行|徹底|強化|深め|充実|拡充)|研修を受講|(?:職員|社員|担当者|従業員|教職員)向け(?:の)?(?:研修|説明会|講習)|(?:セキュリティ|個人情報(?:保護)?|情報管理|コンプライアンス)(?:に関する)?研修|教育(?:の|を)?(?:徹底|強化|実施)|(?<!監督|管理)指導(?:を|の)(?:一層|さらに|より一層)?(?:徹底|強化)|(?:改めて|再度)指導|(?:院内|庁内|社内|学内|校内|部内|課内|局内|全職員|教職員|関係者)(?:に|へ)?(?:対し(?:て)?)?[^。]{0,10}周知徹底|改めて周知徹底|職員に対して[^。]{0,20}徹底|(?:職員|社員|従業員|教職員)(?:一人ひとり|一人一人|ひとりひとり)[^。]{0,40}(?:徹底|認識|意識)|(?:職員|社員|従業員|スタッフ|調査員|指導員|教員|全員)(?:等)?(?:に対し(?:て)?|へ|を対象(?:に|と(?:し|して)))[^。]{0,100}(?:周知徹底|周知し|注意喚起|指導|旨を(?:改めて)?通知|再確認を指示|徹底を指示|(?:よう|ように)指示し|について指示し|注意を促し)|\btrain(?:ing|ed)?\b[^.]{0,30}\b(?:employees|staff|workforce)\b|\b(?:employees|staff)\b[^.]{0,30}\b(?:training|retrained|re-?educated)\b|(?:職員|社員|従業員|スタッフ|教員|受託者|委託先|受託業者|委託業者)(?:等)?(?:に対する|に対し(?:て)?)[^。]{0,100}(?:周知徹底|(?:再)?周知(?:を)?(?:実施|行|徹底|し)|注意喚起|指導(?:し|を|する|いた))|(?:職員|社員|従業員|スタッフ|教職員|教員)(?:全員)?に[^。]{0,30}(?:管理|取り?扱|注意|厳重|厳格|適切)[^。]{0,15}(?:よう|ように)(?:徹底|指導|指示)|(?:取扱い?|取り扱い|取扱)[^。]{0,12}(?:を|について)?(?:再度|改めて)?(?:再)?周知(?:徹底|し(?!て(?:まいり|参り|いき))|を(?:行|実施|図|徹底))|教育(?:の|を)?(?:再度|改めて|一層|さらに|より一層)(?:徹底|強化|実施)|(?:取り?扱い?|取扱|管理)[^。]{0,20}(?:について|に関し(?:て)?|に関する)(?:改めて|再度)?注意喚起(?:を(?:行|実施)|し)/i,
    not: /教育庁|教育委員会/,
  },
  {
    key: 'process_review',
    re: /見直し|見直す|(?:規程|規則|要領|要綱|ガイドライン|取扱基準|運用基準)(?:を|の)?(?:改定|改正|改訂|制定|策定|整備)|(?:確認|チェック|照合)[^。]{0,8}(?:二人一組|2人1組|二名一組)|(?:二人一組|2人1組|二名一組)[^。]{0,12}(?:確認|チェック|照合)|(?:複数人|複数名|複数の職員|[2-9２-９二三]名|[2-9２-９二三]人)(?:で|による)[^。]{0,12}照合|(?:誤送信|誤送付|誤配信|誤発送)防止(?:の|用の)?(?:システム|ツール|機能|ソフト)(?:を|の)?(?:導入|設定|整備|強化|活用)|(?:承認|許可)を(?:必須|義務付け|義務化)|チェックリスト(?:を|の)?(?:作成|導入|活用|整備|運用)|(?:手順書|点検表|チェック表|確認表)(?:を|も|と)?(?:して)?(?:作成|整備|策定|明確)|(?:複数人|複数の職員|複数名|別の職員|他の職員|二重|ダブル|[2-9２-９二三]名体制|[2-9２-９二三]人体制)[^。]{0,20}(?:確認|チェック)|(?:チェック|確認)体制(?:の|を)?(?:強化|整備|構築|見直)|手順(?:を|の)?(?:遵守|徹底)|管理[・･]監督|監督(?:を|の)?徹底|(?:管理|運用)体制(?:の)?(?:強化|徹底|整備|構築)|管理(?:体制)?(?:の|を)(?:さらなる|一層の)?徹底|(?:取扱い?|取り扱い)(?:の)?徹底|ルール(?:の)?(?:策定|徹底|整備|改善)|運用(?:の|を)?(?:改善|変更|徹底)|手順(?:の)?(?:策定|見直|徹底)|マニュアル(?:の|を)?(?:整備|作成|改訂|改定|見直|策定|徹底|遵守)|監督(?:指導)?の徹底|確認(?:を|の)?徹底|記録し[^。]{0,60}徹底|品質基準|管理を確実に|(?:取扱い?|取り扱い|作業手順|手順|業務|運用|事務処理)(?:等)?(?:に関する|の)?(?:再)?点検(?:・[^。]{0,6})?(?:を)?(?:行|実施|進め|図|徹底)|(?:持ち?出し|持ち帰り|使用|利用|送信|保存|接続|共有)(?:を|は)(?:原則(?:として)?)?禁止(?:し(?!てお)|と|いたし(?!てお)|する)|(?:といった|などの|等の)再発防止策を(?:と|講|実施)|(?<![^\n])\s*(?:[0-9]+\s*[.)]?\s*)?再発防止策\s*(?=\n)|\b(?:review|revis)\w*\s+(?:of\s+)?(?:our\s+|its\s+|the\s+)?(?:\w+\s+){0,4}(?:policies|procedures|processes|practices|standards|design|protocols)\b|\bquality\s+standards\b|(?:ポリシー|規程|規則|要領|ガイドライン|基準)(?:等)?(?:を)?(?:定め(?:る|た|ま)|改め)|(?:規程|規則|要領|ガイドライン|ルール|マニュアル|基準)(?:等)?の(?:順守|遵守)|チェック(?:を|の)?(?:強化|徹底)/i,
  },
  {
    key: 'data_deletion',
    re: /(?:削除|破棄|消去|廃棄)(?:され|済みであ)(?:た|ている)こと(?:を|が)(?:確認|判明)|削除(?:依頼|を依頼|等を依頼|をお願い|していただ|を要請|を願い出|を求め)|から(?:の)?(?:削除|消去)(?:し|いたし|を(?:行|実施))|(?:削除|破棄|消去)(?:の|を)?(?:確認|完了|実施|要請|指示|求め)|(?:削除|破棄|消去|回収)(?:する|した)(?:とともに|と共に|ほか|上で|うえで)|(?:削除|破棄|消去|回収)済|削除の(?:依頼|お願い|要請)|削除(?:し|する)[^。]{0,20}よう[^。]{0,10}(?:依頼|要請|お願い|指示)|削除(?:等)?の(?:対応|措置)|削除され(?:てい|てお)(?!るべき|なかった|ない)|(?:データ|メール|ファイル|情報)(?:の)?(?:回収|破棄|廃棄)|回収(?:いたしました|しました|済|を完了|に伺|し(?:た|てお|ており)|いたしてお)|返却(?:を(?:直接)?受け|していただ|いただ)|(?:返却|返送|回収|返還)(?:を)?(?:要請|依頼)(?:し|いたし|した)|(?:返却|返送|返還)(?:する|して(?:いただく|もらう))?よう(?:に)?(?:依頼|要請)|回収され(?:た|まし|てい|てお)|発見し、?回収|(?<=を|のまま|全て|すべて)回収(?:し|いた|、|(?=[ 　]*(?:\n|$)))|返戻され(?:た|まし)|回収、破棄|破棄(?:した旨|いただく?よう)|(?:返却|返送)(?:された|した)ことを確認|(?:書類|文書|資料|郵便物|名簿|一覧)(?:等)?を[^。]{0,15}(?:持参され|返却され|返送され)|(?:書類|文書|確認書|通知書|資料|登録票|名簿)(?:等)?(?:の|を)回収(?:し|を|に|いた|する|済)|(?:データ|情報|ファイル|メール)(?:を|の)?(?:全件)?(?:削除|消去)(?:し|いたし|を(?:確認|完了|行)|済)|消去(?:の報告|を確認|を求め|しました|いたしました)|(?:(?<![0-9０-９])[0-9０-９]+(?:時|分)(?:[0-9０-９]+分)?(?:頃)?に|直ちに|速やかに|即座に|即日|その場で)(?:当該[^。]{0,10}を)?(?:削除|消去)(?:し|いたし)|\b(?:destroyed|deleted|purged|removed)\b[^.]{0,40}|\bcopies\b[^.]{0,60}\b(?:destroyed|deleted)\b|回収を(?:行|実施|完了)|回収(?:でき|出来)(?:まし|た|てい|てお)|削除する(?:よう)?(?:依頼|要請|お願い)|(?:当該|該当|誤送信した|誤って送(?:信|付)した|誤送付した)(?:(?!ページ|サイト)[^。]){0,12}を(?:直ちに|速やかに|即座に)?(?:削除|消去|回収)(?:し|いたし|する|した)/i,
    not: /メールごと|清掃業者|回収業者|回収コンテナ|リサイクル|メール自体|添付ファイル(?![^。、]{0,4}削除(?:依頼|を依頼|の依頼|をお願い|を要請))|不審|フィッシング|開封(?:せず|しないで)|\bdo\s+not\b/,
  },
  {
    key: 'bug_fixed',
    re: /(?:プログラム|システム|不具合)(?:を|の)?(?:速やかに|直ちに|早急に|至急)?(?:修正|改修)|脆弱性(?:を|の|は)?(?:速やかに|直ちに|既に|すでに)?(?:修正|解消|改修)(?:し|いたし|を(?:行|実施)|済|が完了|を完了)|(?:セキュリティ)?(?:パッチ|修正プログラム)(?:を|の)?適用(?:し|いたし|を(?:行|実施)|済)|不具合(?:を|は)?(?:解消|修正)|\b(?:program|software|bug|code|system)\b[^.]{0,30}\b(?:was|were|has\s+been)\s+(?:corrected|fixed|patched)\b|\bfixed\s+the\s+(?:bug|issue|problem)\b|\bpatched\b|改ざん(?:され(?:た|ていた))?(?:箇所|ファイル|プログラム|ページ)(?:を|の)(?:修正|修復|削除)|不正な(?:スクリプト|プログラム|コード)[^。]{0,40}(?:削除|除去)(?:し|した|いたし)/i,
  },
  {
    // English: an offer to pay the reader ("we will reimburse you", "sending each customer a gift
    // card"), not the word alone — workers' compensation, pay data and reimbursement claims are no offer.
    key: 'compensation',
    re: /お詫びの品|金券|QUOカード|クオカード|ギフト券|商品券|ポイント(?:を)?(?:付与|進呈)|補償(?:いたします|します)|返金|\b(?:will|we|would|agree\w*\s+to|offer\w*\s+to)\s+(?:\w+\s+)?(?:reimburse|compensate)\s+(?:you|affected|impacted|eligible|customers|individuals|members|patients|them)\b|\b(?:offer|provid|send|issu|giv)\w*\s+(?:you\s+|each\s+\w+\s+)?(?:with\s+)?an?\s+(?:\$\d+\s+)?gift\s+card\b/i,
  },
  {
    key: 'credit_monitoring_offered',
    re: /信用情報(?:の)?(?:監視|モニタリング)|\bcredit[- ]monitoring\b|\bidentity\s+(?:theft\s+)?(?:protection|monitoring|restoration)\b|\bIdentityWorks\b|\bcredit\s+monitoring\s+services?\b/i,
  },
];

// A step under a 再発防止 heading that changes how the work is done: a rule for a case
// (「…する場合には…とする」), a thing always or only done (「必ず」「…のみに送る」), a decision
// (「…こととした」).
const PROCEDURE_STEP =
  /場合(?:に)?は|際(?:に)?は|必ず|のみ(?:に|で|を|と)|ことと(?:し|する|いたし)|ようにし|(?:する|した)ようにしま|(?:を|の)徹底|(?:を|の)(?:点検|確認)(?:を)?(?:行|実施|進め)|(?:整備|策定|作成)(?:し|する|いたし|を行)/;
// Vows, advice, and promises to report what is found later (「判明した場合は改めてお知らせします」).
const NOT_A_STEP =
  /努めて(?:まいり|参り|いき)|所存|ください|お願い|再発防止(?!策)(?:の|を)徹底|お知らせ|ご報告|公表|判明(?:した|し次第)/;
// Care in general (管理の徹底, 取扱いの徹底, 管理体制の強化): a step only when told as done (管理・監督
// stays a step: the sets disagree on it, A/334 and B/298 carry the same words).
const GENERIC_CARE = /^(?:管理(?![・･]監督)|取扱|取り扱|(?:管理|運用)体制)/;
const VOW = /(?:て|に)(?:まいり|参り|いき|まい)|努め|所存|万全を期/;
const ADVICE_DELETE = /ください|お願い(?:いた)?します|お願い申し上げ/;
const NOT_NOTIFY = /ご迷惑|ご心配|いただきますよう/;
const STAFF_NOT_A_STEP_AFTER =
  /^(?:票|資料|記録|用の?資料|の資料|簿)|^(?:を)?(?:し|行っ|実施し|図っ)て(?:い|おり)ました|^(?:を)?(?:し|行っ|実施し|図っ)てき(?:た|ました|ており)/;
// 「二重チェックを行わないまま送付した」: a step left out, told as the cause, not a measure taken.
const OMITTED_AFTER = /^(?:を|は|も)?(?:行わ|実施せ|せ|し|取ら)(?:ない(?:まま|で)|ず(?:に|、))/;
// 「怪しい電話があった」 tells what happened; a warning asks the reader to do something.
const WARNS_JA = /注意|開か|留意|開封|削除|応じ|気をつけ|気を付け|ください|お願い|ないよう|ご連絡|ご相談/;
const HAS_KANA_KANJI = /[ぁ-んァ-ヶ一-龥]/;
// What follows a closing 」 when the quotation was said: 「…」と話した, と述べ, とコメント.
const SAID_AFTER = /^と(?:話|述べ|コメント|語|強調|説明|陳謝)/;
// 「当館ではこれまで毎年、職員に研修を行っており、…」: what was done before the incident, told as
// habit (これまで, 従来から, 日頃から; not 「これまでの対策を見直し」「従来より高度な」), not a step taken in response — unless the sentence goes on to
// what follows now (今後, 改めて, さらに, 一層).
const HABIT_BEFORE = /これまで(?!の)|従来から|日頃(?:から|より)|以前から|平素から/;
const NOW_AFTER = /今後|改めて|あらためて|さらに|更に|一層|今回|本件/;
// 「…二人で確かめなかったために起きたものです」「…が原因と考えています」: a sentence telling
// the cause names what was missing when it happened, not a step taken since.
const CAUSE_STATED =
  /(?:が|も)(?:主な|直接の)?原因(?:で(?:す|あ)|と(?:考え|思われ|み(?:られ|てい)|推測|判断)|となっ|として)|(?:により|によって|ため)(?:発生|生じ)した(?:もの|事案|事故)|原因(?:は|としては)[、,]/;
// 150 Japanese branches starting with ~130 different characters: gated (see first-chars.ts).
const LEXICON = compileByScript(
  [...RULES, ...EN_MEASURE_RULES, ...EN_WEB_MEASURE_RULES, ...EN_TOLD_MEASURE_RULES, ...EN_ACT_MEASURE_RULES],
  true,
);

// Under a heading that tells what was done ("What We Are Doing", "Mitigation"), a thing the writer
// halted ("halted the nightly billing run", "paused the portal") is a service suspended; the
// intruder's access or activity stopped is access_blocked's.
const HALTED_EN =
  /\b(?:halted|paused|suspended|stopped|deactivated|disabled|shut\s+down)\s+((?:the|our|its|all)\s+(?:[\w’'-]+\s+){0,3}?[\w-]+)/i;
const NOT_A_SERVICE_EN =
  /\b(?:access|activity|attack|accounts?|connections?|intruders?|attackers?|unauthori[sz]ed|malicious)\b/i;

/**
 * True when offset `at` of `s` stands inside an unclosed 「 (a quoted title or phrase) no longer than
 * `max` characters: a long quotation is someone's statement, whose steps count.
 */
function insideQuote(s: string, at: number, max = Number.POSITIVE_INFINITY): boolean {
  const open = s.lastIndexOf('「', at);
  const close = s.indexOf('」', at);
  return open >= 0 && s.lastIndexOf('」', at) < open && close > 0 && close - open <= max;
}

/**
 * Sentence `s` up to offset `end` and the next 40 characters, unless those open an "of/about …"
 * complement (what the people were told about is not who told them).
 */
function upToComplement(s: string, end: number): string {
  const after = s.slice(end, end + 40);
  return /^\s+(?:of|about|regarding|concerning)\b/i.test(after) ? s.slice(0, end) : s.slice(0, end + 40);
}

// Where one Japanese clause of steps ends and the next begins (「…を行うとともに…依頼、また…依頼した」);
// 「用紙とともに」 after a noun joins two things, not two clauses.
const JA_CLAUSE_END = /(?<=[うくすつぬむるいしたえけせてねれ])(?:とともに|と共に)|、また[、,]?|。/g;

/**
 * The clause of Japanese sentence `s` holding the hit at `start`–`end`: an exclusion in the next
 * clause (怪しいメールが届いたら知らせるよう頼む) says nothing of this step.
 */
function clauseAround(s: string, start: number, end: number): string {
  let from = 0;
  let to = s.length;
  for (const m of s.matchAll(JA_CLAUSE_END)) {
    const i = m.index ?? 0;
    if (i + m[0].length <= start) from = i + m[0].length;
    else if (i >= end) {
      to = i;
      break;
    }
  }
  return s.slice(from, to);
}

/** Segments laid end to end (joined by newlines), for callers that pass no text. */
export function rebase(segments: Segment[]): Segment[] {
  let pos = 0;
  return segments.map((s) => {
    const r = { ...s, start: pos, end: pos + s.text.length };
    pos = r.end + 1;
    return r;
  });
}

/**
 * Whether a measure's hit `match` at offset `at` of sentence `s` (of `seg`) is passed over: the rule's
 * own exclusions, a negation, a habit or cause told instead of a step taken, a vendor's step, a vow,
 * advice, an apology to all.
 */
function measureVetoed(
  rule: Rule,
  match: string,
  s: string,
  at: number,
  seg: Segment,
  structure: NoticeStructure | undefined,
  vendorsOf: () => string[],
  enSectionOf: (at: number) => string | null,
  index: number,
): boolean {
  if (
    rule.not?.test(
      rule.notUpTo
        ? upToComplement(s, at + match.length)
        : rule.key === 'data_deletion' && HAS_KANA_KANJI.test(match)
          ? clauseAround(s, at, at + match.length)
          : s,
    )
  )
    return true;
  if (negated(s, at, at + match.length)) return true;
  if (
    rule.key === 'staff_training' &&
    HABIT_BEFORE.test(s.slice(Math.max(0, at - 30), at)) &&
    !NOW_AFTER.test(s)
  )
    return true;
  // A sentence under 「原因」 (or one stating the cause) says which check was missing, not a
  // procedure adopted since.
  if (
    (rule.key === 'process_review' || rule.key === 'access_control_tightened') &&
    HAS_KANA_KANJI.test(match) &&
    (CAUSE_STATED.test(s) || (structure !== undefined && sectionAt(structure, seg.start) === 'cause'))
  )
    return true;
  // 「指導票」「研修資料」 name a paper; 「指導していました」 tells what was done before the incident.
  if (
    rule.key === 'staff_training' &&
    STAFF_NOT_A_STEP_AFTER.test(s.slice(at + match.length, at + match.length + 12))
  )
    return true;
  // A quoted title (「…研修の実施について」) followed by 通知/文書 names the paper, not training given.
  // (Words quoted as said — 「…徹底したい」と述べた — are a statement, not a title.)
  if (
    rule.key === 'staff_training' &&
    insideQuote(s, at, 40) &&
    !SAID_AFTER.test(s.slice(s.indexOf('」', at) + 1))
  )
    return true;
  if (OMITTED_AFTER.test(s.slice(at + match.length, at + match.length + 10))) return true;
  if (vetoEnglish(rule.key, s, match)) return true;
  if (vetoEnglishWeb(rule.key, s, match)) return true;
  if (vetoActs(rule.key, s, match)) return true;
  // "What you can do: … turn on two-factor authentication": the reader's safeguard, not the writer's.
  if (
    WRITER_ONLY.has(rule.key) &&
    !HAS_KANA_KANJI.test(match) &&
    enSectionOf(index) === 'advice' &&
    /\b(?:you|your|yourself)\b/i.test(s)
  )
    return true;
  // "Example Host retained forensic experts": the vendor's step, not the organisation's. (Card
  // issuers watch the cards whoever told them: card_monitoring is never the organisation's own.)
  if (
    rule.key !== 'individual_notification' &&
    rule.key !== 'credit_monitoring_offered' &&
    rule.key !== 'card_monitoring' &&
    !HAS_KANA_KANJI.test(match) &&
    saidOfThirdParty(s, vendorsOf())
  )
    return true;
  // 「…管理を徹底してまいります」「管理体制の強化に努めます」: a general vow names no step taken.
  if (rule.key === 'process_review' && GENERIC_CARE.test(match) && VOW.test(s)) return true;
  if (rule.key === 'data_deletion' && ADVICE_DELETE.test(s) && !/削除依頼/.test(s)) return true;
  if (rule.key === 'phishing_warning' && HAS_KANA_KANJI.test(match) && !WARNS_JA.test(s)) return true;
  // An apology posted for all to read (「謝罪文を掲載した」) is not a word to each person.
  if (rule.key === 'individual_notification' && /掲載|公表|公開/.test(match)) return true;
  // 「「…(おわび)」という文書を公開した」: a titled paper posted for all, not a word to each person.
  if (
    rule.key === 'individual_notification' &&
    HAS_KANA_KANJI.test(match) &&
    /^[^。]{0,20}(?:文書|書面|お知らせ)(?:が|を)(?:公開|掲載|公表)/.test(s.slice(at + match.length))
  )
    return true;
  // A generic apology (「皆様に対し…ご迷惑…お詫び」) or a request to the reader is not a notification.
  if (
    rule.key === 'individual_notification' &&
    (NOT_NOTIFY.test(s.slice(Math.max(0, at - 24), at + match.length + 12)) ||
      // 「…皆様にご心配をおかけ…お詫び申しあげます」: an apology to all.
      (/(?:お詫び|おわび|謝罪)$/.test(match) &&
        /^(?:を)?申し(?:上|あ)げ/.test(s.slice(at + match.length)) &&
        /皆様|皆さま|皆さん|信頼/.test(s.slice(0, at + match.length)))) &&
    !/個別/.test(s)
  )
    return true;
  return false;
}

/**
 * Measures a notice says were taken or announced.
 *
 * @example extractMeasures(splitSentences('全アカウントのログインを遮断しました。')).map(f => f.value) // → ['logins_blocked']
 */
export function extractMeasures(
  segments: Segment[],
  text?: string,
  structure?: NoticeStructure,
): Fact<Measure>[] {
  const found = new Map<Measure, Fact<Measure>>();
  const full = text ?? segments.map((s) => s.text).join('\n');
  const segs = text ? segments : rebase(segments);
  let vendors: string[] | undefined;
  // English sections ("What we are doing", "What you can do"), read only when a hit asks.
  let enSecs: ReturnType<typeof enSections> | undefined;
  const enSectionOf = (at: number) => {
    enSecs ??= enSections(full);
    return enSectionAt(enSecs, at);
  };
  const vendorsOf = (): string[] => {
    vendors ??= thirdPartyNames(full);
    return vendors;
  };
  for (const hit of scanByScript(LEXICON, full, (r) => found.has(r.key))) {
    const rule = hit.rule as Rule;
    if (found.has(rule.key)) continue;
    const seg = segs[segmentIndexAt(segs, hit.index)];
    if (!seg || hit.index < seg.start || hit.index >= seg.end) continue;
    const s = seg.text;
    const at = hit.index - seg.start;
    if (measureVetoed(rule, hit.match, s, at, seg, structure, vendorsOf, enSectionOf, hit.index)) continue;
    found.set(rule.key, factOf(rule.key, seg, 0.7));
  }
  // Safeguards told verb first ("implemented stricter access controls"), found apart (actVerbHits).
  if (/[A-Za-z]/.test(full)) {
    for (const hit of actVerbHits(full, (key) => found.has(key))) {
      if (found.has(hit.rule.key)) continue;
      const seg = segs[segmentIndexAt(segs, hit.index)];
      if (!seg || hit.index < seg.start || hit.index >= seg.end) continue;
      const at = hit.index - seg.start;
      if (
        measureVetoed(
          hit.rule as Rule,
          hit.match,
          seg.text,
          at,
          seg,
          structure,
          vendorsOf,
          enSectionOf,
          hit.index,
        )
      )
        continue;
      found.set(hit.rule.key, factOf(hit.rule.key, seg, 0.7));
    }
  }
  if (!found.has('process_review') && structure && text) {
    for (const seg of segs) {
      if (sectionAt(structure, seg.start) !== 'prevention') continue;
      if (!PROCEDURE_STEP.test(seg.text) || NOT_A_STEP.test(seg.text)) continue;
      found.set('process_review', factOf('process_review', seg, 0.5));
      break;
    }
  }
  // Steps listed under an English response heading: a noun phrase ("- Additional staff training"), or
  // a verb with no subject ("- Reset every staff password", "- Notify affected customers"), read as
  // the writer's own.
  if (text && /[A-Za-z]/.test(text) && !HAS_KANA_KANJI.test(text)) enSecs ??= enSections(full);
  if (text && enSecs?.response) {
    for (const seg of segs) {
      if (!/^[\s\-–—•*·▪●○■◦\d.)]*[A-Za-z]/.test(seg.text) || HAS_KANA_KANJI.test(seg.text)) continue;
      if (enSectionOf(seg.start) !== 'response') continue;
      const key = listedStepEn(seg.text);
      if (key !== null && !found.has(key) && !negated(seg.text, 0, seg.text.length))
        found.set(key, factOf(key, seg, 0.5));
      for (const rule of EN_SECTION_MEASURE_RULES) {
        const m = found.has(rule.key) ? null : rule.re.exec(seg.text);
        if (
          m &&
          !measureVetoed(
            rule,
            m[0],
            seg.text,
            m.index,
            seg,
            structure,
            vendorsOf,
            enSectionOf,
            seg.start + m.index,
          )
        )
          found.set(rule.key, factOf(rule.key, seg, 0.5));
      }
      const step = subjectlessStepEn(seg.text);
      if (step === null) continue;
      for (const hit of scanByScript(LEXICON, step, (r) => found.has(r.key))) {
        const rule = hit.rule as Rule;
        if (found.has(rule.key) || hit.index < 3) continue;
        if (
          measureVetoed(rule, hit.match, step, hit.index, seg, structure, vendorsOf, enSectionOf, seg.start)
        )
          continue;
        found.set(rule.key, factOf(rule.key, seg, 0.5));
      }
    }
  }
  // A breach letter addressed to its reader ("Dear Customer," over "What Happened") is itself the
  // individual notification, whether or not it says so in words.
  if (text && !found.has('individual_notification') && !HAS_KANA_KANJI.test(text)) {
    const at = letterSalutationAt(text);
    const seg = at < 0 ? undefined : segs[segmentIndexAt(segs, at)];
    if (seg) found.set('individual_notification', factOf('individual_notification', seg, 0.5));
  }
  if (!found.has('service_suspended') && structure && text) {
    for (const seg of segs) {
      if (sectionAt(structure, seg.start) !== 'response') continue;
      const m = HALTED_EN.exec(seg.text);
      if (!m || NOT_A_SERVICE_EN.test(m[1] ?? '') || /\b(?:you|your)\b/i.test(seg.text)) continue;
      if (negated(seg.text, m.index, m.index + m[0].length)) continue;
      found.set('service_suspended', factOf('service_suspended', seg, 0.5));
      break;
    }
  }
  return [...found.values()];
}
