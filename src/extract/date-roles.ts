import { compileLexicon, type Lexicon, scanLexicon } from './lexicon.js';
import { lastNewline } from './segment.js';

/**
 * Which dated event each date mention describes (the role of a date). Japanese is head-final: the predicate that a date
 * belongs to closes its clause (「4月3日に…改ざんされているとの連絡を受けました」 is when the report
 * came, not when the page was altered), so the last cue of the first clause that has one decides;
 * a bare 確認 (confirmed) yields to any other cue in that clause. In English the cue nearest to the
 * date decides. Ranges (A から B まで / between A and B) next to incident words give start and end;
 * next to "used/purchased/created" they are scope statements a reader checks themself against.
 */

const BRACKETED = /\([^()\n]{0,60}\)/g;
// A quotation followed by the quoting particle と (「…」と連絡があり / 「…」との申し出).
const QUOTED_SPEECH = /「[^「」\n]{4,160}」(?=と)/g;
const MISTAKE = /誤って|取り違え|(?:て|で)しま(?:い|っ)/;
// 「委託先より、サーバーが…に感染したが…との報告があり」: a reporter set off by より/から and a
// comma opens what was reported; the date's predicate is the report received at the end, and the
// verbs inside are what the report said, not events of that day. (Not ことから, because; not the
// organisation's own report to someone: 当社より/本市から.)
const REPORTED_FROM =
  /^[^。]{0,60}?(?<!こと|[当弊本][^\s、。]{0,4})(?:より|から)、[^。]{0,200}?(?:との|旨の?)(?:報告|連絡|通報|指摘|申し?出)(?:が(?:あ|入)|を受け(?!付))/;

export type Cat =
  | 'detect'
  | 'detectWeak'
  | 'start'
  | 'end'
  | 'contained'
  | 'resumed'
  | 'regulator'
  | 'police'
  | 'announce'
  | 'investigate';

