import type { DateMention } from './date-ja.js';
import { classifyJa } from './date-roles.js';
import { lastNewline, type Segment } from './segment.js';

/**
 * The words around a Japanese (and, for a few, English) date mention that decide what dates.ts
 * makes of it: incident and scope words near a range, labels, documents' and plans' days, the
 * content of a finding, a finding told minutes after the day's event.
 */

export const INCIDENT_NEAR =
  /不正|誤送|誤配|誤って|誤(?:表示|掲載|公開|設定)|(?:メール|電子メール|郵便|文書|書類)を(?:一斉)?(?:送信|送付|発送)|を(?:一斉)?郵送(?:し|いたし)|不審な(?:通信|アクセス|ログイン)|アクセス|事案|事故|事象|侵入|攻撃|窃取|盗取|抜き取|痕跡|形跡|改ざん|流出|漏え?い|漏洩|閲覧|(?:ダウンロード|参照|検索)(?:でき|可能)|感染|対象期間|発生(?:した|していた)期間|\bunauthori[sz]ed\b|\baccess(?:ed)?\b|\bcopied\b|\bexfiltrat|\bacquired\b|\bcompromised\b|\bmalware\b|\bexposed\b|\bintrusion\b|\bbreach\b|\bmalicious\b|\bskimm(?:er|ing)\b|\b(?:threat\s+)?actor\b|\battacker\b|\bsuspicious\b|\bcaptur(?:ed|ing)\b|\bintercepted\b|\bscraped\b|\b(?:cyber[\s-]?)?attack\b|\bintru(?:der|ded|sion)\b|\bhack(?:ed|er|ing)?\b|\baccessing\b|\bwithout\s+authori[sz]ation\b|\b(?:posted|displayed|accessible|viewable|visible|publicly\s+available)\b|\bincident\b/i;
// 「AからBまでの間において、…外出先でUSBメモリを紛失しました。」: a loss that closes the range's
// sentence happened within it (not 「…の間に受け取った37件が紛失していることが判明した」, whose
// range tells which items, nor 「紛失したファイルには、AからBまでに…」).
export const LOSS_PREDICATE =
  /(?:紛失|盗難に遭い?|盗まれ|置き忘れ)(?:し|いたし|され)?(?:ました|た|ていました|ていた)?(?:もの(?:です|である)?)?\s*$/;
export const SCOPE_NEAR =
  /利用|購入|登録|決済|注文|作成|申込|申し込|応募|入会|受診|来院|\bused\b|\bmade\b|\bpurchase|\bcreated\b|\bregistered\b|\bvisited\b|\breservations?\b|\btransactions?\b/i;
// Who the records are of: people staying, enrolled or attending in the range (「…に入院していた患者」).
// (And 「…までに会員登録のあったお客様」「…の間に入会された方」: when the records were made, not reached.)
export const POPULATION_AFTER =
  /^[^。]{0,40}?(?:入院|入所|在籍|在学|通院|受講)(?:し|され)て(?:い|お)(?:られ)?た(?:方|患者|者|人|児童|生徒|学生|利用者|皆様|皆さま)|^[^。、]{0,12}?(?:会員)?(?:登録|入会|加入)(?:の|が)?(?:あった|された|いただいた|した|を(?:行|され|いただ)[^。、]{0,4}?た)(?:お客様|方|会員|利用者|者|皆様|皆さま)/;
export const REPORTS_AFTER =
  /^[^。]{0,40}(?:から|より)[^。]{0,30}(?:連絡|通報|問い合わせ|指摘|報告)(?:が|を|あり|\s|$)/;
