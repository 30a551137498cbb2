import { memoized } from './memo.js';

/**
 * The web site a notice was published on, as evidence of who published it. Many notices start with
 * their own address (or arrive with it): a city's `city.*.lg.jp`, a university's `*.ac.jp`, a
 * company's `*.co.jp`. Two reports on one organisation's site come from one publisher even when the
 * text only says 本市 or 当院. Archive copies (megalodon.jp/ref/…/URL, web.archive.org/web/…/URL)
 * stand for the page they copied; sites that republish other organisations' notices (a regulator's
 * filing list, a news blog) say nothing about the publisher. Pure.
 */

/** Archive services whose path holds the copied page's address. */
const ARCHIVE =
  /^(?:megalodon\.jp|web\.archive\.org|archive\.(?:org|ph|today|is)|webcache\.googleusercontent\.com)$/;

/** A search engine's cache of a page: the copied host with its dots written as dashes. */
const CACHE_HOST = /^([a-z0-9-]+)\.cache\.yimg\.jp$/;

/**
 * Sites that publish other organisations' notices: regulators' filing lists (US state attorneys
 * general, the SEC's EDGAR filings of every listed company), breach news and repost blogs,
 * press-release wires, blog and note platforms, document sharing sites (a labour bureau's press
 * release uploaded beside another prefecture's), forum log archives and page-scanning services.
 */
const REPUBLISHERS =
  /(?:^|\.)(?:expydoc\.com|docplayer\.net|slideshare\.net|scribd\.com|studylib\.net|mimizun\.com|blogspot\.com|wixsite\.com|jimdofree\.com|github\.io|sites\.google\.com|oag\.ca\.gov|sec\.gov|urlscan\.io|ag\.[a-z]{2}\.us|doj\.nh\.gov|atg\.wa\.gov|attorneygeneral\.\w+\.gov|databreaches\.net|b-son\.net|prtimes\.jp|atpress\.ne\.jp|businesswire\.com|prnewswire\.com|globenewswire\.com|note\.com|hatenablog\.(?:com|jp)|ameblo\.jp|fc2\.com|security-next\.com|itmedia\.co\.jp|nikkei\.com|yahoo\.co\.jp|news\.livedoor\.com|bleepingcomputer\.com|x\.com|twitter\.com|facebook\.com)$/;

/**
 * Content delivery networks and file storage: a notice's PDF is often served from a CDN or a cloud
 * bucket that many customers share (d1234.cloudfront.net, a CMS's asset host), so the host does not
 * say who published it. A files host without an organisation's domain form (cdn.example-files.net)
 * is taken as such a service too; one under an organisation's own JP domain (cdn.example.co.jp) is not.
 */
const FILE_SERVICES =
  /(?:^|\.)(?:cloudfront\.net|amazonaws\.com|akamaized\.net|akamaihd\.net|azureedge\.net|windows\.net|googleapis\.com|googleusercontent\.com|ctfassets\.net|microcms-assets\.io|prismic\.io|wixstatic\.com|squarespace-cdn\.com|hubspotusercontent[\w-]*\.net|fastly\.net|b-cdn\.net|jsdelivr\.net|shopify\.com|box\.com|dropbox\.com|sharepoint\.com)$/;
const FILES_LABEL = /^(?:cdn|static|assets?|files?|img|images|storage|dl|downloads?|s3)[\d-]*\./;

/** Japanese second-level domains that only organisations of one kind register under. */
const JP_ORG_SLD = /\.(?:co|or|ac|go|lg|ed|gr|ad|ne)\.jp$/;
/** Japanese local governments' hosts: city.X.jp, pref.X.jp, town.X.jp, vill.X.jp (and X.lg.jp). */
const JP_LOCAL_GOV = /^(?:city|pref|town|vill)[.-]/;

/**
 * The host a notice's address names, archive copies unwrapped, lower case, `www.` dropped; null for
 * what is not an http(s) address.
 *
 * @example siteOf('https://megalodon.jp/ref/2015-0929-1209-00/www.city.example.lg.jp/news/1.html') // => 'city.example.lg.jp'
 * @example siteOf('http://www.example.co.jp/news/0501.html') // => 'example.co.jp'
 */
