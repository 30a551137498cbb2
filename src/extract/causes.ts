import {
  checkoutStated,
  EN_CAUSE_RULES,
  providerIncident,
  reconcileEnglish,
  vetoCauseEnglish,
} from './causes-en.js';
import { EN_ACCESS_RULES } from './causes-en-access.js';
import { EN_CLAUSE_RULES } from './causes-en-clause.js';
import { EN_DEFECT_RULES } from './causes-en-defect.js';
import { EN_MECHANISM_RULES, vetoMechanismEnglish } from './causes-en-mechanism.js';
import { reportedVendorIncident } from './causes-en-report.js';
import { factOf } from './fact.js';
import { explainsTerm } from './glossary.js';
import { compileByScript, type LexRule, scanByScript } from './lexicon.js';
import { rebase } from './measures.js';
import { negated } from './negation.js';
import { type Segment, segmentIndexAt } from './segment.js';
import { type NoticeStructure, sectionAt } from './structure.js';
import type { Cause, DataClass, Fact } from './types.js';

/**
 * Causes of an incident (taxonomy keys). Each rule is a keyword pattern with optional exclusions
 * for the sentence it appears in; a denied clause (「ランサムウェアによるものではありません」) does not
 * count. Then the set is reconciled: "unauthorised access, method not stated" is dropped when the
 * notice states the method (phishing, misconfiguration …) except that the explicit term 不正アクセス /
 * "unauthorized access" stays beside ransomware and payment-page tampering, which notices name as
 * its result; malware gives way to ransomware.
 */

interface Rule {
  key: Cause;
  re: RegExp;
  /** The sentence must not match this. */
  not?: RegExp;
  /** Paraphrase (not the term itself): dropped when a specific method is stated. */
  weak?: boolean;
}

const ADVICE_EN =
  /\b(?:be (?:alert|vigilant|cautious|aware|wary)|beware|watch (?:out )?for|do not (?:click|open|respond)|precautions|common and|scams are)\b/i;
const ADVICE_JA = /ご注意|注意喚起|ご留意|お気をつけ|開封せず|削除して(?:いただ|くだ)/;