// 「10月13日付け「…について」でご案内のとおり」: the date of an earlier notice, not an event.
export const DOCUMENT_DATE_AFTER = /^\s?(?:\([^)]{1,4}\))?\s?付け?で?\s?[「『]/;
// 「同年3月1日付けで…処理がなされていた」「4月1日付の通知」: the date a document bears, not an event.
export const DATED_DOCUMENT_AFTER = /^\s?(?:\([^)]{1,4}\))?\s?付け?(?:で|の)/;
// (「令和5年3月1日現在65歳以上の方」: an as-of day may run straight into what it qualifies.)
export const AS_OF_AFTER = /^\s?(?:\([^)]{1,4}\))?\s?(?:現?時点|現在)(?:の|で|に|における|[、,\s\d])/;
// (Not across a line break, and not 「参加予定者」: a person expected to attend is no plan of a day.)
export const PLANNED_AFTER =
  /^ ?(?:\([^)]{1,4}\))? ?(?:に|の)?[^\s。、()]{0,4}(?:予定|見込み|見通し)(?!で(?:あった|した)|だった|者)/;
// (INCIDENT_NEAR also takes 「…が発生した期間は」: the period in which the problem occurred.)
// A range alone in brackets on its line (「(2099年1月5日から2月3日までの間)」).
export const BRACKET_OPEN_ALONE = /^\s*[(（]\s*$/;
export const BRACKET_CLOSE_ALONE = /^\s?(?:まで)?(?:の間|の期間)?\s?[)）]\s*$/;
export const RANGE_LABEL = /期間|日時|発生日|発生時期|^[\s<【(]*(?:日時|期間)[>】)]*$/;
// What the organisation does once it knows: recovering, searching, visiting, apologising.
export const MEASURE_WORDS = /回収|捜索|探索|探し|訪問|謝罪|お詫び|おわび|説明会|再発防止/;
// 「…までに受信者へおわびの電子メールを送信」「削除依頼の文書を送付」: what is sent is the
// organisation's answer to the incident, so its sending is no act of the incident (the misdelivered
// mail itself is never an apology or a request to delete).
const RESPONSE_SENT =
  /(?:お詫び|おわび|謝罪|削除(?:依頼|のお願い))(?:の|と[^。、\s]{1,12}の)?(?:メール|電子メール|文書|書面|文|通知)を(?:一斉に?)?(?:送信|送付|発送|郵送)/g;

/** `s` with the sending of apologies and deletion requests blanked out (see RESPONSE_SENT). */
export function withoutResponseSends(s: string): string {
  return s.replace(RESPONSE_SENT, (m) => ' '.repeat(m.length));
}
export const SENT_NOUN_AFTER =
  /^\s?(?:\([^)]{1,6}\))?\s?に\s?(?:[^\s。、]{0,16}?(?:を|に|へ|から)){0,2}(?:送付|発送|送信|郵送|配付|配布|交付|返送|掲載|公開)(?:し|いたし)た、?[^\sこと。、もの際]/;
// 「…に(業務で)使用した当該USBメモリー」: a day of an ordinary use that modifies the noun it names.
export const USED_NOUN_AFTER =
  /^\s?(?:\([^)]{1,6}\))?\s?に\s?(?:[^\s。、]{0,10}?(?:で|を))?(?:使用|利用|作成|受領|受け取|購入|撮影|保存|記録|借用|貸与)(?:し)?た\s?(?:当該|その|同)?[^\s。、こともの際後]/;
// 「その際、」「この時、」: a sentence that goes on at the moment the sentence before it told.
const AT_THAT_MOMENT = /^\s*(?:その|この)(?:際|時|とき)(?:に)?[、,]/;

/**
 * The sentence after the one holding `from` when it opens with その際/この時 (at that moment): its text
 * and where it ends. Both sentences are read to their 。 (at most 200 characters each).
 */
export function atThatMoment(text: string, from: number): { text: string; end: number } | null {
  // (Searched within 200 characters: a long text without 。 is not scanned from every date.)
  const near = text.slice(from, from + 201).indexOf('。');
  const stop = near < 0 ? -1 : from + near;
  if (stop < 0 || !AT_THAT_MOMENT.test(text.slice(stop + 1, stop + 12))) return null;
  const far = text.slice(stop + 1, stop + 201).indexOf('。');
  const end = far < 0 ? Math.min(text.length, stop + 201) : stop + 1 + far + 1;
  return { text: text.slice(stop + 1, end), end };
}

