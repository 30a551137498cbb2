import { memoized } from './memo.js';
import { registrableDomain } from './site.js';

/**
 * Who a web host belongs to, by its name: the label an organisation registers (harrowgate.edu →
 * "harrowgate", help.fernbrook-lending.com → "fernbrooklending", a platform customer's
 * ashbury-libraries.wordpress.com → "ashburylibraries"). One organisation posts on several hosts —
 * its main site, a help centre, a news or blog host, a blogging platform — and its later reports
 * often say only "we": the host's label is then the one trace of the name. Pure.
 */

/** Labels that many owners' hosts are made of (mail.x, news.x …): no sign of one owner. */
const GENERIC_LABEL =
  /^(?:www|mail|news|blog|blogs|help|support|home|info|online|web|site|portal|media|global|the|my|go|app|secure|login|account|accounts|service|services|health|bank|city|county|state|university|college|school|library|libraries|hospital|clinic|group|company|shop|store)$/;

/** Japan's prefectures by the label their hosts are under: 兵庫県 is pref.hyogo.lg.jp. */
const PREFECTURES: Record<string, string> = {
  hokkaido: '北海道', aomori: '青森県', iwate: '岩手県', miyagi: '宮城県', akita: '秋田県', yamagata: '山形県',
  fukushima: '福島県', ibaraki: '茨城県', tochigi: '栃木県', gunma: '群馬県', saitama: '埼玉県', chiba: '千葉県',
  tokyo: '東京都', kanagawa: '神奈川県', niigata: '新潟県', toyama: '富山県', ishikawa: '石川県', fukui: '福井県',
  yamanashi: '山梨県', nagano: '長野県', gifu: '岐阜県', shizuoka: '静岡県', aichi: '愛知県', mie: '三重県',
  shiga: '滋賀県', kyoto: '京都府', osaka: '大阪府', hyogo: '兵庫県', nara: '奈良県', wakayama: '和歌山県',
  tottori: '鳥取県', shimane: '島根県', okayama: '岡山県', hiroshima: '広島県', yamaguchi: '山口県',
  tokushima: '徳島県', kagawa: '香川県', ehime: '愛媛県', kochi: '高知県', fukuoka: '福岡県', saga: '佐賀県',
  nagasaki: '長崎県', kumamoto: '熊本県', oita: '大分県', miyazaki: '宮崎県', kagoshima: '鹿児島県', okinawa: '沖縄県',
}; // biome-ignore format: a table reads best as a grid
const PREFECTURE_HOST = /^(?:pref\.([a-z]+)|metro\.(tokyo))\.(?:lg\.)?jp$/;
/** The 47 prefectures' names (兵庫県, 東京都 …). */
export const PREFECTURE_NAMES: readonly string[] = Object.values(PREFECTURES);
/** A prefecture's name → its hosts' owner label (hostKey): 'pref.hyogo'. */
const PREFECTURE_LABELS = new Map(Object.entries(PREFECTURES).map(([k, v]) => [v, `pref.${k}`]));

/**
 * The owner label of a host: the first label of its registered domain (a platform customer's own
 * label on a platform's host), hyphens and digits dropped; null when it is shorter than five
 * letters or a word many hosts are made of.
 *
 * @example hostKey('news.harrowgate.edu') // => 'harrowgate'
 * @example hostKey('ashbury-libraries.wordpress.com') // => 'ashburylibraries'
 */
export function hostKey(site: string): string | null {
  return hostKeys(site);
}
const hostKeys = memoized(hostKeyOf);

function hostKeyOf(site: string): string | null {
  const domain = registrableDomain(site);
  // A Japanese prefecture's own host (pref.hyogo.lg.jp, pref.hyogo.jp; Tokyo's metro.tokyo.lg.jp).
  const pref = PREFECTURE_HOST.exec(domain);
  if (pref && PREFECTURES[pref[1] ?? pref[2]!]) return `pref.${pref[1] ?? pref[2]}`;
  const label = domain.split('.')[0] ?? '';
  const key = label.replace(/[^a-z]/g, '');
  return key.length >= 5 && !GENERIC_LABEL.test(key) ? key : null;
}

/** Words a name may carry that a host leaves out: legal forms, and "the", "of". */
const LEFT_OUT =
  /^(?:the|of|and|inc|llc|ltd|plc|corp|co|corporation|company|limited|pllc|lp|llp|pc|pa|na|fsb)$/;

