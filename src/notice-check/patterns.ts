/**
 * Keyword and heading rules shared by the regimes' items (JA + EN). Each list is tried sentence by
 * sentence; the first hit is quoted. They recognise what Japanese and US/EU notices usually write,
 * not every possible wording — the extractor's facts come first where they exist.
 */

/** What happened: an event word with a finding verb ("…が判明しました", "we discovered …"). */
export const OVERVIEW = [
  /(概要|経緯|事案の内容|発生事象)\s*[】■:：]?\s*$/,
  /^[■●◆【\d.\s]*(概要|経緯|事案の概要|本件の概要)/,
  /(漏えい|漏洩|流出|不正アクセス|不正使用|不正ログイン|不正に|誤送信|誤送付|誤添付|紛失|盗難|閲覧(可能|でき)|ランサムウェア|感染|改ざん|窃取).{0,100}(判明|発覚|確認|発生|受け|あった|ありました|おりました|検知|発見)/,
  /\b(discovered|learned|identified|detected|became aware|determined|found|received information|were (informed|notified|alerted))\b.{0,240}\b(unauthori[sz]ed|breach|incident|accessed|acquired|exposed|compromised|exfiltrated|encrypted|obtained|viewed|copied|personal (information|data)|ransomware|malware|misdirected|sent in error|stolen|lost)\b/i,
  /\b(unauthori[sz]ed|breach|incident|ransomware|cyber ?attack|misdirected|stolen|lost)\b.{0,120}\b(discovered|learned|identified|detected|occurred|happened|became aware|took place)\b/i,
  /\b(experienced|suffered|(was|were) (the )?(victim|target) of)\b.{0,60}\b(incident|breach|attack|ransomware|intrusion)\b/i,
  /\b(unauthori[sz]ed (third )?(party|parties|individual|person|actor|user)s?|attackers?|threat actors?|hackers?|cybercriminals?)\b.{0,60}\b(accessed|obtained|acquired|gained access|encrypted|stole|exfiltrated|viewed|copied)\b/i,
];

