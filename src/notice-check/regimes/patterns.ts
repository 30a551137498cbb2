/**
 * Patterns the newer regimes need beyond ../patterns.ts (which they reuse wherever the meaning is
 * the same). Bounded and linear like those: redos.test.ts runs every export here on adversarial input.
 */

/** What the individuals can do to protect themselves (NDB s26WK(3)(d), DPDP Rule 7(1)(d), PIPA Art. 34(1)(3)). */
export const STEPS_FOR_INDIVIDUALS = [
  /(ご注意ください|ご留意ください|お願いいたします|おすすめします|推奨します|変更してください|ご確認ください|ご連絡ください|開封しないでください|アクセスしないでください)/,
  /\b(we (recommend|encourage|urge|suggest|advise) (that )?you|you (can|should|may wish to|may want to) (take|change|reset|monitor|review|contact|place|enable|be)|what you can do|steps you can take|remain vigilant|be alert|change your passwords?|monitor your (accounts?|statements|credit))\b/i,
];

/** Who caused the breach, as far as known (DPDP Rule 7(2)(b)(iv)). */
export const CULPRIT = [
  /(攻撃者|犯人|第三者|元従業員|委託先|被疑者|犯行グループ)[^。]{0,40}(特定|判明|不明|調査|逮捕|によ)/,
  /\b(attacker|threat actor|perpetrator|criminal group|ransomware group|former employee|unauthori[sz]ed (third )?party|hacker)s?\b.{0,80}\b(identified|unknown|arrested|believed|claimed|responsible|investigat\w+)\b/i,
];

/** Whether law enforcement is engaged (Texas §521.053(i)(6)). */
export const LAW_ENFORCEMENT_ENGAGED = [
  /(警察|捜査機関|サイバー犯罪対策課)[^。]{0,30}(相談|届|通報|連携|協力|捜査)/,
  /\b(law enforcement|police|FBI|Secret Service)\b.{0,80}\b(notified|informed|contacted|engaged|investigat\w+|working with|reported|cooperat\w+)\b/i,
  /\b(notified|informed|contacted|reported (this|it) to|working with|cooperat\w+ with)\b.{0,60}\b(law enforcement|police|FBI)\b/i,
];

/** Unique identifiers (PIPA 고유식별정보: resident registration, passport, driver's licence, alien registration). */
export const UNIQUE_ID = [
  /(住民登録番号|マイナンバー|個人番号|旅券番号|パスポート番号|運転免許証番号|外国人登録番号|在留カード番号)/,
  /\b(resident registration numbers?|passport numbers?|driver'?s licen[sc]e numbers?|alien registration numbers?|national ID numbers?|Social Security numbers?)\b/i,
];

/** Unauthorised access from outside (PIPA Enforcement Decree: leak by hacking). */
export const HACKING = [
  /(不正アクセス|サイバー攻撃|ハッキング|ランサムウェア|マルウェア|SQLインジェクション|脆弱性を(突|悪用))/,
  /\b(hack(ed|ing|er)|cyber ?attack|unauthori[sz]ed access|ransomware|malware|intrusion|SQL injection|exploit(ed)?)\b/i,
];

/**
 * Web skimming: data taken while being entered on the site (a tampered payment form), which
 * 規則第7条第3号 covers only since 2024-04-01 (「取得しようとしている個人情報」).
 */
export const WEB_SKIMMING = [
  /(決済画面|入力フォーム|入力画面|カード情報入力|購入画面|支払画面)[^。]{0,40}(改ざん|偽|不正なプログラム|不正なスクリプト)/,
  /(改ざん|偽の決済|不正なプログラム|不正なスクリプト)[^。]{0,40}(入力された|入力した|入力する)/,
  /\b(web ?skimming|skimmer|Magecart|(payment|checkout) (page|form) (was |had been )?(altered|modified|tampered|compromised)|malicious (script|code) (on|in) (the|our) (checkout|payment))\b/i,
];
