import { singlePersonCount } from './count-single.js';
import { enCountsIn, type SentenceCount, statusOf } from './counts-en.js';
import { factOf } from './fact.js';
import { numbered } from './numbered-groups.js';
import { parseJaNumber, qualifierFor } from './numeral-ja.js';
import type { Segment } from './segment.js';
import { type NoticeStructure, type SectionKind, sectionAt } from './structure.js';
import type { Affected, AffectedUnit, CountStatement, Fact } from './types.js';

/**
 * Every count a notice states with its subject ("クレジットカード情報 18,746名分", "approximately five
 * million people"), and the headline: the largest figure for the incident (GUIDE: affected).
 * A count is left out of the headline when the sentence shows it is not the affected set: a total
 * that a later 「うち …」 narrows, or recipients of phishing mail sent from a hijacked account.
 */

const JA_NUM = String.raw`[0-9][0-9,]*(?:\.[0-9]+)?(?:\s?千)?(?:\s?[万億](?:\s?[0-9][0-9,]*(?:\s?千)?)?)?(?:\s?万)?|[一二三四五六七八九十百千〇]+(?:[万億][一二三四五六七八九十百千〇]*)?`;
// 者 counts parties only after digits and before a break (「誤送付22者、」), not in 「1者複数」 (per party).
// Read by group number (numbered-groups.ts): no groups object built per match.
const JA = numbered(
  String.raw`(?<![0-9,/#\-A-Za-z]|[0-9A-Za-z]\.|[0-9]:)(?<num>${JA_NUM})\s?(?<unit>件|名|人|社|枚|冊(?!子)|アカウント|口座|世帯|団体|事業者|事業所|施設|(?<=[0-9]\s?)者(?=分|[、,)）(（。\s]|$)|(?<=[0-9]\s?)つ(?=の(?:個人|職員|社員|業務用)?(?:の)?(?:メールアドレス|メールアカウント|アカウント|ID)))(?<bun>分)?(?!目|前|後|以降|程度の(?:期間|時間)|間)`,
  ['num', 'unit', 'bun'],
);
const JA_COUNT = new RegExp(JA.source, 'g');
const JG = JA.group;
const HAS_NUMBER =
  /[0-9一二三四五六七八九十百千]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|hundred)\b/i;
const SENDING_PHISHING =
  /(?:フィッシング|不審|迷惑|なりすまし)メール|\b(?:phishing|spam)\s+e-?mails?\s+(?:were|was)\s+sent\b/i;
const LEAK_WORDS = /流出|漏え?い|漏洩|閲覧|exposed|accessed|compromised|acquired/i;
// What a count counts decides whether it can be the headline. Not the affected set:
// a population total (登録者数 3,000人, 会員数), unless the sentence says it leaked;
const POPULATION =
  /(?:登録|会員|利用|加入|在籍|契約)者?数$|登録者$|(?:生徒|児童|学生|園児|職員|社員|従業員|教職員|会員|利用者|患者|住民|世帯)(?:の)?(?:総)?数(?:は|が)?(?:約|およそ)?$/;
// a population stated as a topic (「当会の会員は約8,000名です」), when the sentence says nothing of the
// incident (no leak, loss, misdelivery or listing word, no 対象/該当);
const POPULATION_TOPIC =
  /(?:生徒|児童|学生|園児|職員|社員|従業員|教職員|会員|利用者|患者|住民|登録者|加入者|在籍者)(?:は|が)(?:現在)?(?:約|およそ|全体で|合計|計)?$/;
const INCIDENT_WORDS =
  /流出|漏え?い|漏洩|閲覧|紛失|盗難|誤送|誤配|誤交付|誤掲載|記載|含ま|対象|該当|影響|被害|不正/;
// a rate (「年間約10万件の申請」「毎月2,000名が利用」): a volume of business, not an affected set;
const RATE_BEFORE =
  /(?<![0-9一二三四五六七八九十数])(?:年間|毎年|毎月|月間|毎日|1日(?:あたり|当たり|平均)|一日(?:あたり|当たり|平均))(?:で|に)?(?:約|およそ|平均)?\s?$/;
