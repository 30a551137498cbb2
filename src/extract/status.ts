import { factOf } from './fact.js';
import { gatedSource } from './first-chars.js';
import { explainsTerm } from './glossary.js';
import type { Segment } from './segment.js';
import {
  CONFIRMED_EN,
  COPY_HEDGE_EN,
  DATA_TAKEN_EN,
  EXPOSED_EN,
  FINDING_DATA_EN,
  FINDING_EN,
  HEDGE_WORD_EN,
  NOT_FOUND_EN,
  OPEN_HEDGE_EN,
  ORG_LEAKED_EN,
  PARTIAL_FAILURE_EN,
  POSSIBLE_EN,
  POSSIBLE_REACH_EN,
  POSSIBLY_HELD_EN,
  REACH_HEDGE_EN,
  SENT_BY_MISTAKE_EN,
  SETTLED_EN,
} from './status-en.js';
import { deniedDataActEn } from './status-en-denied.js';
import { negationOnReasonEn, statedActEn, statedOnDataEn } from './status-en-scope.js';
import type { NoticeStructure } from './structure.js';
import type { Cause, Fact, LeakStatus } from './types.js';

/**
 * Leak status as the notice concludes it.
 *
 * - possible: the leak itself is hedged — 流出した可能性 / 漏えいのおそれ / 流出懸念 / "may have been
 *   accessed". A hedge that is denied (「流出する恐れはございません」) does not count.
 * - not_found: 流出の事実は確認されませんでした / 可能性は低い / "no indication that your information
 *   was accessed". A finding hedged by ものの/but ("no trace was found, but …") is only possible.
 * - confirmed: 流出しました / 漏えいを確認 / 閲覧可能な状態であった / "was accessed/exposed/acquired".
 *
 * Precedence: a firm not-found conclusion (past tense, 「ませんでした」) > the leak stated as an
 * established fact (「流出した事実が確認されました」) > possible > confirmed >
 * a present "not confirmed so far" (which alone still means not_found).
 */

/** A pattern tried on every sentence, gated on the characters its matches can start with
 * (first-chars.ts): most positions are passed with one class test; matches are unchanged. */
const gate = (re: RegExp): RegExp => new RegExp(gatedSource(re.source), re.flags);

// 流失 is a common slip for 流出 (「控えが流失した事実は…」).
const LEAK =
  '(?:流出|流失|漏え?い|漏洩|漏れ|窃取|不正(?:に)?取得|取得され|閲覧され|参照され|外部に出|盗まれ|盗み取られ|抜き取られ|持ち出(?:され|し)|公開され|外部(?:へ|に)送信され)';