const RULES: Rule[] = [
  {
    key: 'unauthorized_access',
    re: /不正アクセス|不正侵入|不正に(?:アクセス|侵入)(?:され|し|を受け)|不正な(?:アクセス|侵入|ログイン)(?:を(?:行|受け)|が(?:行|あ|確認))|不正ログイン(?!の(?:形跡|痕跡))|\bunauthori[sz]ed\s+access\b|\baccessed\s+without\s+authori[sz]ation\b|\bunauthori[sz]ed\s+(?:breach|intrusion)\b/i,
    // Only a safeguard or a warning that governs the term itself: "…を受け、再発防止に努めます" and
    // "…を受け、流出したおそれがあります" still state the attack.
    not: /不正(?:アクセス|侵入|ログイン)(?:を|の)?(?:防止|防ぐ|防ぎ|未然)|不正(?:アクセス|侵入|ログイン)(?:への|の)?対策|(?:防止|防ぐ|防ぎ)[^。、]{0,6}不正(?:アクセス|侵入|ログイン)|不正(?:アクセス|侵入|ログイン)(?:の|される|を受ける)(?:恐れ|おそれ)|\b(?:prevent|protect(?!ed\s+health\s+information)|safeguard|guard)\w*\s+(?:\w+\s+){0,5}(?:from\s+|against\s+)?(?:any\s+|further\s+|future\s+)?unauthori[sz]ed\s+access/i,
  },
  {
    key: 'unauthorized_access',
    weak: true,
    re: /サイバー攻撃|外部からの攻撃|\bhack(?:ed|ing|ers?)\b|\bcyber-?attacks?\b|\bunauthori[sz]ed\s+(?:third[- ]part(?:y|ies)|part(?:y|ies)|users?|individuals?|actors?|persons?|entit(?:y|ies))\b[^.]{0,80}\b(?:accessed|gained access|obtained access|access(?:ed)? to|in possession)|\b(?:accessed|obtained access|gained access)\b[^.]{0,60}\bunauthori[sz]ed\b|\bunidentified\s+third[- ]party\b[^.]{0,60}\bpossession\b|\bunauthori[sz]ed\s+(?:IP addresses|users?)\b|\b(?:malicious|unknown|criminal|outside)\s+(?:part(?:y|ies)|actors?|third[- ]part(?:y|ies)|individuals?|attackers?)\b[^.]{0,60}\b(?:gained\s+access|obtained\s+access|accessed)\b|\bcyber[-\s]?criminals?\b|\bthreat\s+actors?\b|\bintrusion\b(?!\s+(?:detection|prevention))/i,
    // "protected health information" names the data (US health letters), not a safeguard.
    not: /prevent|protect(?!ed\s+health\s+information)/i,
  },
  { key: 'sql_injection', re: /SQL\s?インジェクション|\bSQL\s+injection\b|\bSQLi\b/i },
  {
    key: 'vulnerability_exploit',
    re: /脆弱性(?!診断|検査|テスト|評価|スキャン|対策|の有無|調査|を(?:診断|検査)|への対応)|ゼロデイ|\bvulnerabilit(?:y|ies)\b(?!\s+(?:scan|assessment|testing|test))|\bzero-day\b|\bexploit(?:ed|ing)?\b|\bsecurity\s+flaws?\b/i,
    not: /パスワード(?:が|の)脆弱|脆弱なパスワード|診断|\bassessment\b/,
  },
  {
    key: 'credential_stuffing',
    re: /リスト型攻撃|パスワードリスト攻撃|パスワード(?:が|を)[^。]{0,6}(?:解読|突破)(?:され|し)|(?:外部|他社|他の(?:サービス|サイト)|他サイト)[^。]{0,20}(?:不正に)?(?:取得|入手|流出)[^。]{0,24}(?:ID|パスワード|アカウント情報)[^。]{0,12}(?:を(?:使|用|利用)|による|で(?:ログイン|不正))|総当たり|ブルートフォース|辞書攻撃|\bcredential\s+stuffing\b|\bbrute[- ]force\b|\bpassword\s+spraying\b/i,
  },
  {
    key: 'weak_credentials',
    re: /パスワード(?:が|の)脆弱|脆弱なパスワード|推測(?:されやすい|が容易な)|初期パスワード|パスワード(?:の)?(?:使い回し|強度が不十分)|\bweak\s+passwords?\b|\bdefault\s+(?:passwords?|credentials)\b/i,
    // Advice to readers (「使い回しはお控えください」) tells no event.
    not: /お願い|しないよう|お控え|避けて|ご注意|ご留意|推奨/,
  },
  {
    // 「…を装ったSMSが届き、…入力」: a disguised message someone acted on. Mail sent out in the
    // organisation's name (「当社社員を装った不審メールが送信され」) is a result, not the cause. A fake
    // infection warning with a number to call (サポート詐欺) is social engineering, not malware. Our own
    // account impersonated (「当店のアカウントのなりすましで送信」) was taken over, not phished.
    key: 'phishing',
    re: /サポート詐欺|(?:偽の?|感染(?:を示す|した(?:との|という|旨の)))[^。]{0,10}警告(?:画面|表示|メッセージ)|(?:を|に)装(?:っ(?:た|て)|う)[^。]{0,12}(?:SMS|ショートメッセージ|メール|サイト|ページ|通知)[^。]{0,30}(?:が届き|が届いた(?!際|場合|とき|時)|を(?:受信|開封)し|誤認|信じ|入力し|アクセスし|返信し|ログインし)|フィッシング(?!メール(?:が|を|の)?(?:[^。、]{0,16}?宛て?に?)?(?:送信|送付|配信))|攻撃メール(?:にて|により|による|を(?:受|開))|標的型(?:攻撃)?メール|ソーシャル\s?エンジニアリング|(?<!(?:アカウント|アドレス|ドメイン)の)なりすまし(?:メール)?」?(?:による|に騙|にだま)|なりすましメール」?が[^。]{0,12}(?:原因|きっかけ)|\bphishing\b|\bsocially\s+engineered\b|\bsocial\s+engineering\b|\bimpersonat(?:ing|ed|ion)\b|\bdisguised\s+to\s+appear\b|\bspoof(?:ed|ing)\b|\bbusiness\s+email\s+compromise\b/i,
    not: /(?:ADVICE)/,
  },
  {
    key: 'malware',
    re: /マルウ[ェエ]ア|コンピュータ[ー]?\s?ウ[イィ]ルス|(?<!コロナ)ウ[イィ]ルス(?:に)?感染|Emotet|エモテット|トロイの木馬|\bmalware\b|\bmalicious\s+(?:piece\s+of\s+)?(?:computer\s+)?(?:software|code|program)\b|\bvirus\b|\btrojan\b|\bkeylogger\b/i,
    not: /サポート詐欺|感染(?:を示す|した(?:との|という|旨の))[^。]{0,10}警告|偽の?警告|ウイルス対策|アンチウイルス|\banti-?virus\b|開封や.*クリック/,
  },
  {
    key: 'ransomware',
    re: /ランサム\s?ウ[ェエ]ア|身代金|\bransomware\b|\bencrypted\s+by\s+(?:an?\s+)?(?:attacker|threat actor)|\b(?:demanded|demanding|demands|pay|paid|paying)\s+(?:an?\s+|the\s+)?ransom\b|\bransom\s+(?:demand|note)s?\b/i,
  },
  {
    key: 'web_skimming',
    re: /不正な(?:プログラム|スクリプト|コード)(?:が|を)[^。]{0,12}(?:埋め込|設置|仕込|挿入)|(?:決済|カード|購入)(?:画面|ページ|フォーム|アプリケーション)?[^。]{0,20}改ざん|(?:プログラム|システム)[^。]{0,12}改ざん|改ざん[^。]{0,30}(?:決済|カード)|\bskimm(?:er|ing)\b|\b(?:malware|malicious\s+(?:piece\s+of\s+)?(?:computer\s+)?(?:software|code))\b(?:[^.]|\.(?=\w)){0,120}\b(?:websites?|web\s+server|e-commerce|online\s+store|web\s+store|checkout)\b|\bmagecart\b|\bcapture\s+payment\s+card\b|\bcheckout\s+page\b[^.]{0,60}\b(?:modified|altered|malicious)/i,
  },
  {
    key: 'misconfiguration',
    re: /(?:セキュリティ|アクセス制限|認証|保護)[^。]{0,6}設定[^。]{0,6}(?:解除|無効化?)(?:状態|され|にな|とな)|設定(?:の|に)?(?:不備|ミス|誤り|が不完全|が不十分|が不足|等が不足|漏れ)|誤設定|誤掲載|誤った(?:アクセス)?(?:権限|公開範囲|共有範囲|閲覧範囲|公開|共有)[^。]{0,6}設定|設定(?:が|を)誤|設定において誤|設定[^。]{0,12}(?:人為的|作業)?ミス|個人情報(?:を|が)(?:含む|含まれ(?:た|る))[^。]{0,40}(?:掲載|公開)(?:して|され)|非公開(?:とすべき|にすべき|であるべき)|非表示に(?:した|していた)(?:はず|つもり)|(?:黒塗り|マスキング|塗り(?:隠|潰|つぶ))[^。]{0,30}(?:不十分|不備|不完全|されていな|できていな|外れ|見える|読み取れ|判読)|原因(?:となった|である)[^。]{0,20}設定|誤って(?:公開|掲載)|閲覧範囲|アクセス制限の設定|公開設定|\bmisconfigur\w*|\bconfiguration\s+(?:error|issue|mistake)s?\b|\bpublicly\s+(?:accessible|available|exposed)\b|\bby\s+mistake\b[^.]{0,0}|\bplaced\s+on\b[^.]{0,80}\bby\s+mistake\b|\bunsecured\s+(?:server|database|bucket)\b|\bleft\s+(?:open|exposed|unprotected)\b|\b(?:inadvertently|mistakenly|unintentionally)\s+(?:made\s+)?(?:publicly\s+)?(?:accessible|available|visible|viewable|exposed|posted|published)\b|\b(?:was|were|been)\s+(?:made\s+)?(?:publicly\s+)?(?:accessible|visible|viewable|browsable)\s+(?:to\s+(?:the\s+public|anyone|outside\s+parties)|on\s+the\s+(?:internet|public\s+internet|web))\b|\bbrowsable\b|\bindexed\s+by\s+(?:Google|search\s+engines?)\b|\bnot\s+password[- ]protected\b|\bwithout\s+(?:password\s+protection|requiring\s+a\s+password)\b/i,
    // A protective setting left off (a security or access-control setting found 解除 or 無効) left the system open.
    // Mail forwarded to a mistyped address (「転送先アドレスの設定ミス」) went to the wrong
    // recipient: that is misdelivery (rule below), not a system left open.
    // So is a mail's recipient field set wrong (「宛先の設定を誤り」「BCCの設定を誤って」): a sending.
    not: /転送先[^。]{0,16}設定(?:の)?(?:ミス|誤り|不備)|転送設定(?:の)?(?:ミス|誤り|不備)|(?:宛先|あて先|送信先|送付先|BCC|Bcc|bcc|CC|TO)(?:欄)?(?:の)?設定/,
  },
  {
    // 「ネット上で…閲覧可能な状態」: data left reachable — unless the sentence tells it was
    // the damage of an attack (「…が被害にあい、…閲覧可能となった」) or of a defect.
    key: 'misconfiguration',
    weak: true,
    re: /(?:インターネット上|外部|誰でも|第三者)[^。]{0,40}閲覧(?:可能|できる)な?状態/,
    not: /被害に(?:あ|遭)|攻撃(?:を受け|により|による)|不正(?:に|な)?アクセス(?:を受け|により|による|され)|ランサム|不具合|欠陥|宛先|送信|送付|配信/,
  },
  {
    // 「…が閲覧できる状態になっていた」 without saying to whom: data left reachable, unless the
    // sentence tells it was sent (誤配信), broken into or a defect (those causes say how).
    key: 'misconfiguration',
    // The state is the effect: where the notice names a defect of the service, that is the cause.
    weak: true,
    re: /閲覧(?:可能|でき(?:る|てしまう))な?(?:状態|状況)(?:に(?:なって|あっ)|であ|とな)/,
    not: /配信|送信|送付|宛先|不正(?:に|な)?アクセス|不具合|被害に(?:あ|遭)|攻撃(?:を受け|により|による)|ランサム/,
  },
  {
    key: 'software_bug',
    re: /(?:プログラム|システム)(?:の|上の)?(?:不具合|誤り|バグ|過誤|欠陥)|(?:プログラム|ミドルウェア)(?:の|に)?障害|(?:マイページ|会員(?:ページ|画面|サイト)|ログイン後の画面|アプリ)[^。]{0,30}誤表示|不具合(?:により|のため|が原因|に起因)|\bsoftware\s+(?:bug|defect|error|glitch)\b|\bbug\b|\bglitch\b|\bproblems?\s+with\s+the\b[^.]{0,60}\b(?:system|program|software)\b|\bcoding\s+error\b/i,
    not: /修正|対応いたしました/,
  },
  {
    // 「…が表示される不具合が発生しました」: a defect stated as what happened, unless the sentence
    // names what caused it (「設定不備に伴い…不具合が生じ」 is a misconfiguration).
    key: 'software_bug',
    re: /不具合(?:が(?:発生|生じ)|の発生)/,
    not: /設定|修正|対応いたしました/,
  },
  {
    // 「マイページに他のお客様の情報が表示される事象」: the service showed one user another's data, a
    // defect of the service unless the sentence names a setting, a sending or an attack.
    key: 'software_bug',
    re: /(?:他の|別の|ほかの)(?:ご)?(?:お客様|会員|利用者|ユーザー|患者|方)(?:様|さま)?の[^。]{0,16}(?:情報|データ|画面|ページ)が表示|特定の(?:条件|操作)(?:下|の下|が重な|を行|で|において|に限)[^。]{0,60}(?:表示|閲覧|参照|送信)|(?:内容|情報|データ)が表示される(?:現象|事象)/,
    not: /設定|修正|送信|送付|配信|不正|攻撃|誤って|誤り|ご注意/,
  },
  {
    key: 'residual_data',
    re: /(?:個人データ|個人情報|データ)が(?:記録|保存|記憶)(?:され)?(?:ている|た)(?:まま|状態で|(?:との|という)?認識(?:が|の)?ない)[^。]{0,30}(?:処分|廃棄|流通|売却|譲渡|返却|転売|出品|引き渡)|削除(?:できて|されて)(?:おらず|いなかった)|(?:廃棄|削除|消去)(?:処分)?されるべき(?:もの|データ|個人情報|情報)|(?:個人情報|個人データ|データ)を(?:削除|消去)しなかった|残され(?:てい)?た|残存|消去されずに|削除漏れ|\bnot\s+(?:been\s+)?(?:properly\s+)?deleted\b|\bshould\s+have\s+been\s+deleted\b/i,
    // A rule or an instruction (「…のまま処分しないでください」) tells no event.
    not: /しないで|してはならな|禁止/,
  },
  {
    key: 'misdelivery',
    re: /誤送信|誤送付|誤配送|誤配達|誤った(?:ファイル|資料|書類|データ|通知書)を(?:添付|送信|送付|同封|封入)|添付(?:され|し)(?:た|て(?:いる|いた)?)(?:まま|状態で?)[^。]{0,12}(?:送信|送付|配信|発送)|転送先[^。]{0,16}(?:設定(?:の)?)?(?:ミス|誤り|間違)|裏紙(?:として|に|[^。、]{0,10}を)(?:再)?(?:利用|使用)し(?!ない|ません)|(?:メール|電子メール|郵便|書類)?(?:送信|送付|配信|発送)事故|取り違え|宛名(?:の)?(?:表記)?(?:間違い|誤り)|封入(?:作業)?(?:の|時の)?(?:誤り|ミス|間違い)|別人(?:の|宛て?の)[^。]{0,20}(?:を|が)[^。]{0,6}(?:同封|封入|送付|送信|郵送|交付)|(?:他の|別の)[^。、]{0,10}の[^。]{0,20}(?:が|を)[^。]{0,6}(?:混入|同封|封入)|誤配布|誤配信|誤交付|誤記載|誤封入|誤投函|誤郵送|誤発送|(?:メール)?アドレス(?:\([^)]{0,20}\)|等)?が[^。]{0,10}(?:互いに|他の受信者|受信者全員|受信者同士|全員)[^。]{0,10}(?:見える|表示され|確認できる|閲覧できる)|(?:別の|他の|異なる|本来と異なる)[^。、]{0,8}(?:に|へ|あて|宛て?)[^。]{0,20}(?:送付|送信|郵送|発送|交付|投函)(?:し|され|する|した)|誤ったメールアドレス|誤った(?:宛先|送付先|住所|FAX番号|番号|アドレス)(?:に|へ)|誤添付|誤って[^。]{0,30}(?:送信|送付|送っ|添付|配布|配送|同封|封入|投函|郵送|発送|交付|手渡)|\bBCC\b|宛先欄に|宛先(?:を|に)「?TO|TO\(宛先\)|宛先が確認できる|(?:あて先|宛先|送信先|送付先)(?:の設定)?を(?:誤|間違)|本来(?:意図しない|送るべきでない|の宛先でない)[^。]{0,12}(?:へ|に)[^。]{0,10}(?:配信|送信|送付)|以外の(?:(?!によ)[^。]){0,20}(?:に|へ)も?[^。]{0,6}(?:一斉)?(?:送信|送付|配信)(?:し|され)|他の[^。]{0,15}(?:メール)?アドレス(?:を|が)[^。]{0,6}(?:見られる|見える|閲覧でき|確認でき|表示)|\bmisdirected\b|\b(?:sent|mailed|delivered|faxed|e-?mailed|shipped)\s+(?:[\w-]+\s+){0,4}?to\s+(?:an?\s+|the\s+)?(?:wrong|incorrect|unintended)\b|\bwrong\s+recipients?\b/i,
  },
  {
    // A member of staff who looked up or took personal data for their own ends (「職員が…を不正に
    // 閲覧」「私的な理由から…収集」); not when an outsider did it to a staff account.
    key: 'insider',
    re: /(?:職員|社員|従業員|係長|課長|主任|担当者)(?:\([^)]{0,8}\))?(?:が|は)[^。]{0,80}不正に(?:収集|閲覧|取得|照会|保有|保管|複製)|私的な?(?:理由|目的|用途)[^。]{0,40}(?:閲覧|収集|取得|照会)/,
    not: /第三者|攻撃|不正アクセス|ウイルス|ウィルス|マルウェア|何者か|なりすまし|可能性/,
  },
  {
    // A former member of staff who carried data off (「元職員Aは…データをコピーして持ち去った」
    // 「退職した元職員により…不正に取得され」): the act is the actor's own, not an outsider's attack.
    key: 'insider',
    re: /(?:元職員|元従業員|元社員|退職(?:した|者)[^。、]{0,6}?(?:職員|社員|従業員)?)\s?[A-ZＡ-Ｚ]?(?:\([^)]{0,8}\))?\s?(?:が|は|により|によって)[^。]{0,80}?(?:持ち去|持ち出|不正に取得|コピーし|複製し|盗み出)/,
    not: /ないよう|禁止|防止/,
  },
  {
    // Personal data keyed into or copied onto someone's own phone or PC (「私用スマートフォンに入力して
    // 記録」): taken for their own use, unless the sentence tells of a loss.
    key: 'insider',
    re: /私用(?:の)?(?:スマートフォン|スマホ|携帯(?:電話)?|パソコン|PC|端末|USBメモリ)[^。]{0,10}(?:に|へ)[^。]{0,10}(?:入力|記録|保存|コピー|複製|転送|送信|撮影)/,
    not: /紛失|盗難|置き忘れ|ないよう|禁止/,
  },
  {
    // Media, devices or papers lost or stolen; a domain or account "stolen" (「ドメインの盗難」) was
    // taken over online, which the access rules read.
    key: 'loss_or_theft',
    re: /紛失|(?<!(?:ドメイン|アカウント|ID|パスワード|認証情報)(?:の)?)盗難|(?:一般|家庭|可燃|燃える)ごみ(?:として|と一緒に|に混ぜ)[^。]{0,12}(?:捨て|廃棄|処分|出し)|不法投棄|投棄され(?:て|た)|所在(?:不明|が(?:分から|わから|確認でき)な)(?!い?(?:の)?(?:場合|方|者))|(?<!(?:痕跡|形跡|事実|被害|異常)(?:は|が|も))(?:見当たら(?:ず|ない|なかった)|見あたら(?:ず|ない)|見つかっていない)|置き忘れ|ひったくり|置き引き|(?:鞄|かばん|カバン|バッグ|財布|書類|パソコン|端末|USBメモリ)(?:を|が)[^。]{0,6}(?:奪われ|盗られ|取られ)|誤廃棄|誤って(?:廃棄|滅失|破棄)|滅失|散逸|落下|窃盗|盗まれ|盗んで|車上荒らし|空き巣|\bstolen\b|(?<!identity\s)\btheft\b|\bburglar(?:y|ies|s)?\b|\blost\b|\bmissing\b|\bmisplaced\b|\b(?:could\s+not|unable\s+to)\s+locate\b|\bimproperly\s+disposed\b/i,
    // Something abstract lost is no device or papers ("rebuild the trust we may have lost", "lost
    // access to our systems").
    not: /\bno financial loss|lost revenue|\b(?:trust|confidence|faith|goodwill|reputation|revenue|income|business|time|productivity)\b[^.;]{0,40}\b(?:have|has|had)\s+(?:been\s+)?lost\b|\blost\s+(?:(?:the|our|your|their|its|some|all|any|much)\s+)?(?:trust|confidence|faith|goodwill|access|revenue|income|business|time|productivity)\b/i,
  },
  {
    key: 'insider',
    re: /内部不正|業務外(?:で|の)?[^。]{0,10}(?:閲覧|アクセス)|(?:業務上(?:の)?(?:必要(?:性)?|理由)|業務(?:に|と)(?:は)?関係)(?:が|の)?な(?:い|く)[^。]{0,80}(?:閲覧|盗み見|収集|照会|コピー|アクセス|持ち出)|目的外(?:の)?閲覧|(?:職員|社員|従業員)が[^。]{0,30}(?:個人の|私物の|自宅の)[^。]{0,15}(?:にコピー|に複製)|不正(?:に)?持ち出|(?:職員|社員|従業員|学生|実習生|教員|教職員|関係者|スタッフ)(?:\([^)]{0,8}\))?(?:により|が)[^。]{0,40}(?:持ち出(?:され|し)|漏らし)|無断(?:で)?(?:メモ|撮影|持ち出|複製|コピー|閲覧|盗み見|使用|利用|転送|提供)|(?:職員|社員|従業員|教員)(?:1名)?による(?:個人)?情報(?:の)?(?:流出|漏えい|漏洩|持ち出し)|(?:職員|社員|従業員)[^。]{0,20}(?:私的に閲覧|無断で(?:持ち出|閲覧|複製)|独断で)|(?:職員|社員|従業員)(?:1名)?が[^。]{0,40}(?:盗ん|盗み出|横領|着服)|不正に(?:取得|利用)した従業員|元従業員|元社員|\binsider\b|(?<!\b(?:current|present|and|or|of|about|for|including|to)\s)\bformer\s+employees?\b|\brogue\s+employee\b|\bdeparting\s+employee\b|\b(?:employee|staff\s+member|worker)s?\b(?![’'])[^.]{0,60}\b(?:illegally|allegedly)\b|\bemployees?\s+of\s+(?:one\s+of\s+)?(?:our|a|the)\s+(?:\w+\s+){0,2}(?:vendors?|service\s+providers?|contractors?)\b[^.]{0,80}\bwithout\s+authori[sz]ation\b|\bauthori[sz]ed\s+users?\b[^.]{0,120}\bunauthori[sz]ed\s+access\b|\bemployee\b[^.]{0,120}\bto\s+(?:his|her|their)\s+(?:personal|non-\w+|home|spouse)|\bex-employees?\b|\b(?:employee|staff\s+member|worker)s?\b[^.]{0,80}\b(?:stole|misappropriated|snooped|left\s+with|(?:inappropriately|improperly|impermissibly)\s+(?:accessed|viewed|used|handled|disclosed|took))\b|\b(?:accessed|viewed|looked\s+at)\b[^.]{0,80}\bwithout\s+(?:a\s+)?(?:legitimate\s+|valid\s+)?(?:business|treatment|job-related|work-related)(?:\s+or\s+(?:business|treatment|job-related|work-related))?\s+(?:purpose|need|reason)\b|\b(?:employee|staff\s+member|worker)['’]s\s+personal\s+(?:laptop|computer|e-?mail|account|device|dropbox|phone)\b/i,
    // Papers taken out for the work itself (名簿を仕事で社外へ持ち出す) and then lost are a loss, not a
    // member of staff's own act; unless the sentence calls it unauthorised (無断, 不正, no need of the work).
    not: /^(?![^。]*(?:無断|不正|必要(?:性)?(?:が|の|は)?な|関係(?:が|の|は)?な|目的外|私的))[^。]*(?:業務|仕事|作業)(?:の)?(?:ため|上|で)[^。]{0,12}持ち出/,
  },
  {
    // A maintenance or development vendor where it happened (「保守業者の管理するサーバー」「システム
    // 開発会社の作業端末」), not one that helped investigate.
    key: 'third_party',
    re: /(?:保守|運用|開発)(?:業者|会社|ベンダー|事業者)(?:の|が(?:管理|運用|保有|使用))/,
    not: /連携|協力|とともに|と共に|依頼|調査を|報告|連絡/,
  },
  {
    key: 'third_party',
    re: /(?:システム|ソフト(?:ウ[ェエ]ア)?|プログラム)を(?:作った|作成した|開発した|構築した|納入した)(?:業者|会社|事業者|ベンダー)|委託先|再委託|委託契約|指定管理者|(?:運営|業務|事務|作業)を受託して|下請(?:負)?(?:事業者|業者|会社|先)|契約(?:している|する)\s?(?:株式会社|有限会社|(?:(?!決済)[^。、]){0,10}(?:会社|事業者|業者))|契約先|(?:配送|運送|印刷)業者|受託(?:事業者|業者|者|会社|企業)|委託(?:事業者|業者|会社)|委託して(?:いる|いた)(?:業者|会社|事業者|企業)|を委託して(?:いる|おり)|に委託(?:して|する|した)|を受託して|運営会社(?:である|より|から|において|にて|の)|が提供する(?:製品|クラウド)|業務委託(?:先|会社|業者)|運営(?:を)?委託|(?:消去|廃棄|処理|運搬|運営|保守|管理)を委託|提供事業者(?:の|において|にて)|契約業者|決済代行会社(?:にて|において|の(?:システム|サーバ))|決済サービス会社|(?:社|会社|\))が提供する(?:サービス|システム)|(?:サービス|システム|ツール|プログラム)を提供する\s?(?:株式会社|有限会社|合同会社)|が提供する(?:サービス|システム|プログラム)(?:が|に(?:おいて)?)[^。]{0,30}(?:不正|改ざん|攻撃)|\bvendors?\b|\bcontractors?\b|\bcontracted\s+service\s+providers?\b|\bservice\s+providers?\b|\bcompany\s+that\s+hosts\b|\bhosting\s+(?:provider|company)\b|\bpayment\s+processor\b|\bbusiness\s+associate\b|\bthird[- ]party\s+(?:company|companies|provider|providers|platform|vendor|vendors|administrator|processor|contractor|supplier|auditors?|service\s+provider)\b|\boperated\s+for\s+us\s+by\b|\bhosts\s+and\s+operates\b|\bthird[- ]party[- ]hosted\b|\bhosted\s+by\s+(?:a\s+)?third[- ]party\b|\bcontract(?:s|ed)?\s+with\b/i,
    not: /調査機関|フォレンジック|監視を委託|強化を(?:実施|図)|による(?:アクセスログの)?(?:解析|調査)|の協力を得|\bforensic|cloud providers|教育(?!庁|委員会|長|局|部|課|機構|支援|センター|研究所|事務所|機関|大学|学部|学園|施設|実習|事業)|研修|(?:へ|に)[^。]{0,20}依頼|\bretained\b|\bcyber\s?security\s+(?:firm|experts?)\b/i,
  },
];

