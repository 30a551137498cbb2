import { factOf } from './fact.js';
import type { Segment } from './segment.js';
import { investigationState } from './stage-investigation.js';
import type { NoticeStructure } from './structure.js';
import type { Fact, ReportStage } from './types.js';

/**
 * Report stage. Japanese notices number their reports (第一報 … 最終報); a concluded investigation
 * (調査結果のご報告, 調査が完了) is final; 第二報/続報/更新 is an update. A notice that says the
 * investigation continues and more will follow (引き続き調査, 判明次第お知らせ) is a first report.
 * English letters rarely state a stage: explicit words ("Update", "final report"), and a promise of
 * further updates for a first report.
 */

const FINAL_EXPLICIT = /最終報|最終(?:の)?(?:ご)?報告|\bfinal\s+(?:report|update|notice)\b/i;
const FINAL =
  /最終報|最終(?:の)?(?:ご)?報告|調査結果(?:の|について|に関する)?(?:ご)?(?:報告|お知らせ)|調査(?:及び|および)?(?:精査)?(?:が|は)?(?:完了|終了)(?:いた)?し(?:まし)?た(?!ら|後|際|時|場合|段階)|調査の完了|調査報告(?:書|を受領)|(?:完了|終了)し[、,]\s?[^。]{0,10}報告書を受領|調査委員会報告|第三者(?:調査)?機関による調査(?:の結果|が行われ|を完了)|\bfinal\s+(?:report|update|notice)\b|\binvestigation\s+(?:is|has\s+been)\s+(?:now\s+)?(?:complete|concluded)\b/i;
// 「第一報・第二報は下記をご覧ください」 refers to earlier reports: an ordinal counts as this notice's
// stage only when it is not followed by について/は/を (a reference to another report).
const UPDATE =
  /第(?:[二三四五六七八九十2-9]|[1-9][0-9])報(?!(?:\s?、\s?第[一二三四五六七八九十0-9]+報)*\s?(?:について|は|を|の内容|にて|で|でお知らせ|に))|続報(?!(?:は|を|が|につき(?:まして)?は?|にて|で)[^。]{0,25}?(?:次第|予定|改めて|追って|お知らせ(?:いた)?します|ご報告(?:いた)?します|掲載(?:いた)?します))|追加(?:の)?(?:ご)?報告(?![^。]{0,12}(?:場合|次第|予定|あれば))|[((]\s?その\s?(?:[2-9２-９]|[二三四五六七八九十])\s?[))]|(?<!(?:申請|登録|契約|免許|資格|許可|認定|届出?|手続き?)\s?)[【(<]\s?(?:更新|追記|続報|追加情報|更新情報)\s?\d?\s?[】)>]|(?<!(?:更新|掲載|公開)日[^\n]{0,20})(?:19|20)\d{2}年\d{1,2}月\d{1,2}日\s?更新|\bUPDATE\b|\bUpdate:|\bupdated\s+(?:notice|information)\b|\bsupplemental\s+notice\b/;