/** The role told by a その際 sentence after the one at `from` (null when none, or a date comes first). */
export function roleAtThatMoment(text: string, from: number, nextDate: number | undefined) {
  const at = atThatMoment(text, from);
  if (!at || (nextDate !== undefined && nextDate < at.end)) return null;
  const said = classifyJa(at.text);
  return said.primary ? said : null;
}
// An item used, taken out or carried (使用し/持ち出し/外出し …) and, later in the same sentence, found
// lost: 「…で使い、…帰社した際に紛失に気付きました」 (not 「使用した当該USBメモリー」, a use naming the item).
const HANDLED_THEN_LOST =
  /(?:使用|持ち出|外出|持参|持ち帰|乗車|携行|バックアップ)し(?!よう|てい|ており|た\s?(?:当該|その|同)?[^\s。、こともの際後])[^。]{0,80}?(?:紛失|置き忘れ|盗難|なくし|無くし|見当たら|ないこと)[^。]{0,30}?(?:気(?:が)?(?:付|づ|つ)|判明|発覚)/;

/** Whether a finding's sentence (`quote`) tells the item handled before its loss was noticed. */
export function handledThenLost(quote: string): boolean {
  return quote.length < 400 && HANDLED_THEN_LOST.test(quote);
}
/**
 * Where the sentence holding [from, to) ends when its 。 at `to` stands inside a bracketed aside
 * (「(以下「課」という。)あて連絡があり、」): the next 。 after the aside closes (within 300 characters),
 * else `to`.
 */
export function pastAside(text: string, from: number, to: number): number {
  let depth = 0;
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (ch === '(' || ch === '（') depth++;
    else if ((ch === ')' || ch === '）') && depth > 0) depth--;
  }
  if (depth === 0) return to;
  const limit = Math.min(text.length, to + 300);
  let i = to;
  for (; i < limit && depth > 0; i++) {
    const ch = text[i];
    if (ch === '(' || ch === '（') depth++;
    else if (ch === ')' || ch === '）') depth--;
  }
  if (depth > 0) return to;
  const stop = text.indexOf('。', i);
  return stop < 0 || stop >= limit ? limit : stop + 1;
}

export const RELEASE_TIME_LABEL = /(?:提供|発表|公表|公開|掲載|更新|配信)(?:時間|時刻|日時)\s*[::]?\s*$/;
export const RANGE_LABEL_BEFORE = /(?:期間|日時|発生日|発生時期)\s?[::]?\s?$/;
export const OTHER_PERIOD =
  /(?:委託|契約|実施|募集|受付|申込|開催|保存|保管|在籍|在学|入院|利用|登録|受講|講習|研修|工事|作業|調査|点検|掲載予定|停止|休止|延長)(?:の)?(?:期間|日時)/;
// 「4月10日~6月30日 …の洗い出しと、…について調査」「…から…まで、…を精査しました。」: a range whose
// own line or sentence closes on an inquiry is the organisation's work, whatever it looked into.
export const INVESTIGATION_CLOSE =
  /(?:調査|精査|点検|洗い出し)(?:を(?:実施|行(?:い|っ))(?:ました|た)?|し(?:まし)?た|いたしました|中(?:です)?|を継続)?\s*$/;
// 「…20時まで勤務。」「4月8日まで敷地内を残らず確かめた」: まで on the hours of someone's ordinary work
// or of a search is no end of the incident (unless the clause names what was exposed or reached).
export const ORDINARY_UNTIL =
  /^[^。、\n]{0,16}?(?:勤務|残業|在室|在席|作業|会議|営業|開館|待機|滞在|点検|捜索|探索|探し|確認(?:し|を(?:行|実施)))/;
