import type { DataClass } from '../extract/vocab.js';
import type { IncidentRecord, IncidentRecordInput } from '../incidents/record.js';
import { type ParseResult, uniq } from './common.js';

/**
 * The hand-curated list of Japanese personal-data breach announcements of 2026
 * (jp_security_announcements.json: date, org, service, kana reading, category, count text, status,
 * data items, notice address, contact desk) → records keyed `starter:jpsa-NNN` (row index). No licence
 * is stated: facts only — the list's notes are never read. Also the kana/romaji and Japanese count
 * helpers the starter builder shares. Pure.
 */
// ---------------------------------------------------------------------------------------------------
// Kana → Hepburn romaji (modified Hepburn without macrons: long vowels are dropped, as most Latin
// spellings of Japanese brand names do: ローソン → roson, ぎゃぞー → gyazo).

// biome-ignore format: a table reads best in rows
const SINGLE: Record<string, string> = {
  あ: 'a', い: 'i', う: 'u', え: 'e', お: 'o',
  か: 'ka', き: 'ki', く: 'ku', け: 'ke', こ: 'ko',
  さ: 'sa', し: 'shi', す: 'su', せ: 'se', そ: 'so',
  た: 'ta', ち: 'chi', つ: 'tsu', て: 'te', と: 'to',
  な: 'na', に: 'ni', ぬ: 'nu', ね: 'ne', の: 'no',
  は: 'ha', ひ: 'hi', ふ: 'fu', へ: 'he', ほ: 'ho',
  ま: 'ma', み: 'mi', む: 'mu', め: 'me', も: 'mo',
  や: 'ya', ゆ: 'yu', よ: 'yo',
  ら: 'ra', り: 'ri', る: 'ru', れ: 're', ろ: 'ro',
  わ: 'wa', ゐ: 'i', ゑ: 'e', を: 'o', ん: 'n',
  が: 'ga', ぎ: 'gi', ぐ: 'gu', げ: 'ge', ご: 'go',
  ざ: 'za', じ: 'ji', ず: 'zu', ぜ: 'ze', ぞ: 'zo',
  だ: 'da', ぢ: 'ji', づ: 'zu', で: 'de', ど: 'do',
  ば: 'ba', び: 'bi', ぶ: 'bu', べ: 'be', ぼ: 'bo',
  ぱ: 'pa', ぴ: 'pi', ぷ: 'pu', ぺ: 'pe', ぽ: 'po',
  ゔ: 'vu',
  ぁ: 'a', ぃ: 'i', ぅ: 'u', ぇ: 'e', ぉ: 'o', ゃ: 'ya', ゅ: 'yu', ょ: 'yo', ゎ: 'wa',
};

// biome-ignore format: a table reads best in rows
const YOON_BASE: Record<string, string> = {
  き: 'ky', ぎ: 'gy', し: 'sh', じ: 'j', ち: 'ch', ぢ: 'j', に: 'ny', ひ: 'hy', び: 'by', ぴ: 'py',
  み: 'my', り: 'ry', ゔ: 'vy',
};

// biome-ignore format: a table reads best in rows
const DIGRAPH: Record<string, string> = {
  ふぁ: 'fa', ふぃ: 'fi', ふぇ: 'fe', ふぉ: 'fo', てぃ: 'ti', でぃ: 'di', とぅ: 'tu', どぅ: 'du',
  うぃ: 'wi', うぇ: 'we', うぉ: 'wo', しぇ: 'she', じぇ: 'je', ちぇ: 'che', つぁ: 'tsa',
  ゔぁ: 'va', ゔぃ: 'vi', ゔぇ: 've', ゔぉ: 'vo', いぇ: 'ye', でゅ: 'dyu', てゅ: 'tyu', ふゅ: 'fyu',
};

const SMALL_Y: Record<string, string> = { ゃ: 'a', ゅ: 'u', ょ: 'o' };

/** Katakana → hiragana (ァ…ヶ shift by 0x60; ー and ・ are kept). Example: "ネットオフ" → "ねっとおふ". */
export function toHiragana(s: string): string {
  return s.replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));
}