// 「前報のとおり」 cites the previous report; 【追加情報】 heads added news like 【続報】.
// 「…(その2)」 numbers a sequel as 第2報 does. 「追加報告が要る場合は当サイトで」「続報は判明次第掲載」
// promise a later report: this notice is not one.
// 「支給認定申請(更新)」 is a renewal, not an update of the notice.
// A page's 「更新日:2021年7月30日」 (or 「掲載日:2021年7月30日更新」) is site chrome, not a report stage; what counts as "later" is a
// reference to an earlier report of the same incident (「12月1日に公表しましたとおり」「その後の対応」).
const LATER =
  /新たに[^。]{0,60}?(?:が|を)?(?:判明|確認|発覚)(?:され|し)(?:た|まし)(?![^。]{0,6}場合)|その後の(?:対応|経過|状況|経緯)[^。]{0,10}?(?:について|をお知らせ|をご報告|のご報告|のお知らせ)|[0-9]{1,2}\s?月\s?[0-9]{1,2}\s?日(?:に|付けで|付で)[^。]{0,30}(?:公表|お知らせ)(?:いた)?しました|(?:[0-9]{1,2}\s?月\s?[0-9]{1,2}\s?日|先日|先般|既に|すでに|前回)(?:付け?)?[^。]{0,40}(?:公表|お知らせ|ご報告|ご案内|発表|掲載)(?:いた)?し(?:まし)?た(?:とおり|通り|ように|様に|が、|ところ)|(?:で|にて)ご案内(?:いたしました|の)とおり|お知らせしたところ(?:です)?が|(?:[0-9]{1,2}\s?月\s?[0-9]{1,2}\s?日|先日|先般|既に|すでに|前回)(?:付け?)?[^。]{0,40}(?:公表|お知らせ|ご報告|ご案内|発表|掲載|リリース)(?:いた)?(?:させていただ(?:き|い)|して|し)(?:ており|てお|てい)?(?:まし)?(?:た|る|ます)?(?:もの)?(?:でありますが|ですが|が、|が|とおり|通り|ように|様に|ところ)|(?:[0-9]{1,2}\s?月\s?[0-9]{1,2}\s?日|先日|先般|既に|すでに|前回)[^。]{0,40}(?:公表|お知らせ|ご報告|ご案内|発表|掲載)(?:いた)?しました(?:標記|表題|件名|本件|上記|当該)の件|(?:既に|すでに|先に|先般)[^。]{0,20}(?:第[一1]報|初報|〓)を[^。]{0,20}(?:お送り|送付|送信|ご連絡|お知らせ|公表|掲載)|最新の(?:状況|情報|対応状況)を(?:ご)?報告|本日更新|前回(?:の)?(?:お知らせ|ご報告|ご案内|公表|発表)|既報(?:の)?(?:とおり|通り)|前報(?:の|で|にて|に)|(?:お知らせ|ご報告|ご案内|ご連絡|公表)(?:いた)?し(?:て)?(?:まいり|参り|き)ました(?:が|とおり|通り)|[0-9]{1,2}\s?月\s?[0-9]{1,2}\s?日(?:に|付けで?)[^。]{0,30}?(?:途中経過|経過|中間)(?:の)?(?:ご)?報告を(?!受)/;
// 「これまで会報でご報告してまいりましたが」: the notices sent so far are named as earlier reports; 「3月2日に
// 概要を、4月9日に経過報告を(送付)」 lists an interim report already sent (not one received: 受領).
// 「前回のお知らせ以降」「前回ご報告した内容」「既報のとおり」 name an earlier notice of the same
// incident in so many words (「前回の概要」 of an earlier incident names no notice and does not count).
// 「既に第一報を…お送りしておりますが」: the first report went out before, so this one is later (the
// ordinal there reads as 〓, a reference, by withoutReferences).
// 「4月2日(火)に…として発表した」「5月2日付で公表した」: the organisation's own earlier
// announcement, dated, in the plain past or polite (a weekday may follow the date). A report to an
// authority (報告した, 報告を受けた) is not an announcement, so 報告 counts only as ご報告.
const DATED_EARLIER_JA =
  /[0-9]{1,2}\s?月\s?[0-9]{1,2}\s?日\s?(?:[((]\s?[月火水木金土日](?:曜日?)?\s?[))])?\s?(?:に|付けで?|付で)[^。]{0,40}?(?:公表|発表|お知らせ|掲載|リリース|ご報告|ご案内)(?:いた)?し(?:まし)?た(?![^。]{0,4}(?:場合|予定|後|ら))/;