const LEXICON = compileByScript(
  [
    ...RULES,
    ...EN_CAUSE_RULES,
    ...EN_ACCESS_RULES,
    ...EN_DEFECT_RULES,
    ...EN_CLAUSE_RULES,
    ...EN_MECHANISM_RULES,
  ],
  true,
);

// A cause term that names what a safeguard guards against (「不正侵入を検知する仕組み」「誤送信防止
// ツール」「標的型メール訓練」, "tools to detect phishing") is a measure's object, not an event.
// A detection verb in the past (「不正アクセスを検知しました」) reports the event itself.
const GUARDED_JA =
  /^(?:など|等)?(?:を|の|への|に対する|に対して|に備えた|に関する|についての)?(?:早期)?(?:防止|防御|対策|監視|防ぐ|防ぎ|防げ|未然|予防|抑止|研修|教育|訓練|注意喚起|(?:検知|検出|察知|遮断|ブロック)(?:する|できる)?(?:ための)?(?:仕組み|システム|体制|機能|ツール|ソフト|製品|サービス|装置|ため|よう)|(?:検知|検出)(?:の)?(?:強化|精度|仕組み|システム|体制))/;
// "failed to detect the brute force attacks" states the attack; only a safeguard's aim is guarded.
const GUARDED_EN =
  /(?<!\b(?:fail(?:ed|ure|s|ing)?\s+to|did\s+not|could\s+not|unable\s+to)\s+(?:\w+\s+)?)\b(?:detect(?:ing|ion\s+of)?|prevent(?:ing|ion\s+of)?|protect(?:ing|ion)?\s+(?:\w+\s+)?against|guard(?:ing)?\s+against|defend(?:ing)?\s+against|mitigate|reduce\s+the\s+risk\s+of|training\s+on|awareness\s+of)\s+(?:\w+\s+){0,3}$/i;