// (The last detect alternative: a line that ends on the noun of a report from someone outside,
// 「…Aさまから当局へお問い合わせ」, and a call or mail from someone, 「事業者から電話で「…」と」; not
// one from the organisation itself, 「当課から…へ連絡」「職員から電話で説明」.)
const CUES_JA: [Cat, RegExp][] = [
  [
    'detect',
    /判明(?!し?て?[いお]?(?:な[いくか]|らず|りませ|ませ)|せず|すること[がの]な|次第|しだい|した(?:場合|際|とき|時))|発覚|発見|検知|検出(?:し|され|いたし)|覚知|気付|気づ|気が(?:付|つ)|との(?:通報|指摘|申し?出)|指摘され|知らされ|と申し?出(?:た|られ|まし|があ)|からの(?:連絡|通報|指摘|問い?合わ?せ|申し?出)(?:等|など)?(?:により|によって|で|を受け|があ)|把握|認(?:識|知)(?:し|した|いた|後)|(?<!まで[おご]?)(?:連絡|通報|指摘|報告|問い合わせ|問合せ|照会|第一報|一報|申告|相談|申し?出|通知|警告|電話|情報提供)(?:を受け(?!付)|があ|あり|を(?:複数|多数|数件)?(?:いただ|頂)(?:き|いた)|を頂戴し|を受領|で発覚)|通報で|明らか(?:に|と)な(?:りました|った|り、)|(?:分か|わか)(?:りました|った|り、)|(?:痕跡|形跡)(?:を|が)?確認|事実(?:を|が)確認(?:し|いたし|され|でき)|(?:漏え?い|漏洩|流出)(?:の)?懸念(?:を|について|に関し)|旨の連絡|(?:こと|旨)が伝えられ|(?:連絡|通報|報告|情報提供|情報|指摘|相談)(?:\([^)]{0,10}\)|\s{1,16})?(?:が|を)[、,]?[^。、]{0,20}?(?:寄せられ|入り|入っ|入る|あり|あっ|受け)|より[^。]{0,80}?(?:第一報|連絡|通報|指摘|報告|問い合わせ|照会)(?!を(?:行|し|いた|差し上げ|さしあげ|申し上げ))|(?:電話|メール)(?:や(?:電話|メール))?(?:で|にて)?(?:の連絡)?を受け(?!付)|(?<![当本弊][^\s、。]{0,5})から[^。、\n]{0,24}?(?:お|ご)?(?:連絡|通報|指摘|問い?合わ?せ|問合せ|申し?出|報告|相談)(?=\s*(?:。|\|?\s*$|、))|(?<![当本弊][^\s、。]{0,5}|職員|担当者?)から(?:の)?(?:電話|電子メール|メール)(?:で|にて|により)/g,
  ],
  // Finding something missing (「…が未着であった」「見当たらない」「なくなっていた」) is how a loss comes to light.
  // A timeline line may end on the noun (体言止め): 「7月5日：不正アクセスを確認」 is a finding, as
  // 「…が発生」「…に侵入」 (start cues) are the event; not 「職員が確認。」, a subject and its verb.
  [
    'detectWeak',
    /確認(?:しました|いたしました|され|し、|した|できた)|(?<=を)確認(?=。|\s*\|?\s*$)|未着で|見当たら(?:ない|ず)|所在(?:が)?不明とな|(?:な|無)くなって(?:い|お)/g,
  ],
  [
    'start',
    /不正アクセスを受け(?!ている|た?(?:形跡|痕跡))|(?:攻撃|不正な?(?:アクセス|ログイン))が行われ|(?<!(?:より|から)、[^。]{0,60})(?:サイバー攻撃|不正な?(?:アクセス|ログイン))が(?:あり|あっ)|(?:サイバー)?攻撃(?:を受け|が発生)|(?<!が)発生(?:し|した|いたし|。|$)|(?:事案|事故|事象|障害|被害)発生(?=[、\s])|(?:システム|サーバ[ー]?|アクセス|通信|ネットワーク)?障害が発生(?:し|いたし)(?!た?(?:場合|際|可能性|おそれ))|(?:データ|情報|ファイル|書類)?を?(?:コピー|複製)?して?持ち去(?:っ|り|られ)|(?:装った|装う|なりすました|なりすまし|偽の?)[^。、]{0,20}(?:SMS|ショートメッセージ|メール|電話)(?:が届|を受信|を受け(?!付))|(?:事案|事故|事象|状況|事態)が発生(?:し|いたし)(?!た?(?:場合|際|可能性|おそれ))|被害(?:が|に)?(?:発生|遭)|(?:侵入|攻撃)?被害を受け(?!ている)|侵入(?:され|を受け|し)|感染(?:し|した|いたし)|紛失(?:し|した|する|いたし)|盗難(?!届)|盗まれ|置き忘れ|(?:送信|送付|発送|郵送|配信|配布|交付|掲載)(?:し|され|いたし)(?!て(?:い|おり)(?:ます|る))|(?:一斉)?(?:送信|送付|発送|郵送|配信|返送)(?:する)?(?=。|\s*\|?\s*$)|(?:不正(?:アクセス|ログイン)|サイバー攻撃|紛失|流出|侵入|感染)(?=。|\s*\|?\s*$)|[^\s、。]{1,12}(?<!障害|不具合|遅延|エラー)が発生(?=。|\s*\|?\s*$)|お渡し|手渡|攻撃(?:が|を)?あ|(?:廃棄|滅失)(?:し|され)|誤送|誤って|改ざんされ|(?:閲覧|見る|ダウンロード)(?:可能|ことができる|ことが可能|できる)な?状態(?:にな|とな)|(?:表示|閲覧|参照)(?:され(?:る|た)|でき(?:る|た))状態(?:にな|とな)|以降|開始された不正|流出(?:した|し|いたし)(?!た?(?:可能性|おそれ|恐れ))|(?:不正に|無断で|業務外で|目的外(?:で|に)?|私的に|[0-9]+回)閲覧(?:し|され)|(?:不正に|無断で)(?:収集|取得|入手|照会|検索|持ち出)(?:し|され)(?=[、。]|た(?:もの|こと|。|と|ため|旨))/g,
  ],
  [
    'end',
    /終了(?<!(?:連絡|通知|説明|謝罪|回収|作業|調査|確認|送付|訪問|対応|削除|処理|手続き?|事務|審査|点検|受付|会議|研修|説明会|講習会?|試験|工事)(?:が|を|の)?(?:すべて)?終了)(?!後)|解消|改善(?:する|した|しました|いたしました)|非表示|閲覧できない状態(?:に|とな|であ)|(?:自動)?転送(?:の)?(?:設定)?(?:を|の)?(?:停止|解除)/g,
  ],
  [
    'contained',
    /遮断|切り離|隔離|非公開(?:に|と(?:し|な))|(?:を|に)\s?OFF|無効(?:に|化)|(?:サイト|サーバ[ー]?|システム|サービス|ホームページ)(?:を|の)?(?:停止|閉鎖)|閉鎖|修正|封鎖|削除(?:し|いたし)/g,
  ],
  ['resumed', /再開|復旧/g],
  [
    'regulator',
    /個人情報保護委員会|経済産業省|総務省|厚生労働省|文部科学省|金融庁|所管(?:官庁|省庁)|監督官庁|関係当局|関係省庁/g,
  ],
  // (「…の方から、警察署を通じ、…との連絡を受けました」: the police passed a report on; not reported to.)
  // 「盗難届を提出」「被害届を出し」: a report to the police, whichever station it went to.
  [
    'police',
    /(?:警察|警視庁|県警|府警|道警|捜査機関)(?!から|より)(?![^、。\s]{0,8}?(?:を通じ|を経由|経由で))|(?:盗難|被害|遺失|紛失)届/g,
  ],
  ['announce', /公表|公開し|お知らせ(?:いた)?し|掲載|プレスリリース|発表/g],
  ['investigate', /調査(?:を)?開始|調査を(?:実施|依頼)|調査報告|(?:調査|精査|洗い出し)(?=。|\s*\|?\s*$)/g],
];
const CUES_EN: [Cat, RegExp][] = [
  [
    'detect',
    /\b(?:discovered|learned|(?:became|been|was|were)\s+made\s+aware|became\s+aware|detected|determined|identified|was\s+notified|were\s+notified|received\s+(?:[\w-]+\s+){0,2}?(?:information|notice|notification|complaints?|indications?|reports?|alerts?|confirmation|calls?|letters?|word)|(?:notified|advised|informed|alerted|contacted)\s+(?:us|the\s+(?:district|school|company|hospital|practice|clinic|university|college|city|county|firm|bank|credit\s+union|foundation))\b|(?:discover|identify|detect|notic|learn)ing|confirmed|(?:was|were)\s+(?:first\s+)?(?:alerted|notified|informed)|(?:was|were)\s+contacted\s+by|noticed|observed|found\s+(?:that|evidence|out|suspicious|unusual|malware|malicious|signs?|indications?|traces?)|(?<!\bun)able\s+to\s+(?:determine|confirm|identify|verify)|was\s+informed|were\s+informed)\b/gi,
  ],
  [
    'start',
    /\b(?:began(?!\s+(?:notifying|(?:mailing|sending)\s+(?:(?:written\s+)?(?:letters|notices|notifications)|notice)|contacting|writing\s+to|offering|providing)\b)|beginning|started|stolen|theft|burglary|break[\s-]?in|broke(?:n)?\s+into|(?<!\b(?:notification\s+|notice\s+)?(?:letters?|notices?|notifications?)\s+(?:to\s+[^.;]{0,100}?\s)?(?:(?:have|has|had)\s+been|were|was|are\s+being|will\s+be)\s+)sent(?!\s+(?:(?:all|our|affected|impacted)\s+)?(?:customers|users|members|patients|clients|employees|notices?|notifications?|letters?|alerts?)\b)|accessed|occurred|arose|arisen|discarded|disposed\s+of|thrown\s+(?:away|out)|took\s+place|(?:was|were|remained)\s+active|impersonating|placed|was\s+on\s+the|infected|installed|lost|breached|(?<!\b(?:letters?|notices?|notifications?)\s+(?:(?:have|has|had)\s+been|were|was|are\s+being|will\s+be)\s+)(?:e-?mailed|mailed)(?!\s+(?:(?:the|our|its|these|their)\s+)?(?:letters?|notices?|notifications?)\b)|copied|exfiltrated|downloaded|viewed|(?<!\b(?:newly|recently|just)\s+)acquired|(?<!\b(?:discovered|detected|identified|noticed|learned\s+of|aware\s+of)\s+(?:the|an?|this)\s+)attack|(?:was|were|been)\s+attacked|suffered|(?:gained|obtained|had)\s+(?:unauthori[sz]ed\s+)?(?:access|entry)|compromised|(?:as\s+early\s+as|dating\s+back\s+to)|(?:been|was|were|remained)\s+(?:[\w-]+\s+){0,3}?since|sending|inadvertently\s+exposed|(?:accessible|available|exposed|visible)\s+(?:from|since|beginning|between)|intruded|(?<!\b(?:discovered|detected|identified|noticed|learned\s+of|aware\s+of)\s+(?:the|an?|this)\s+)intrusion|by\s+an?\s+intruder|(?:fell|was\s+the|was\s+a)\s+victim|experienced|(?:was|were)\s+(?:the\s+)?subject\s+(?:to|of)|faxed|(?<!\b(?:discovered|detected|identified|noticed|learned\s+of|aware\s+of)\s+(?:the|an?|this)\s+)unauthori[sz]ed\s+access|hacked|hack\s+into|(?<!\bun)able\s+to\s+(?:remotely\s+)?(?:access|view|see)|encrypted\s+(?:certain\s+|some\s+|our\s+|its\s+|the\s+)?(?:files|data|systems?|servers?)|misplaced|(?:inadvertently|mistakenly|accidentally)\s+(?:released|disclosed|posted|shared)|(?:fraudulently|improperly|illegally)\s+obtained|(?:impacted|affected|hit)\s+by\s+(?:an?\s+)?(?:ransomware|malware|cyber[\w-]*))\b/gi,
  ],
  // ("the last access to the card data was on March 9", "last had access to … on March 9": the last
  // day of the access; "locked the intruder out … on May 20": no access after it.)
  [
    'end',
    /\b(?:ended|terminated|ceased|no\s+later\s+than|until|last\s+(?:unauthori[sz]ed\s+)?(?:access(?:ed)?|activity)|last\s+(?:had|obtained|gained)\s+(?:unauthori[sz]ed\s+)?access|locked\s+(?:[\w’'-]+\s+){1,3}?out)\b/gi,
  ],
  [
    'contained',
    /\b(?:(?<!\b(?:that|which|it|they|files?|documents?|accounts?|drives?|emails?)\s+)contained(?!\s+(?:certain|some|your|their|personal|sensitive|protected|information|data|names?|files?|records?|the\s+(?:names?|personal|information|data)))|secured|corrected|removed|took\s+down|shut\s+down|blocked|disabled|fixed|remediated)\b/gi,
  ],
  ['resumed', /\b(?:resumed|restored|back\s+online|reopened|relaunched)\b/gi],
  ['regulator', /\b(?:attorneys?\s+general|regulators?|commissioner|data\s+protection\s+authority|HHS)\b/gi],
  ['police', /\b(?:police|law\s+enforcement|FBI)\b/gi],
  // ("On May 3 we shared that …", "the clinic said in a press release on Wednesday (May 5)": the day of
  // the telling, not of what it tells.)
  [
    'announce',
    /\b(?:announced|published|posted\s+a\s+notice|shared\s+that|said(?=\s+(?:in\s+a|on|that|last|this|earlier|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b)|in\s+a\s+(?:press\s+release|statement))\b/gi,
  ],
  // ("On May 3 we concluded the review; we cannot exclude that … was accessed": the day
  // the review ended, not the access.)
  [
    'investigate',
    /\b(?:began\s+investigating|investigation\s+(?:began|started)|(?:investigation|review|analysis)\s+(?:later\s+|subsequently\s+|further\s+|ultimately\s+)?(?:revealed|showed|indicated)|(?:investigation|review|analysis)\s+(?:was\s+)?(?:concluded|completed)|(?:concluded|completed)\s+(?:our|its|the|their)\s+(?:[\w-]+\s+)?(?:investigation|review))\b/gi,
  ],
];

// A clause ends at a comma after a verb's continuative form (あり、/発見し、/受け、/ため、) — not after
// particles (から、/に、/より、), which only set off a phrase (「A社より、…との連絡があり」).
// 「…との連絡が入ったことから、…調査を開始し」: ことから (because) ends a clause like ため, and so does
// ので (「…の連絡がありましたので、直ちに調査を依頼し」: the date belongs to the report, not the inquiry).
// 「…で発生した異常を契機に、…を遮断し」: を契機に/を機に (prompted by) ends one too.
const CLAUSE_END =
  /(?:(?<!よ)り|[てけれきいちびみえぎじ]|(?<!対)し|ため|ので|ことから|ところ|際に|後|契機に|を機に)、|。/g;

const LEX_JA = compileLexicon(
  CUES_JA.map(([key, re]) => ({ key, re })),
  'g',
);
const LEX_EN = compileLexicon(
  CUES_EN.map(([key, re]) => ({ key, re })),
  'gi',
);

function cuesIn(
  window: string,
  lex: Lexicon<Cat>,
  skip?: ReadonlySet<Cat>,
): { cat: Cat; at: number; end: number }[] {
  const out: { cat: Cat; at: number; end: number }[] = [];
  for (const hit of scanLexicon(lex, window))
    if (!skip?.has(hit.rule.key))
      out.push({ cat: hit.rule.key, at: hit.index, end: hit.index + hit.match.length });
  return out;
}

// 「…を送付した方に」「送信した相手から」: a start cue in a relative clause on a person.
const PERSON_NOUN_AFTER =
  /^(?:た|ていた)(?:方|者|人|相手|お客様|利用者)(?:々|たち)?(?:に|へ|から|が|は|を|の|と)/;

// 「…が送信したメールの送信履歴を確認したところ、」: a start cue in a relative clause on a thing,
// followed by the clause's own predicate.
const THING_NOUN_AFTER =
  /^(?:た|ていた)(?!こと|ところ|ため|もの|際|後|結果|旨|場合|可能性|おそれ|恐れ|形跡|痕跡|事実|状態)[\p{Script=Han}\p{Script=Katakana}ー]{1,8}(?:の|を|に|が|は|へ|から)/u;

function personAfter(clause: string, c: { cat: Cat; end: number }, all: { at: number }[]): boolean {
  if (c.cat !== 'start') return false;
  const after = clause.slice(c.end, c.end + 14);
  return PERSON_NOUN_AFTER.test(after) || (THING_NOUN_AFTER.test(after) && all.some((o) => o.at >= c.end));
}

const CLAUSE_END_ONE = new RegExp(CLAUSE_END.source);

/** `text` up to the end of its first clause (「…にわたって行われ、」), or all of it. */
export function firstClause(text: string): string {
  const m = CLAUSE_END_ONE.exec(text);
  return m ? text.slice(0, m.index + m[0].length) : text;
}

/** Whether `text` holds the end of a clause (「…し、」「…ため、」「。」). */
export function hasClauseEnd(text: string): boolean {
  return CLAUSE_END_ONE.test(text);
}

/** The cues of a finding: a date told inside what was found out is not the day it was found. */
export const FINDING_CUES: ReadonlySet<Cat> = new Set<Cat>(['detect', 'detectWeak']);

const PREVIOUS_HEADING = /^[\s(（【■◆・]*(?:前回|過去|以前)(?:の|に)?[^\n]{0,12}[)）】]?\s*$/;
const ANY_SUBHEADING = /^[\s]*[(（【■◆][^\n]{0,20}[)）】]?\s*$/;

/**
 * Whether the nearest sub-heading above `pos` (within a few lines) introduces an earlier incident.
 * `nl` (newlineOffsets(text)) finds line starts without scanning back over long lines.
 */
export function underPreviousHeading(text: string, pos: number, nl?: number[]): boolean {
  const before = (at: number): number => (nl ? lastNewline(nl, at) : text.lastIndexOf('\n', at));
  let end = before(pos - 1);
  for (let k = 0; k < 4 && end > 0; k++) {
    const start = before(end - 1) + 1;
    const line = text.slice(start, end);
    if (PREVIOUS_HEADING.test(line)) return true;
    if (ANY_SUBHEADING.test(line)) return false;
    end = start - 1;
  }
  return false;
}

const AGENT_REGULATOR =
  /個人情報保護委員会|経済産業省|総務省|厚生労働省|文部科学省|金融庁|所管(?:官庁|省庁)|監督官庁|関係当局|関係省庁/;
const AGENT_POLICE = /警察|警視庁|県警|府警|道警|捜査機関/;

/** A regulator or police named in the clause just before a date, with the particle に (reported to). */
export function agentBefore(text: string, from: number, to: number): Cat | null {
  let back = text.slice(from, to);
  let cut = 0;
  CLAUSE_END.lastIndex = 0;
  for (let mm = CLAUSE_END.exec(back); mm !== null; mm = CLAUSE_END.exec(back)) cut = mm.index + mm[0].length;
  back = back.slice(cut);
  if (!/に(?:も|は)?\s?$|へ(?:も|は)?\s?$/.test(back)) return null;
  if (AGENT_REGULATOR.test(back)) return 'regulator';
  if (AGENT_POLICE.test(back)) return 'police';
  return null;
}

/** The event a form-style label names (「発生日:」「判明日:」). */
export function labelCat(label: string): Cat {
  // Default: 発生日/侵入の日時/対象期間 name the incident itself.
  if (/発覚|判明|発見|検知|把握|覚知|認知|確認|気付|気づ/.test(label)) return 'detect';
  if (/公表|公開|発表|更新|掲載/.test(label)) return 'announce';
  return 'start';
}

const SERVICE_BEGAN_AFTER =
  /^\s?(?:\([^)]{1,4}\))?\s?(?:から|より)(?:提供|受付|募集|販売|運用|開催|実施)?(?:を)?開始(?:した|された|いたしました)(?:、|\s?(?:キャンペーン|サービス|受付|募集|販売))/;
export function classifyJa(raw: string, skip?: ReadonlySet<Cat>): { cats: Set<Cat>; primary: Cat | null } {
  // An aside in brackets (「(以下「事業者」という。)」) neither ends a clause nor gives a cue.
  let window = raw.includes('(') ? raw.replace(BRACKETED, (m) => ' '.repeat(m.length)) : raw;
  // 「…別人の書類が入っていた。」と来庁し: what someone said is no predicate of the date's clause
  // (its 。 ends no clause, its verbs are no events of that day); the verb after と is.
  if (window.includes('「')) window = window.replace(QUOTED_SPEECH, (m) => `${' '.repeat(m.length - 1)}」`);
  // 「同日、この封筒を送付した方に連絡を取り、…を確認しました」: a date set off by a comma belongs to
  // a clause's predicate, not to a verb that describes a person (送付した方 — the one who sent it).
  const commaLed = /^\s?(?:\([^)]{1,4}\))?\s?、/.test(window);
  if (REPORTED_FROM.test(window)) return { cats: new Set<Cat>(['detect']), primary: 'detect' };
  // 「4月1日から開始した、…キャンペーンについて、…が判明しました」: the day a service or campaign began,
  // told in a clause that describes a noun; the sentence's finding is of another day.
  if (SERVICE_BEGAN_AFTER.test(window)) return { cats: new Set(), primary: null };
  // Walk clause by clause; the first clause holding a cue decides.
  CLAUSE_END.lastIndex = 0;
  let from = 0;
  const ends: number[] = [];
  for (let m = CLAUSE_END.exec(window); m !== null; m = CLAUSE_END.exec(window))
    ends.push(m.index + m[0].length);
  ends.push(window.length);
  for (const to of ends) {
    const clause = window.slice(from, to);
    from = to;
    const all = cuesIn(clause, LEX_JA, skip);
    const cues = commaLed ? all.filter((c) => !personAfter(clause, c, all)) : all;
    if (cues.length === 0) continue;
    const cats = new Set(cues.map((c) => c.cat));
    const strong = cues.filter(
      (c) => c.cat !== 'detectWeak' && c.cat !== 'announce' && c.cat !== 'investigate',
    );
    const last = strong.length > 0 ? strong[strong.length - 1]! : cues[cues.length - 1]!;
    // A clause whose only cue is a bare 確認 stays 'detectWeak': it is the discovery only when no
    // date of the notice is told with a firmer word (判明/発覚/気づ/連絡を受け).
    let primary: Cat = last.cat;
    // 「…公表/お知らせ」 as the main predicate: the date is an announcement, not an event.
    const tail = cues[cues.length - 1]!;
    if (tail.cat === 'announce' || tail.cat === 'investigate') primary = tail.cat;
    // 「URLを取り違えて掲載し、…に公開してしまいました」: a page put up by mistake is the exposure
    // itself, not an announcement.
    if (primary === 'announce' && MISTAKE.test(clause)) primary = 'start';
    // 「書類を確認したところ、…未着であることが判明」: checking led to the finding the sentence ends on.
    // 「作業を再開しようとしたところ、…ないことに気づきました」: an attempt is no event of its own;
    // what it turned up is.
    const attempt = /ようと(?:した|する)(?:ところ|際に?)、$/.test(clause);
    if ((primary === 'detectWeak' && /ところ、$/.test(clause)) || attempt) {
      const rest = cuesIn(window.slice(to), LEX_JA, skip);
      const next = rest.find((c) => c.cat !== 'detectWeak');
      if (next?.cat === 'detect') primary = 'detect';
    }
    return { cats, primary };
  }
  return { cats: new Set(), primary: null };
}

// ("…made aware of a blog post claiming that …": the finding's content may open a few words on.)
const COMPLEMENT = /^[^.;]{0,60}?\b(?:that|there)\b/i;
const THAT_AFTER = /^,?\s+that\b/;
// Between a finding verb and an event word that is its object: "(the report) of the", "of a", "about".
// A telling verb and its addressee before a date ("notified the authority on", "reported the matter to
// the police on"), and what was told right after the date ("of a breach involving …").
const TELLING_BEFORE =
  /\b(?:notified|informed|reported|alerted|advised|told)\b[^.;,]{0,60}?\s(?:on|dated)\s+$/i;
const TOLD_OBJECT =
  /^,?\s+(?:of|about|regarding|concerning)\s+(?:(?:a|an|the|this|its|their|our)\s+)?(?:[\w-]+\s+){0,4}?(?:(?:involving|concerning|regarding|of|in\s+which|that\s+involved)\s+)?(?:(?:a|an|the)\s+)?$/i;
// (Not "discovered the laptop was stolen on May 3": a verb in between opens the clause that was found.)
const FOUND_OBJECT =
  /^(?![\s\S]*\b(?:was|were|is|are|had|has|have|been|that|which)\b)\s+(?:of|about|regarding|concerning)\s+(?:(?:the|an?|this|its|their|our)\s+)?(?:[\w-]+\s+){0,2}$/i;
const NEXT_CLAUSE = /,?\s*and\s(?!on\s|between\s|from\s|(?:immediately|promptly|quickly|swiftly)\s)|;\s/;
const ASIDE = /\([^()]{1,80}\)/g;

// "On May 3, Example Hosting notified Acme Tools that …": a party that tells a named organisation
// of the incident (a capitalised name, not "we notified the FBI") dates the organisation's finding.
// Case-sensitive, so outside the case-blind lexicon; only read when the verb is there.
const TOLD_NAME =
  /(?<!\b(?:[Ww]e|I|and|also|then)\s+(?:[a-z]+\s+)?)\b(?:notified|informed|advised|alerted|told)\s+(?:the\s+)?(?:[A-Z][\w&.'’-]*\s+){0,3}[A-Z][\w&.'’-]*,?\s+(?:(?:\([^()]{1,30}\)\s+)?(?:that|of|about)|to\s+(?:an?|the|this|suspicious|unusual|possible|potential)\s)/g;
const TOLD_VERB = /notified|informed|advised|alerted|told/;
const POLICE_TOLD = /^\s+(?:notified|informed|advised|alerted|contacted|told)\b/;
const POLICE_PERMIT = /\b(?:hold|delay(?:ed)?|lifted|imped\w*|proceed|no\s+longer)\b/i;

const ADDRESSES_AFTER =
  /^\s+(?:the\s+)?(?:(?:current|mailing|postal|contact|last\s+known|up-to-date)\s+)*(?:addresses|address\s+information|address(?:es)?\s+for|contact\s+information)\b/i;
const ATTEMPT_BEFORE = /\b(?:attempt(?:ed|s|ing)?|tried|trying|sought|seeking)\s+to\s+$/;
// "On December 2, we determined that the mailboxes contained patient names": what the reached places
// held, found by a review of them, is no finding of the incident (an inquiry's step).
const CONTENTS_AFTER =
  /^\s+that\s+(?:the|certain|some|these|those|its|their|our|such|this)\s+(?:[\w’'-]+\s+){0,3}?(?:accounts?|mailbox(?:es)?|files?|documents?|records|e-?mails?|messages|servers?|systems?|databases?|drives?|devices?|laptops?|folders?)\s+(?:[\w’'-]+\s+){0,3}?(?:contained|included|held|stored)\b/i;
// "May 5 password guessing attack detected and blocked", "unusual activity identified": an event
// noun followed by a verb of finding is that verb's object (a headline or timeline row), not the event's day.
const FOUND_AFTER =
  /^\s+(?:(?:was|were|has\s+been|had\s+been)\s+)?(?:first\s+)?(?:detected|discovered|identified|noticed|spotted)\b/i;
const NOTICES_FROM =
  /^,?\s+(?:[Ww]e|[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s+(?:(?:are|is|will|began|started|have|has)\s+(?:be(?:en)?\s+)?)?(?:mail|send|notify|contact|offer|provid|writ)/;

export function classifyEn(
  window: string,
  datePos: number,
  dateEnd = datePos,
): { cats: Set<Cat>; primary: Cat | null } {
  let cues = cuesIn(window, LEX_EN);
  if (TOLD_VERB.test(window)) {
    for (const m of window.matchAll(TOLD_NAME))
      cues.push({ cat: 'detect', at: m.index, end: m.index + m[0].length });
    cues.sort((a, b) => a.at - b.at);
  }
  // "On May 3, the FBI informed us that …": the police who tell of it are the teller, not a report
  // made to them; the telling verb decides. Not when what they tell is about the notice itself ("law
  // enforcement told us the hold on our letters had ended": no finding that day).
  if (cues.some((c) => c.cat === 'police') && !POLICE_PERMIT.test(window))
    cues = cues.filter((c) => c.cat !== 'police' || !POLICE_TOLD.test(window.slice(c.end, c.end + 16)));
  // "suffered an attempt to shut down its systems on May 3": what an attempt aimed at did not happen.
  // "On June 30, we determined current address information for them": finding addresses to write to
  // is no finding of the incident.
  cues = cues.filter(
    (c) =>
      !ATTEMPT_BEFORE.test(window.slice(Math.max(0, c.at - 24), c.at)) &&
      !(c.cat === 'detect' && ADDRESSES_AFTER.test(window.slice(c.end, c.end + 60))) &&
      !(c.cat === 'start' && FOUND_AFTER.test(window.slice(c.end, c.end + 30))),
  );
  for (const c of cues)
    if (c.cat === 'detect' && CONTENTS_AFTER.test(window.slice(c.end, c.end + 120))) c.cat = 'investigate';
  // "Beginning May 3, 2022, we are mailing letters to those whose files were copied": the day the
  // notices go out, no event of the incident (what the letters concern follows it).
  const opens = cues.find((c) => c.cat === 'start' && c.end <= datePos && datePos - c.end < 6);
  if (
    opens &&
    /^beginning$/i.test(window.slice(opens.at, opens.end)) &&
    NOTICES_FROM.test(window.slice(dateEnd, dateEnd + 80))
  )
    return { cats: new Set(), primary: null };
  if (cues.length === 0) return { cats: new Set(), primary: null };
  // "we discovered that on May 3 a laptop was stolen", "we were informed there may have been
  // access on May 3": a date inside what was found out is the inner clause's — neither the finding's
  // nor any cue's before it.
  let innerFrom = -1;
  for (const c of cues)
    if (
      c.cat === 'detect' &&
      c.end <= datePos &&
      (COMPLEMENT.test(window.slice(c.end, datePos)) || /\bthat$/.test(window.slice(c.at, c.end)))
    )
      innerFrom = Math.max(innerFrom, c.end);
  // "On May 3, Example Bakery (a brand acquired by Example Foods in 2019) learned that …": a verb in
  // an aside is not the predicate of a date outside it.
  const asides: [number, number][] = [];
  if (window.includes('(')) {
    for (const b of window.matchAll(ASIDE))
      if (datePos < b.index || datePos >= b.index + b[0].length)
        asides.push([b.index, b.index + b[0].length]);
  }
  // "the clinic got a report of the stolen device on May 4", "learned of the theft on May 3": an event word
  // inside the object of a finding verb names what was found; the finding is the clause's predicate.
  const objectOf = (c: { cat: Cat; at: number }) =>
    c.cat === 'start' &&
    c.at < datePos &&
    cues.some((f) => f.cat === 'detect' && f.end <= c.at && FOUND_OBJECT.test(window.slice(f.end, c.at)));
  if (cues.some(objectOf)) cues = cues.filter((c) => !objectOf(c));
  // "Acme told the authority on 3 June 2024 of an event that involved unauthorised access": the
  // date is the telling's; the act named in what was told ("of …" right after the date) is not of
  // that day.
  if (TELLING_BEFORE.test(window.slice(Math.max(0, datePos - 80), datePos))) {
    const told = (c: { cat: Cat; at: number }) =>
      c.cat === 'start' && c.at >= dateEnd && TOLD_OBJECT.test(window.slice(dateEnd, c.at));
    if (cues.some(told)) cues = cues.filter((c) => !told(c));
    if (cues.length === 0) return { cats: new Set(), primary: null };
  }
  const hasBefore = cues.some((c) => c.end <= datePos && c.end > innerFrom);
  // "The review concluded on May 3 that your data was taken": a date followed by "that" belongs to
  // the verb before it; what follows is what was found.
  const contentAfter = hasBefore && THAT_AFTER.test(window.slice(dateEnd, dateEnd + 8));
  let best = cues[0]!;
  let bestDist = Number.POSITIVE_INFINITY;
  for (const c of cues) {
    if (c.end <= innerFrom) continue;
    if (contentAfter && c.at >= dateEnd) continue;
    if (asides.some(([a, b]) => c.at >= a && c.end <= b)) continue;
    // "…first obtained access on May 1, and the last access was on June 2": a verb past ", and" or
    // ";" after the date opens the next clause; the date keeps the verb before it. So does a bare
    // "and" ("obtained access on May 1 and last had access on June 9"), not "and on/between/from",
    // nor "and immediately terminated the access" (a step of the same day).
    if (c.at >= dateEnd && hasBefore && NEXT_CLAUSE.test(window.slice(dateEnd, c.at))) continue;
    // Words between the cue and the date: "accessible from May 1, 2021 until" is closer to its
    // "accessible from" than to the "until" that follows the whole date.
    const d = c.end <= datePos ? datePos - c.end : c.at >= dateEnd ? c.at - dateEnd : 0;
    if (d < bestDist) {
      best = c;
      bestDist = d;
    }
  }
  if (bestDist === Number.POSITIVE_INFINITY) return { cats: new Set(), primary: null };
  // (Nor is the finding whose content holds the date among the events of the date's day.)
  const cats = cues.filter((c) => c.cat !== 'detect' || c.end > innerFrom).map((c) => c.cat);
  return { cats: new Set(cats), primary: best.cat };
}