// adoption of a product (「全国約300団体で利用」「約2,000社が導入」「5,000名が利用する」);
const ADOPTION_AFTER = /^(?:の[^。、]{0,8})?(?:で|が|に)(?:ご?利用|導入|採用|使用)(?:され|し|する|いただ|中)/;
// the size of an organisation (「約5,000名の従業員を擁する」; not 「生徒35名が在籍する学級の名簿」);
const SIZE_AFTER = /^(?:の(?:従業員|社員|職員|教職員|スタッフ|会員))?を(?:擁|抱え|雇用)/;
// a capacity (「定員5~6人」「募集人員40名」);
const CAPACITY = /(?:定員|収容人数|募集人員|募集人数)(?:は|が)?(?:約|各)?(?:[0-9]+\s?[~〜～-])?$/;
// what people did about it (「お問い合わせが300件」「相談12件」), or visits to a site;
const RESPONSES_BEFORE =
  /(?:問い?合わ?せ|相談|苦情|申し出|ご意見|電話|アクセス(?:数)?)(?:が|は|も)?(?:約|およそ|計|合計)?$/;
// also calls and solicitations that followed (「約1,200件の電話による勧誘」「3件の不審電話」).
const RESPONSES_AFTER =
  /^(?:の|を)?(?:お?問い?合わ?せ(?!者)|ご?相談(?![者員])|苦情|申し出|ご意見|アクセス|電話(?:による|での|で|が(?:あり|寄せ|入)|を(?:受|いただ))|不審(?:な)?(?:電話|勧誘|連絡)|勧誘)/;
// incidents (「2件の漏えいが発生」, 「下記3件の事案」);
const INCIDENTS_AFTER =
  /^(?:の)?(?:個人情報)?(?:の)?(?:漏え?い|漏洩|流出|紛失|誤送付|誤送信)?(?:事案|事故|インシデント|事件)|^(?:の)?(?:個人情報)?(?:の)?(?:漏え?い|漏洩|流出)(?:が|を)?(?:発生|ありました|起き)/;
// the same counted as cases before the figure (「同様の事例が計7件」「誤送付事案は2件」): cases, not people or records;
const INCIDENTS_BEFORE =
  /(?:事例|事案|事故|事象|ケース|インシデント)(?:が|は|も)?(?:計|合計|全部で|全体で)?\s?$/;
// people doing the work (「2名以上で確認」, 「2人1組で」) or the actor (「社員1名が…」);
const PROCEDURE_AFTER =
  /^(?:以上(?:で|による|の(?:体制|職員|複数))|体制|1組|一組|ずつ|で(?:確認|作業|対応|点検|照合))/;
// 「24,000件以上が流出」: an at-least figure is still the count; the words after it are read past the qualifier.
const AT_LEAST_AFTER = /^\s?(?:以上|超|余り|あまり|程度|前後)(?=[のがをはも、。]|$)/;
// 「101事業所の会員1,748人」: businesses named only to say whose people the next figure counts.
const BUSINESSES_OF_PEOPLE =
  /^の(?:会員|従業員|社員|職員|利用者|加入者|被保険者|労働者|求職者|方)[^、。0-9]{0,6}[0-9][0-9,]*\s?(?:人|名)/;
const ACTOR = /(?:社員|職員|従業員|担当者|作業員|スタッフ|教員|委託先|業者)$/;
// Staff disciplined for it (「上司の処分 訓告1名」「戒告 2名」「懲戒処分者3名」): who was punished, not whose data.
// People who told the office (「送信先のうち1名の方より連絡」「利用者2名から、…との指摘」): informants,
// not whose data (people only: 「事業主357社から報告を受けた書類」 names whose papers they were) — unless the figure is whom the data was gathered from (「3,000名からお預かりした」).
const INFORMANT_AFTER =
  /^(?:の(?:方|方々|お客様|利用者|受信者|保護者|市民|住民))?(?:様)?(?:より|から)(?!お?預か|取得|収集|集め|提供|提出|ご?申込|申し込|寄せられた(?:個人)?情報)[^。]{0,40}?(?:連絡|指摘|申し出|申出|問い?合わ?せ|通報|受信|苦情|届(?:い|け)|電話|返信)/;
// 「関連会社2社のパソコンが感染」: whose machines were hit, not whose data.
const MACHINES_AFTER = /^の(?:パソコン|PC|ＰＣ|端末|サーバー?|機器|コンピュータ|ネットワーク)/;
// A figure inside a quoted message (「先着20名限定です」などの文字列): the words of the mail, not a count.
const QUOTED_MESSAGE_AFTER = /^[^「」。]{0,24}(?:です|ます|ください|ません)[!！。]?」/;
function insideQuote(s: string, at: number): boolean {
  const open = s.lastIndexOf('「', at);
  return open >= 0 && s.lastIndexOf('」', at) < open;
}
// 「(各1枚)」「各2名」: a figure for each item, not a total.
const EACH_BEFORE = /各\s?$/;
const DISCIPLINE_BEFORE =
  /(?:訓告|戒告|譴責|けん責|減給|停職|免職|懲戒(?:処分)?|(?:厳重|文書|口頭)注意|処分)(?:者|を受けた者)?(?:は|が|計)?\s?$/;