// What will be done from now on (「今後は…を導入します」「…を強化してまいります」): a sentence of
// plans tells no event unless it also states one (「…誤送信したものであり、今後は…」).
const FUTURE_STEP_JA =
  /(?:(?:導入|強化|実施|徹底|構築|整備|検討|推進|設置|配備|見直し)(?:を(?:図り|行い|進め)|に努め|(?:いた)?し)?|講じ|努め|図り|行い|取り?組み|進め)(?:て)?(?:まいります|参ります|いきます|ます|る予定です?)[。\s]*$|(?:導入|強化|実施)する予定/;
const PAST_EVENT_JA =
  /され(?:た|ました|ており|ていた)|を受け(?:た|まし)|発生し|判明し|起因|によるもの|により[^。]{0,30}(?:流出|漏えい|漏洩|感染|被害|送信|送付)|(?:流出|漏えい|漏洩|感染|紛失|盗難|送信|送付|発送|廃棄|掲載|公開)し(?:た|まし|てい)|でした/;
// A contractor who told the organisation (「契約している管理会社より報告されました」「委託先から連絡が
// あり」): an informant, not where it happened — unless another mention in the notice says so.
const INFORMANT_AFTER_JA =
  /^[^。、]{0,4}?(?:より|から)(?:の)?(?:[、,]?[^。]{0,40}?との)?[^。、]{0,4}?(?:報告|連絡|通知|指摘|通報|申し出)/;