// 「可能性を否定することはできません」 "cannot rule out": a hedge that outranks a finding of no trace.
const CANNOT_RULE_OUT = gate(
  /可能性[^。]{0,6}(?:否定|排除)(?:する|すること)?(?:は|が|も)?(?:でき(?:ない|ません)|困難|難し)|\b(?:cannot|can\s+not|could\s+not|(?:not\s+(?:be\s+)?able|unable)\s+to)\s+(?:(?:definitively|conclusively|completely|fully|entirely|absolutely)\s+)?rule\s+out\b|\b(?:cannot|could\s+not)\s+be\s+ruled\s+out\b/i,
);
const POSSIBLE_JA = gate(
  new RegExp(
    `${LEAK}(?:した|された|た|している|していた|する|の|が発生した|を受けた)?(?:可能性|おそれ|恐れ|懸念|疑い)(?!(?:は|も)(?:極めて|きわめて|非常に|ごく)?(?:低|な|無|ございません|ありません))|${LEAK}等(?:の|が発生した)(?:可能性|おそれ|恐れ)(?![^。]{0,12}に該当)|${LEAK}(?:が|の)?懸念|流出懸念|可能性を(?:否定|排除)でき|閲覧(?:された|できた)?可能性`,
  ),
);
const NOT_FOUND_FIRM_JA = gate(
  new RegExp(
    `${LEAK}(?:等)?(?:は|も)(?:一切)?確認(?:され|でき)(?:ませんでした|なかった)|${LEAK}(?:した|された|た)?(?:事実|痕跡|形跡)(?:は|も)(?:一切)?(?:見つかりませんでした|見つからなかった|見当たりませんでした|見当たらなかった)|${LEAK}(?:した|された|の)?(?:事実|痕跡|形跡)(?:は|も)?(?:一切)?(?:確認)?(?:され|でき)?(?:ませんでした|なかった)|${LEAK}(?:した|する|される|の)?可能性(?:は|も)?(?:極めて|きわめて|非常に|ごく)?(?:低|な|無|ございません|ありません)|個人情報${LEAK}の可能性はございません|${LEAK}(?:は|も)?(?:一切)?(?:ございません|ありませんでした)|${LEAK}(?:等)?(?:は|が|も)?(?:無い|ない|なかった)こと(?:を|は|も)確認|(?:個人情報|お客様情報|顧客情報)[^。]{0,10}(?:被害|流出)(?:は|も)(?:一切)?(?:なかった|ありませんでした|ございませんでした)|${LEAK}(?:等)?(?:は|も)?(?:一切)?なかった|${LEAK}(?:した|された|の)?(?:事実|痕跡|形跡)?(?:は|も)?(?:一切)?認められ(?:ませんでした|なかった)|${LEAK}(?:した|された|の)?(?:こと)?を示す(?:事実|痕跡|形跡|証拠)(?:は|も)(?:一切)?(?:確認(?:され|でき)(?:ませんでした|なかった)|見つかりませんでした|見つからなかった)`,
  ),
);
const NOT_FOUND_NOW_JA = gate(
  new RegExp(
    `${LEAK}(?:した|された|た)?(?:事実|痕跡|形跡)(?:は|も)(?:一切)?(?:ありません|ございません|見当たりません|認められません)|${LEAK}(?:等)?(?:した|された|している|していた|た)?(?:という|との|の)?(?:情報|事実|痕跡|形跡)?(?:(?:や|及び|および|、)[^。]{0,30})?(?:等)?(?:の発生)?(?:について)?(?:は|も)?、?(?:現時点で(?:は)?|現在(?:のところ)?|今のところ)?、?(?:一切)?(?:確認|報告)(?:され|でき|し)?て(?:い|お)(?:りません|ません|ない|らず)|${LEAK}(?:した|された)?(?:ことを示す)?事実は一切確認|${LEAK}(?:した|された|の)?(?:こと)?を示す(?:事実|痕跡|形跡|証拠)(?:は|も)(?:現時点で)?(?:一切)?(?:確認(?:され|でき)て(?:い|お)(?:りません|ません|ない)|見つかって(?:い|お)(?:りません|ません|ない))`,
  ),
);
// 「悪用の事実は確認されていない」「被害の発生は報告されていません」: nothing seen so far. Weaker
// than a word on the leak itself (a leak that happened is often followed by "no misuse so far").
const NO_HARM_NOW_JA = gate(
  /(?:悪用|不正に?(?:利用|使用)|被害)(?:された|等)?(?:という|との)?(?:事実|被害|情報)?(?:等)?(?:の発生)?(?:は|も)?(?:現時点で|現在|今のところ)?(?:一切)?(?:確認|報告)(?:され|でき)?て(?:い|お)(?:りません|ません|ない)|(?:悪用|不正に?(?:利用|使用)|被害)(?:の発生)?(?:等)?(?:の|に関する)(?:報告|連絡)(?:は|も)(?:現時点で|現在|今のところ)?(?:一切)?(?:受けて|寄せられて)(?:い|お)(?:りません|ません|ない)/,
);
// Lost papers or media: no word has come of harm or of the data turning up (「…との情報はありません」
// 「その種の情報は入っていません」), or theft is judged unlikely (「盗難の可能性は低い」).
const NO_NEWS_JA = gate(
  /(?:被害|悪用|不正に?(?:利用|使用)|流出|漏え?い|漏洩|そのよう)[^。]{0,24}(?:情報|報告|連絡|申し出)(?:等)?(?:は|も)(?:現在|今のところ|現時点で|これまで)?(?:まで)?(?:一切)?(?:ありません|ございません|ない|入って(?:きて)?(?:お|い)?(?:りません|ません)|寄せられて(?:お|い)?(?:りません|ません))|(?:盗難|盗まれた|持ち去られた|持ち出された)(?:の)?可能性(?:は|も)?(?:低|な(?:い|く))/,
);
const CONFIRMED_JA = gate(
  /(?:流出|漏え?い|漏洩)(?:いた)?しました|(?:流出|漏え?い|漏洩)(?:した|している)こと(?:が|を)?(?:確認|判明)|(?:流出|漏え?い|漏洩)(?:の事実)?を確認|(?:流出|漏え?い|漏洩)が(?:判明|確認され|発生)|(?:流出|漏え?い|漏洩)が?確認された|(?:流出|漏え?い|漏洩)した(?:情報|個人情報|お客様情報|お客さま情報|(?:患者|お客|利用者|会員|対象者|児童|生徒|受験者)(?:様|さま|さん)?(?:には|に対し|へ)|方(?:々)?(?:には|に対し|へ))|(?:流出|漏え?い|漏洩)する事案が発生|流出していた|公開したことが判明|持ち出し(?:た|ていた)|持ち出されていた|(?:流出|漏え?い|漏洩)(?:等)?(?:が|は|の)?(?:あった|ありました|あり、|が?\d[\d,]*件)|(?:流出|漏え?い|漏洩)した旨|(?:流出|漏え?い|漏洩)したとの(?:[^。]{0,6})?報告|(?:流出|漏え?い|漏洩)し、|外部に送信する事案|(?:第三者|外部の者|部外者|別の方|他の方)の手に渡(?:り|った|ってい)|(?:不正に|無断で|私的に|業務外で)(?:収集|取得|閲覧|照会|持ち出)(?:した|し、|していた|しました)|(?:窃取|抜き取|盗み取|吸い取)(?:され|られ)(?:ました|ており|ていた|、|たこと(?:が|を)(?:判明|確認))|リークサイト[^。]{0,30}(?:掲載|公開)(?:され)?(?:ている|ていた|た)こと(?:が|を)(?:確認|判明)|(?:流出|漏え?い|漏洩)してしま(?:いました|った|い、)|(?:流出|漏え?い|漏洩)(?:する)?(?:事故|事件|事態)が(?:発生し|起き)|(?:流出|漏え?い|漏洩)する事態と(?:なり|なった)|(?:流出|漏え?い|漏洩)(?:した|している)ことが(?:分かり|わかり|分かった|わかった)|(?:流出|漏え?い|漏洩)(?:事案|事故|事件)?により、?[^。]{0,30}(?:ご迷惑|ご心配|ご不安|ご不便)|(?:閲覧|参照|ダウンロード)され(?:ました|ていました|た(?:形跡|痕跡|こと)(?:を|が)(?:確認|判明)(?:しました|いたしました|されました|し、|され、))/,
);
// 「…が外部に送信されていたことが確認されました」「攻撃者が個人情報を窃取したことを確認」: any verb of
// the leak, in the past and unhedged, as the content of a finding; 「…流出したものと判断しました」: the
// leak as the organisation's judgement. Not a finding denied (「…したことは確認できない」).
const LEAK_FOUND_JA = gate(
  new RegExp(
    `${LEAK}(?:した|していた|された|されていた|ていた|た)(?:こと(?:が|を)(?:確認|判明)(?!(?:され|でき|し)?(?:ない|ず|ませ|なかっ))(?:され|でき|し|いたし)?|もの(?:と|として)(?:判断|断定|認定|考えられ))`,
  ),
);
// 「流出した事実が確認されました」: the leak itself stated as an established fact. A hedge elsewhere
// is then about its reach (whose data, how much), not about whether it happened.
const FACT_CONFIRMED_JA = gate(
  new RegExp(
    `${LEAK}(?:した|していた|された|の)事実(?:は|が|を)(?:確認|把握)(?:されて(?:おり|い)ます|され(?:まし)?た|(?:いた)?しました|いたしております)|(?:流出|漏え?い|漏洩)が発生(?:し、|いたしました|しました)|(?:流出|漏え?い|漏洩)したことが判明(?:いたしました|しました|し、)|(?:流出|漏え?い|漏洩)したと(?:考えられる|判断された|判断した)(?:お客|方|会員|件数|情報|カード)`,
  ),
);
// Data left viewable is an exposure; whether anyone viewed it is another matter (possible, unless
// the notice says more).
const EXPOSED = gate(
  /(?:閲覧(?:可能な?|できる|でき)|見られる)(?:状態|状況)|\bpublicly\s+(?:accessible|available)\b|\bby\s+mistake\b/i,
);