export const INCIDENT_UNTIL = /閲覧|公開|掲載|アクセス|ログイン|送信|送付|流出|漏え?い|漏洩|状態|可能/;
// 「2099年5月1日、見本市教育委員会は、…紛失したと明らかにしました。」: a date heading the sentence
// before the announcing body's topic, in a sentence that closes on the announcement.
export const NEWS_TOPIC_AFTER = /^\s?(?:\([^)]{1,4}\))?\s?、?\s?[^、。\n「」\d]{2,40}は[、\s]/;
// 「4月6日から8日にかけて、過去の記録を確認したところ」: the organisation's own checking, not the incident.
export const INVESTIGATION_AFTER =
  /^.{0,8}(?:期間において|の間)?[^。]{0,20}(?:調査|点検|精査|確認(?:した|を(?:行|実施)))|^[^。、]{0,15}(?:にかけて|の間)、[^。、]{0,60}(?:調査|点検|精査|確認|照合)(?:を(?:行|実施)っ|し)たところ/;
// What introduces the content of a finding, right before a date in the same sentence: 「確認した
// ところ、」「調査の結果、」「…から連絡があり、」「指摘を受け、」 (a few words such as 「前日の」 may
// stand between).
// (Only a check's ところ: 「送付したところ、…と連絡があり」 tells what followed the act.)
export const CONTENT_INTRO =
  /(?:(?:確認|調査|点検|精査|照合|検証|聞き取り|聴き取り|聴取|ヒアリング)(?:を(?:行|実施)っ|し)たところ|(?:調べ|尋ね)たところ|結果|(?:連絡|通報|指摘|報告|問い?合わ?せ|申し?出|相談)が?あり|(?<!攻撃|被害|アクセス|ログイン|侵入|感染|改ざん)を受け)、(?![^。\n]*(?:ところ|結果|あり|を受け)、)/;

/**
 * Whether the sentence before a date (`lead`) opened the content of a finding that has not been
 * closed yet: 「…確認したところ、9月28日の授業で…配付するにあたり、9月27日に」 (both dates are told
 * inside what was found), not 「…確認したところ、…が判明し、4月2日に」.
 */
export function insideFinding(lead: string): boolean {
  const intro = CONTENT_INTRO.exec(lead);
  if (!intro) return false;
  const between = lead.slice(intro.index + intro[0].length);
  if (between.includes('\n')) return false;
  const said = classifyJa(between).cats;
  return !said.has('detect') && !said.has('detectWeak');
}

// 「メール送信の2分後、」「約1時間後から」「その直後に」「送信後すぐに」: minutes or hours after the
// last event told (not 「判明後ただちに」: what follows a finding).
export const SOON_AFTER =
  /^[^。、]{0,16}?(?:(?:約|およそ)?(?:\d{1,2}|数|十数)(?:分|時間)(?:ほど|程度)?後|直後|(?:送信|送付|発送|郵送|配信|投稿|掲載)後(?:すぐ|直ちに|ただちに))/;

const FROM_INCIDENT =
  /^[^。、]{0,12}?(?:発生|事故|送信|発送)(?:から|より)\s?(?:約|およそ)?(?:\d{1,2}|数|十数)(?:分|時間)/;

/**
 * A finding told minutes or hours after the day's event, in a sentence with no date of its own
 * (「令和7年11月14日、…送信した。メール送信の2分後、他の職員がこのことに気づきました。」): the
 * finding is on the date told last before it. Read only when no date is a discovery.
 */