/** True when `s` is written in kana only (hiragana, katakana, ー, ・, spaces). */
export function isKana(s: string): boolean {
  return /^[\u3041-\u3096\u30a1-\u30fa\u30fc\u30fb\s]+$/.test(s) && /[\u3041-\u3096\u30a1-\u30fa]/.test(s);
}

/**
 * Hepburn romaji of a kana string, or null when it holds anything else.
 * Example: "ねっとおふ" → "nettoofu"; "ぎゃぞー" → "gyazo"; "アイ・オー" → "ai o".
 */
export function romaji(kana: string): string | null {
  if (!isKana(kana)) return null;
  const s = toHiragana(kana);
  let out = '';
  let geminate = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    const next = s[i + 1] ?? '';
    let syl: string | undefined;
    if (c === 'っ') {
      geminate = true;
      continue;
    }
    if (c === 'ー') continue;
    if (c === '・' || /\s/.test(c)) {
      out += ' ';
      continue;
    }
    if (DIGRAPH[c + next]) {
      syl = DIGRAPH[c + next];
      i++;
    } else if (YOON_BASE[c] && SMALL_Y[next]) {
      syl = YOON_BASE[c] + SMALL_Y[next]!;
      i++;
    } else {
      syl = SINGLE[c];
    }
    if (syl === undefined) return null;
    if (geminate) {
      out += syl.startsWith('ch') ? 't' : /^[a-z]/.test(syl) && !/^[aeiou]/.test(syl) ? syl[0] : '';
      geminate = false;
    }
    out += syl;
  }
  const r = out.replace(/\s+/g, ' ').trim();
  return r.length > 0 ? r : null;
}

// ---------------------------------------------------------------------------------------------------
// Japanese count text → affected {count, unit, qualifier}, only for a single plain figure.

type Affected = NonNullable<IncidentRecord['affected']>;

const UNIT: Record<string, Affected['unit']> = {
  件: 'records',
  行: 'records',
  レコード: 'records',
  人: 'people',
  名: 'people',
  人分: 'people',
  名分: 'people',
  アカウント: 'accounts',
  ユーザー: 'accounts',
  ユーザー情報: 'accounts',
  社: 'companies',
};

/** "1万2000" → 12000, "30.7万" → 307000, "51万4,000" → 514000, "1,464万" → 14640000. */
export function parseJaNumber(s: string): number | null {
  const t = s
    .replace(/[，,]/g, '')
    .replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  const m = /^(\d+(?:\.\d+)?)(?:(万)(\d*))?(千)?$/.exec(t);
  if (!m) return null;
  const head = Number(m[1]);
  if (m[2]) return Math.round(head * 10_000) + (m[3] ? Number(m[3]) : 0);
  if (m[4]) return Math.round(head * 1_000);
  return Number.isInteger(head) ? head : null;
}

/**
 * Parses a count as Japanese announcements print it, when it is one plain figure (an explanatory
 * parenthesis after it is allowed). Returns null for lists of figures, ranges or "調査中".
 * Example: "最大 約643万件（…）" → {count: 6430000, unit: 'records', qualifier: 'max'}.
 */
export function parseJaCount(text: string): Affected | null {
  // An optional short label names whose figure it is ("配送先33,333件", "会員識別子 最大約7万件").
  const m =
    /^([^0-9０-９／/、，,：:（]{0,16}?)\s*((?:(?:最大|約|概算|延べ|対象)\s*)*)([0-9０-９][0-9０-９,，.．]*(?:万[0-9,]*)?千?)\s*(件|行|レコード|人分|名分|人|名|アカウント|ユーザー情報|ユーザー|社)\s*(?:（.*）)?$/.exec(
      text.trim(),
    );
  if (!m) return null;
  // Figures of mail sent or systems affected are not counts of people or records exposed.
  if (/不審|送信|影響|少なくとも/.test(m[1] ?? '')) return null;
  const count = parseJaNumber(m[3]!);
  const unit = UNIT[m[4]!];
  if (count === null || unit === undefined) return null;
  const pre = m[2] ?? '';
  const qualifier: Affected['qualifier'] = pre.includes('最大')
    ? 'max'
    : /約|概算/.test(pre)
      ? 'approx'
      : 'exact';
  return { count, unit, qualifier };
}

// ---------------------------------------------------------------------------------------------------
// Helpers for names and addresses.