// A secondary leak (二次流出・二次被害) is a later harm, not the leak the notice is about.
const SECONDARY_BEFORE = /二次\s?$|2次\s?$/;
// 「受信者以外への漏えいの可能性はない」: a word on spread beyond the known recipients, not on the leak;
// a count, then 以外の, then the data as subject of a hedge: a hedge on data beyond the people counted.
const BEYOND_BEFORE =
  /(?:以外|ほか|他)(?:の[^。]{0,8})?(?:へ|に)(?:の)?(?:情報)?$|(?:[名件人分者様社]|方)以外の[^。]{0,10}(?:が|は|も)$/;
// 「漏洩(ろうえい)」: a reading in brackets after a word (news pages gloss hard kanji) splits the word
// from its predicate; the rules read the sentence without it.
const READING_GLOSS = /(?<=[\u4e00-\u9fff])[(（][ぁ-ゖ]{1,12}[)）]/g;
// A title that names a leak without hedging it (「個人情報の流出について」) states it.
const TITLE_LEAK = /(?:流出|漏え?い|漏洩)(?!(?:の|した|する)?(?:おそれ|恐れ|可能性|疑い|懸念))/;
// 「リモートデスクトップの管理用パスワードが…流出していた」: the keys to the organisation's own
// system leaked — how the intruder got in, not the personal data the notice is about.
const SYSTEM_CREDENTIALS_BEFORE =
  /(?:リモート(?:アクセス|デスクトップ)|VPN|管理者|サーバー?|システム)[^。]{0,12}(?:アカウント|ID|ＩＤ|認証情報|パスワード)[^。]{0,20}$/;
// 「ほかの会員様につきましては、アドレスの流出はございません」: a denial about other people is
// about the leak's reach, not about whether it happened.
const OTHERS_BEFORE = /(?:その)?(?:他|ほか)の(?:会員|お客|利用者|方|皆様|顧客|ユーザー)[^。]{0,24}$/;
const KANA = /[ぁ-んァ-ヶ]/;
// A heading that names a topic (「経過と漏えいの可能性など」).
const TOPIC_HEADING = /等$|について$|経緯/;
const LATIN = /[A-Za-z]/;
// A word every match of the Japanese leak patterns above holds (LEAK's words, 被害, 可能性を, and
// CONFIRMED_JA's other triggers): tested once per sentence, it spares the five patterns on the
// four sentences in five that name no leak. Only a pre-check: it never decides anything itself.
const LEAK_HINT_JA =
  /流|漏|窃取|取得|閲覧|参照|外部|盗|抜き取|持ち出|公開|被害|可能性を|の手に渡|収集|照会|吸い取|リーク|ダウンロード/;