export function soonAfter<T extends { mention: DateMention }>(
  text: string,
  segments: Segment[],
  classified: T[],
  mentions: DateMention[],
): T | null {
  let k = 0;
  let j = 0;
  for (const seg of segments) {
    if (!SOON_AFTER.test(seg.text)) continue;
    while (k < classified.length && classified[k]!.mention.start < seg.start) k++;
    // (No date of its own, and the last date told shortly before it.)
    if (k < classified.length && classified[k]!.mention.start < seg.end) continue;
    const last = classified[k - 1];
    // (「事故発生より約1時間後から」: counted from the incident itself, which may be told further up.)
    const fromIncident = FROM_INCIDENT.test(seg.text);
    if (
      !last ||
      seg.start - last.mention.end > (fromIncident ? 1500 : 400) ||
      text.slice(last.mention.end, seg.start).includes('\n\n\n')
    )
      continue;
    // (Nor a month told since: 「令和7年11月:…投稿した。投稿直後から…指摘を受け」 is not that day.)
    while (j < mentions.length && mentions[j]!.start < seg.start) j++;
    if (mentions[j - 1] !== last.mention) continue;
    if (classifyJa(seg.text).primary === 'detect') return last;
  }
  return null;
}

// Words that put a dateless sentence days after the date told before it.
const LATER_WORDS = /その後|後日|翌|数日|週間|か月|ヶ月|カ月|月後|日後|年後|以降|改めて|再度|後に/;

/**
 * A finding told in a timeline item with no date of its own, right after items dated that day
 * (「(2) 同日、…を交付した。」「(3) 相談員は、…確認を失念していたことに気づき、」): the finding is on
 * the date told last before it. Read only when no date of the notice is a discovery at all.
 */
export function findingAfterItem<T extends { mention: DateMention }>(
  segments: Segment[],
  classified: T[],
  mentions: DateMention[],
): T[] {
  let k = 0;
  let j = 0;
  for (const seg of segments) {
    if (!/^\s*(?:\(\d{1,2}\)|\d{1,2}\)|[・○●])/.test(seg.text)) continue;
    while (k < classified.length && classified[k]!.mention.start < seg.start) k++;
    if (k < classified.length && classified[k]!.mention.start < seg.end) continue;
    const last = classified[k - 1];
    if (!last || seg.start - last.mention.end > 300) continue;
    while (j < mentions.length && mentions[j]!.start < seg.start) j++;
    if (mentions[j - 1] !== last.mention) continue;
    if (LATER_WORDS.test(seg.text)) continue;
    if (classifyJa(seg.text).primary === 'detect') return [last];
  }
  return [];
}

/** The nearest non-empty line above the line starting at `ls` (past up to two blank lines). */
export function lineAbove(text: string, nl: number[], ls: number): string {
  let end = ls - 1;
  for (let k = 0; k < 3 && end > 0; k++) {
    const start = lastNewline(nl, end - 1) + 1;
    const line = text.slice(start, end);
    if (line.trim() !== '') return line;
    end = start - 1;
  }
  return '';
}

/**
 * 「求職者の前日の相談記録」: a relative day (前日/翌日/同日/当日) that describes a noun with の names
 * no event of its own (「前日の20日に」 leaves the date to the day that follows it).
 */
export function dayOfNoun(text: string, m: DateMention): boolean {
  return (
    m.source === 'inherited' &&
    m.time === null &&
    /^(?:前日|翌日|同日|当日)$/.test(text.slice(m.start, m.end)) &&
    text[m.end] === 'の'
  );
}