// People the data was sent or shown to (「441名に流出」「履修者63名に送信」「3名の求職者に郵送」「5名宛に誤送信」
// 「メールを受け取った4人」): recipients, not whose data it was — unless the mail exposed the
// recipients' own addresses (To/CC), where the recipients are the affected set. 「1,000名への通知メール」
// is those people's mail (a noun phrase), not a sending to them.
// 「2団体に関する書面を…送付」 names whose data it was (に関する/に係る/について), not a recipient;
// a line wrapped before the particle (「486件」 then 「に対して」) leaves a space.
const RECIPIENT_AFTER =
  /^[)）\]」]?\s?(?:の[^、。にへ]{1,12})?(?:に(?!関(?:する|し)|係る|つい)|へ(?!の)|宛て?(?:に|へ))(?:も|は|対し(?:て)?、?)?[^。]{0,24}?(?:送信|送付|送ら|送っ|郵送|発送|配信|配布|配付|交付|提供|流出|漏え?い|漏洩|漏ら|開示)/;
// 「6,444人に対し、「…」という件名で送信」: the figure is whom the mail went to, however long the subject line.
const MAILED_TO = /^(?:に(?:対し|向け)|宛て?に|へ)/;
const RECIPIENT_BEFORE = /(?:受け取った|受信した|受領した|届いた)(?:方|者)?(?:の)?$/;
// 「194人の保護者が閲覧済み」: the people who read or received the message.
const READERS_AFTER =
  /^の?(?:保護者|方|皆さん|皆様|方々|利用者|会員|職員|生徒|学生|受信者)(?:の)?(?:皆さん|皆様|方々)?(?:が|も)[^。、]{0,10}(?:閲覧(?:済|し)|受信し|受け取|開封し|読ん)/;
// 「督促状発送(合計41件)」: how many items an office sent out, not whose data went astray.
// So does 「送信されたメールは約10万件」: the messages an office or a hijacked account sent (or an
// automatic forwarding passed on: 「転送された電子メール 4,000件」).
const SENDING_SUBJECT =
  /(?<!誤)(?:発送|送付|送信|配布|配信|郵送)(?:件数|数|総数)?$|(?<!誤)(?:発送|送付|送信|配信|郵送|転送)(?:され|し)た(?:電子)?(?:メール|郵便物?|文書|はがき|通知)(?:の(?:件数|数|総数))?$/;
// 「不正アカウントで900件のメールを作り外部へ送信」: the figure counts the mail a hijacked account
// sent, read from its noun (件の + mail) and the clause's predicate.
const MAIL_SENT_AFTER =
  /^の(?:迷惑|不審|スパム|フィッシング|なりすまし)?(?:電子)?メール(?:が|を)[^。]{0,24}?(?:作成|送信|送ら|配信|発信|送付)/;
// 「誤送信先は…外部の47社です」: the figure tells where the data went.
const RECIPIENT_TOPIC = /(?:送信|送付|配信|発送|流出)先(?:は|が|[:：])[^。]{0,24}$/;
const ABOUT_DATA_AFTER = /^[)\]」]?\s?(?:分)?の(?:個人)?(?:情報|データ|氏名|名前|名簿|住所|書類)/;
// Mail sent with the addresses in To/CC: the affected figure is the number of addresses exposed,
// not the number of recipients or of the people the mail was about.
const OPEN_RECIPIENTS = /\b(?:BCC|Bcc|bcc|CC|Cc|To|TO)\b|ＢＣＣ|宛先欄|同報/;
// A fax sent to several numbers at once (「短縮ダイヤル(同報送信)」) shows no one's address: its
// recipients are not the affected set.
const FAX = /ファクシミリ|ファクス|ファックス|FAX|Fax|短縮ダイヤル/;
function opensRecipients(s: string): boolean {
  const m = OPEN_RECIPIENTS.exec(s);
  if (!m) return false;
  return m[0] !== '同報' || !FAX.test(s);
}
// 「会員情報12,345件（うちカード情報3,000件）」: a breakdown in brackets right after the figure
// qualifies the headline, which stays the largest figure stated for the incident.
const BREAKDOWN_IN_PARENS = /^\s?[（(]\s?(?:その)?(?:うち|内訳)/;
// 「メール1,200通（うち個人情報を含むもの300件）」: the part is the personal data, the whole is not.
const PERSONAL_PART = /個人(?:情報|データ)|要配慮/;
// 「18,500件(このうち個人情報でカード情報付きのもの 9,200件)」: the part is personal data holding more, so
// the whole is personal data too — not a container of mail or files.
const PERSONAL_PART_OF_PERSONAL =
  /うち[、,\s]?[^。)）]{0,30}を含む(?:個人(?:情報|データ)|お客様情報|会員情報|顧客情報)/;