/** Which personal data: a heading or a list of data words. */
export const DATA_ITEMS = [
  /(漏えい|漏洩|流出|対象|閲覧|窃取|誤送信|影響)[^。]{0,20}(個人)?(情報|データ)の?(項目|内容|種類)/,
  /(漏えい|漏洩|流出|閲覧された|窃取された|対象となる|対象となった)[^。]{0,12}(可能性のある|おそれのある)?(個人)?(情報|データ)\s*[】■:：]?\s*$/,
  /(氏名|住所|(?<!(専用|下記|以下|窓口の?|問い?合わ?せ先?の?))電話番号|メールアドレス|生年月日|クレジットカード(番号|情報)|カード番号|有効期限|セキュリティコード|口座番号|パスワード(?!の?(変更|再設定|リセット))|性別|勤務先|病歴|診療|マイナンバー|会員(ID|番号))/,
  /\b(names?|(mailing |postal |home )?address(es)?|e-?mail addresses?|(tele)?phone numbers?|dates? of birth|Social Security numbers?|driver'?s licen[sc]e|passport numbers?|credit card|debit card|card numbers?|account numbers?|passwords?|medical|health (insurance )?information|usernames?)\b.{0,80}\b(involved|included|accessed|acquired|exposed|affected|compromised|may have)\b/i,
  /\b(information|data)\b.{0,40}\b(involved|included|consist(s|ed)? of|such as|including)\b.{0,80}\b(names?|address|e-?mail|phone|birth|Social Security|card|account|password)/i,
];

/** How many people or records: a number with a counter, or "the number is under investigation". */
export const COUNT = [
  /(?<![0-9,，])[0-9][0-9,，]{0,15}(?:[万千][0-9,，]{0,15})?\s{0,3}(件|名|人|社)/,
  /(件数|人数|対象者数|影響範囲)[^。]{0,15}(調査中|精査中|確認中|特定中)/,
  /\b(\d[\d,.]{0,20}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|hundred)\s+(million\s+|thousand\s+|hundred\s+)?(individuals|people|persons|customers|users|accounts|records|patients|members|employees|residents|consumers|clients|students)\b/i,
  /\b(approximately|about|up to|over|more than|fewer than|nearly)\s+([\d,.]+|\w+\s+(million|thousand|hundred))\b/i,
  /\bnumber of (affected )?(individuals|people|customers|records|accounts)\b.{0,60}\b(under investigation|being determined|not yet known)\b/i,
];

/** Why: a cause heading or a cause word. */
export const CAUSE = [
  /^[■●◆【\d.\s（(]*(原因|発生原因|漏えいの原因)/,
  /(原因|起因|に起因|によるもの)/,
  /(SQLインジェクション|ランサムウェア|マルウェア|ウイルス|脆弱性|不正アクセス|サイバー攻撃|フィッシング|標的型|誤送信|誤送付|誤添付|設定(の)?(不備|誤り|ミス)|紛失|盗難|持ち出し|パスワードリスト攻撃|不具合)/,
  /\b(caused by|the cause|root cause|as a result of|due to)\b/i,
  /\b(SQL injection|ransomware|malware|vulnerabilit(y|ies)|unauthori[sz]ed (access|third|party|individual)|cyber ?attack|phishing|misconfigur\w*|sent in error|misdirected|stolen|theft|lost|credential stuffing|software (error|defect|bug))\b/i,
];

/** Secondary harm (二次被害): whether it happened or may happen, and what it is. */
export const SECONDARY = [
  /(二次被害|二次的な被害|不正利用|悪用|なりすまし|詐欺)/,
  /被害[^。]{0,10}(報告|確認)[^。]{0,10}(されて|して)?(いません|おりません|ない|ありません)/,
  /\b(misuse|misused|fraud(ulent)?|identity theft|financial (harm|loss))\b/i,
  /\bno (evidence|indication|reports?)\b.{0,80}\b(used|misused|harm|fraud)\b/i,
  /\b(not|no|never)\b.{0,40}\b(misused|used|distributed|published|sold)\b.{0,40}\b(information|data)\b/i,
];

/** Likely consequences for the people concerned (GDPR Art. 33(3)(c)). */
export const CONSEQUENCES = [
  ...SECONDARY,
  /(フィッシング|不審な(メール|電話|連絡|SMS)|迷惑メール)/,
  /\b(phishing|spam|scam|risk of|could (be used|lead|result)|may (be used|lead|result)|likely consequences?)\b/i,
];

/** What was done for the individuals (規則第8条1項6号): individual contact. */
export const INDIVIDUALS = [
  /個別に/,
  /(メール|郵送|書面|電話|書状|ダイレクトメール|SMS)(にて|で|により)[^。]{0,20}(連絡|通知|案内|お知らせ|お詫び)/,
  /(ご本人|本人|対象(となる|となった|の)?(お客様|方|皆様|会員))[^。]{0,20}(連絡|通知|案内|お知らせ|お詫び)/,
  /\b(notify|notifying|notified|contacting|contacted|mail(ing|ed)? letters?|sending (letters|notices|emails))\b.{0,60}\b(affected|impacted|potentially|individuals|customers|people|patients|members|you)\b/i,
  /\bindividually\b/i,
  /\bwe are (writing|sending|providing) (to )?(you|this (letter|notice))\b/i,
];

/** Publication (規則第8条1項7号): a website posting, press release, this very notice. */
export const PUBLICATION = [
  /(公表|ホームページ|ウェブサイト|Webサイト|WEBサイト|webサイト|当社サイト|弊社サイト|公式サイト|プレスリリース|報道発表|掲載)/,
  /\b(website|web site|press release|publicly|posted (on|to)|published (on|this))\b/i,
];

/** Measures to prevent recurrence (規則第8条1項8号). */
export const PREVENTION = [
  /(再発防止|再発を防止|再発を防ぐ|今後の対策|防止策|防止のため)/,
  /(セキュリティ|監視|管理|運用|教育|体制|ルール|対策)[^。]{0,12}(強化|見直し|徹底|導入|改善)/,
  /\b(prevent(ing)? (a )?(recurrence|similar|future|this from)|additional (security )?(measures|safeguards|controls)|strengthen(ed|ing)?|enhanc(e|ed|ing) (our )?(security|monitoring|controls|safeguards)|(additional|further|more) training)\b/i,
  /\b(we (will|have|are)( also)? (implement|introduc|deploy|review|upgrad|enhanc|strengthen|retrain|train)\w*)\b/i,
  /\bto (help )?prevent (this|similar|such|future|further|a recurrence)\b/i,
];

/** Immediate measures taken (containment), for GDPR Art. 33(3)(d) together with PREVENTION. */
export const MITIGATION = [
  /(遮断|停止|隔離|封鎖|削除|回収|パスワード[^。]{0,6}(変更|リセット|再設定)|調査を(開始|実施|進め))/,
  /\b(blocked|disabled|shut down|took (the )?\w+ offline|reset|secured|contained|isolated|revoked|(took|taken|taking) (immediate |additional |prompt )?(steps|action)|launched an investigation|engaged (a|an|outside|third-party))\b/i,
];

/** Other useful matters (規則第8条1項9号): contact point, police, authority, outside investigators. */
export const OTHER = [
  /(お問い合わせ|お問合せ|問い合わせ|問合せ|窓口|コールセンター|フリーダイヤル|警察|個人情報保護委員会|監督官庁|所管|外部[^。]{0,6}(専門|調査|機関)|フォレンジック)/,
  /\b(contact|call|toll-free|questions|police|law enforcement|FBI|Attorney General|regulator|forensic|Data Protection (Officer|Authority))\b/i,
];

/** A contact point (GDPR Art. 33(3)(b); California (d)(2)(A)). */
export const CONTACT = [
  /(データ保護責任者|お問い合わせ(先|窓口)|お問合せ(先|窓口)|問い合わせ(先|窓口)|問合せ(先|窓口)|相談窓口|専用(窓口|ダイヤル)|コールセンター|フリーダイヤル)/,
  /(TEL|Tel|電話)\s*[:：]?\s*[0-9０-９(（]/,
  /\b(Data Protection Officer|DPO)\b/,
  /\b(contact (us|our|the)|call (us|our|the|toll-free)|toll-free|call center|helpline|hotline|email us|write to us)\b/i,
  /\(?\b\d{3}\)?[-.\s]\d{3}[-.\s]\d{4}\b/,
];

/** Categories of data subjects (GDPR Art. 33(3)(a)): whose data it is. */
export const SUBJECT_CATEGORIES = [
  /(会員|お客様|顧客|従業員|社員|職員|患者|利用者|応募者|生徒|学生|取引先|株主|元従業員|受講者|登録者)(様)?(の)?[^。]{0,6}(個人)?(情報|データ)/,
  /(会員|お客様|顧客|従業員|社員|職員|患者|利用者|応募者|生徒|学生|取引先|登録者)(様)?[^。]{0,4}[0-9][0-9,，万]{0,20}\s{0,3}(件|名|人)/,
  /\b(customers?|employees?|patients?|members?|users?|students?|applicants?|clients?|consumers?|residents?|staff)('|’)?s?\b.{0,30}\b(personal )?(information|data|records|accounts)\b/i,
  /\b\d[\d,]{0,20}\s+(customers|employees|patients|members|users|students|applicants|clients|consumers|residents)\b/i,
];

/** A date in JA or EN writing. */
export const DATE =
  /(\d{4}年\s*\d{1,2}月\s*\d{1,2}日|(令和|平成)\s*(\d+|元)年\s*\d{1,2}月\s*\d{1,2}日|\d{1,2}月\s*\d{1,2}日|\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}(st|nd|rd|th)?,?\s+\d{4}\b|\b\d{1,2}\/\d{1,2}\/\d{4}\b|\b\d{4}-\d{2}-\d{2}\b)/i;

/** Date of the breach (California (d)(2)(C)): a date near a breach word. */
export const BREACH_DATE = [
  new RegExp(
    `${DATE.source}.{0,80}(不正アクセス|漏えい|流出|発生|期間|攻撃|誤送信|紛失|unauthori[sz]ed|breach|incident|access|occurred|between|accessed|attack|happened)`,
    'i',
  ),
  new RegExp(`(between|from|on or about|on|期間)\\W.{0,40}${DATE.source}`, 'i'),
];

/** Sentences about the credit bureaus are not the business's own contact point. */
export const NOT_OWN_CONTACT = [
  /\b(Equifax|Experian|TransUnion|credit reporting agenc\w+|credit bureaus?)\b/i,
];

/** A line that is only a date (optionally "Date:"): the date of the notice. */
export const DATE_LINE = new RegExp(`^(Dated?\\s*[:：]?\\s*|日付\\s*[:：]?\\s*)?${DATE.source}\\s*$`, 'i');

/** Whether notification was delayed by a law-enforcement investigation (California (d)(2)(E)). */
export const LAW_ENFORCEMENT_DELAY = [
  /\b(law enforcement|police|FBI)\b.{0,120}\b(delay(ed)?|did not delay|not delayed)\b/i,
  /\b(delay(ed)?|not delayed)\b.{0,120}\b(law enforcement|police|FBI)\b/i,
  /(警察|捜査)[^。]{0,60}(遅|延)/,
  /(遅|延)[^。]{0,60}(警察|捜査)/,
];

/** SSN or driver's licence / state ID exposed: makes (d)(2)(G) and (H) apply. */
export const SSN_OR_DL = [
  /\b(Social Security numbers?|SSNs?|driver'?s licen[sc]e|California identification card|state (ID|identification))\b/i,
  /(社会保障番号|運転免許証)/,
];

/** The three nationwide credit reporting agencies. */
export const CREDIT_BUREAUS = [/\bEquifax\b/i, /\bExperian\b/i, /\bTransUnion\b/i];

export const ID_THEFT_SERVICES = [
  /\b(credit|identity)[- ](theft )?(monitoring|protection|restoration)\b.{0,160}\b(\d+|twelve|eighteen|twenty-four|one|two)[- ](months?|years?)\b/i,
  /\b(\d+|twelve|eighteen|twenty-four|one|two)[- ](months?|years?)\b.{0,160}\b(credit|identity)[- ](theft )?(monitoring|protection|restoration)\b/i,
];

/** APPI 規則第7条第1号: 要配慮個人情報. */
export const SENSITIVE = [
  // Not a bare 障害 (システム障害 is an outage) nor a bare 犯罪: the person's disability or record.
  /(要配慮個人情報|病歴|病名|診療|診察|カルテ|健康診断|検査結果|手術|受診歴|通院歴|通院理由|要介護|障害者|障がい|(身体|精神|知的|発達)障害|障害の(有無|程度|等級|状況)|犯罪歴|犯罪の経歴|前科|人種|信条|服薬|処方)/,
  /\b(medical|health (information|records|data)|diagnos\w*|treatment|prescription|disabilit\w+|criminal record|race|religio\w+)\b/i,
];

/** APPI 規則第7条第2号: data whose misuse may cause financial damage. */
export const FINANCIAL = [
  /(クレジットカード(番号|情報)?|カード番号|セキュリティコード|口座番号|暗証番号|銀行口座|ネットバンキング)/,
  /\b(credit card|debit card|card numbers?|CVV|security code|bank account|routing number|financial account)\b/i,
];

// APPI 規則第7条第3号 (不正の目的をもって行われたおそれがある漏えい等): the cue families. A draft
// seldom names the attack; it says what happened in plain words — 「外から不正に入られた」,
// 「第三者にサーバーへ入り込まれた」, 「攻撃を受けて」 — so each family pairs a cue with the predicate
// that makes it an event rather than a measure (「不正侵入を検知する仕組み」) or a risk to readers
// (「悪用されないよう」). A bare 持ち出し is no cue: staff carrying a USB stick home against the rules
// and losing it is a loss. Denials (「侵入された形跡はありません」) are left to findAffirmed.

/** Who: someone without right — an outsider, an unnamed party, an attacker. */
const OUTSIDER =
  '(?:外部|社外|外|第三者|何者か|攻撃者|犯人|ハッカー|不審(?:な|の)(?:人物|者|第三者)|悪意(?:の)?ある(?:第三者|者))';
/** Entered or taken over: passives and verbs that are wrongful by themselves. */
const ENTERED = '(?:侵入(?:され|を受け|し|した)|入り込(?:まれ|み|ん)|入られ|乗っ取|立ち入られ)';
/** What a lookahead keeps out: the same words naming a measure, not an event. */
const NOT_A_MEASURE = '(?![^。]{0,6}(?:検知|防止|対策|防御|監視|を防|の防))';

export const MALICIOUS = [
  // Named attacks and malware (the words notices use when they know the cause).
  /(不正アクセス|サイバー攻撃|ランサムウェア|マルウェア|ウイルス|盗難|窃取|不正に持ち出|不正な持ち出し|盗み出|不正に取得|改ざん|SQLインジェクション|標的型|フィッシング|脅迫)/,
  // Entered without right, with or without the one who entered: 「外部から不正に侵入された」,
  // 「外から不正に入られた」, 「第三者にサーバーへ入り込まれた」, 「何者かが管理画面に侵入し」.
  new RegExp(`${OUTSIDER}[^。]{0,30}${ENTERED}|${ENTERED}`),
  // 不正 with an act: 不正ログイン, 不正に侵入, 不正な操作, 不正に入られ (not 不正侵入の検知).
  new RegExp(
    `不正(?:に|な)?(?:侵入|ログイン|接続|操作|閲覧|入手|書き換|改変|入ら|入り|アクセス)${NOT_A_MEASURE}`,
  ),
  // Someone outside logged in or operated the system: 「第三者にログインされ」「何者かに操作され」.
  new RegExp(`${OUTSIDER}[^。]{0,30}(?:ログインされ|操作され|アクセスされ|遠隔操作)`),
  // Attacked: 「攻撃を受けて」「攻撃により」, and the kinds of attack.
  /攻撃(?:を受け|され|により|によって|による|者)|(?:ブルートフォース|総当たり|リスト型|辞書|DDoS|DoS)攻撃/,
  // Stolen: 「盗まれ」「抜き取られ」「持ち去られ」, and break-ins by thieves.
  new RegExp(
    `(?:盗ま|盗み|盗取|抜き取ら|持ち去ら|奪わ|詐取|(?:騙|だま)し取|車上荒らし|空き巣|ひったくり|置き引き)${NOT_A_MEASURE}`,
  ),
  // Malicious programs and remote control: 「不正なプログラム」「遠隔操作され」「踏み台にされ」.
  /(不正(?:な)?プログラム|悪意(?:の)?ある(?:プログラム|ソフトウェア|コード|ファイル)|遠隔操作され|踏み台に|バックドア|エモテット|Emotet|身代金)/,
  // An insider selling or taking data for gain: 「名簿業者に転売」「私的に持ち出し」, trying to sell
  // (売り込もうと; not the noun 売り込み of a warning about sales calls).
  /(転売|横領|売り渡|売り込(?:もう|ん)|名簿業者に|私的に(?:持ち出|利用|閲覧))/,
  /\b(unauthori[sz]ed (access|party|third|individual|actor)|cyber ?attack|ransomware|malware|hack(ed|er|ing)?|stolen|theft|exfiltrat\w+|phishing|threat actor|criminal)\b/i,
  // In plain English: broke in, an intruder, got in without permission, systems compromised.
  /\b(broke|break|breaking) into\b|\bintru(sion|der|ders|ded)\b(?!\s+(detection|prevention))|\binfiltrat\w*|\b(without|no) (permission|authori[sz]ation)\b.{0,40}\b(accessed|entered|logged|got|obtained|copied)\b|\b(accessed|entered|got into|logged into|obtained)\b.{0,60}\bwithout (permission|authori[sz]ation)\b/i,
  /\b(systems?|servers?|networks?|accounts?|databases?|websites?|site) (was|were|had been|has been|have been) (compromised|breached|infiltrated|broken into|attacked|taken over)\b|\b(was|were) (attacked|targeted by (an? )?attack)/i,
];

/** California's required title. */
export const CA_TITLE = /\bNotice of Data Breach\b/i;

/** A California heading: the words at the start of a line, optionally bulleted, numbered or bold. */
export function headingPattern(words: string): RegExp {
  return new RegExp(`^[\\s#*•\\-–\\d.()]*${words.replace(/ /g, '\\s+')}\\s*[?:.*]*`, 'im');
}