export function siteOf(url: string): string | null {
  let rest = url.trim();
  for (let i = 0; i < 3; i++) {
    const m = /^(?:https?:\/\/)?([a-z0-9.-]+\.[a-z]{2,})(?::\d+)?(\/[^\s]*)?$/i.exec(rest);
    if (!m) return null;
    let host = m[1]!.toLowerCase().replace(/^(?:www\d?|m)\./, '');
    const path = m[2] ?? '';
    // www-pref-example-jp.cache.yimg.jp is a copy of www.pref.example.jp.
    const cached = CACHE_HOST.exec(host);
    if (cached) host = cached[1]!.replace(/-/g, '.').replace(/^(?:www\d?|m)\./, '');
    if (!ARCHIVE.test(host)) return host;
    // The copied address follows the archive's timestamp segment(s).
    const inner = /^\/(?:ref\/|web\/)?[^/]*\/(.+)$/.exec(path);
    if (!inner) return null;
    rest = inner[1]!;
  }
  return null;
}

/**
 * Whether a site publishes only its own organisation's notices (so it identifies the publisher).
 * False for republishers and for a notice reposted from elsewhere.
 *
 * @example isOwnSite('city.example.lg.jp') // => true
 * @example isOwnSite('oag.ca.gov') // => false (a regulator lists many organisations' letters)
 */
export function isOwnSite(site: string): boolean {
  if (REPUBLISHERS.test(site) || FILE_SERVICES.test(site)) return false;
  if (FILES_LABEL.test(site) && !isOrganisationDomain(site)) return false;
  // A blog or news host is a third party's as often as the organisation's own (a security firm's blog
  // tells others' breaches), except under a domain only institutions register (a university's news.X.edu).
  if (/^(?:blog|news|media)\./.test(site) && !JP_ORG_SLD.test(site) && !INSTITUTION_DOMAIN.test(site))
    return false;
  // A blogging or help-desk platform's own address holds every customer's posts (medium.com/@x/…);
  // a customer's own host on it (x.wordpress.com) is that customer's.
  if (PLATFORM.test(site) && !PLATFORM_USER.test(site)) return false;
  return true;
}

/** Domains only institutions register: a university's .edu or .ac.uk, a government's .gov or .gov.uk. */
const INSTITUTION_DOMAIN =
  /\.(?:edu|gov|mil)(?:\.[a-z]{2})?$|\.(?:ac|govt|nhs|sch|k12)\.[a-z]{2}$|\.k12\.[a-z]{2}\.us$/;

/**
 * Blogging and help-desk platforms that give each customer a host of its own (x.wordpress.com,
 * x.substack.com, x.zendesk.com): the customer's host is its own site, under a domain the platform's
 * other customers share, so the customer's label is part of the domain it registers.
 */
const PLATFORM =
  /(?:^|\.)(?:wordpress\.com|medium\.com|substack\.com|tumblr\.com|ghost\.io|weebly\.com|typepad\.com|squarespace\.com|webflow\.io|zendesk\.com|freshdesk\.com|helpscoutdocs\.com|statuspage\.io|notion\.site)$/;
const PLATFORM_USER = new RegExp(`^(?!www\\.)[a-z0-9-]+\\.${PLATFORM.source.slice('(?:^|\\.)'.length)}`);

/** Whether the site's form shows an organisation owns it (JP org domains, local governments). */
export function isOrganisationDomain(site: string): boolean {
  return JP_ORG_SLD.test(site) || (JP_LOCAL_GOV.test(site) && site.endsWith('.jp'));
}

/**
 * Whether a host is a public body's own (a local government's, a ministry's, a university's or a
 * school's): no news site is published under one.
 *
 * @example publicBodySite('city.example.lg.jp') // => true
 */
export function publicBodySite(site: string): boolean {
  return /\.(?:lg|go|ac|ed)\.jp$/.test(site) || (JP_LOCAL_GOV.test(site) && site.endsWith('.jp'));
}