// A sentence or line that opens with うち (「うち、…」「・うち…」): a part of the figure before it.
const PART_LINE = /^\s?(?:[-・●]\s?)?(?:その)?うち[、,\s]?/;
// 「三名分」「五名の方の氏名」「二件の個人情報」: a small kanji figure followed by whose data it was.
const KANJI_FEW_DATA =
  /^(?:分|の(?:方|お客様|患者|生徒|児童|学生|利用者|会員)?(?:様|さん)?(?:の)?(?:個人情報|氏名|情報|データ))/;
const ADDRESS_SUBJECT = /アドレス$/;
const FIGURE_AND_UNIT = /^[0-9,.万億一二三四五六七八九十百千〇\s]+(?:件|名|人|アカウント)分?/;
const ADDRESS_AFTER = /^(?:すべて|全て|全部)?の?(?:電子)?メールアドレス/;
// A bare figure on the line after a count label (「対象者数」 then 「148,620」).
const COUNT_LABEL = /(?:(?:対象者|対象|人|件|者)|本人の)数\s*[:：]?\s*$/;
const BARE_FIGURE = /^\s*[0-9][0-9,]*\s*$/;
// The label and its figure on one line (「流出件数 1,234」「対象者数：148,620」「侵害のあったアカウント数は約2,000。」),
// the figure closing the line or sentence.
const LABEL_AND_FIGURE =
  /(?:(?:対象者|対象|人|件|者|(?<![登録全総]\s?)アカウント)|本人の)数\s*(?:は|が)?\s*[:：]?\s*((?:約|およそ|最大)?\s*[0-9][0-9,]*)\s*。?\s*$/;
// Labels of a population, of responses or of mail sent: not whose data it was.
const OTHER_LABEL =
  /(?:登録|会員|利用|加入|在籍|契約|問い?合わ?せ|相談|アクセス|送信|発送|送付|配信|受信|応募|申込)(?:者|件)?数\s*[:：]?\s*[0-9][0-9,]*\s*$/;
// 「最大でN名の個人情報が流出した恐れ」: the notice's own upper bound on whose data went out. A larger
// figure in a sentence that speaks of no leak (mail sent, people apologised to, papers recovered) is
// not the affected set. Not a cap per mail (「一度に最大1,000人ずつ」).
const PER_BATCH_BEFORE = /(?:一度|1度|一回|1回|1通)(?:に|で|あたり|当たり)[^。、]{0,8}$/;
const PER_BATCH_AFTER = /^[0-9,.万千]+\s?(?:件|名|人|通)?分?ずつ/;
// 「本事象は系列のB校でも4名発生」: the same event at another school, firm or site, introduced by でも —
// that body's own figure, not the issuer's; the headline only when the notice states no other.
const ELSEWHERE_BEFORE =
  /(?<![本当弊自])(?:校|学校|大学|学園|社|会社|店|店舗|病院|医院|施設|事業所|園|支店|営業所|センター|法人|団体|自治体|市|町|村)(?:において|で)も\s?(?:約|計|合計|最大で?)?\s?$/;
// 「別の小学校でもおととし…87人分」「過去にも…」: an earlier or other body's case told for comparison.
const ELSEWHERE_CLAUSE =
  /(?:別の|他の|ほかの)[^。、]{0,12}(?:校|学校|大学|社|会社|店舗?|病院|施設|事業所|支店|営業所|センター|団体|部署|課)でも|(?:以前|過去|前回|昨年|去年|おととし|一昨年)にも/;
// 「まちづくり1000人会」「百人委員会」: a group's name, not a head count.
const GROUP_NAME_AFTER = /^(?:会議?|委員会|衆|隊)(?![員場社食話])/;
// Figures under a cause or prevention heading tell how it happened or what will be done
// (「本来1件ずつ送るべきところ」, 「今後は2名で確認する」), not whom the incident touched.
const ASIDE_SECTIONS = new Set<SectionKind | null>(['cause', 'prevention']);

function jaUnit(unit: string, subject: string): AffectedUnit {
  if (unit === '名' || unit === '人' || unit === '世帯') return 'people';
  // Businesses and facilities are counted by their own nouns (「41事業者」「7事業所」「897施設分」);
  // 「22者」 after digits counts parties (people), as 名 does.
  if (unit === '者') return 'people';
  if (unit === '社' || unit === '団体' || unit === '事業者' || unit === '事業所' || unit === '施設')
    return 'companies';
  // 枚 counts sheets: cards only when the subject is a card (「カード3枚」), else documents.
  if (unit === '枚') return /カード/.test(subject) ? 'cards' : 'records';
  // 「6つのメールアドレスについて」: mail accounts counted with つ.
  if (unit === 'アカウント' || unit === '口座' || unit === 'つ') return 'accounts';
  if (/カード/.test(subject)) return 'cards';
  if (/アカウント|ID|ユーザー|会員/.test(subject)) return 'accounts';
  return 'records';
}