const STOLEN_JA = /置き引き|盗難に遭|盗まれ(?:まし)?た|車上荒らし|ひったくり|空き巣|窃盗(?:被害|に遭)/;
const QUESTION = /(?:ですか|ますか|でしょうか|のか)[。?？]?\s*$|[?？]\s*$/;
const TOLD_ABOUT_EN =
  /\b(?:know|told\s+us|notified\s+us|informed\s+us|alerted\s+us|warned\s+us|contacted\s+us)\s+(?:about|of)\s+(?:a|an)\s+$/i;
// A lack of evidence ("no evidence", "no reason to believe", "did not identify that …"), weaker than
// "was not accessed": a possibility the letter states itself still stands beside it.
// A hedge the notice passes on from someone else ("the vendor alerted us to the fact that some of
// our data may have been compromised", "they informed us that files may have been taken"): what
// the notice then states as fact ("the intruder was able to take a copy of the files") settles it.
const HEDGE_TOLD_BY_OTHER_EN =
  /\b(?:alerted|informed|notified|told|advised|warned)\s+(?:us|the\s+[\w-]+)\s+(?:to\s+the\s+fact\s+|of\s+the\s+fact\s+)?that\b[^.;]{0,120}?\b(?:may|might|could)\s+have\b/i;
// Data "compromised" says only that it was caught up in the incident; a later hedge on what was
// done to it ("may have been viewed or taken") is the notice's word on whether anyone read it.
const VAGUE_ACT_EN = /\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+compromised$/i;
const CONCRETE_HEDGE_EN =
  /\b(?:may|might|could)\s+have\s+been\s+(?:viewed|taken|accessed|acquired|copied|stolen|exfiltrated|downloaded)\b|\breasonably\s+believed\b/i;
// An inquiry named as a noun ("our investigation into which files the intruder may have reached")
// opens the same kind of clause.
const INQUIRY_BEFORE_EN =
  /\b(?:determine|identify|assess|ascertain|investigate|evaluate|review|understand|learn)\s+(?:\w+\s+){0,2}(?:what|which|whether|if|who|whose|the)\b[^.;]{0,40}$|\bwhat,?\s+if\s+any,?\s+[^.;]{0,40}$|\b(?:investigation|inquiry|review|analysis|assessment|examination)\s+(?:in)?to\s+(?:what\s+happened\s+and\s+)?(?:what|which|whether|if|whose)\b[^.;]{0,90}$/i;
const NO_EVIDENCE_EN =
  /\b(?:no|any)\s+(?:(?:direct|specific|concrete|actual|credible|forensic|conclusive|early|initial|current)\s+)?(?:evidence|indication|reason|knowledge|proof)\b|\bnot\s+(?:identify|find|detect)\b/i;