// Cues around a date mention, read by dates.ts.
// (「(紛失判明11月10日)」: a bare 判明 right before the date labels it too; 「把握日時」 is a discovery's.)
// (Session 9: a finding's label may say 覚知/認知/確認/気付いた, an act's label the act itself — 紛失日,
// 誤送信日時; not a bare 発送日, often the day the apologies went out — and either may read 年月日 or stand in 【】: 「【判明日】」「判明年月日」「紛失に気付いた日」.)
const EVENT_LABEL = `(?:発生|発覚|判明|発見|検知|把握|覚知|認知|確認|紛失|盗難|誤送信|誤送付|誤発送|誤交付|誤配達|漏えい|流出)(?:年月日|日時|日|時期)|(?:紛失|誤送付|誤送信|誤り)?に?気(?:付|づ)いた日(?:時)?|(?:判明|発覚|発見|覚知)した日(?:時)?`;
export const LABEL_BEFORE = new RegExp(
  String.raw`(${EVENT_LABEL}|判明|侵入の日時|公表日|公開日|発表日|更新日|掲載日|対象期間|発生期間)\s?[】)>]?\s?[::]?\s?$`,
);
// 「…頃」 is fine (a time of day); "the week of" / "around" make the day itself approximate.
// "on or about June 5" is the legal way of stating a day, not an approximation.
export const APPROX_BEFORE = /(?:the\s+week\s+of|circa|mid-|late\s+|early\s+)\s*$/i;
export const LABEL_LINE = new RegExp(
  String.raw`(${EVENT_LABEL}|侵入(?:の)?日時|発生(?:の)?日時|不正アクセス(?:の)?日時|公表日|公開日|発表日|対象期間|発生期間)(?:等|など)?[\s)】>]?[::]?\s?$`,
);
// (「…が判明したのは、6月5日です」「発覚は6月5日でした」: a cleft names the finding's day too, as
// 「気付いたのは」「連絡を受けたのは」「検知したのは」 do.)
export const MODIFIER_BEFORE =
  /((?:判明|発覚|発見|検知|覚知|認知|把握|確認|気付|気づ|発生|紛失|送付|送信|盗難に遭)(?:した|された)(?:日(?:時)?\s?[::]?|のは、?)?|(?:事案|事象|不正アクセス|異常|不審な[^\s、。]{1,8})を(?:発見|検知|覚知)し、?|(?:気付|気づ|気が付|気がつ)いた(?:日(?:時)?\s?[::]?|のは、?)|(?:連絡|報告|通報|指摘)を受けた(?:日(?:時)?\s?[::]?|のは、?)|(?:判明|発覚|発見|覚知)は)\s?$/;
// (「本事案を発見し10月10日(木)10時02分…を変更し」: a finding in the continuative form right before the
// day, which then tells what was done on finding it.)
/** What a MODIFIER_BEFORE names when it is a finding (else the act itself). */
export const MODIFIER_FINDING = /判明|発覚|発見|検知|覚知|認知|把握|確認|気付|気づ|気が|受けた/;
export const UNTIL_AFTER =
  /^\s?(?:\([^)]{1,6}\))?\s?(?:(?:午前|午後)?\s?\d{1,2}(?::\d{2}|時(?:\d{1,2}分)?)(?:頃|ごろ)?)?\s?(?:頃|ごろ)?まで(?!に|は)(?![^。、]{0,12}(?:捜索|探し|調査|お問い合わせ|問合せ|ご連絡|保存|保管|有効))/;
export const SINCE_AFTER =
  /^\s?(?:\([^)]{1,4}\))?\s?(?:(?:午前|午後)?\s?\d{1,2}(?::\d{2}|時(?:\d{1,2}分)?)(?:頃|ごろ)?)?\s?以降/;

// 「1月15日以降、名簿を誰でも見られる状態になっていたことがわかりました」: what went on from then on is what was found.
// (「…アクセスできる状態であることが判明」: the state may be told with である/にあった.)
export const STATE_FOUND =
  /^、[^。]{0,60}(?:状態|状況|ていた)(?:であ(?:る|った)|にあ(?:る|った)|だった)?(?:こと|旨)?が(?:判明|発覚|分か|わか)/;

// 「説明会(6月3日開催分)」「名簿(4月1日受付分)」: a held or received batch named by its day.
const NAMED_BATCH_AFTER = /^\s?(?:\([^)]{1,4}\))?\s?(?:開催|受付|申込|実施)分?\s?[)]/;

/** Whether the date at start..end fills a bracketed aside on the noun before it (「説明会(6月3日開催分)」). */
export function asideOfNoun(text: string, start: number, end: number): boolean {
  return (
    text[start - 1] === '(' &&
    /[\p{Script=Han}\p{Script=Katakana}ー]/u.test(text[start - 2] ?? '') &&
    NAMED_BATCH_AFTER.test(text.slice(end, end + 12))
  );
}

