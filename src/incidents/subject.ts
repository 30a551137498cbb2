import { hostKey, nameLabels, PREFECTURE_NAMES } from './host-owner.js';
import { normalizeOrgName } from './match.js';
import { memoized } from './memo.js';
import { openingSentences } from './report-refs-en.js';

/**
 * The key two pages' subject names are compared and looked up by: normalizeOrgName, with the short
 * forms news writes for one body folded into one: 「日本医科大学」「日本医科大」→「日本医大」,
 * 「徳島大学病院」→「徳島大病院」; a school system's names ("Sample County Schools", "… School
 * District", "… Public Schools", "… Board of Education", "Sample County School's network") → one.
 * A county and its school system stay two bodies ("Sample County" is no "Sample County Schools").
 *
 * @example subjectForm('Sample County Board of Education') === subjectForm('Sample County Schools') // => true
 */
export function subjectForm(name: string): string {
  return subjectForms(name);
}
/** subjectForm's answers: every candidate's report names are compared with each notice's. */
const subjectForms = memoized(subjectFormOf);

function subjectFormOf(name: string): string {
  // A news writer's place before the name ("Calif.-based X Hospital", "New Jersey-based X") is no part of it.
  // "City of Wichita" is what news calls "Wichita": a municipality by its place's name.
  const k = normalizeOrgName(
    name.replace(PLACE_BASED, '').replace(PREFECTURE_BEFORE_TOWN, '').replace(MUNICIPALITY_OF, ''),
  );
  if (/[\u3040-\u30ff\u4e00-\u9fff]/.test(k))
    return k.replace(/医科大学?/g, '医大').replace(/大学(?:医学部)?(?:附属|付属)?病院/g, '大病院');
  return k.replace(SCHOOL_SYSTEM, '$1schools');
}
/**
 * A prefecture before a municipality's name (徳島県つるぎ町立X病院, 北浜県南市教育委員会): papers write
 * it, the body's own pages mostly do not. A prefecture's own bodies (X県立病院) keep it.
 */
const PREFECTURE_BEFORE_TOWN = new RegExp(
  `^(?:${PREFECTURE_NAMES.join('|')})(?=[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}]{1,6}?[市町村](?![場長議民内外]))`,
  'u',
);
/** "City of ", "Town of ", "Village of " before a municipality's place name. */
const MUNICIPALITY_OF = /^(?:the\s+)?(?:city|town|village)\s+of\s+(?=[A-Z])/i;
/** A leading "Place-based " (one to three capitalised words, the last joined by a hyphen). */
const PLACE_BASED = /^(?:[A-Z][A-Za-z.]*\s+){0,2}[A-Z][A-Za-z.]*-based\s+(?=[A-Z0-9])/;
/** A place's school system, by the words its names end on (normalised: no spaces, lower case). */
const SCHOOL_SYSTEM =
  /^([a-z0-9]{4,}?)(?:publicschools|schooldistrict|schoolsystem|schooldivision|schoolboard|boardofeducation|schools|school)$/;

/**
 * Whom a page is about, by the names its title gives: a news article, a blog's repost and the
 * body's own page about one breach come from different hosts and are often read with different (or
 * no) organisations — the article's organisation may be the agency called in, the mayor quoted — but
 * their titles name the body they are about ("Ashford Council hit by cyber attack", 「サンプル商事に
 * 不正アクセス」). A name counts when the title gives it and the body uses it as a name too (an
 * English name capitalised inside a sentence, not only where every word is); a page on the body's own
 * site whose title names nobody ("Update on the attack on our services") is about its host's owner.
 * Pure.
 */