// A sentence that only states a standing arrangement (「帳票作成は業者へ委託しております。」
// 「(※1)保守を委託している業者」): background to the notice, not where the incident happened.
const STANDING_ARRANGEMENT_JA =
  /^\s*[(（]?※|(?:委託|受託)して(?:おります|おり(?:ました)?|います|いる|行っている|行っています|実施しています)[。\s]*$/;
const PLAN_SECTIONS = new Set(['prevention', 'advice']);
const PLAN_HEADING = /再発|防止|改善策|対策|お願い|ご注意|What\s+You\s+Can\s+Do|Steps\s+You\s+Can/i;

/**
 * True when a cause term at [at, end) of sentence `s` names a safeguard's target or stands in a
 * plan (a 再発防止 section, a sentence whose predicate is 導入/強化/実施します) rather than an event.
 */
function inSafeguard(s: string, at: number, end: number, section: string | null, heading: string): boolean {
  if (GUARDED_JA.test(s.slice(end, end + 12))) return true;
  if (GUARDED_EN.test(s.slice(Math.max(0, at - 60), at))) return true;
  if (PAST_EVENT_JA.test(s)) return false;
  // 「今後の対応」 often reports the state of things (「…において確認中です」); only a section of
  // safeguards (再発防止策, 防止策, 今後の対策) or advice to readers is a plan as a whole.
  if (
    section !== null &&
    PLAN_SECTIONS.has(section) &&
    PLAN_HEADING.test(heading) &&
    !/原因|経緯/.test(heading)
  )
    return true;
  return FUTURE_STEP_JA.test(s);
}

/** Text of the heading that opens the section standing at `offset` (empty when none). */
function headingTextAt(structure: NoticeStructure | undefined, offset: number): string {
  if (!structure) return '';
  const line = segmentIndexAt(structure.lines, offset);
  let text = '';
  for (const h of structure.headings) {
    if (h.index > line) break;
    if (h.kind === structure.sectionOf[line]) text = h.text;
  }
  return text;
}

const DEFECT_REASON_JA = /(?:不具合|欠陥|バグ|障害)(?:の(?:ため|発生)|により|による|が原因|に起因)/;

// Methods that explain how access happened (then "method not stated" does not apply).
const SPECIFIC_METHODS: Cause[] = [
  'sql_injection',
  'vulnerability_exploit',
  'credential_stuffing',
  'weak_credentials',
  'phishing',
  'misconfiguration',
  'software_bug',
  'residual_data',
  'misdelivery',
  'loss_or_theft',
  'insider',
];

/**
 * Causes stated by a notice.
 *
 * @example extractCauses(splitSentences('ランサムウェアに感染しました。'), []).map(f => f.value) // → ['ransomware']
 */
export function extractCauses(
  segments: Segment[],
  dataClasses: DataClass[] = [],
  text?: string,
  structure?: NoticeStructure,
): Fact<Cause>[] {
  const found = new Map<Cause, Fact<Cause>>();
  const weakOnly = new Set<Cause>();
  const full = text ?? segments.map((s) => s.text).join('\n');
  const segs = text ? segments : rebase(segments);
  // Leave out what the checks below would pass over anyway (both conditions only become true).
  const done = (r: LexRule<Cause>): boolean =>
    found.has(r.key) && (!weakOnly.has(r.key) || (r as Rule).weak === true);
  for (const hit of scanByScript(LEXICON, full, done)) {
    const rule = hit.rule as Rule;
    if (found.has(rule.key) && !weakOnly.has(rule.key)) continue;
    if (found.has(rule.key) && rule.weak) continue;
    const seg = segs[segmentIndexAt(segs, hit.index)];
    if (!seg || hit.index < seg.start || hit.index >= seg.end) continue;
    const s = seg.text;
    const at = hit.index - seg.start;
    if (rule.not) {
      if (rule.not.source === '(?:ADVICE)') {
        if (ADVICE_EN.test(s) || ADVICE_JA.test(s)) continue;
      } else if (rule.not.test(s)) continue;
    }
    if (negated(s, at, at + hit.match.length)) continue;
    if (explainsTerm(s)) continue;
    const section = text ? sectionAt(structure, hit.index) : null;
    const heading = section && PLAN_SECTIONS.has(section) ? headingTextAt(structure, hit.index) : '';
    if (inSafeguard(s, at, at + hit.match.length, section, heading)) continue;
    if (rule.key === 'third_party' && INFORMANT_AFTER_JA.test(s.slice(at + hit.match.length))) continue;
    if (rule.key === 'third_party' && STANDING_ARRANGEMENT_JA.test(s) && !PAST_EVENT_JA.test(s)) continue;
    if (vetoCauseEnglish(rule.key, s, at, hit.match) || vetoMechanismEnglish(rule.key, s, at, hit.match))
      continue;
    if (found.has(rule.key)) {
      weakOnly.delete(rule.key);
      continue;
    }
    found.set(rule.key, factOf(rule.key, seg, rule.weak ? 0.5 : 0.75));
    if (rule.weak) weakOnly.add(rule.key);
  }
  // Payment-page tampering only makes sense when card data is involved.
  if (
    found.has('web_skimming') &&
    !dataClasses.includes('Credit cards') &&
    !dataClasses.includes('Credit card CVV') &&
    !checkoutStated(found.get('web_skimming'))
  ) {
    found.delete('web_skimming');
  }
  if (!found.has('third_party') && text && !/[\u3040-\u30ff\u3400-\u9fff]/.test(text)) {
    const seg = providerIncident(text, segs);
    if (seg) found.set('third_party', factOf('third_party', seg, 0.5));
  }
  if (!found.has('third_party') && !/[\u3040-\u30ff\u3400-\u9fff]/.test(full)) {
    const seg = reportedVendorIncident(segs);
    if (seg) found.set('third_party', factOf('third_party', seg, 0.5));
  }
  if (found.has('ransomware')) found.delete('malware');
  // 「…が閲覧できる状態になっていた」 tells the effect; a stated defect (不具合, システム過誤) is its cause.
  if (found.has('software_bug') && weakOnly.has('misconfiguration')) found.delete('misconfiguration');
  // 「サイトの不具合で、他人が…見られる状態だった」: the sentence that tells of the
  // reachable state names a defect as its reason, and no setting.
  const exposed = found.get('misconfiguration')?.evidence.quote ?? '';
  if (found.has('software_bug') && DEFECT_REASON_JA.test(exposed) && !/設定/.test(exposed))
    found.delete('misconfiguration');
  reconcileEnglish(found);
  const specific = SPECIFIC_METHODS.some((c) => found.has(c));
  const implied = found.has('ransomware') || found.has('web_skimming') || found.has('malware');
  if (found.has('unauthorized_access')) {
    if (specific || (implied && weakOnly.has('unauthorized_access'))) found.delete('unauthorized_access');
    else if (found.has('malware') && !found.has('ransomware')) found.delete('unauthorized_access');
    // English readers label a ransomware attack by that cause alone, even where the letter also
    // calls it "this unauthorized access" (no English development label has both).
    else if (found.has('ransomware') && !/[\u3040-\u30ff\u3400-\u9fff]/.test(full))
      found.delete('unauthorized_access');
  }
  return [...found.values()];
}