/** Registrable-ish domain of a URL: www. dropped, Japanese second-level zones kept (co.jp, lg.jp…). */
export function domainOf(url: string): string | null {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  const labels = host.split('.');
  // city.osaka.lg.jp: local-government domains have a prefecture level under lg.jp.
  if (host.endsWith('.lg.jp')) return labels.slice(-4).join('.');
  const jpSecond = /\.(co|or|ne|ac|go|ad|ed|gr)\.jp$|\.co\.in$|\.co\.id$|\.co\.uk$/.test(host);
  return labels.slice(jpSecond ? -3 : -2).join('.');
}

/** Hosts that publish other organisations' notices (disclosure platforms, news): not the org's domain. */
const NOT_ORG_HOSTS = new Set([
  'eir-parts.net',
  'impress.co.jp',
  'nikkei.com',
  'netsecurity.ne.jp',
  'enterprisezine.jp',
  'kahoku.news',
  'ppc.go.jp',
]);

/** Kana readings of a name plus their romaji: "ネットオフ" → ["ねっとおふ", "nettoofu"]. */
function readingsOf(name: string): string[] {
  if (!isKana(name)) return [];
  return uniq([toHiragana(name), romaji(name)]);
}

/** Splits "東京地下鉄（東京メトロ）" into the name and its parenthesised alias. */
function splitParen(s: string): { name: string; paren: string | null } {
  const m = /^(.*?)\s*[（(]([^）)]*)[）)]\s*$/.exec(s.trim());
  if (!m?.[1]) return { name: s.trim(), paren: null };
  return { name: m[1].trim(), paren: m[2]!.trim() || null };
}

// ---------------------------------------------------------------------------------------------------
// Japanese announcements of 2026 (jp_security_announcements.json).

export interface JpRow {
  date: string;
  org: string;
  service: string;
  kana: string;
  category: string;
  count: string;
  status: string;
  items: string[];
  url: string;
  src: string;
  official?: string | null;
  contact?: {
    name?: string;
    tels?: string[];
    emails?: string[];
    forms?: { label: string; url: string }[];
    hours?: string;
  };
}

/** The list's data items (Japanese) → HIBP data class names; items without a fair match map to none. */
export const JP_ITEM_CLASSES: Record<string, DataClass[]> = {
  氏名: ['Names'],
  メールアドレス: ['Email addresses'],
  住所: ['Physical addresses'],
  電話番号: ['Phone numbers'],
  生年月日: ['Dates of birth'],
  '勤務先・所属': ['Employers'],
  性別: ['Genders'],
  会員ID: ['Usernames'],
  '購入・配送・利用履歴': ['Purchases'],
  パスワード: ['Passwords'],
  口座情報: ['Bank account numbers'],
  家族情報: ["Family members' names"],
  カード情報の一部: ['Partial credit card data'],
  カード情報: ['Credit cards'],
  パスポート情報: ['Passport numbers'],
  本人確認書類の画像: ['Government issued IDs'],
  本人確認書類の番号: ['Government issued IDs'],
  免許証番号: ["Driver's licenses"],
  認証トークン: ['Auth tokens'],
  'マイナンバー（個人番号）': ['Government issued IDs'],
  // Files and images of unknown content, and "other (see source)": no data class claims more than we know.
  '保存ファイル・画像': [],
  'その他（詳細は出典）': [],
};

/** The list's status → leak status. 調査中 / 未確認 (not yet established) → null. */
const JP_STATUS: Record<string, IncidentRecord['leak_status'] | 'exclude'> = {
  確認: 'confirmed',
  可能性: 'possible',
  調査中: null,
  未確認: null,
  // "No personal data in the affected systems": not a personal-data incident.
  対象情報なし: 'exclude',
};

/**
 * Causes per row, read by a person from each row's category and the facts it records (the list's
 * `category` is an industry sector, not a cause). Keyed by row index, with the organisation as a check.
 * Rows not listed get no cause rather than a guess.
 */