const LATER_HINT = /新たに|その後|前報|公表|お知らせ|報告|ご案内|ご連絡|発表|掲載|リリース|更新|既報/;
const LATER_EN =
  /\bas\s+(?:we\s+)?previously\s+(?:reported|announced|notified|advised|disclosed|communicated|stated|shared|posted)\b|\bfollow(?:-|ing\s+)up\s+(?:to|on)\s+(?:our|the|its)\s+(?:(?:prior|previous|earlier|initial)\s+)?(?:notice|letter|communication|announcement|statement|e-?mail)\b|\bour\s+(?:letter|notice|e-?mail|notification)\s+(?:dated|of|sent\s+(?:to\s+you\s+)?on)\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|\d)|\bwe\s+recently\s+(?:notified|informed|wrote\s+to)\s+you\b|\b(?:our|its|their)\s+(?:previous|prior|earlier|initial|original|first)\s+(?:letter|notice|notification|communication|announcement|statement|e-?mail|update|post(?:ing)?)\b|\b(?:at\s+the\s+time(?:\s+of\s+the\s+(?:incident|attack|event))?|previously|earlier|initially)\s*,?\s+(?:[\w-]+\s+){0,3}?(?:issued|sent|posted|published)\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:letter|statement|notice|update|announcement)\b|\b(?:on\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s*)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?)?|last\s+week|yesterday|earlier\s+this\s+(?:week|month))\s*,?\s+we\s+(?:first\s+)?(?:shared|announced|posted|published|disclosed|reported)\s+(?:that|news|an?\s|the\s+news|information|details)|\bwe\s+(?:previously|first|initially|earlier)\s+(?:shared|announced|reported|disclosed|posted)\b|\bin\s+(?:first\s+)?announcing\s+the\s+(?:[\w-]+\s+){0,2}?(?:attack|incident|breach|event)\b|\bpreviously\s+(?:disclosed|announced|reported)\s+(?:[\w-]+\s+){0,2}?(?:incident|event|breach|attack)\b|\bas\s+(?:we|the\s+(?:district|school|city|county|council|town|village|company|hospital|clinic|practice|university|college|club|charity|firm|bank|credit\s+union|organi[sz]ation|trust|board|agency|department|library))\s+(?:first\s+)?(?:reported|announced|notified|advised|disclosed|shared|posted|stated)\s+(?:on|in|last|earlier)\b/i;
// “As reported by the Town Manager in a press release on …”, “as stated in our notice of May 2”: the
// same incident told in an earlier communication, named as such.
const AS_TOLD_IN_EN =
  /\bas\s+(?:previously\s+|first\s+|initially\s+|originally\s+)?(?:reported|announced|disclosed|stated|shared|posted|noted|explained|described)\s+(?:by\s+(?:the\s+|our\s+)?[A-Za-z][\w.'-]*(?:\s+[A-Za-z][\w.'-]*){0,3}\s+)?in\s+(?:a|an|its|our|their|the|my)\s+(?:[\w-]+\s+){0,2}?(?:press\s+release|news\s+release|statement|notice|letter|update|announcement|post(?:ing)?|e-?mail|notification)\b/i;
// A news report of a later announcement (third person): the figure revised against the first one
// ("2.5 million additional Americans were affected", "raising its estimate from 40 million to 70
// million", "30 million more than it originally stated"), or the incident told as disclosed before
// ("the attack, which was disclosed Sept. 7"; "the breach it disclosed last month").
const LATER_NEWS_EN = new RegExp(
  [
    String.raw`\ban\s+additional\s+\d{1,3}(?:[.,]\d{1,3}){0,4}\s*(?:million|billion|thousand)?\s+(?!(?:months?|years?|weeks?|days?|hours?)\b)(?:[A-Za-z][\w.-]*\s+){0,2}?[a-z][\w-]*s\b[^.]{0,60}?\b(?:affected|impacted|exposed|accessed|compromised|stolen)\b`,
    String.raw`\b\d{1,3}(?:[.,]\d{1,3}){0,4}\s*(?:million|billion|thousand)?\s+(?:additional|more)\s+(?:[A-Za-z][\w.-]*\s+){1,2}(?:were|was|had\s+been|have\s+been|may\s+have\s+been)\s+(?:affected|impacted|exposed|compromised)\b`,
    String.raw`\b(?:rais|revis|jump|increas|ris|bring|lift)\w*\b[^.]{0,80}?\bfrom\s+\d{1,3}(?:[.,]\d{1,3}){0,4}\s*(?:million|billion|thousand|[kKmM])?\s+to\s+\d`,
    String.raw`\bmore\s+than\s+(?:it|the\s+company|the\s+[a-z]+)\s+(?:had\s+)?(?:originally|initially|first|previously)\s+(?:said|stated|reported|estimated|thought|disclosed)\b`,
    String.raw`\b(?:incident|attack|breach|hack|intrusion|cyberattack),?\s+(?:which|that)\s+(?:it\s+|was\s+|were\s+)?(?:first\s+)?(?:disclosed|announced|revealed|reported|made\s+public)\s+(?:on\s+|in\s+)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|last\s+(?:week|month)|earlier\s+this\s+(?:week|month))`,
  ].join('|'),
);
// "On Monday, August 24, we shared that…", "we previously announced", "in announcing the attack",
// "a previously disclosed cybersecurity incident": the organisation's own earlier notice, named. "On May 3,
// we reported the incident to the FBI" is not one (the verb must take the news, not a recipient).
// "As we reported in January", "as the district announced on May 3": the same reference back, dated;
// "at the time of the attack, the district issued a letter", "previously posted a statement": an
// earlier notice of the same body named.
// "Our letter dated May 2", "we recently notified you": the same, dated or recent. "Update 3/5:" and "This is an
// update to our notice" head a later report.
// "Following up on our prior communication", "as described in our initial notice", "our previous update":
// this notice follows one the organisation sent before (so "our initial notice" is no first report).
// A heading that introduces the earlier text kept below an update ("Original notice, posted May 2",
// "Previous updates"): the page is a later report.
// Page chrome that prints the first posting beside the latest edit ("Updated: May 5, 2023 |
// Published: March 3, 2023"): an edited page, no update report.
const CHROME_DATES_EN =
  /\b(?:published|posted)\s*[::]?\s*(?:on\s+)?(?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)/i;