function subjectBefore(s: string, at: number, lang: 'ja' | 'en'): string {
  const before = s.slice(Math.max(0, at - 40), at);
  const parts = lang === 'ja' ? before.split(/[、。:;]|\s-\s/) : before.split(/[,.;:]/);
  const last = (parts[parts.length - 1] ?? '').replace(/[()「」【】[\]"“”]/g, ' ').trim();
  let subject = last.replace(/\s+/g, ' ');
  // Drop trailing particles and qualifiers (「お客様最大約」 → 「お客様」).
  for (let prev = ''; prev !== subject; ) {
    prev = subject;
    subject = subject.replace(/(?:の|は|が|を|に|で|計|合計|約|およそ|最大で?)\s*$/, '').trim();
  }
  return subject;
}

export interface CountsResult {
  counts: Fact<CountStatement>[];
  affected: Fact<Affected> | null;
}

/** The Japanese figures (「N件」「N名」) of sentence `s` of `seg`, added to `inSentence` in order. */
function jaCountsIn(s: string, seg: Segment, openRecipients: boolean, inSentence: SentenceCount[]): void {
  JA_COUNT.lastIndex = 0;
  for (let m = JA_COUNT.exec(s); m !== null; m = JA_COUNT.exec(s)) {
    const num = m[JG.num]!;
    const value = parseJaNumber(num);
    if (value === null || value <= 0) continue;
    // Single kanji numerals are mostly words (一人, 一件), not figures worth reporting — unless
    // the figure (二 to 九) is the data of that many people (「三名分」「五名の方の氏名」).
    if (
      !/[0-9]/.test(num) &&
      value < 10 &&
      (value < 2 || !KANJI_FEW_DATA.test(s.slice(m.index + m[0].length - (m[JG.bun] ? 1 : 0))))
    )
      continue;
    const subject = subjectBefore(s, m.index, 'ja');
    const rawAfter = s.slice(m.index + m[0].length);
    const after = PROCEDURE_AFTER.test(rawAfter) ? rawAfter : rawAfter.replace(AT_LEAST_AFTER, '');
    const notAffected =
      (POPULATION.test(s.slice(Math.max(0, m.index - 20), m.index).replace(/[\s:]+$/, '')) &&
        !LEAK_WORDS.test(s) &&
        // 「登録者6,444人に送信」 with the addresses in To/CC: the population mailed is the affected set.
        !(openRecipients && (MAILED_TO.test(after) || RECIPIENT_AFTER.test(after)))) ||
      CAPACITY.test(s.slice(Math.max(0, m.index - 12), m.index).replace(/\s+$/, '')) ||
      RATE_BEFORE.test(s.slice(Math.max(0, m.index - 12), m.index)) ||
      ADOPTION_AFTER.test(after) ||
      SIZE_AFTER.test(after) ||
      (jaUnit(m[JG.unit]!, subject) === 'companies' && BUSINESSES_OF_PEOPLE.test(after)) ||
      INCIDENTS_AFTER.test(after) ||
      (m[JG.unit] === '件' && MAIL_SENT_AFTER.test(after)) ||
      INCIDENTS_BEFORE.test(s.slice(Math.max(0, m.index - 12), m.index)) ||
      RESPONSES_BEFORE.test(s.slice(Math.max(0, m.index - 12), m.index).replace(/\s+$/, '')) ||
      RESPONSES_AFTER.test(after) ||
      PROCEDURE_AFTER.test(rawAfter) ||
      DISCIPLINE_BEFORE.test(s.slice(Math.max(0, m.index - 12), m.index)) ||
      EACH_BEFORE.test(s.slice(Math.max(0, m.index - 2), m.index)) ||
      (/[名人]/.test(m[JG.unit]!) && INFORMANT_AFTER.test(after)) ||
      (jaUnit(m[JG.unit]!, subject) === 'companies' && MACHINES_AFTER.test(after)) ||
      (QUOTED_MESSAGE_AFTER.test(rawAfter) && insideQuote(s, m.index)) ||
      (/[名人]/.test(m[JG.unit]!) && m[JG.bun] === undefined && GROUP_NAME_AFTER.test(rawAfter)) ||
      (ACTOR.test(subject) && m[JG.bun] === undefined && !ABOUT_DATA_AFTER.test(after)) ||
      (!openRecipients &&
        m[JG.bun] === undefined &&
        (RECIPIENT_AFTER.test(after) ||
          RECIPIENT_BEFORE.test(s.slice(Math.max(0, m.index - 12), m.index)) ||
          RECIPIENT_TOPIC.test(s.slice(Math.max(0, m.index - 36), m.index)) ||
          SENDING_SUBJECT.test(subject) ||
          READERS_AFTER.test(after)));
    const populationTopic =
      (POPULATION_TOPIC.test(s.slice(Math.max(0, m.index - 20), m.index).replace(/\s+$/, '')) &&
        !INCIDENT_WORDS.test(s)) ||
      ELSEWHERE_BEFORE.test(s.slice(Math.max(0, m.index - 16), m.index)) ||
      ELSEWHERE_CLAUSE.test(s.slice(0, m.index));
    const qualifier = qualifierFor(
      s.slice(Math.max(0, m.index - 6), m.index),
      s.slice(m.index + m[0].length),
    );
    const value2: CountStatement = {
      count: value,
      unit: jaUnit(m[JG.unit]!, subject),
      qualifier,
      subject,
      status: statusOf(s),
    };
    inSentence.push({
      fact: factOf(value2, seg, 0.7),
      at: m.index,
      notAffected,
      unique: false,
      share: m[JG.bun] !== undefined,
      populationTopic,
      owner: m[JG.bun] !== undefined || ABOUT_DATA_AFTER.test(after),
    });
  }
}

/**
 * Counts and the headline affected figure.
 *
 * @example extractCounts(splitSentences('会員情報169万2,496件が流出した可能性があります。')).affected?.value.count // → 1692496
 */
export function extractCounts(segments: Segment[], structure?: NoticeStructure): CountsResult {
  const counts: Fact<CountStatement>[] = [];
  let best: { fact: Fact<CountStatement>; eligible: boolean } | null = null;

  // "1.3M records with 580k unique email addresses": rows hold duplicates; the unique figure is the
  // number of distinct people or accounts, so it outranks a larger count of rows or records.
  let bestUnique: Fact<CountStatement> | null = null;
  let bestAddresses: Fact<CountStatement> | null = null;
  const eligibleFacts: Fact<CountStatement>[] = [];
  // A population stated as a topic: the headline only when no other figure is.
  let fallback: Fact<CountStatement> | null = null;
  // The largest 「最大N」 figure stated in a sentence about the leak, and the facts whose sentence is one.
  let leakCap: Fact<CountStatement> | null = null;
  const inLeakSentence = new Set<Fact<CountStatement>>();
  let prevText = '';
  // The last eligible figure of the sentence before, which a 「うち…」 line may narrow.
  let prevLast: Fact<CountStatement> | null = null;
  const openRecipients = segments.some((seg) => opensRecipients(seg.text));
  for (const seg of segments) {
    const s = seg.text;
    const aside = ASIDE_SECTIONS.has(sectionAt(structure, seg.start));
    const labelBefore = prevText;
    prevText = s;
    if (BARE_FIGURE.test(s) && COUNT_LABEL.test(labelBefore)) {
      const value = parseJaNumber(s.trim());
      if (value !== null && value > 0) {
        const people = /者数|人の?数$/.test(labelBefore.trim());
        const fact = factOf<CountStatement>(
          {
            count: value,
            unit: people ? 'people' : 'records',
            qualifier: 'exact',
            subject: labelBefore.trim(),
            status: null,
          },
          seg,
          0.7,
        );
        counts.push(fact);
        if (aside) continue;
        eligibleFacts.push(fact);
        if (!best || value > best.fact.value.count) best = { fact, eligible: true };
      }
      continue;
    }
    const labelled = s.includes('数') ? LABEL_AND_FIGURE.exec(s) : null;
    if (labelled && !OTHER_LABEL.test(s)) {
      const figure = labelled[1]!.replace(/^(?:約|およそ|最大)\s*/, '');
      const value = parseJaNumber(figure);
      if (value !== null && value > 0) {
        const label = s.slice(0, labelled.index + labelled[0].indexOf('数') + 1).trim();
        const fact = factOf<CountStatement>(
          {
            count: value,
            unit: /者数|人の?数$/.test(label)
              ? 'people'
              : /アカウント数$/.test(label)
                ? 'accounts'
                : 'records',
            qualifier: /^最大/.test(labelled[1]!)
              ? 'max'
              : /^(?:約|およそ)/.test(labelled[1]!)
                ? 'approx'
                : 'exact',
            subject: label,
            status: statusOf(s),
          },
          seg,
          0.7,
        );
        counts.push(fact);
        if (!aside) {
          eligibleFacts.push(fact);
          if (!best || value > best.fact.value.count) best = { fact, eligible: true };
        }
      }
    }
    if (!HAS_NUMBER.test(s)) continue;
    const inSentence: SentenceCount[] = [];
    const excludeSentence = SENDING_PHISHING.test(s) && !LEAK_WORDS.test(s);
    jaCountsIn(s, seg, openRecipients, inSentence);
    enCountsIn(s, seg, inSentence);
    inSentence.sort((a, b) => a.at - b.at);
    // 「誤送信メール 1,200件」 then a line 「うち、個人情報を含むもの 300件」: the part names the personal
    // data, the whole before it (mail, files) is a container, not the affected set.
    if (prevLast && inSentence.length > 0 && PART_LINE.test(s) && PERSONAL_PART.test(s)) {
      const whole = prevLast;
      if (!PERSONAL_PART.test(whole.value.subject) && whole.value.unit !== 'people') {
        const at = eligibleFacts.indexOf(whole);
        if (at >= 0) eligibleFacts.splice(at, 1);
        if (best?.fact === whole) {
          best = null;
          for (const f of eligibleFacts)
            if (!best || f.value.count > best.fact.value.count) best = { fact: f, eligible: true };
        }
      }
    }
    prevLast = null;
    for (let i = 0; i < inSentence.length; i++) {
      const c = inSentence[i]!;
      counts.push(c.fact);
      // 「1,514件の…があり、うち1,426件の個人情報が…」: the first figure is a container, not the affected set.
      const next = inSentence[i + 1];
      // People narrowed by leak status (「3,000人 うち外部への流出2,900人」) stay the headline: the
      // largest figure stated for the incident; the narrowing speaks of status, not of whom. So do
      // the data of N people (「380人分(うち30人は住所も)」): the part narrows by what it held.
      const between = next === undefined ? '' : s.slice(c.at, next.at);
      const container =
        next !== undefined &&
        /うち|その中(?:で|から|の)|of\s+(?:those|whom|which)|内訳/.test(between) &&
        !(
          c.fact.value.unit === 'people' &&
          next.fact.value.unit === 'people' &&
          (LEAK_WORDS.test(between) || c.share === true)
        ) &&
        !(
          BREAKDOWN_IN_PARENS.test(between.replace(FIGURE_AND_UNIT, '')) &&
          (!PERSONAL_PART.test(between) || PERSONAL_PART_OF_PERSONAL.test(between))
        );
      // 「対象者(880名)のうち大多数に誤り」: a whole narrowed to a part no figure gives.
      const partUnstated =
        next === undefined &&
        c.share !== true &&
        /^[^、。]{0,6}?[)）]?\s?(?:の)?うち/.test(s.slice(c.at).replace(FIGURE_AND_UNIT, ''));
      // A sentence about spam or phishing mail sent still names whose data it held (「迷惑メール多数の
      // 送信に加え、過去のメールに3人の名前」): that figure stays, the mail counts go.
      const eligible =
        !(excludeSentence && c.owner !== true) && !container && !partUnstated && !c.notAffected;
      if (!eligible || aside) continue;
      if (c.populationTopic) {
        if (!fallback || c.fact.value.count > fallback.value.count) fallback = c.fact;
        continue;
      }
      eligibleFacts.push(c.fact);
      prevLast = c.fact;
      if (LEAK_WORDS.test(s)) {
        inLeakSentence.add(c.fact);
        if (
          c.fact.value.qualifier === 'max' &&
          !PER_BATCH_BEFORE.test(s.slice(Math.max(0, c.at - 16), c.at)) &&
          !PER_BATCH_AFTER.test(s.slice(c.at)) &&
          (!leakCap || c.fact.value.count > leakCap.value.count)
        )
          leakCap = c.fact;
      }
      const aboutAddresses =
        ADDRESS_SUBJECT.test(c.fact.value.subject) ||
        ADDRESS_AFTER.test(s.slice(c.at).replace(FIGURE_AND_UNIT, ''));
      if (aboutAddresses && (!bestAddresses || c.fact.value.count > bestAddresses.value.count))
        bestAddresses = c.fact;
      if (!best || c.fact.value.count > best.fact.value.count) best = { fact: c.fact, eligible };
      if (c.unique && (!bestUnique || c.fact.value.count > bestUnique.value.count)) bestUnique = c.fact;
    }
  }
  if (!best && fallback) best = { fact: fallback, eligible: true };
  if (
    best &&
    leakCap &&
    best.fact.value.count > leakCap.value.count &&
    !inLeakSentence.has(best.fact) &&
    !openRecipients
  )
    best = { fact: leakCap, eligible: true };
  if (!best) {
    const astray = astrayItems(segments);
    if (astray) {
      counts.push(astray);
      best = { fact: astray, eligible: true };
    }
  }
  if (!best) {
    const one = singlePersonCount(segments);
    if (one) {
      counts.push(one);
      best = { fact: one, eligible: true };
    }
  }
  if (
    best &&
    bestUnique &&
    bestUnique.value.count < best.fact.value.count &&
    /^(?:rows|entries|records)$/.test(best.fact.value.subject.replace(/^.*\s/, ''))
  )
    best = { fact: bestUnique, eligible: true };
  // A cap per mail (「一度に最大1,000人ずつ、Toに最大1,000人のアドレス」) beside the exact number
  // of recipients (「登録者6,444人に送信」): every recipient's address was shown to some; the total stands.
  const capPerMail =
    bestAddresses !== null &&
    bestAddresses.value.qualifier === 'max' &&
    best !== null &&
    best.fact.value.qualifier === 'exact' &&
    best.fact.value.unit === 'people' &&
    best.fact.value.count > bestAddresses.value.count;
  if (best && bestAddresses && best.fact !== bestAddresses && openRecipients && !capPerMail)
    best = { fact: bestAddresses, eligible: true };
  // 「約15万人」 beside 「148,620」: an exact figure within a tenth of the rounded one is the same set,
  // written more precisely (a headline's round "1,000 patients" is no more precise than "about 1,066").
  // A figure in millions with one decimal ("5.6 million", a headline's rounding) is rounded too,
  // however it is qualified, and so is an upper bound ("nearly", 「最大」) beside the exact count.
  if (best && isRounded(best.fact.value)) {
    const approx = best.fact.value.count;
    let exact: Fact<CountStatement> | null = null;
    for (const f of eligibleFacts) {
      // The more precise figure may itself be qualified ("nearly 3,000" beside "about 2,920").
      if (Math.abs(f.value.count - approx) > approx / 10) continue;
      if (significantDigits(f.value.count) <= significantDigits(approx)) continue;
      if (!exact || f.value.count > exact.value.count) exact = f;
    }
    if (exact) best = { fact: exact, eligible: true };
  }
  const affected: Fact<Affected> | null = best
    ? {
        value: {
          count: best.fact.value.count,
          unit: best.fact.value.unit,
          qualifier: best.fact.value.qualifier,
        },
        evidence: best.fact.evidence,
        confidence: 0.6,
      }
    : null;
  return { counts, affected };
}

// 「案内状2通を他の方へ誤って送付」「申請書約40通が行方不明」: letters (通) counted
// by what went astray. 通 also counts mail sent (「494通郵送」) and mail held (「対象メール23,325通」),
// so only a figure whose own clause says the items were misdelivered or lost is read, and only when
// the notice gives no figure of people or records.
const ASTRAY_ITEMS =
  /(?<![0-9,])([0-9][0-9,]*)\s?通(?:分)?(?:を|が|の|は)?、?(?:(?:誤って|誤り)[^。、]{0,20}?(?:送付|郵送|発送|交付|送信|配付|配布|投函|封入)|[^。、]{0,6}?(?:紛失|所在(?:が)?(?:不明|分から|わから)))/;

/** Letters (通) misdelivered or lost: the fallback figure when the notice states no other. */
function astrayItems(segments: Segment[]): Fact<CountStatement> | null {
  for (const seg of segments) {
    if (!seg.text.includes('通')) continue;
    const m = ASTRAY_ITEMS.exec(seg.text);
    if (!m) continue;
    const value = parseJaNumber(m[1]!);
    if (value === null || value <= 0) continue;
    const qualifier = qualifierFor(seg.text.slice(Math.max(0, m.index - 6), m.index), '');
    return factOf<CountStatement>(
      { count: value, unit: 'records', qualifier, subject: '通', status: statusOf(seg.text) },
      seg,
      0.5,
    );
  }
  return null;
}

/**
 * The digits of a whole number without its trailing zeros: how precisely it is written.
 *
 * @example significantDigits(148620) // → 5
 */
function significantDigits(n: number): number {
  return String(Math.round(n)).replace(/0+$/, '').length;
}

/**
 * A figure the notice rounded: qualified (約, about, up to), or millions written with at most one decimal.
 *
 * @example isRounded({ count: 5600000, qualifier: 'exact' }) // → true
 */
function isRounded(v: { count: number; qualifier: string }): boolean {
  return v.qualifier !== 'exact' || (v.count >= 1_000_000 && significantDigits(v.count) <= 2);
}