const JP_CAUSES: Record<number, [string, IncidentRecord['causes']]> = {
  1: ['Sansan', ['third_party', 'unauthorized_access']],
  2: ['ウイングアーク1st', ['third_party', 'unauthorized_access']],
  3: ['アドベンチャー', ['unauthorized_access']],
  6: ['第一興商', ['malware', 'third_party']],
  8: ['損害保険ジャパン', ['third_party']],
  11: ['シチズン時計', ['third_party']],
  17: ['大和証券', ['third_party']],
  18: ['i-plug', ['misconfiguration']],
  21: ['大阪公立大学', ['ransomware']],
  27: ['ニッポンレンタカー', ['unauthorized_access']],
  51: ['日本テレネット', ['ransomware']],
  55: ['インテリックス', ['web_skimming']],
  57: ['ムーンスター', ['unauthorized_access']],
  63: ['メディカ出版', ['ransomware']],
  78: ['イノベーション', ['unauthorized_access']],
  82: ['東京都', ['misconfiguration']],
  83: ['損害保険ジャパン', ['misdelivery', 'third_party']],
  84: ['ユニマットライフ', ['misdelivery']],
  85: ['コマツ', ['misconfiguration']],
  86: ['楽天ブックスネットワーク', ['ransomware']],
  88: ['生命保険協会', ['misconfiguration']],
  92: ['キャリアデザインセンター', ['credential_stuffing']],
  95: ['アイスタイル', ['misconfiguration']],
  96: ['日本経済新聞社', ['unauthorized_access']],
  103: ['フラウ・インターナショナル', ['third_party']],
  104: ['JAさっぽろ', ['misdelivery', 'third_party']],
  108: ['西武鉄道', ['misconfiguration']],
  109: ['ジー・プラン', ['unauthorized_access']],
  114: ['デジタル庁', ['misdelivery']],
  116: ['大阪市立美術館', ['misdelivery']],
  117: ['GovTech東京', ['misdelivery', 'third_party']],
  118: ['ヨネックス', ['credential_stuffing']],
  119: ['旭化成セラピューティクス', ['unauthorized_access']],
  124: ['霧島市', ['misdelivery']],
  126: ['山口大学', ['phishing']],
  128: ['日経BP', ['phishing']],
  129: ['長崎市', ['misdelivery']],
  132: ['長崎市', ['misdelivery']],
  134: ['長崎市', ['loss_or_theft']],
  138: ['長崎市', ['misdelivery']],
  139: ['IDCフロンティア', ['ransomware']],
  141: ['京王電鉄グループ', ['ransomware']],
  142: ['日本交通', ['unauthorized_access']],
  144: ['ジェックス', ['unauthorized_access']],
  146: ['T&K TOKA', ['ransomware']],
  150: ['興和江守', ['ransomware']],
  153: ['日本スウェージロックFST', ['ransomware']],
  157: ['ホクヨー', ['ransomware']],
  159: ['アマナ', ['unauthorized_access']],
  160: ['大阪歴史博物館', ['misdelivery']],
  161: ['GMOグローバルサイン', ['misconfiguration']],
  162: ['東日本旅客鉄道（JR東日本）', ['third_party', 'unauthorized_access']],
  163: ['ユーザベース', ['vulnerability_exploit']],
  164: ['フューチャーショップ', ['third_party', 'ransomware']],
};

/** Words of the list's kana field that name a sector, not the organisation: not aliases. */
const GENERIC_WORDS = new Set([
  'コミュニティ',
  'カラオケ',
  '旅行',
  '転職',
  '歯科',
  '就活',
  'ホテル',
  '買取',
  '宅配',
  'チケット',
  'カーシェア',
  '家電',
  'フィットネス',
  'バイク',
]);

/** Words that make a `service` value a description of a system rather than a service's name. */
const DESCRIPTIVE =
  /^(公式|アプリ|通販|オンライン|契約者|会計|クラウド|Web|会員|eポートフォリオ|給与)|報告書|証明書|システム|情報|委託|経由|社内|従業員|職員|顧客|ネットワーク|サーバ|書類|通知|名簿|連絡|法人|業務|など|等|子会社|一部|申請|同意書|招待|保有|ファイル|媒体|窓口|管理|環境|基盤|メール|証$|払い戻し/;

/**
 * Aliases from the list's kana field, which mixes readings of the organisation and of the service,
 * Latin names and sector words ("すかいちけっと あどべんちゃー skyticket"). A reading goes to the
 * organisation when its romaji starts the organisation's, to the service when it starts the
 * service's, and to both when it matches neither. Rows whose kana field merely repeats the names get none.
 */