/**
 * The domain an organisation registers: `example.co.jp` for `news.example.co.jp`,
 * `city.example.lg.jp` (local governments register under lg.jp with their kind and name),
 * `example.com`, `example.co.uk`.
 *
 * @example registrableDomain('ir.example.co.jp') // => 'example.co.jp'
 */
export function registrableDomain(host: string): string {
  return registrableDomains(host);
}
/** registrableDomain's answers: the scorer asks for the same few hosts' for every notice and candidate. */
const registrableDomains = memoized(registrableDomainOf);

function registrableDomainOf(host: string): string {
  const labels = host.split('.');
  // A platform customer's host (x.wordpress.com) is the customer's own domain.
  if (PLATFORM.test(host) && labels.length >= 3) return labels.slice(-3).join('.');
  // A local government's own domain: city.X.lg.jp, and the older geographic city.X.tokyo.jp,
  // pref.X.jp, town.X.Y.jp (two wards under tokyo.jp are two publishers, not one).
  const gov = labels.findIndex((l) => /^(?:city|pref|town|vill)$/.test(l));
  if (host.endsWith('.jp') && gov >= 0 && labels.length - gov >= 3) return labels.slice(gov).join('.');
  // A US locality's or school district's domain: X.k12.ca.us, ci.X.ca.us.
  const keep =
    host.endsWith('.lg.jp') || /\.[a-z]{2}\.us$/.test(host)
      ? 4
      : JP_ORG_SLD.test(host) ||
          (labels.at(-1)!.length === 2 &&
            /^(?:co|com|ac|or|org|ne|net|go|gov|edu)$/.test(labels.at(-2) ?? ''))
        ? 3
        : 2;
  return labels.slice(-keep).join('.');
}

/**
 * A repost's line naming the original's address: "source link: https://…", "Source: https://…",
 * "Originally published at https://…", 「出典：https://…」.
 */
const SOURCE_LINK =
  /^\s*(?:source(?: link| url)?|originally (?:published|posted)(?: at| on)?|出典|引用元|転載元)\s*[:：]?\s*(https?:\/\/[^\s)>\]]+)/im;

/** A repost of someone else's notice (a blog's 【セキュリティ事件簿#…】 digest, 転載, "Source:"). */
const REPOST = /【[^】\n]{0,30}事件簿|^\s*(?:転載|出典|引用元|source|originally published)\s*[:：]/im;

/**
 * The site a notice was published on: its known address, else an address alone on its first line;
 * null when the notice is a repost or the site republishes others' notices.
 *
 * @example noticeSite('https://www.city.example.lg.jp/news/1.html\n\n個人情報の流出について', null) // => 'city.example.lg.jp'
 */
export function noticeSite(text: string, url: string | null | undefined): string | null {
  const head = text.slice(0, 2000);
  // A copy that names the address it copied stands for that page, as an archive copy does.
  if (SOURCE_LINK.test(head)) return sourceSite(head);
  // An address alone on one of the first lines: the page itself, or on a repost the original's.
  const line = addressLine(head);
  if (REPOST.test(head)) return line && isOwnSite(line) ? line : null;
  let site = url ? siteOf(url) : null;
  if (!site || !isOwnSite(site)) site = line;
  return site && isOwnSite(site) ? site : null;
}

/**
 * The own site of the page a copy names as its source (「出典：https://…」, "Source: https://…"), or null.
 *
 * @example sourceSite('出典：https://www.example.co.jp/news/0509.html\n…') // => 'example.co.jp'
 */
export function sourceSite(text: string): string | null {
  const source = SOURCE_LINK.exec(text.slice(0, 2000));
  const copied = source ? siteOf(source[1]!) : null;
  return copied && isOwnSite(copied) ? copied : null;
}

/** An address: with its scheme, or a host with a path or www. (「example.co.jp/news/0927…」). */
const ADDRESS_LINE =
  /^\s*((?:https?:\/\/\S+|www\.[a-z0-9.-]+\.[a-z]{2,}\S*|[a-z0-9.-]+\.[a-z]{2,}\/\S*))\s*$/i;

/**
 * The site of an address standing alone on one of the first three lines of a text (a page's own
 * address at its head; a repost's line naming the page it copied), or null.
 */