/** Words that say what kind of body an organisation is, which its host's label often leaves out. */
const KIND_WORD =
  /^(?:university|college|school|schools|district|library|libraries|hospital|hospitals|health|healthcare|medical|clinic|bank|lending|loans|credit|union|financial|finance|insurance|group|holdings|systems|technologies|technology|software|services|solutions|county|city|council|public|community|foundation|trust|society|institute|center|centre|network|partners|international|global|usa|us|uk|online|digital|labs)$/;

/**
 * The hosts' labels an organisation's name gives: its words run together, from its first word on
 * (Harrowgate University → harrowgate, harrowgateuniversity; a shorter run only before words of
 * kind), legal forms left out, and its words' initials when it has three or more (counted, as any
 * label, from five letters).
 *
 * @example nameLabels('Fernbrook Lending, Inc.') // => ['fernbrook', 'fernbrooklending']
 */
export function nameLabels(name: string): readonly string[] {
  return labelsOfNames(name);
}
/** nameLabels' answers (callers only read them): the same names are asked for every candidate's reports. */
const labelsOfNames = memoized(nameLabelsOf);

function nameLabelsOf(name: string): string[] {
  const pref = PREFECTURE_LABELS.get(name.normalize('NFKC').trim());
  if (pref) return [pref];
  const words = name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’'`]s\b/g, 's')
    .split(/[^a-z0-9]+/)
    .filter((w) => w && !LEFT_OUT.test(w));
  const out: string[] = [];
  let run = '';
  for (const [i, w] of words.entries()) {
    run += w.replace(/[^a-z]/g, '');
    // A shorter run only when the words it leaves out say what kind of body it is (Harrowgate
    // University → harrowgate), not which one (Delta Dental is not delta).
    if (i === words.length - 1 || words.slice(i + 1).every((x) => KIND_WORD.test(x))) out.push(run);
  }
  if (words.length >= 3) out.push(words.map((w) => w[0]).join(''));
  // "University of Harrowgate" is harrowgate.edu too: the name after its words of kind and "of".
  const after = /^(?:the\s+)?((?:[a-z]+\s+){1,3})of\s+(.+)$/i.exec(name.normalize('NFKC').trim());
  const kinds = after ? after[1]!.trim().split(/\s+/) : [];
  if (after && kinds.every((w) => KIND_WORD.test(w.toLowerCase()))) out.push(...nameLabels(after[2]!));
  return out.filter((l) => l.length >= 5 && !GENERIC_LABEL.test(l));
}

/**
 * Whether a host's owner label is one an organisation's name gives (see nameLabels): the
 * organisation's own host, under whatever domain or platform.
 *
 * @example hostIsNamed('help.fernbrook.com', 'Fernbrook Lending, Inc.') // => true
 * @example hostIsNamed('fernhill.com', 'Fernbrook Lending, Inc.') // => false
 */
export function hostIsNamed(site: string, name: string): boolean {
  const key = hostKey(site);
  return key !== null && nameLabels(name).includes(key);
}

/**
 * Whether two hosts under different registered domains have one owner by their labels
 * (ashbury-libraries.org and ashburylibraries.wordpress.com; example.com and example.co.uk).
 */
export function sameOwnerLabel(a: string, b: string): boolean {
  const k = hostKey(a);
  return k !== null && k === hostKey(b);
}

/**
 * Whether a notice's host and every host of an incident's reports bear one of the incident's
 * organisation names (help.fernbrook.com and fernbrook-lending.com of Fernbrook Lending): one
 * organisation's hosts, not two publishers'.
 */
export function namedHosts(
  site: string,
  sites: Iterable<string>,
  reports: readonly { organization: string | null }[],
): boolean {
  const all = [...sites];
  return reports.some(
    (r) =>
      r.organization !== null &&
      hostIsNamed(site, r.organization) &&
      all.every((s) => hostIsNamed(s, r.organization!)),
  );
}

/** The shortest host label a name gives (see nameLabels), or null: what the candidate lookup reads domains by. */
export function nameLabel(name: string | null): string | null {
  if (!name) return null;
  const labels = nameLabels(name);
  return labels.length > 0 ? labels.reduce((a, b) => (b.length < a.length ? b : a)) : null;
}