function jpAliases(
  row: JpRow,
  orgName: string,
  serviceName: string | null,
): { org: string[]; service: string[] } {
  const org: string[] = [];
  const service: string[] = [];
  if (row.kana.toLowerCase().startsWith(row.org.toLowerCase())) return { org, service };
  const orgLower = row.org.toLowerCase();
  const serviceLower = row.service.toLowerCase();
  const kept = row.kana
    .split(/\s+/)
    .filter(
      (t) =>
        t &&
        !GENERIC_WORDS.has(t) &&
        !orgLower.includes(t.toLowerCase()) &&
        !serviceLower.includes(t.toLowerCase()),
    );
  // Consecutive Latin tokens form one name ("suzuki village").
  const tokens: string[] = [];
  for (const t of kept) {
    const last = tokens[tokens.length - 1];
    if (/^[\x20-\x7e]+$/.test(t) && last !== undefined && /^[\x20-\x7e]+$/.test(last)) {
      tokens[tokens.length - 1] = `${last} ${t}`;
    } else tokens.push(t);
  }
  const latinKey = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
  const keyOf = (name: string) => {
    const kana = name.replace(/[^\u3041-\u3096\u30a1-\u30fa\u30fc]/g, '');
    return { romaji: kana ? (romaji(kana) ?? '').replace(/\s/g, '') : '', latin: latinKey(name) };
  };
  const o = keyOf(orgName);
  const sv = serviceName ? keyOf(serviceName) : null;
  const starts = (k: { romaji: string; latin: string }, t: string) =>
    t.length > 1 &&
    ((k.romaji !== '' && k.romaji.startsWith(t)) || (k.latin !== '' && k.latin.startsWith(t)));
  for (const t of tokens) {
    const r = romaji(t);
    const forms = uniq([t, r]);
    const key = r !== null ? r.replace(/\s/g, '') : latinKey(t);
    if (!sv || starts(o, key)) org.push(...forms);
    else if (starts(sv, key)) service.push(...forms);
    else {
      org.push(...forms);
      service.push(...forms);
    }
  }
  return { org, service };
}

/** Rows whose notice address is not the organisation's own site (a city page about a contractor). */
const JP_NO_DOMAIN = new Set(['YCC情報システム']);

/** The list's category (an industry) → sector. */
const JP_SECTORS: Record<string, IncidentRecord['sector']> = {
  retail: 'retail',
  telecom_it: 'tech',
  government: 'government',
  work_education: 'education',
  finance: 'finance',
  health: 'health',
};

/**
 * The list → records (rows with a status saying no personal data was involved, or without a notice
 * address, are skipped with the reason). `countNotParsed` lists count texts left as null affected.
 */