// 「…から本市に報告があり」「7月1日に報告を受けた」: a report received (not one made: 「…に報告した」).
export const REPORT_RECEIVED = /報告(?:が(?:あ|入)|を受け)/;
// A report of results (「最終報告を受け」「調査の結果、…との報告がありました」, 続報, 第二報) comes after
// the first warning: it tells what was found out, not when the organisation learned of the incident.
const RESULT_REPORT = /最終報告|調査(?:の)?結果|結果(?:の)?(?:報告|連絡)|続報|第[二三四五2-5]報/;
export const firstReport = (clause: string): boolean =>
  REPORT_RECEIVED.test(clause) && !RESULT_REPORT.test(clause);

// 「3月27日(火曜日)分の記録票」: the records of a day, named by it (what was found missing), not an event.
const DAY_BATCH_AFTER = /^\s?(?:\([^)]{1,6}\))?\s?分(?:の|を|が|は)/;

/** Whether the date names the batch of that day's records (「3月27日分の記録票が見当たらない」). */
export function batchOfDay(text: string, m: DateMention): boolean {
  return DAY_BATCH_AFTER.test(text.slice(m.end, m.end + 12));
}

// 「…判明し、直ちに資料を削除しました」: a step told right after the finding, in its sentence, done the same day
// (not 「速やかに」, which may be days later).
// (「…ことが判明し、同日中に転送を停止した」: the forwarding stopped in the finding's own sentence, with
// no other day told for it, was stopped that day.)
export const CONTAINED_AT_ONCE =
  /[しりけきて]、\s?(?:同日中?に|当日中?に|直ちに|ただちに|即座に|即日|すぐに|その場で)、?[^。]{0,40}?(?:削除し|非公開に|非公開と|(?:公開|掲載|配信|運用)を?(?:停止|中止)|遮断|閉鎖|修正し|閲覧できない状態)|(?:判明|発覚|確認|気付き|気づき)し?、\s?(?:自動)?転送(?:の)?(?:設定)?を(?:停止|解除)し/;

// Moved from dates.ts (kept under 600 lines): cues its field choices read.
export const PHISHING_LASTING = /遠隔操作|不正(?:に)?(?:アクセス|ログイン)(?:され|を受け|が行われ)|乗っ取/;
export const FORWARDING = /自動転送|転送(?:先)?(?:の)?設定/;
// Also "we noticed our error moments after sending" (a mail sent to the wrong people).
export const FOUND_AT_ONCE =
  /\b(?:discovered|detected|noticed|caught|identified)\s+within\s+(?:minutes|an?\s+hour|the\s+hour)\b|\bwithin\s+(?:minutes|an?\s+hour),?\s+(?:we|staff|our\s+\w+)\s+(?:were\s+alerted|discovered|detected|noticed|identified)\b|\b(?:became\s+aware|learned|realized|noticed|discovered)\s+(?:of\s+)?(?:(?:the|this|our)\s+(?:issue|error|mistake|problem)\s+)?(?:almost\s+|nearly\s+)?(?:immediately|right\s+away|moments|minutes|shortly)\s+after\s+(?:sending|it\s+was\s+sent|the\s+(?:e-?mail|message|mailing)\s+(?:was|went)\s+(?:sent|out))\b/i;

// An alert or a detection system that went off (not a warning the organisation gives its readers).
export const ALERT_RAISED =
  /(?:アラート|警告|異常)(?:を|の)?(?:契機に|受け|検知)|(?:アラート|警告)(?:が|の)(?:発生|発報|上が|出)|(?:監視|検知)(?:システム|装置|ツール|機能)?(?:が|により|によって)[^。]{0,30}?(?:検知|検出)/;

// 「当社は、5月20日、…攻撃を受けたことを確認しました」: the event is told inside what was confirmed,
// in one clause with the date (no 、 between).
export const CONFIRMED_THAT =
  /^\s?(?:\([^)]{1,6}\))?\s?(?:頃|ごろ)?(?:に|、)?[^。、\n]{0,80}?(?:た|ている|ていた)(?:こと|旨)(?:を|が)[^。、\n]{0,12}?確認(?:し|いたし|され|でき)/;