function addressLine(head: string): string | null {
  let seen = 0;
  for (const raw of head.split('\n', 12)) {
    if (raw.trim() === '') continue;
    if (++seen > 3) break;
    const m = ADDRESS_LINE.exec(raw);
    if (m) return siteOf(m[1]!);
  }
  return null;
}

/** 「当社が運営する「…(https://…)」」: the address of a site the speaker says it runs. */
const RUN_SITE =
  /(?:当社|弊社|当店|弊店)が(?:運営|管理)(?:する|している|しております)[^。\n]{0,40}?(https?:\/\/[^\s)」』]+)/;

/**
 * The site a notice says its own body runs (「当社が運営する「サンプルストア(https://shop.example.jp/)」」),
 * own sites only; null when it names none. For a notice that names neither its organisation nor an
 * address of its own (a customer e-mail reposted on a blog), the one trace of who sent it.
 *
 * @example runSite('当社が運営する「サンプルストア(https://www.example-store.jp/)」に不正アクセスがありました。') // => 'example-store.jp'
 */
export function runSite(text: string): string | null {
  const head = text.slice(0, 2000);
  if (!head.includes('運営') && !head.includes('管理')) return null;
  const m = RUN_SITE.exec(head);
  const site = m ? siteOf(m[1]!) : null;
  return site && isOwnSite(site) ? site : null;
}

/** Words of organisation names that many hosts bear (health, bank, city …): no sign of one owner. */
const COMMON_NAME_WORDS =
  /^(?:the|and|inc|llc|ltd|corp|corporation|company|group|holdings|health|healthcare|medical|hospital|clinic|center|centre|care|bank|financial|services|service|solutions|systems|system|international|national|american|america|university|college|school|district|city|county|state|community|foundation|network|partners|associates|insurance|technologies|technology|global|online|news|data)$/;

/**
 * Whether a host bears a distinctive word (four letters or more) of an organisation's Latin-script
 * name: acmehealth.org and blog.acme.com bear "Acme" of "Acme Health System, Inc.".
 *
 * @example hostNamesOrganization('news.bramblewick.example', 'Bramblewick Dental, Inc.') // => true
 * @example hostNamesOrganization('securitywire.example', 'Bramblewick Dental, Inc.') // => false
 */
export function hostNamesOrganization(site: string, name: string): boolean {
  const host = site.split('.').slice(0, -1).join('');
  return name
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .some((w) => w.length >= 4 && !COMMON_NAME_WORDS.test(w) && host.includes(w));
}

/**
 * One organisation's reports on two hosts of which exactly one bears its name: the other is a
 * third party's (a news or repost site outside the republishers list), not another publisher's own.
 */
export function thirdPartyHost(site: string, others: Iterable<string>, name: string | null): boolean {
  if (!name || !/[a-z]{4}/i.test(name)) return false;
  const own = hostNamesOrganization(site, name);
  for (const o of others) if (hostNamesOrganization(o, name) !== own) return true;
  return false;
}

/** A day in an address's path, as blogs and news sites write it: /2024/05/09/, /2024-05-09-, /20240509-. */
const PATH_DAY =
  /\/((?:19|20)\d{2})(?:[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])|(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01]))(?=[/-]|\.html?|$)/;

/**
 * The day a notice's address says it was posted on (a blog's /2024/05/09/slug, an article's
 * /20240509-x1y2 or /entry/20240509), ISO, from its URL
 * or the address alone on its first lines; null when the path gives no full date.
 *
 * @example addressDay('Update\n', 'https://example.wordpress.com/2024/05/09/update/') // => '2024-05-09'
 */
export function addressDay(text: string, url: string | null | undefined): string | null {
  for (const a of [url, /^\s*(https?:\/\/\S+)/.exec(text.slice(0, 500))?.[1]]) {
    const m = a ? PATH_DAY.exec(a) : null;
    if (m) return `${m[1]}-${(m[2] ?? m[4])!.padStart(2, '0')}-${(m[3] ?? m[5])!.padStart(2, '0')}`;
  }
  return null;
}