// A sentence that denies the act or leaves it open ("no evidence that … was accessed", "whether").
const DENIED_OR_OPEN_EN = /\b(?:no|not|never|nothing|whether|if|unable)\b|n['’]t\b/i;
// The data itself (not the account, system or laptop that held it).
const DATA_NOUN_EN = /\b(?:information|data|records|files|PII|PHI)\b/i;
// A concessive clause that opens a sentence, up to its comma.
const CONCESSION_EN = /^[^,;]{0,80}?\b(?:while|although|though|whereas)\b[^,;]{0,200},\s*/i;
const URL_SEGMENT = /^(?:https?:\/\/|www\.)\S+$/;

// A heading that still says something (「…の可能性があります」「…おそれがある事案」).
const TOPIC_STATES = /あります|ある|ございます|です|しました|事案|\b(?:may|might|could)\b/i;
const CONDITIONAL = /^た?(?:とき|時|場合|際|ら|なら)|^された?(?:場合|ら|なら)/;
const SETTLED_LATER = /^(?:を認識|が判明した後|があるとの(?:指摘|連絡)|を受け)/;
const REPORTED_SUSPICION =
  /^[^。]{0,10}(?:について|との|という)[^。]{0,8}(?:連絡|通報|指摘|問い?合わ?せ|照会|報告)/;
// A denial about one kind of data; "password protected" is the device's lock, not its data.
const PARTIAL_SUBJECT =
  /カ[ー\-‐]ド|パスワード|マイナンバー|個人番号|口座|写真|画像|\bcard\b|\bfinancial\b|\bpasswords?\b(?![\s-]protected)|social\s+security|\bSSNs?\b|\bbank\b|driver'?s\s+licen/i;

// The clause an act stands in may leave it open or deny it: "did not reveal if any email was actually
// accessed", "to determine whether card information had been accessed", "no indication that the
// data was compromised". Such an act states nothing.
const OPEN_LEAD_EN =
  /\b(?:no|none\s+of\s+(?:the|your|our))\s+(?:[\w'’-]+\s+){0,6}?(?:information|data|records|files|details|numbers)\s+$|(?:\b(?:whether|if)\b|\bno\s+(?:(?:direct|specific|concrete|actual|credible|forensic|conclusive)\s+)?(?:evidence|indication|information|reason)\b|\bnot\s+(?:(?:have|find|see|identify|uncover)\s+any\s+(?:(?:direct|specific|concrete|actual|credible|forensic|conclusive)\s+)?(?:evidence|indication)|reveal|determine|confirm|know)\b)[^.;]{0,100}$/i;
const CONFIRMED_EN_ALL = new RegExp(CONFIRMED_EN.source, 'gi');

/** Whether the sentence states an English act on the data outside an open or denied clause. */
function confirmedEn(s: string): boolean {
  const first = CONFIRMED_EN.exec(s);
  if (first === null) return false;
  if (!OPEN_LEAD_EN.test(s.slice(Math.max(0, first.index - 160), first.index))) return true;
  CONFIRMED_EN_ALL.lastIndex = first.index + 1;
  for (let m = CONFIRMED_EN_ALL.exec(s); m !== null; m = CONFIRMED_EN_ALL.exec(s)) {
    if (!OPEN_LEAD_EN.test(s.slice(Math.max(0, m.index - 160), m.index))) return true;
    if (m[0] === '') CONFIRMED_EN_ALL.lastIndex++;
  }
  return false;
}

/** What the sentences read so far say about the leak: the first sentence of each kind. */
interface StatusSeen {
  exposed: Segment | null;
  firm: Segment | null;
  firmNoEvidence: boolean;
  possibleEn: Segment | null;
  possibleEnData: Segment | null;
  possible: Segment | null;
  confirmed: Segment | null;
  now: Segment | null;
  noHarm: Segment | null;
  cannotRuleOut: Segment | null;
  factConfirmed: Segment | null;
  dataTaken: Segment | null;
  /**
   * The dataTaken sentence up to the end of the act (a hedge after it, in a relative clause, is on
   * something else: "information was obtained by a party who may have gained access to a database").
   */
  dataTakenHead: string;
  topic: Segment | null;
  /**
   * An inquiry's "may have" ("to learn if any member data could have been accessed"): no hedge
   * beside a stated act on the data, but the only word on the data beside an act on a computer or
   * mailbox.
   */
  scopeHedge: Segment | null;
}

/**
 * A denial about one kind of data (「カード情報は流出しておりません」) does not settle the notice.
 * In Japanese the subject stands before the denial: a card named after it (「…漏えいは確認されて
 * いませんが、カード決済を停止します」) is another clause's.
 */
function partialAt(s: string, m: RegExpExecArray | null): boolean {
  return (
    m !== null &&
    (KANA.test(m[0])
      ? PARTIAL_SUBJECT.test(s.slice(Math.max(0, m.index - 40), m.index))
      : PARTIAL_SUBJECT.test(s.slice(englishClauseStart(s, m.index), m.index + m[0].length)))
  );
}

/**
 * Where the English clause of a denial at `at` begins: after the last comma or "that" before it
 * ("… although the folder had no password, we can say that no customer record was published": the
 * password is another clause's word, not the subject denied).
 */
function englishClauseStart(s: string, at: number): number {
  const head = s.slice(0, at);
  const that = head.search(/\bthat\s+(?:(?!\bthat\b)[^,])*$/);
  return Math.max(head.lastIndexOf(',') + 1, that, 0);
}

/** A denial of the leak (not_found), or one turned into a hedge by ものの/but. */
function firmStep(st: StatusSeen, seg: Segment, s: string, leakJa: boolean, latin: boolean): void {
  let f =
    (leakJa ? NOT_FOUND_FIRM_JA.exec(s) : null) ??
    (latin ? (NOT_FOUND_EN.exec(s) ?? deniedDataActEn(s)) : null);
  if (partialAt(s, f)) f = null;
  // "does not think the tablet was taken because of the records on it": the negation reaches the reason.
  if (f && latin && !KANA.test(f[0]) && negationOnReasonEn(s, f.index + f[0].length)) f = null;
  if (f && SECONDARY_BEFORE.test(s.slice(Math.max(0, f.index - 3), f.index))) f = null;
  if (f && BEYOND_BEFORE.test(s.slice(Math.max(0, f.index - 16), f.index))) f = null;
  if (f && OTHERS_BEFORE.test(s.slice(Math.max(0, f.index - 36), f.index))) f = null;
  if (f) {
    // "No trace of a leak was found, but …" hedges the finding rather than concluding.
    const after = s.slice(f.index + f[0].length, f.index + f[0].length + 8);
    // "… was viewed by someone without authorisation; however, it was st.possible": the turn may come at
    // the end of the clause, past an agent or a place, when what follows it is a hedge ("…, but
    // a laptop was stolen" adds a fact, not a doubt).
    const clauseRest = s.slice(f.index + f[0].length, f.index + f[0].length + 110);
    if (
      /^(?:もの|が、|けれど)/.test(after) ||
      /^[^.]{0,3}\b(?:but|however)\b/i.test(after) ||
      /^[^.;,]{0,40}(?:[;,]\s*however|,\s*but)\b[^.;]{0,50}?\b(?:st.possible|possibly|may|might|could|cannot|can\s?not)\b/i.test(
        clauseRest,
      )
    ) {
      st.possible ??= seg;
    } else {
      st.firm ??= seg;
      if (st.firm === seg) st.firmNoEvidence = NO_EVIDENCE_EN.test(f[0]);
    }
  }
}

/** A hedge on the leak (possible), or a title or heading that only names it as a topic. */
function possibleStep(
  st: StatusSeen,
  seg: Segment,
  s: string,
  leakJa: boolean,
  latin: boolean,
  topicStarts: ReadonlySet<number>,
): void {
  if (!st.possible) {
    const p = leakJa ? POSSIBLE_JA.exec(s) : null;
    // 「漏えい懸念について連絡を受け」: a suspicion someone reported, which the notice then settles.
    // 「可能性を認識し」「可能性が判明した後」: a suspicion the notice then went on to settle.
    const tail = p === null ? '' : s.slice(p.index + p[0].length, p.index + p[0].length + 24);
    const reported =
      p !== null &&
      (REPORTED_SUSPICION.test(tail) ||
        SETTLED_LATER.test(tail) ||
        BEYOND_BEFORE.test(s.slice(Math.max(0, p.index - 16), p.index)));
    const pm = latin ? POSSIBLE_EN.exec(s) : null;
    // "a researcher contacted us to let us know about a potential breach": a suspicion someone
    // reported, which the letter then settles.
    // "To determine whether customer information may have been accessed" is an inquiry's scope.
    let pEn =
      pm !== null &&
      !TOLD_ABOUT_EN.test(s.slice(Math.max(0, pm.index - 40), pm.index)) &&
      !INQUIRY_BEFORE_EN.test(s.slice(Math.max(0, pm.index - 140), pm.index));
    if (
      pm !== null &&
      DATA_NOUN_EN.test(s) &&
      INQUIRY_BEFORE_EN.test(s.slice(Math.max(0, pm.index - 140), pm.index))
    )
      st.scopeHedge ??= seg;
    if (pEn && DATA_NOUN_EN.test(s)) st.possibleEnData ??= seg;
    if (!pEn && latin) {
      // A hedge on the incident's reach ("may have resulted in unauthorized access to …"), or on
      // what a device held; "to determine what data may have been stored there" is an inquiry's
      // scope, not a hedge.
      const reach = POSSIBLE_REACH_EN.exec(s);
      const held = reach ?? POSSIBLY_HELD_EN.exec(s);
      pEn = held !== null && !INQUIRY_BEFORE_EN.test(s.slice(Math.max(0, held.index - 140), held.index));
      if (pEn && reach && DATA_NOUN_EN.test(s)) st.possibleEnData ??= seg;
    }
    if (pEn) st.possibleEn ??= seg;
    if ((p && !reported) || pEn) {
      const named = topicStarts.has(seg.start) || /について[)）]?\s*$/.test(s);
      if (named && !TOPIC_STATES.test(s)) st.topic ??= seg;
      else st.possible = seg;
    }
  }
  // "No evidence that personal information was accessed … the days during which staff
  // information may have been accessed": a hedge on the data itself, stated after the first hedge
  // (on a site or system), still stands beside a lack of evidence. An inquiry's scope ("to
  // determine what information may have been affected") is no hedge.
  if (st.possible && !st.possibleEnData && DATA_NOUN_EN.test(s)) {
    const h = POSSIBLE_EN.exec(s) ?? POSSIBLE_REACH_EN.exec(s);
    if (h && !INQUIRY_BEFORE_EN.test(s.slice(Math.max(0, h.index - 140), h.index))) st.possibleEnData = seg;
  }
}

/** Findings: the leak confirmed or stated as a fact, not found so far, no harm, data exposed or taken. */
function findingStep(st: StatusSeen, seg: Segment, s: string, leakJa: boolean, latin: boolean): void {
  if (!st.confirmed) {
    const c = leakJa ? (CONFIRMED_JA.exec(s) ?? LEAK_FOUND_JA.exec(s)) : null;
    // 「流出が確認された場合(とき)には」 is a condition, not a finding.
    const conditional =
      c !== null && CONDITIONAL.test(s.slice(c.index + c[0].length, c.index + c[0].length + 5));
    const keys = c !== null && SYSTEM_CREDENTIALS_BEFORE.test(s.slice(Math.max(0, c.index - 40), c.index));
    if (
      (c && !conditional && !keys) ||
      (latin && (confirmedEn(s) || SENT_BY_MISTAKE_EN.test(s) || ORG_LEAKED_EN.test(s)))
    )
      st.confirmed = seg;
  }
  if (!st.now) {
    const nm = leakJa ? NOT_FOUND_NOW_JA.exec(s) : null;
    if (nm && !partialAt(s, nm) && !SECONDARY_BEFORE.test(s.slice(Math.max(0, nm.index - 3), nm.index)))
      st.now = seg;
  }
  if (!st.noHarm && (NO_HARM_NOW_JA.test(s) || NO_NEWS_JA.test(s))) st.noHarm = seg;
  if (!st.exposed && (EXPOSED.test(s) || (latin && EXPOSED_EN.test(s)))) st.exposed = seg;
  if (!st.factConfirmed && ((leakJa && FACT_CONFIRMED_JA.test(s)) || (latin && SETTLED_EN.test(s))))
    st.factConfirmed = seg;
  if (
    !st.factConfirmed &&
    latin &&
    (FINDING_EN.test(s) || FINDING_DATA_EN.test(s)) &&
    !DENIED_OR_OPEN_EN.test(s) &&
    !HEDGE_WORD_EN.test(s)
  )
    st.factConfirmed = seg;
  if (!st.factConfirmed && latin && PARTIAL_FAILURE_EN.test(s)) st.factConfirmed = seg;
  // "While there is no evidence that X was reached, the stolen data does include Y": the concession
  // denies its own clause; the main clause after it states the act.
  const main = latin ? s.slice(CONCESSION_EN.exec(s)?.[0].length ?? 0) : s;
  // A later concrete act ("the stolen data includes …") replaces a vague first one ("whose data was
  // compromised"), which a concrete hedge would otherwise outweigh.
  const vague = st.dataTaken !== null && VAGUE_ACT_EN.test(st.dataTakenHead);
  if ((!st.dataTaken || vague) && latin && !DENIED_OR_OPEN_EN.test(main)) {
    // Data sent or released to the wrong people by mistake is data that reached them.
    const dt = DATA_TAKEN_EN.exec(main) ?? SENT_BY_MISTAKE_EN.exec(main);
    const head = dt ? main.slice(0, dt.index + dt[0].length) : '';
    if (dt && (!vague || !VAGUE_ACT_EN.test(head))) {
      st.dataTaken = seg;
      st.dataTakenHead = head;
    }
  }
}

/** What one sentence says about the leak, into `st` (the first sentence of each kind is kept). */
function readStatusSentence(st: StatusSeen, seg: Segment, topicStarts: ReadonlySet<number>): void {
  const s =
    seg.text.includes('(') || seg.text.includes('（') ? seg.text.replace(READING_GLOSS, '') : seg.text;
  if (!st.cannotRuleOut && /可能性|rule/.test(s) && CANNOT_RULE_OUT.test(s)) st.cannotRuleOut = seg;
  const leakJa = LEAK_HINT_JA.test(s);
  // The English patterns (status-en.ts) all start with an ASCII letter (status-en.test.ts checks).
  const latin = LATIN.test(s);
  firmStep(st, seg, s, leakJa, latin);
  possibleStep(st, seg, s, leakJa, latin, topicStarts);
  findingStep(st, seg, s, leakJa, latin);
}

/**
 * Leak status, or null when the notice says nothing about it.
 *
 * @example extractLeakStatus(splitSentences('個人情報が流出した可能性があります。'))?.value // → 'possible'
 */
export function extractLeakStatus(
  segments: Segment[],
  causes: Cause[] = [],
  structure?: NoticeStructure,
): Fact<LeakStatus> | null {
  const st: StatusSeen = {
    exposed: null,
    firm: null,
    firmNoEvidence: false,
    possibleEn: null,
    possibleEnData: null,
    possible: null,
    confirmed: null,
    now: null,
    noHarm: null,
    cannotRuleOut: null,
    factConfirmed: null,
    dataTaken: null,
    dataTakenHead: '',
    topic: null,
    scopeHedge: null,
  };
  // A heading that names a topic (「経過と漏えいの可能性など」) states no conclusion.
  // (Sets filled in a loop: an empty map() result spread into them de-optimised this function.)
  const headingStarts = new Set<number>();
  // A title or heading that names the possibility as its topic (「…流出の可能性について」
  // 「3 個人情報の流出の可能性」) states nothing; what the text under it says decides.
  const topicStarts = new Set<number>();
  for (const h of structure?.headings ?? []) {
    const start = structure!.lines[h.index]!.start;
    if (TOPIC_HEADING.test(h.text)) headingStarts.add(start);
    topicStarts.add(start);
  }
  if (structure?.title) topicStarts.add(structure.title.start);
  for (const seg of segments) {
    const s = seg.text;
    if (headingStarts.has(seg.start)) continue;
    // A question (an FAQ's 「情報流出はあったのですか。」) asks; the answer below it concludes.
    if (QUESTION.test(s.slice(-10))) continue;
    // A glossary note or a description of how some malware works tells of the term, not the incident.
    if (explainsTerm(s)) continue;
    readStatusSentence(st, seg, topicStarts);
  }
  const {
    exposed,
    firm,
    firmNoEvidence,
    possibleEn,
    possibleEnData,
    possible,
    confirmed,
    now,
    noHarm,
    cannotRuleOut,
    factConfirmed,
    dataTaken,
    dataTakenHead,
    topic,
    scopeHedge,
  } = st;
  if (cannotRuleOut) return factOf('possible', cannotRuleOut, 0.7);
  // "It is possible that your information was accessed … We have no evidence that it was
  // accessed": a lack of evidence does not settle what the letter itself says may have happened.
  // A hedge on what held the data ("an email account may have been compromised") says no more
  // than the finding about the data itself.
  if (firm && firmNoEvidence && possibleEnData && possible === possibleEn)
    return factOf('possible', possibleEnData, 0.6);
  if (firm) return factOf('not_found', firm, 0.8);
  if (factConfirmed) return factOf('confirmed', factConfirmed, 0.7);
  // "Some patient information was accessed … your information may have been involved": the hedge
  // is on whose data, not on whether the leak happened.
  if (
    possible &&
    dataTaken &&
    REACH_HEDGE_EN.test(possible.text) &&
    !POSSIBLE_EN.test(dataTaken.text) &&
    !causes.includes('loss_or_theft')
  )
    return factOf('confirmed', dataTaken, 0.6);
  // "Order information was improperly accessed … this information may have been exposed", "a bug
  // resulted in unauthorized access to user information … the party may have obtained the names":
  // the act on the data is stated first, and a later "may have" narrows which items or whose —
  // unless it leaves the act open ("unable to determine whether …"). "It is possible that a copy of
  // this information was taken" after a stated access hedges a further act, not the access. A stolen device's data is
  // another matter (whether anyone read it stays open).
  if (
    possible &&
    dataTaken &&
    (dataTaken.start <= possible.start || HEDGE_TOLD_BY_OTHER_EN.test(possible.text)) &&
    !causes.includes('loss_or_theft') &&
    !HEDGE_WORD_EN.test(dataTakenHead) &&
    (!OPEN_HEDGE_EN.test(possible.text) || COPY_HEDGE_EN.test(possible.text)) &&
    !(VAGUE_ACT_EN.test(dataTakenHead) && CONCRETE_HEDGE_EN.test(possible.text)) &&
    // The act must stand in its own clause, not under a claim, a question or a container.
    statedOnDataEn(dataTaken.text) !== false
  )
    return factOf('confirmed', dataTaken, 0.6);
  // "The incident may have touched the privacy of member records … Some files were copied out": the
  // hedge names no act on the data (the scope reader finds none in it); an act on the data stated in
  // its own clause elsewhere concludes.
  if (
    possible &&
    LATIN.test(possible.text) &&
    !causes.includes('loss_or_theft') &&
    statedOnDataEn(possible.text) === null
  ) {
    const stated = statedActEn(segments);
    if (stated) return factOf('confirmed', stated, 0.6);
  }
  if (possible) return factOf('possible', possible, 0.7);
  if (confirmed && scopeHedge && !dataTaken) return factOf('possible', scopeHedge, 0.5);
  // An act only on a container ("laptop containing patient data stolen from clinic") states no leak.
  if (confirmed && !(LATIN.test(confirmed.text) && statedOnDataEn(confirmed.text, false) === false))
    return factOf('confirmed', confirmed, 0.7);
  // Mail, post or a fax sent to the wrong people put the data in their hands: an exposure that
  // happened, unless the notice hedges it — and 「閲覧可能な状態で送信」 is how it was sent.
  const opening = segments.find((s) => !URL_SEGMENT.test(s.text));
  if (exposed && !causes.includes('misdelivery')) return factOf('possible', exposed, 0.5);
  if (now) return factOf('not_found', now, 0.5);
  if (topic) return factOf('possible', topic, 0.5);
  if (opening && causes.includes('misdelivery')) return factOf('confirmed', opening, 0.5);
  const title = structure?.title;
  if (title && TITLE_LEAK.test(title.text))
    return factOf('confirmed', { text: title.text, start: title.start, end: title.end, line: 0 }, 0.5);
  // Lost papers or media with "no misuse reported so far": that is the notice's conclusion.
  if (noHarm && causes.includes('loss_or_theft')) return factOf('not_found', noHarm, 0.4);
  const first = opening;
  // Data shown to people who should not have seen it (a setting error that displayed or published
  // it), with no hedge: an exposure that happened, as with misdelivered mail.
  if (first && causes.includes('misconfiguration') && !causes.includes('loss_or_theft'))
    return factOf('confirmed', first, 0.3);
  // Lost or stolen media with nothing said about access. A Japanese notice of lost papers that
  // says nothing of a leak concludes nothing about one (the papers are missing, often misfiled or
  // thrown away); an English letter about a stolen laptop tells readers it may have been accessed.
  if (first && causes.includes('loss_or_theft') && !segments.some((x) => KANA.test(x.text)))
    return factOf('possible', first, 0.3);
  // Papers or media stolen (not merely lost) are in a stranger's hands: a possible leak when the
  // notice says nothing more.
  if (causes.includes('loss_or_theft')) {
    const stolen = segments.find((x) => STOLEN_JA.test(x.text));
    if (stolen) return factOf('possible', stolen, 0.3);
  }
  return null;
}