const EARLIER_BELOW_EN =
  /^\s*(?:original|previous|earlier)\s+(?:notice|post(?:ing)?|statement|announcement|updates?)\b/i;
// English pages that call themselves an update: a dated "Updated <date>" line (not the chrome's "Last
// updated"; also "Update #3 (date)", "Latest update – date", "this notice was updated on …", a
// "Supplemental Notice", a "Follow-up notice" heading; session 15), "we are updating our earlier notice", "X is issuing an update to its initial notice",
// "providing updated information"; a news report of the body's "updated release" or "updated statement",
// or of what it said "in an update on June 12" (a news report of a later announcement).
const UPDATE_EN =
  /^\s*[[(]?\s*Updated?:?\s+(?:(?:on|as\s+of)\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|\d)|^\s*(?:(?:Latest|Further|Second|Third|Fourth|New)\s+)?Update\s*(?:#?\d{1,2}\s*|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\s*)?[-–—:(]\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|\d)|\bupdating\s+(?:our|its|the|this)\s+(?:[\w-]+\s+){0,3}?(?:notice|announcement|statement|notification|letter|post)\b|\b(?:issuing|providing|posting|sharing)\s+(?:an?\s+)?(?:further\s+)?update\s+(?:to|on)\b|\bprovid(?:e|ing)\s+updated\s+information\b|\bprovid(?:e|ing)\s+(?:you|our\s+[\w-]+|the\s+[\w-]+)\s+with\s+(?:an?\s+)?(?:further\s+|additional\s+)?update\s+(?:on|regarding|about|to)\b|\b(?:writing|write)\s+to\s+update\s+you\b|\bthis\s+is\s+(?:an?\s+)?(?:update|follow-?up)\s+(?:to|on)\s+(?:our|the|its)\b|\b(?:notice|statement|post|letter|notification)\s+(?:was|has\s+been)\s+updated\s+(?:on|as\s+of)\b|\bsupplemental\s+(?:notice|notification|information)\b|^\s*follow-?up\s+(?:notice|notification|letter|statement)\b|\b(?:an?|its|the|their|this)\s+updated\s+(?:press\s+|news\s+)?(?:release|statement|announcement|notice)\b|\b[Ii]n\s+(?:an?|its|their|the)\s+(?:latest\s+|new\s+|further\s+|recent\s+)?update\b[^.;]{0,40}?,\s+(?:the\s+)?[A-Z][^.;]{0,60}?\b(?:said|says|stated|wrote|announced|confirmed|reported)\b/i;
// An English title that calls the page an update ("Update on …", "… Incident Update", "UPDATE:"); not
// the chrome's "Last updated" nor advice to update something.
const TITLE_UPDATE_EN = /\bupdate[ds]?\b/i;
const TITLE_NOT_UPDATE_EN = /\blast\s+updated\b|\bupdate\s+(?:your|the\s+app|software)\b/i;
// A finished investigation told in English ("we recently completed our forensic investigation", "the
// investigation is now complete"): an update that reports it is the final report. Not one promised
// ("once the investigation is complete, we will …"), nor a review of the files (a step within it).
const COMPLETED_EN =
  /\b(?:completed|concluded)\s+(?:our|its|the|their)\s+(?:[\w-]+\s+){0,2}?investigation\b|\binvestigation\s+(?:is|has\s+been|was)\s+(?:now\s+)?(?:complete|completed|concluded)\b|\binvestigation\s+(?:[\w-]+\s+){0,10}?(?:has\s+(?:now\s+)?(?:concluded|ended|finished)|(?:has\s+been|is\s+now)\s+(?:complete|completed|concluded))\b/i;
const PROMISED_EN = /\b(?:once|when|until|after|upon|if|before|as\s+soon\s+as)\b[^.]{0,40}$/i;

/** "Once the investigation is complete, we will …": a finish promised, not reported. */
function promisedFinal(s: string): boolean {
  const m = FINAL.exec(s);
  return m !== null && PROMISED_EN.test(s.slice(0, m.index));
}

function completedEn(s: string): boolean {
  const m = COMPLETED_EN.exec(s);
  return (
    m !== null &&
    !PROMISED_EN.test(s.slice(0, m.index)) &&
    !/\b(?:will|to\s+be)\s+$/.test(s.slice(0, m.index))
  );
}
// An investigation by outside experts reported with its result (「外部機関の調べの結果、分かった」).
const RESULT =
  /(?:専門調査会社|調査会社|第三者(?:調査)?機関|外部(?:の)?専門(?:機関|家|会社)|フォレンジック)[^。]{0,40}調査(?:を行った|の)結果|調査結果(?:の)?概要|社内調査の結果|詳細な事実確認を行った結果/;
// A heading that presents what an investigation found (「■通信記録の解析により判明した事項」「調査の
// 結果、判明した事実」) introduces its results; 「これまでに判明した事実」「現時点で判明した事項」 do not
// name an investigation and stay interim.
const RESULT_HEADING =
  /(?:^|\n)[^\S\n]*[■●◆□◇◎○・\d.()()]*[^\S\n]*[^\n。、]{0,20}(?:調査|解析|分析)(?:の結果|により|によって|で)[、,]?\s?判明した(?:事項|事実|こと|事|内容)[^\S\n]*(?:\n|$)/;
// 「…が判明しましたのでお知らせします」: a notice that announces what was just found. 「…事故が発生
// しましたのでお知らせします」 is the usual opening of a one-off incident report (cities, schools): it
// states no stage, so 発生 alone does not count.
const ANNOUNCES_FINDING = /(?:判明|発覚)(?:いた)?し(?:まし)?た(?:ので|ため)、?(?:お知らせ|ご報告|報告)/;
// 「…との第一報がありました」「第一報を受け」: the first word the organisation received, not this notice.
const FIRST_EXPLICIT =
  /(?<!との\s?)(?:第一報|第1報)(?!について|は|を|にて|として|が(?:あり|入|届))|初報|(?<!\b(?:our|its|their|the|an?|that|this|prior|previous)\s+)\binitial\s+notice\b/i;
// 「一斉調査を継続して実施する」 is a recurring check (a measure), and 「詳細が判明するまでの間、停止」 a
// condition on a suspension: neither says the investigation is still running.
const ONGOING =
  /引き続き(?:[^。]{0,20})?調査|調査を(?:引き続き|継続)(?!して(?:実施|行))|(?:原因|詳細|全容|被害)[^。]{0,12}(?:断定|特定|解明|把握)(?:には|に)?至って(?:おりません|いません)|調査(?:を)?継続(?!して(?:実施|行))|調査中|確認中|(?:原因|詳細|状況|影響|範囲|経緯)(?:等|など)?を?(?:調査|確認)して(?:おります|います)。|調査を(?:進めて|行って)(?:いる|おり|い)|現時点で(?:確認|判明)している|判明次第|詳細が判明(?!する(?:まで|迄))|改めて(?:ご報告|お知らせ|ご連絡)|新たに(?:[^。]{0,20})?判明した場合|現時点で判明している|新たな事実が判明/;

// 「原因を調査しております。」: the investigation still runs (a present-tense sentence, not 「調査しておりましたところ」).
// An English notice that promises more reports ("we will continue to provide updates", "updates will
// be posted", "we will update this page", "sharing further information as it becomes available") is
// the first of a series, as 判明次第お知らせ is in Japanese.
const PROMISES_MORE_EN =
  /\b(?:will|shall)\s+(?:continue\s+to\s+)?(?:provide|post|share|issue|publish|give)\s+(?:[\w-]+\s+){0,3}?updates?\b|\bupdates?\s+will\s+be\s+(?:provided|posted|shared|issued|published|made\s+available)|\b(?:will|shall)\s+(?:continue\s+to\s+)?update\s+(?:this|the|our)\s+(?:page|notice|website|site|statement|post)\b|\b(?:shar|provid|post)(?:e|ing)\s+(?:additional|further|more|new)\s+(?:facts|information|details|updates)\s+as\s+(?:they|it|that)\s+(?:become|becomes|are|is)\s+(?:available|known|confirmed)|\bas\s+(?:more|further|additional|new)\s+(?:[\w-]+\s+)?(?:details|information|facts)\s+(?:are|is|become|becomes)\s+(?:made\s+)?(?:available|known)\b[^.;]{0,60}\b(?:will|shall)\s+(?:be\s+)?(?:post|posted|share|shared|provide|provided|publish|published|update|updated)\b/i;

// “We will keep you informed”, “we will share further information as it becomes available”: more
// reports promised, in other words (the object is the reader, or news yet to come).
const PROMISES_MORE2_EN =
  /\b(?:will|shall)\s+(?:continue\s+to\s+)?keep\s+(?:you|everyone|all\s+of\s+you|our\s+[\w-]+|the\s+(?:public|community))\s+(?:[\w-]+\s+)?(?:informed|apprised|updated|posted)\b|\b(?:will|shall)\s+(?:continue\s+to\s+)?(?:share|provide|post|release|give|communicate|publish)\s+(?:you\s+with\s+)?(?:further|more|additional|new)\s+(?:information|details|updates)\b[^.;]{0,80}?\b(?:as|when|once)\s+(?:it|they|that|this|more)\b[^.;]{0,30}?\b(?:available|known|confirmed|learn)/i;

// Incidents that are reported once, not investigated over several reports.
const ONE_OFF_CAUSES = new Set(['misdelivery', 'loss_or_theft']);

// 「3月2日の第一報、3月9日の第二報でお知らせした」「第一報・第二報は下記をご覧ください」: ordinals that
// refer to earlier reports, not to this one.
const ORDINAL_HINT = /報/;
const ORDINAL = /第[一二三四五六七八九十0-9]+報|初報|続報/g;
// 「インシデント報告書(第1報)を提出」: a report filed with an authority, not this notice.
const REF_BEFORE = /(?:日|付|日付)の\s?$|既報|前回の\s?$|報告書?\s?[((]\s?$/;
// 「『…のお知らせ(第2報)』につきまして」: an ordinal closing a quoted title is that earlier notice's.
const REF_AFTER =
  /^(?:\s?[、,・]\s?(?:[0-9]{1,2}月[0-9]{1,2}日の)?(?:第[一二三四五六七八九十0-9]+報|初報))*\s?(?:[))]\s?[」』]|[」』])?\s?(?:について|につきまして|にて|として|で(?:お知らせ|ご報告|公表)|に(?:て|おいて)|は|を|の内容|をご覧|でお知らせ|(?<=[」』])(?:及び|および|と|、))/;

// A title that calls the notice a progress report (経過報告, 中間報告) is a later report; one that
// calls it a 速報 (a flash report, not a 速報値) is the first. Read from the title only: in the body
// 「中間報告を受領」 is someone else's report.
const TITLE_UPDATE =
  /経過(?:の)?(?:ご)?報告|中間(?:の)?(?:ご)?(?:報告|調査結果)|途中経過|進捗(?:状況)?(?:の|について|に関する)?(?:ご)?報告/;
// A title that announces the investigation's result (「…に関する調査結果について」「調査完了のお知らせ」,
// 「調査結果(確定版)」) reports a concluded investigation: final (an interim result is an update).
const TITLE_FINAL = /(?<!中間)調査結果|調査(?:が|の)?完了|確定版/;
const TITLE_FIRST = /速報(?!値)/;

// 「12月1日に公表しましたとおり、調査の結果…」: a result told "as announced" in the sentence that refers
// back is the earlier notice's news, repeated; this notice is an update of it, not the final report.
const AS_TOLD = /(?:とおり|通り|ように|様に)[、,]/;

function restatesResult(s: string): boolean {
  const m = AS_TOLD.exec(s);
  return m !== null && s.indexOf('結果', m.index) > m.index;
}

// 「1月26日に公表いたしました「…調査結果のご報告」のとおり」: an earlier notice cited by its title. Its
// words (調査結果, 第2報, 最終報) tell that notice's stage, not this one's.
const QUOTED = /「[^「」]{4,80}」/g;
const CITED_BEFORE =
  /(?:公表|掲載|発表|お知らせ|ご報告|報告|リリース|開示|ご案内)(?:いた)?し(?:まし)?た\s?$|(?:日|日付け?|付け?)(?:の|で)?\s?$/;
const CITED_AFTER =
  /^(?:の(?:とおり|通り)|にて|で(?:お知らせ|ご報告|公表|ご案内)|につきまして|を(?:公表|掲載|発表))/;

/** The sentence with the titles of earlier notices it cites blanked out. */
function withoutCitedTitles(s: string): string {
  return s.replace(QUOTED, (m, at: number) =>
    CITED_BEFORE.test(s.slice(Math.max(0, at - 14), at)) ||
    CITED_AFTER.test(s.slice(at + m.length, at + m.length + 10))
      ? '「〓」'
      : m,
  );
}

/** The sentence with every ordinal that refers to another report blanked out. */
function withoutReferences(s: string): string {
  return s.replace(ORDINAL, (m, at: number) =>
    REF_BEFORE.test(s.slice(Math.max(0, at - 6), at)) || REF_AFTER.test(s.slice(at + m.length)) ? '〓' : m,
  );
}

// A path segment that files the page as an update; not the chrome of a blog's query ("updated-max=") nor
// "last-updated".
const SLUG_UPDATE = /(?:^|[-_])update[ds]?(?:[-_.]|$)/i;
const SLUG_NOT_UPDATE = /last[-_]?updated|updated?[-_]your/i;

/** The address line when its path's last segment calls the page an update. */
function urlUpdateSlug(structure: NoticeStructure | undefined): Segment | null {
  const url = structure?.url;
  if (!url) return null;
  const path = url.replace(/^(?:https?:\/\/)?[^/]*/, '').replace(/[?#].*$/, '');
  const segs = path.split('/').filter((x) => x !== '');
  const last = segs[segs.length - 1];
  if (!last || !SLUG_UPDATE.test(last) || SLUG_NOT_UPDATE.test(last)) return null;
  const line = structure.lines.find((l) => l.text.includes(url));
  return line ?? null;
}

/**
 * Report stage of a notice, or null when it states none.
 *
 * @example extractStage(splitSentences('調査結果のご報告(最終報)'), 'ja')?.value // → 'final'
 */
export function extractStage(
  segments: Segment[],
  lang: 'ja' | 'en',
  structure?: NoticeStructure,
  causes: readonly string[] = [],
): Fact<ReportStage> | null {
  let finalExplicit: Segment | null = null;
  let finalInferred: Segment | null = null;
  let update: Segment | null = null;
  let first: Segment | null = null;
  let ongoing: Segment | null = null;
  let later: Segment | null = null;
  let result: Segment | null = null;
  let announces: Segment | null = null;
  let completed: Segment | null = null;
  let running: Segment | null = null;
  let concluded: Segment | null = null;
  for (const seg of segments) {
    const r = ORDINAL_HINT.test(seg.text) ? withoutReferences(seg.text) : seg.text;
    const s = r.includes('「') ? withoutCitedTitles(r) : r;
    if (!finalExplicit && FINAL_EXPLICIT.test(s)) finalExplicit = seg;
    if (!finalInferred && FINAL.test(s) && (lang !== 'en' || !promisedFinal(s))) finalInferred = seg;
    if (
      !update &&
      (UPDATE.test(s) ||
        (lang === 'en' && ((UPDATE_EN.test(s) && !CHROME_DATES_EN.test(s)) || EARLIER_BELOW_EN.test(s))))
    )
      update = seg;
    if (!completed && lang === 'en' && /complete|conclude/i.test(s) && completedEn(s)) completed = seg;
    if (!first && FIRST_EXPLICIT.test(s)) first = seg;
    if (
      !ongoing &&
      (lang === 'ja'
        ? ONGOING.test(s)
        : /update|available|known|confirmed/i.test(s) && PROMISES_MORE_EN.test(s))
    )
      ongoing = seg;
    if (
      !later &&
      (lang === 'ja'
        ? LATER_HINT.test(s) && (LATER.test(s) || (s.includes('日') && DATED_EARLIER_JA.test(s)))
        : LATER_EN.test(s) || LATER_NEWS_EN.test(s) || AS_TOLD_IN_EN.test(s))
    )
      later = seg;
    if (!running || (!concluded && lang === 'ja')) {
      const state = lang === 'ja' ? investigationState(s) : null;
      if (state === 'ongoing' && !running) running = seg;
      else if (state === 'concluded' && !concluded) concluded = seg;
    }
    if (
      !ongoing &&
      lang === 'en' &&
      /keep|available|known|confirmed|learn/i.test(s) &&
      PROMISES_MORE2_EN.test(s)
    )
      ongoing = seg;
    if (!result && lang === 'ja' && s.includes('結果') && RESULT.test(s)) result = seg;
    if (!result && lang === 'ja' && s.includes('判明した') && RESULT_HEADING.test(s)) result = seg;
    if (!announces && lang === 'ja' && /お知らせ|報告/.test(s) && ANNOUNCES_FINDING.test(s)) announces = seg;
  }
  // The investigation still running (「流出の有無を確認しております」, “our investigation is ongoing”)
  // leaves the matter open like a promise of further reports; an outside investigation's result stated
  // as found (「第三者機関による調査を実施し…確認いたしました」) closes it.
  if (!ongoing && running) ongoing = running;
  if (!result && concluded && !running) result = concluded;
  // The title says what the notice is (「…(第2報)」「調査結果のご報告」): it outranks the body.
  const title = structure?.title;
  if (title) {
    const t = withoutReferences(title.text);
    const seg = { text: title.text, start: title.start, end: title.end, line: 0 };
    if (FINAL_EXPLICIT.test(t)) return factOf('final', seg, 0.9);
    const enUpdate = lang === 'en' && TITLE_UPDATE_EN.test(t) && !TITLE_NOT_UPDATE_EN.test(t);
    // An English update that reports its investigation finished is the final report.
    if ((UPDATE.test(t) || enUpdate) && completed && lang === 'en') return factOf('final', completed, 0.6);
    if (UPDATE.test(t)) return factOf('update', seg, 0.9);
    if (enUpdate) return factOf('update', seg, 0.8);
    if (FIRST_EXPLICIT.test(t)) return factOf('first', seg, 0.85);
    if (TITLE_UPDATE.test(t)) return factOf('update', seg, 0.8);
    if (FINAL.test(t)) return factOf('final', seg, 0.8);
    if (TITLE_FINAL.test(t)) return factOf('final', seg, 0.75);
    if (TITLE_FIRST.test(t)) return factOf('first', seg, 0.75);
  }
  // The page's address names it an update ("/update-on-ransomware-attack/", "/data-incident-update"):
  // the slug is the page's title as the site filed it.
  const slug = urlUpdateSlug(structure);
  if (slug && !finalExplicit)
    return lang === 'en' && completed ? factOf('final', completed, 0.6) : factOf('update', slug, 0.6);
  // What the notice calls itself (最終報, 第2報, 第一報) outranks what its wording suggests (a
  // concluded investigation reads as final; one still running as a first report).
  if (finalExplicit) return factOf('final', finalExplicit, 0.85);
  if (lang === 'en' && completed && (update || later)) return factOf('final', completed, 0.6);
  if (update) return factOf('update', update, 0.7);
  if (first) return factOf('first', first, 0.7);
  if (finalInferred) return factOf('final', finalInferred, 0.6);
  // A notice that refers back to an earlier one is a later report: final when it gives the result of
  // an outside investigation, else an update.
  if (later)
    return result && !ongoing && !(result === later && restatesResult(later.text))
      ? factOf('final', result, 0.55)
      : factOf('update', later, 0.55);
  if (result && !ongoing) return factOf('final', result, 0.5);
  // A misdelivered letter or a lost file is told once: 「調査中」「判明しましたのでお知らせ」 there is
  // the one report, not the first of a series (the explicit words above still count).
  if (causes.length > 0 && causes.every((c) => ONE_OFF_CAUSES.has(c))) return null;
  if (ongoing) return factOf('first', ongoing, 0.5);
  if (announces) return factOf('first', announces, 0.45);
  return null;
}