export function parseJpList(
  rows: JpRow[],
  dataset = 'jp_security_announcements.json',
): ParseResult & { countNotParsed: string[] } {
  const skipped: { source: string; row: string; reason: string }[] = [];
  const countNotParsed: string[] = [];
  // Causes were read per row of the list as published; a row that no longer names the same
  // organisation gets none (reported), so an edited list never inherits another row's cause.
  const causesOf = (i: number, org: string): IncidentRecord['causes'] => {
    const entry = JP_CAUSES[i];
    return entry && entry[0] === org ? entry[1] : [];
  };
  for (const [idx, [org]] of Object.entries(JP_CAUSES)) {
    const row = rows[Number(idx)];
    if (row && row.org !== org)
      skipped.push({ source: 'jpsa', row: `jpsa-${idx}`, reason: `causes table names ${org}: not applied` });
  }
  // A notice host shared by differently named organisations (a city's site hosting its museums'
  // notices) identifies none of them: the store matches organisations by domain, so it would merge them.
  const namesByDomain = new Map<string, Set<string>>();
  for (const row of rows) {
    const d = domainOf(row.official || row.url);
    if (d) namesByDomain.set(d, (namesByDomain.get(d) ?? new Set()).add(splitParen(row.org).name));
  }
  const out: IncidentRecordInput[] = [];
  rows.forEach((row, i) => {
    const id = `jpsa-${String(i).padStart(3, '0')}`;
    const status = JP_STATUS[row.status];
    if (status === undefined) {
      skipped.push({ source: 'jpsa', row: id, reason: `unknown status ${row.status}` });
      return;
    }
    if (status === 'exclude') {
      skipped.push({
        source: 'jpsa',
        row: `${id} ${row.org}`,
        reason: 'list says no personal data involved',
      });
      return;
    }
    const sourceUrl = row.official || row.url;
    if (!/^https?:\/\//.test(sourceUrl)) {
      skipped.push({ source: 'jpsa', row: `${id} ${row.org}`, reason: 'no notice address' });
      return;
    }
    const { name: orgName, paren: orgParen } = splitParen(row.org);
    const { name: svcRaw, paren: svcParen } = splitParen(row.service);
    const serviceName = svcRaw && !DESCRIPTIVE.test(svcRaw) && svcRaw !== orgName ? svcRaw : null;
    const kanaAliases = jpAliases(row, orgName, serviceName);
    const domain = domainOf(sourceUrl);
    const ownDomain = (d: string, name: string): boolean => {
      if (NOT_ORG_HOSTS.has(d) || JP_NO_DOMAIN.has(name)) return false;
      if ((namesByDomain.get(d)?.size ?? 0) > 1) {
        skipped.push({
          source: 'jpsa',
          row: `${id} ${name}`,
          reason: `domain ${d} shared with another organisation: not used`,
        });
        return false;
      }
      return true;
    };
    const orgAliases = uniq(
      [orgParen, ...readingsOf(orgName), ...(orgParen ? readingsOf(orgParen) : []), ...kanaAliases.org],
      [orgName],
    );
    const services = serviceName
      ? [
          {
            name: serviceName,
            aliases: uniq(
              [
                ...(svcParen && isKana(svcParen) ? [svcParen, ...readingsOf(svcParen)] : []),
                ...readingsOf(serviceName),
                ...kanaAliases.service,
              ],
              [serviceName],
            ),
            domains: [],
          },
        ]
      : [];
    const classes = new Set<DataClass>();
    const unmapped: string[] = [];
    for (const item of row.items) {
      const mapped = JP_ITEM_CLASSES[item];
      if (mapped === undefined) unmapped.push(item);
      else for (const c of mapped) classes.add(c);
    }
    if (unmapped.length)
      skipped.push({ source: 'jpsa', row: id, reason: `unmapped data items: ${unmapped.join(', ')}` });
    const affected = parseJaCount(row.count);
    if (!affected) countNotParsed.push(`${id} ${row.count.slice(0, 40)}`);
    const subject = svcRaw && svcRaw !== orgName ? `${orgName}「${svcRaw}」` : orgName;
    const title =
      status === 'confirmed'
        ? `${subject}の個人情報漏えい`
        : status === 'possible'
          ? `${subject}の個人情報漏えいの可能性`
          : `${subject}のセキュリティ事案 (調査中)`;
    const c = row.contact;
    out.push({
      key: `starter:${id}`,
      source: 'jp-security-announcements',
      source_url: sourceUrl,
      lang: 'ja',
      country: 'JP',
      title,
      organization: {
        name: orgName,
        aliases: orgAliases,
        domains: domain && ownDomain(domain, orgName) ? [domain] : [],
      },
      services,
      published: row.date,
      affected,
      data_classes: [...classes].sort(),
      causes: causesOf(i, row.org),
      sector: JP_SECTORS[row.category] ?? (row.category ? 'other' : null),
      provenance: 'dataset',
      origin: { dataset, row: i + 1, url: sourceUrl },
      leak_status: status,
      contact: c
        ? {
            name: c.name ?? null,
            phones: c.tels ?? [],
            emails: c.emails ?? [],
            urls: (c.forms ?? []).map((f) => f.url).filter((u) => /^https?:\/\//.test(u)),
            hours: c.hours ?? null,
          }
        : null,
    });
  });
  return {
    records: out,
    skipped: skipped.map((s) => ({
      row: Number(/jpsa-(\d+)/.exec(s.row)?.[1] ?? -1) + 1,
      reason: `${s.row}: ${s.reason}`,
    })),
    countNotParsed,
  };
}