// 「…調べて、…が行われたことを確認。」: the sentence closes on confirming that the
// act had happened (its own clauses may be several).
export const CONFIRMED_ACT_CLOSE =
  /(?:た|ていた)(?:こと|旨)(?:を|が)[^。、\n]{0,12}?確認(?:し|いたし|され|でき)[^。、\n]{0,8}(?:。|$)/;

// 「5月1日、…への攻撃が確認され」「不正ログインを確認」: the act itself (not its trace, 痕跡,
// nor its possibility) is what was seen that day — it happened then.
const ACT_OBSERVED =
  /(?:サイバー攻撃|攻撃|不正な?(?:アクセス|ログイン)|侵入)(?:が|を)(?:[^。、\n]{0,6}?)確認(?:され|し|いたし|でき)/;

/** Whether the day `found` (a weak finding: 確認) has the act itself as what was seen (ACT_OBSERVED). */
export function actSeenOn<T extends { iso: string; primary: string | null }>(
  dates: T[],
  found: { value: string } | null,
  ownWords: (c: T) => string,
): boolean {
  if (!found) return false;
  const c = dates.find((d) => d.iso === found.value && d.primary === 'detectWeak');
  if (!c) return false;
  const words = ownWords(c);
  // (Its first clause: 「…が確認され、」 or up to the sentence's end.)
  const stop = words.search(/[しれ]、|。/);
  return ACT_OBSERVED.test(stop < 0 ? words : words.slice(0, stop + 2));
}

// An exposure on a page: a posting (掲載/公開/アップロード) or a state of being viewable.
export const POSTED = /掲載|公開し|アップロード|閲覧(?:可能|でき)|表示され/;

// 「…より「…」との連絡」: what someone said, quoted before と/という, is the content of a
// report, not the range's own predicate (its words name no purchase or act of that range).
const QUOTED_BEFORE_TO = /「[^「」\n]{1,160}」(?=と)/g;

/** `s` with the quoted speech before と/という emptied (「」). */
export function withoutQuotes(s: string): string {
  return s.includes('「') ? s.replace(QUOTED_BEFORE_TO, '「」') : s;
}

// A notice listing several incidents: the first is named (「【事案1】」「1件目は」), and a line opening
// the second (「【事案2】」「2件目は、」) starts another incident whose days are not this one's.
const FIRST_INCIDENT =
  /【\s?事案\s?[1１一]\s?】|(?:^|[\s、。(（])事案\s?[1１一](?:[\s:：)）】]|$)|[1１一]件目(?:は|の|[:：、])/m;
const LATER_INCIDENT =
  /^[\s・■◆●(（【]*(?:事案\s?[2-9２-９二三四]|[2-9２-９二三四]件目)(?:\s?[】)）:：、]|は|の|\s*$)/m;
let laterMemo: { text: string; at: number } | null = null;

/** Where a later incident of a notice listing several begins (-1: none). */
export function laterIncidentAt(text: string): number {
  if (laterMemo?.text === text) return laterMemo.at;
  let at = -1;
  const later = LATER_INCIDENT.exec(text);
  if (later) {
    const first = FIRST_INCIDENT.exec(text.slice(0, later.index));
    if (first) at = later.index;
  }
  laterMemo = { text, at };
  return at;
}

// 「見本市は28日、…侵入され、…と発表した。」: a date right after the announcing body's topic
// (…は), in a sentence that closes on the announcement, is the day it was told, not of what it tells.
export const NEWS_TOPIC_BEFORE = /^\s*[^、。\n「」]{1,40}は\s?$/;
export const NEWS_ANNOUNCED_CLOSE =
  /(?:(?:と|を|について|に関し(?:て)?)(?:発表|公表)(?:した|しました|している)|明らか(?:に|と)(?:した|しました))[^。]{0,4}。?\s*$/;