/** Titles' first words that are no body's name (every headline capitalises its first word). */
const NOT_A_NAME = new Set(
  (
    'a an the this that these our your their its new update updated updates notice notices statement ' +
    'alert breach breaches data incident incidents cyber cyberattack cyberattacks attack attacks hack ' +
    'hacked hackers hacker ransomware security privacy information important urgent latest news ' +
    'report reports press release customer customers member members patient patients staff update ' +
    'what how why when where who council university hospital college school city county state police ' +
    'government company group bank trust department office service services system systems network ' +
    'officials experts investigation investigators public residents people users faq questions ' +
    'frequently asked more read home about contact today yesterday week month year ' +
    'january february march april may june july august september october november december ' +
    'monday tuesday wednesday thursday friday saturday sunday'
  ).split(' '),
);
/** Words that may stand inside an English name ("Bank of Ashford", "Fish & Sons"). */
const CONNECTOR = /^(?:of|and|&|for|the|de|du|von|van)$/i;
/** A word written as a name: capitalised or in capitals (letters, digits, a hyphen or an apostrophe inside). */
const CAPITALISED = /^[A-Z][A-Za-z0-9'’&.-]*$/;

/** Words of Japanese titles that say what happened, not to whom (a title's first words may be these). */
const JA_NOT_A_NAME =
  /不正|漏え|漏洩|流出|紛失|誤送|誤送信|誤配|情報|お知らせ|お詫び|おわび|ご報告|報告|続報|被害|攻撃|感染|ランサム|ウイルス|ウィルス|サイバー|アクセス|メール|セキュリティ|事件|事故|障害|個人|当社|弊社|本学|本市|重要|最新|更新|速報|ニュース|発表|について|委託|業者|窓口/;

/** A Japanese title's leading name: up to a space or a particle (「サンプル商事にて」「サンプル商事は」). */
const JA_LEAD =
  /^(?:株式会社|（株）|\(株\))?\s*([\p{Script=Katakana}\p{Script=Han}ーA-Za-z0-9＆&・]{2,24}?)(?:株式会社|（株）|\(株\))?(?:\s|にて|では|は|が|で|の|から|に|へ|を|と|、)/u;
const LATIN_WORD = /^[A-Za-z][A-Za-z0-9&-]{2,}$/;

/** The lines a page's title may be among: its given title, its headline, and its first short lines. */
export function titleLines(text: string, title: string | null, headline: string | null): string[] {
  const out: string[] = [];
  let seen = 0;
  for (const raw of [title ?? '', headline ?? '', ...text.slice(0, 1500).split('\n')]) {
    const line = raw.trim();
    if (!line || /^https?:\/\//.test(line)) continue;
    if (++seen > 5) break;
    // A sentence of the body ends on its full stop; a title does not.
    if (line.length <= 140 && !/[.。]$/.test(line)) out.push(line);
  }
  return [...new Set(out)];
}

/**
 * The names a page's title lines give that its text uses as names: of each line, the first such
 * name (headlines put the body they are about first; an agency called in comes later).
 *
 * @example subjectNames('Ashford Council hit by cyber attack\n\nServices at Ashford Council are down.', [], null) // => ['Ashford Council']
 */
export function subjectNames(text: string, lines: readonly string[], organization: string | null): string[] {
  const out: string[] = [];
  const add = (n: string) => {
    if (!out.some((o) => subjectForm(o) === subjectForm(n))) out.push(n);
  };
  for (const line of lines) {
    // The text without the title's own lines (a page may print its title twice).
    const body = text
      .split('\n')
      .filter((l) => l.trim() !== line)
      .join('\n');
    const ja = /[\u3040-\u30ff\u4e00-\u9fff]/.test(line);
    // A Japanese line longer than a title is a sentence of the body.
    // (A headline of phrases set apart by spaces, without a sentence end, is still a title.)
    if (ja && line.length > 60 && (/[。．]/.test(line) || !/\s/.test(line) || line.length > 120)) continue;
    // A page title's parts ("Update on the attack - Sample University"): the publisher's name after its separator.
    for (const part of ja ? [line] : line.split(/\s[-–—|]\s/)) {
      const names = ja ? jaTitleNames(part, body) : enTitleNames(part, body);
      for (const n of names) if (!namedAsVendor(text, n)) add(n);
    }
  }
  // The organisation read from the text, when a title line gives it.
  // The name the text uses most first (a title names the body it is about, and perhaps an agency).
  const folded = text.normalize('NFKC').toLowerCase();
  const uses = (n: string) => folded.split(n.normalize('NFKC').toLowerCase()).length - 1;
  out.sort((a, b) => uses(b) - uses(a));
  const own = organization?.normalize('NFKC').trim() ?? '';
  const generic = own.split(/\s+/).every((w) => NOT_A_NAME.has(w.toLowerCase()) || CONNECTOR.test(w));
  const key = normalizeOrgName(own);
  // Not when the title names a unit of it (its subsidiary): that unit is whom the page is about.
  const unitOf = out.some((o) => normalizeOrgName(o).startsWith(key) && normalizeOrgName(o) !== key);
  if (key.length >= 3 && !generic && !unitOf && lines.some((l) => l.normalize('NFKC').includes(own)))
    add(own);
  return out;
}

/** The first English name of a title line that the body writes as a name. */
function enTitleNames(line: string, body: string): string[] {
  const words = line
    .replace(/[’']s\b/g, ' ,')
    .split(/\s+/)
    .map((w) => w.replace(/^[“"‘'([]+|[”"’'),:;!?\]]+$/g, ''));
  const runs: string[][] = [];
  let run: string[] = [];
  const close = () => {
    while (run.length > 0 && CONNECTOR.test(run.at(-1)!)) run.pop();
    if (run.length > 0) runs.push(run);
    run = [];
  };
  for (const w of words) {
    if (CAPITALISED.test(w)) run.push(w);
    else if (run.length > 0 && CONNECTOR.test(w)) run.push(w);
    else close();
  }
  close();
  for (const r of runs) {
    // Initials ("MSU"): the body's name they abbreviate, when it writes it.
    if (r.length === 1 && INITIALS.test(r[0]!)) {
      const full = expandInitials(r[0]!, body);
      if (full) return [full];
    }
    // A title in title case is one run ("Attack Takes Sample Health Network Offline"): its longest
    // part that the body writes as a name, from its start on.
    const words = r.slice(0, 10);
    for (let len = words.length; len >= 1; len--)
      for (let i = 0; i + len <= words.length; i++) {
        const part = words.slice(i, i + len);
        if (CONNECTOR.test(part[0]!) || CONNECTOR.test(part.at(-1)!)) continue;
        // Title case writes "Of" where the name has "of".
        const name = part
          .map((w, k) => (k > 0 && CONNECTOR.test(w) ? w.toLowerCase() : w))
          .join(' ')
          .replace(/[.]+$/, '');
        if (part.every((w) => NOT_A_NAME.has(w.toLowerCase()) || CONNECTOR.test(w))) continue;
        if (len === 1 && (name.replace(/[^A-Za-z]/g, '').length < 4 || NOT_A_NAME.has(name.toLowerCase())))
          continue;
        if (len === 1 ? usedAlone(name, body) : usedAsName(name, body)) return [name];
      }
  }
  return [];
}

/** A word in capitals that may be a body's initials (MSU, NHS). */
const INITIALS = /^[A-Z]{2,5}$/;

/**
 * The name a body's initials stand for in a text: a capitalised run whose words' first letters
 * (connectors left out) are the initials, in order ("Michigan State University" for MSU, "Bank of
 * Ashford" for BA), the one the text writes most; null when it writes none.
 *
 * @example expandInitials('FSB', 'Staff of the Fernwood Savings Bank were told.') // => 'Fernwood Savings Bank'
 */
export function expandInitials(initials: string, body: string): string | null {
  const counts = new Map<string, number>();
  for (const line of body.split('\n')) {
    const words = line.split(/\s+/).map((w) => w.replace(/^[“"‘'([]+|[”"’'),.:;!?\]]+$/g, ''));
    for (let i = 0; i < words.length; i++) {
      if (!/^[A-Z][a-z]/.test(words[i]!) || words[i]![0] !== initials[0]) continue;
      let k = 0;
      const part: string[] = [];
      for (let j = i; j < words.length && k < initials.length; j++) {
        const w = words[j]!;
        if (part.length > 0 && CONNECTOR.test(w) && w === w.toLowerCase()) {
          part.push(w);
          continue;
        }
        if (!/^[A-Z][a-z]/.test(w) || w[0] !== initials[k]) break;
        part.push(w);
        k++;
      }
      if (k !== initials.length) continue;
      // The run must end there: "Sample Union" is no SU of "Sample Union Bank".
      const after = words[i + part.length];
      if (after && /^[A-Z][a-z]/.test(after)) continue;
      const name = part.join(' ');
      if (part.every((w) => NOT_A_NAME.has(w.toLowerCase()) || CONNECTOR.test(w))) continue;
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  // "CU", "KU": a state university's short form, its place's initial and U, for "University of Colorado".
  if (counts.size === 0 && initials.length >= 2 && initials.length <= 3 && initials.endsWith('U')) {
    const place = initials.slice(0, -1);
    const run = Array.from({ length: place.length }, () => '[A-Z][a-z]+').join(' ');
    // The run must end there, as above ("University of Sample Springs" is no SU's "University of Sample").
    const re = new RegExp(String.raw`\bUniversity of (${run})(?![A-Za-z]| [A-Z])`, 'g');
    for (const m of body.matchAll(re)) {
      const words = m[1]!.split(' ');
      const name = `University of ${words.join(' ')}`;
      if (words.map((w) => w[0]).join('') === place) counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  let best: string | null = null;
  for (const [n, c] of counts) if (best === null || c > counts.get(best)!) best = n;
  return best;
}

/** Words that introduce a body as someone's supplier ("a third-party provider", "our vendor", 「委託先」). */
const SUPPLIER = String.raw`(?:third[- ]party|our\s(?:\w+\s)?(?:vendor|provider|contractor|supplier|partner)|vendor|contractor|supplier|委託先|委託業者|業務委託|委託している|取引先)`;
/** …and after its name: "Sample, the third-party company", "Sample, our vendor". */
const SUPPLIER_AFTER = String.raw`(?:third[- ]party|our\s(?:\w+\s)?(?:vendor|provider|contractor|supplier|partner)|contracted to|に委託|へ委託)`;

/**
 * Whether a text introduces a name as its supplier, right before or after it in one sentence ("a
 * third-party platform provider, Sample", "Sample, our vendor", 「委託先のサンプル」): several
 * clients' notices name their vendor's breach, each its own notice. A body described as one ("Sample Health, a healthcare provider") is no one's supplier.
 */
export function namedAsVendor(text: string, name: string): boolean {
  const esc = name.normalize('NFKC').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const t = text.normalize('NFKC');
  return (
    new RegExp(`${SUPPLIER}[^.。\\n]{0,30}?${esc}`, 'i').test(t) ||
    new RegExp(`${esc}[^.。\\n]{0,40}?${SUPPLIER_AFTER}`, 'i').test(t)
  );
}

/** Whether the body writes a name inside a sentence (after a word, a comma or "the"), not only at a sentence's start. */
function usedAsName(name: string, body: string): boolean {
  const esc = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`[a-z0-9,;(]\\s+${esc}(?![a-z])`).test(body);
}

/**
 * Whether the body writes one word as a name of its own: inside a sentence, and not only as a part
 * of a longer name ("Technology" of "Office of Information Technology", "Education" of "the
 * Department of Education" is a stray word of a title, no body's name).
 */
function usedAlone(word: string, body: string): boolean {
  const esc = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`(\\S+)\\s+(\\S+)\\s+${esc}(?![A-Za-z])([’']s|[,;:.)])?(?:\\s+(\\S+))?`, 'g');
  for (const m of `. . ${body}`.matchAll(re)) {
    const [before, prev, ends, next] = [m[1]!, m[2]!, m[3], m[4] ?? ''];
    // Inside a sentence (after a word in lower case: "inVentiv Health" is one name), not after
    // "Department of", nor before "Trust".
    if (
      !/[a-z0-9,;(]$/.test(prev) ||
      /[A-Z]/.test(prev) ||
      (CONNECTOR.test(prev) && CAPITALISED.test(before))
    )
      continue;
    if (!ends && (CAPITALISED.test(next) || CONNECTOR.test(next))) continue;
    return true;
  }
  return false;
}

/**
 * A Japanese title's names: its leading name (「サンプル商事 不正アクセス」), and the Latin
 * spelling after it when the title writes both (「サンプル SAMPLE オンライン」); each one the body
 * uses too.
 */
function jaTitleNames(line: string, body: string): string[] {
  const nfkc = line.normalize('NFKC');
  const folded = body.normalize('NFKC').toLowerCase();
  // 【松山】市教委が…: a regional paper's place tag, then the kind of body (県, 市, 市教委).
  const place = PLACE_TAG.exec(nfkc);
  if (place) {
    const name = `${place[1]}${place[2]}`;
    return folded.includes(name.toLowerCase()) ? [name] : [];
  }
  // Tags and quoted phrases before the name (【速報】, 「…」 quoted from the body).
  const t = nfkc
    .replace(/^(?:(?:[【[［(（][^】\]］)）]{0,40}[】\]］)）]|[「『“"][^」』”"]{0,40}[」』”"])\s*)+/, '')
    .trim();
  const first = leadNames(t, folded);
  if (first) return first;
  // A headline opening with its topic (「個人情報600人分を誤送信 サンプル県」): a later part's
  // leading name, when the body makes it a sentence's topic (「サンプル県は」「サンプル県によると」).
  const parts = t.split(/\s+/);
  for (let i = 1; i < Math.min(parts.length, 4); i++) {
    const names = leadNames(parts.slice(i).join(' '), folded);
    const name = names?.[0]?.split(' ')[0];
    if (name && !/^(?:第?\d|\(|（)|報$/.test(name) && TOPIC(name).test(folded)) return names!;
  }
  return [];
}

/** A regional paper's place tag and the kind of body after it: 【松山】市教委が, 【兵庫】県は. */
const PLACE_TAG =
  /^【(\p{Script=Han}{2,4})】\s*((?:県|府|都|道|市|町|村)(?:教委|教育委員会)?)(?=は|が|の|で|、|\s)/u;
/** A name as a sentence's topic in a body: 「Xは」「Xが」「Xによると」. */
const TOPIC = (name: string) =>
  new RegExp(
    `${name.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:は|が|によると|によりますと|の発表)`,
  );

/** The leading name of a title's part and its Latin spelling or unit; null when it leads with none. */
function leadNames(t: string, folded: string): string[] | null {
  const lead = JA_LEAD.exec(`${t} `);
  if (!lead) return null;
  const name = lead[1]!;
  // 本件, 同社, 今回, 当社: words pointing back at what the text already named.
  if (JA_NOT_A_NAME.test(name) || /^[本同当弊今前]/.test(name)) return null;
  if (!folded.includes(name.toLowerCase())) return null;
  const next = t.slice(lead[0].length).trim().split(/\s+/)[0] ?? '';
  // A unit of the body (「サンプル精機 タイ現地法人に不正アクセス」) is another company's breach.
  const unit = /^[^\s]{0,12}?(?:現地法人|子会社|グループ会社|関連会社|支社|支店)/.exec(
    `${lead[0].slice(name.length).trim()}${next}`,
  );
  if (unit) return [`${name} ${unit[0]}`];
  const out = [name];
  if (!/[A-Za-z]/.test(name) && LATIN_WORD.test(next) && folded.includes(next.toLowerCase())) out.push(next);
  return out;
}

/**
 * A Japanese news lead's topic: the body that announced, with the day right after it —
 * 「X病院(市)は4日、…と発表した」, 「ひばり市の民間病院「X病院」は4日、…明らかにした」 — or null.
 *
 * @example newsLeadName('北浜医院(北市)は4日、患者情報が漏れたおそれがあると発表した。') // => '北浜医院'
 */
export function newsLeadName(text: string): string | null {
  const sentences = text.slice(0, 1500).normalize('NFKC').split('。').slice(0, 4);
  for (let i = 0; i < sentences.length; i++) {
    const line = sentences[i]!.trim().split('\n').at(-1)!.trim();
    // An announcement, or an opening sentence about the incident (「攻撃を受けた北浜病院は7日、…を示した」).
    const announced = /(?:発表|公表|明らかに)し/.test(line);
    if (!announced && !(i === 0 && INCIDENT_WORD.test(line))) continue;
    // …else the opening sentence's topic before its bare day, after whatever clause describes it
    // (「眼鏡を販売するサンプル商事は17日、」「…が停止した北浜町立病院は7日、」).
    const m = announced ? NEWS_LEAD.exec(line) : null;
    const name = m ? (m[1] ?? m[2]!) : i === 0 ? leadTopic(line) : null;
    if (!name || name.length < 2 || name.length > 24) continue;
    // The police or a ministry announces an arrest or a survey, not a breach of its own.
    return JA_NOT_A_NAME.test(name) || /^[本同当弊今前]/.test(name) || NOT_ISSUER.test(name) ? null : name;
  }
  return null;
}

/** A dateline before an English lead ("ATLANTA — ", "PITTSBORO, N.C. (WNCN) – "). */
const EN_DATELINE = /^[A-Z][A-Za-z .,'’()]{1,60}?\s[–—-]{1,2}\s+/;
/**
 * An English lead's grammatical subject, then its predicate of telling or of suffering the breach:
 * "Equifax says …", "Sample Health, the county's largest provider, announced …", "Sample Bank was hit by …".
 */
const EN_LEAD =
  /^((?:[A-Z][A-Za-z0-9&'’.-]*)(?:\s+(?:of|and|&|for|the|[A-Z][A-Za-z0-9&'’.-]*)){0,5}?)(?:,\s[^,.]{1,60},)?\s+(?:has\s+|have\s+|had\s+)?(?:says|said|announced|announces|confirmed|confirms|revealed|reveals|disclosed|discloses|reported|reports|notified|notifies|is\s+notifying|are\s+notifying|warned|warns|was\s+hit|were\s+hit|has\s+been\s+hit|suffered|experienced|discovered|learned|detected|acknowledged|admitted)\b/;

/**
 * An English news lead's subject: the body the opening sentence (or the next) says something of
 * ("Equifax says an additional … were impacted by the breach it disclosed last month"), whatever
 * organisation was read from the page (the forensic firm it quotes), when the text names it again.
 * Null when no opening sentence starts with a name so.
 *
 * @example enLeadName('Sample Mart says 2 million more shoppers were affected. Sample Mart apologised.') // => 'Sample Mart'
 */
export function enLeadName(text: string): string | null {
  const opening = openingSentences(text);
  if (!opening || /[\u3040-\u30ff]/.test(opening)) return null;
  for (const raw of opening.split(/(?<=[.!?])\s+(?=[A-Z])/).slice(0, 2)) {
    const m = EN_LEAD.exec(raw.replace(EN_DATELINE, ''));
    if (!m) continue;
    const name = m[1]!.replace(/^(?:The|A|An)\s+/, '').replace(/[.,]+$/, '');
    const words = name.split(/\s+/);
    if (words.every((w) => NOT_A_NAME.has(w.toLowerCase()) || CONNECTOR.test(w))) continue;
    if (name.replace(/[^A-Za-z]/g, '').length < 3) continue;
    // Named again: a body the article is about, not a word that opens one sentence.
    if (text.split(name).length - 1 < 2) continue;
    return name;
  }
  return null;
}

/** The run of a name's characters that ends a lead's topic (a municipality's kana name before 市町村 too). */
const TRAILING_NAME = /(?:[\p{Script=Han}\p{Script=Katakana}ー・A-Za-z0-9&]|[ぁ-ゖ]{2,5}(?=[市町村]))+$/u;
/** A news lead's bare day of the month after its topic (「…は7日、」), not far into the sentence. */
const BARE_LEAD_DAY =
  /(?:\s?[(（〈][^)）〉]{1,20}[)）〉])?\s?(?:は|が)\s?\d{1,2}\s?日(?:午前|午後|朝|夜)?、/u;

/** What a sentence about a breach names (an attack, a leak, a loss, a misdelivery). */
const INCIDENT_WORD = /サイバー攻撃|不正アクセス|ランサム|流出|漏えい|漏洩|感染|誤送信|誤送付|紛失|盗難/;
/** A municipality before its own body (「北浜町の町立病院」 is 北浜町立病院). */
const TOWN_OF = /((?:[\p{Script=Han}\p{Script=Katakana}ー]|[ぁ-ゖ]{2,5}(?=[市町村]))+?)([市町村])の$/u;

/**
 * The topic of a news lead with a bare day of the month (「…X病院は7日、」), or null. A town's own
 * body written after the town (「北浜町の町立病院が4日、」) is read with it (北浜町立病院).
 */
function leadTopic(line: string): string | null {
  const day = BARE_LEAD_DAY.exec(line);
  if (!day || day.index > 90) return null;
  const before = line.slice(0, day.index);
  const run = TRAILING_NAME.exec(before);
  if (!run) return null;
  const town = TOWN_OF.exec(before.slice(0, run.index));
  return town && run[0].startsWith(`${town[2]}立`) ? `${town[1]}${run[0]}` : run[0];
}
const NOT_ISSUER = /(?:警|警察|警察署|警察本部|省|(?<![都道府県])庁)$/u;
/**
 * 「…病院「X」は4日、」 or 「…のX(所在地)は7月4日、」 or 「X〈1234〉は4日、」 (a listed company's code): the
 * topic, then the day of its announcement (or of the earlier one it follows: 「Xが、1月20日に公表した」).
 */
const NEWS_LEAD =
  /^(?:[^。「」]{0,30}?「([\p{Script=Han}\p{Script=Katakana}ー・A-Za-z0-9&]{2,24})」|(?:[^。「」]{0,30}?[の、])?((?:[\p{Script=Han}\p{Script=Katakana}ー・A-Za-z0-9&]|[ぁ-ゖ]{2,5}(?=[市町村]))+?))(?:\s?[(（〈][^)）〉]{1,20}[)）〉])?\s?(?:は|が)、?\s?(?:(?:\d{4}\s?年\s?)?\d{1,2}\s?月\s?)?\d{1,2}\s?日/u;

/** Keys shorter than this find too many names by their prefix. */
const MIN_KEY = 3;

/**
 * The keys a page is looked up by, at most two: its title's names (normalizeOrgName), else its own
 * host's label. The store finds the pages whose subject key (subjectKey) starts with one of them:
 * a council's own page, about "hackney" by its host, finds the article about "Hackney Council".
 */
export function subjectLookupKeys(r: SubjectView): string[] {
  return pageKeys(r).slice(0, 2);
}

/** Most keys a page is stored under (notice_subjects): every name its title gives, and its host's label. */
const MAX_STORED_KEYS = 4;

/**
 * Every key a page is stored under for those lookups (migration 0011 notice_subjects): each name its
 * title gives, not only the one its text uses most (a page that names its vendor more often than
 * its own body is found by both), and its own host's label.
 */
export function subjectKeys(r: SubjectView): string[] {
  return pageKeys(r).slice(0, MAX_STORED_KEYS);
}

/** A page's keys in order: its title's names (normalizeOrgName, long enough), then its own host's label. */
function pageKeys(r: SubjectView): string[] {
  const out: string[] = [];
  for (const n of r.subjects ?? []) {
    const k = subjectForm(n);
    if (k.length >= MIN_KEY && !out.includes(k)) out.push(k);
  }
  const site = hostOf(r);
  const host = site ? hostKey(site) : null;
  if (host && !out.includes(host)) out.push(host);
  return out;
}

/** The key a page is stored under for those lookups (its first lookup key), or null. */
export function subjectKey(r: SubjectView): string | null {
  return subjectLookupKeys(r)[0] ?? null;
}

/** What the decision compares of a page's subject: the names its title gives, and its own host. */
export interface SubjectView {
  subjects?: string[];
  site: string | null;
  /** It speaks as a body ("we", 当社) outside quotations (firstPerson). */
  firstPerson?: boolean;
  /** The host it was read from when that is not its site (blog.sample.com): a name may still name it. */
  host?: string;
}

/** The host a page's name may name: its own site, else the host it was read from. */
const hostOf = (r: SubjectView): string | null => r.site ?? r.host ?? null;

/** "We" and "our" outside quotations: a body's own words, not a reporter's. */
const FIRST_PERSON_EN = /\b(?:we|our|us)\b/i;

/**
 * Whether a page speaks as a body, in English ("we", "our", outside the quotations a news article
 * gives) or in Japanese (a speaker kind read: 当社, 本市 …).
 */
export function speaksFirstPerson(text: string, speaker: string | null | undefined): boolean {
  if (speaker) return true;
  const head = text.slice(0, 2000).replace(/[“"][^”"]{0,600}[”"]/g, ' ');
  return FIRST_PERSON_EN.test(head);
}

/**
 * The name two pages are both about, or null: one name (however spelt: normalizeOrgName), or one
 * page's name that the other's own host bears (Ashford Council, news.ashford.gov.uk).
 */
export function sharedSubject(a: SubjectView, b: SubjectView): string | null {
  const as = a.subjects ?? [];
  const bs = b.subjects ?? [];
  // One page's first name (the one its text uses most) among the other's names: two councils'
  // articles that both name the agency called in are not about one body.
  const among = (x: string | undefined, ys: readonly string[]) => {
    const k = x ? subjectForm(x) : '';
    return k.length >= 2 && ys.some((y) => subjectForm(y) === k) ? x! : null;
  };
  const same = among(as[0], bs) ?? among(bs[0], as);
  if (same) return same;
  // A page naming the body whose own host the other page is on — unless it speaks as another body
  // ("Sample Health runs the tests for our hospitals": a client's own page about its supplier).
  const named = (x: SubjectView, names: readonly string[], site: string | null) => {
    const host = site ? hostKey(site) : null;
    const found = host ? names.find((n) => nameLabels(n).includes(host)) : undefined;
    if (!found || !x.firstPerson) return found;
    const xs = hostOf(x);
    const own = xs ? hostKey(xs) : null;
    return own && nameLabels(found).includes(own) ? found : undefined;
  };
  return named(a, as, hostOf(b)) ?? named(b, bs, hostOf(a)) ?? null;
}

const MONTHS = 'january february march april may june july august september october november december'.split(
  ' ',
);
const MONTH = String.raw`(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?`;
const DAY_MONTH_YEAR = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+${MONTH}\s+(\d{4})\b`, 'i');
const MONTH_DAY_YEAR = new RegExp(String.raw`\b${MONTH}\s+(\d{1,2}),?\s+(\d{4})\b`, 'i');
const MONTH_YEAR = new RegExp(String.raw`\b${MONTH}\s+(\d{4})\b`, 'i');
const NUMERIC = /\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b|(\d{4})年\s?(\d{1,2})月\s?(\d{1,2})日/;

/**
 * The day a page's dateline gives: the first full date in its first lines (a news page's "7 March
 * 2021, 13:44", a council page's "Ashford | 14 | October | 2020" split over lines, 「発表日時2021/3/1」),
 * as ISO; null when there is none. For pages whose published date was not read.
 *
 * @example datelineDay('Ashford,\n14\nOctober\n2020\n|\n17:46\n\nUpdate on the attack') // => '2020-10-14'
 */
export function datelineDay(text: string): string | null {
  const head = text.slice(0, 400).normalize('NFKC').replace(/\s+/g, ' ');
  const found: { at: number; y: number; m: number; d: number }[] = [];
  const month = (s: string) => MONTHS.findIndex((m) => m.startsWith(s.toLowerCase().slice(0, 3))) + 1;
  let x = DAY_MONTH_YEAR.exec(head);
  if (x) found.push({ at: x.index, y: Number(x[3]), m: month(x[2]!), d: Number(x[1]) });
  x = MONTH_DAY_YEAR.exec(head);
  if (x) found.push({ at: x.index, y: Number(x[3]), m: month(x[1]!), d: Number(x[2]) });
  x = NUMERIC.exec(head);
  if (x)
    found.push(
      x[1]
        ? { at: x.index, y: Number(x[1]), m: Number(x[2]), d: Number(x[3]) }
        : { at: x.index, y: Number(x[4]), m: Number(x[5]), d: Number(x[6]) },
    );
  // A page dated only by its month ("late in March 2021"): its middle day.
  x = found.length === 0 ? MONTH_YEAR.exec(head) : null;
  if (x) found.push({ at: x.index, y: Number(x[2]), m: month(x[1]!), d: 15 });
  const first = found.sort((a, b) => a.at - b.at)[0];
  if (
    !first ||
    first.m < 1 ||
    first.m > 12 ||
    first.d < 1 ||
    first.d > 31 ||
    first.y < 1990 ||
    first.y > 2100
  )
    return null;
  return `${first.y}-${String(first.m).padStart(2, '0')}-${String(first.d).padStart(2, '0')}`;
}
