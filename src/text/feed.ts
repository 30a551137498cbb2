import { XMLParser } from 'fast-xml-parser';
import { AppError, isAppError } from '../errors.js';
import { decodeEntities } from './entities.js';
import { parseHtmlDocument } from './html.js';

/** Largest feed accepted, in characters. */
export const MAX_FEED_CHARS = 5_000_000;
/** Entries read at most from one feed or listing page. */
export const MAX_FEED_ITEMS = 1000;

export interface FeedItem {
  url: string;
  title: string | null;
  /** YYYY-MM-DD as the feed wrote it (the publisher's calendar day), when given. */
  published?: string;
}

export interface Feed {
  title: string | null;
  items: FeedItem[];
}

/*
 * Entities: a feed's DOCTYPE is cut off before parsing and fast-xml-parser's entity processing is
 * off, so neither external entities (XXE) nor nested internal ones ("billion laughs") are ever
 * expanded. The five XML entities and numeric references are decoded afterwards, once.
 */
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => name === 'entry' || name === 'item' || name === 'link',
});

/**
 * Reads an Atom, RSS 2.0 or RSS 1.0 (RDF) feed: its title and the URL, title and date of each
 * entry. Relative links resolve against `baseUrl`; only http(s) links are kept.
 *
 * @example parseFeed('<feed xmlns="http://www.w3.org/2005/Atom"><title>お知らせ</title><entry><title>第一報</title><link href="/n/1"/></entry></feed>', 'https://example.jp/feed')
 * // => { title: 'お知らせ', items: [{ url: 'https://example.jp/n/1', title: '第一報' }] }
 */
export function parseFeed(xml: string, baseUrl: string): Feed {
  if (typeof xml !== 'string') throw new AppError('bad_request', 'parseFeed expects a string');
  if (xml.length > MAX_FEED_CHARS) {
    throw new AppError('payload_too_large', `Feed is larger than ${MAX_FEED_CHARS} characters`);
  }
  let doc: Record<string, unknown>;
  try {
    doc = parser.parse(stripDoctype(xml)) as Record<string, unknown>;
  } catch (err) {
    throw new AppError(
      'unprocessable_document',
      `Not a readable feed: ${firstLine((err as Error).message)}`,
      {
        cause: err,
      },
    );
  }
  try {
    const feed = obj(doc.feed);
    if (feed) return atom(feed, baseUrl);
    const rss = obj(doc.rss);
    if (rss) return rss2(obj(rss.channel) ?? {}, baseUrl);
    const rdf = obj(doc.RDF);
    if (rdf) return rss1(rdf, baseUrl);
  } catch (err) {
    if (isAppError(err)) throw err;
    throw new AppError(
      'unprocessable_document',
      `Not a readable feed: ${firstLine((err as Error).message)}`,
      {
        cause: err,
      },
    );
  }
  throw new AppError(
    'unprocessable_document',
    'Not a feed: no Atom <feed>, RSS <rss> or RSS 1.0 <rdf:RDF> root',
  );
}

function atom(feed: Record<string, unknown>, base: string): Feed {
  const items: FeedItem[] = [];
  for (const e of arr(feed.entry)) {
    const entry = obj(e);
    if (!entry) continue;
    const links = arr(entry.link)
      .map(obj)
      .filter((l): l is Record<string, unknown> => l !== null);
    const alt =
      links.find((l) => (str(l['@_rel']) ?? 'alternate') === 'alternate') ??
      links.find((l) => str(l['@_href']));
    const url = resolveUrl(str(alt?.['@_href']) ?? text(entry.id), base);
    if (!url) continue;
    push(items, url, text(entry.title), text(entry.published) ?? text(entry.updated));
  }
  return { title: text(feed.title), items: dedupe(items) };
}

function rss2(channel: Record<string, unknown>, base: string): Feed {
  const items: FeedItem[] = [];
  for (const i of arr(channel.item)) {
    const item = obj(i);
    if (!item) continue;
    const guid = item.guid;
    const permalink = obj(guid)?.['@_isPermaLink'] !== 'false' ? text(guid) : null;
    const url = resolveUrl(text(arr(item.link)[0]) ?? permalink, base);
    if (!url) continue;
    push(items, url, text(item.title), text(item.pubDate) ?? text(item.date));
  }
  return { title: text(channel.title), items: dedupe(items) };
}

function rss1(rdf: Record<string, unknown>, base: string): Feed {
  const items: FeedItem[] = [];
  const channel = obj(Array.isArray(rdf.channel) ? rdf.channel[0] : rdf.channel) ?? {};
  for (const i of arr(rdf.item)) {
    const item = obj(i);
    if (!item) continue;
    const url = resolveUrl(text(arr(item.link)[0]) ?? str(item['@_about']), base);
    if (!url) continue;
    push(items, url, text(item.title), text(item.date));
  }
  return { title: text(channel.title), items: dedupe(items) };
}

function push(items: FeedItem[], url: string, title: string | null, date: string | null): void {
  if (items.length >= MAX_FEED_ITEMS) return;
  const item: FeedItem = { url, title };
  const d = feedDate(date);
  if (d) item.published = d;
  items.push(item);
}

const MONTHS: Record<string, string> = {
  jan: '01',
  feb: '02',
  mar: '03',
  apr: '04',
  may: '05',
  jun: '06',
  jul: '07',
  aug: '08',
  sep: '09',
  oct: '10',
  nov: '11',
  dec: '12',
};

/**
 * The calendar day a feed date names, as written (not converted to UTC: a notice dated
 * "2024-05-01T08:00:00+09:00" is dated 1 May in Japan, although it was still 30 April in UTC).
 * Accepts W3C/ISO dates (Atom, dc:date) and RFC 822 dates (RSS 2.0 pubDate).
 */
export function feedDate(s: string | null): string | null {
  if (!s) return null;
  const iso = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (iso) return validDay(iso[1]!, iso[2]!, iso[3]!);
  const rfc = /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})/.exec(s);
  if (rfc) {
    const month = MONTHS[rfc[2]!.toLowerCase()];
    if (month) return validDay(rfc[3]!, month, rfc[1]!.padStart(2, '0'));
  }
  return null;
}

function validDay(y: string, m: string, d: string): string | null {
  const day = `${y}-${m}-${d}`;
  const t = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === day ? day : null;
}

/** Words in a link's text or URL that mark it as a breach notice (or the news list that holds them). */
const NOTICE_WORDS =
  /お知らせ|不正アクセス|漏えい|漏洩|流出|個人情報|情報セキュリティ|インシデント|サイバー攻撃|ランサムウェア|第[一二三四五1-9]報|最終報|incident|breach|notice|notification|security|unauthori[sz]ed|ransomware|cyber/i;

/**
 * The links on a listing page (a company's news or "重要なお知らせ" page) that look like notices:
 * same site (same host, or one is a subdomain of the other) and notice words in the link text or URL.
 *
 * @example linksFromListingPage('<a href="/news/2024/0501.html">不正アクセスに関するお知らせ</a>', 'https://example.jp/news/')
 * // => [{ url: 'https://example.jp/news/2024/0501.html', title: '不正アクセスに関するお知らせ' }]
 */
export function linksFromListingPage(html: string, baseUrl: string): FeedItem[] {
  const document = parseHtmlDocument(html);
  let base: URL;
  try {
    base = new URL(baseUrl);
  } catch {
    throw new AppError('bad_request', `Not a valid base URL: ${baseUrl}`);
  }
  const items: FeedItem[] = [];
  for (const a of Array.from<{ getAttribute(n: string): string | null; textContent: string | null }>(
    document.querySelectorAll('a[href]'),
  )) {
    if (items.length >= MAX_FEED_ITEMS) break;
    const url = resolveUrl(a.getAttribute('href'), base.href);
    if (!url) continue;
    const u = new URL(url);
    if (!sameSite(u.hostname, base.hostname)) continue;
    if (u.pathname === base.pathname && u.search === base.search) continue;
    const title = (a.textContent ?? '').replace(/\s+/g, ' ').trim() || null;
    if (!NOTICE_WORDS.test(title ?? '') && !NOTICE_WORDS.test(decodeURIComponentSafe(u.pathname + u.search)))
      continue;
    items.push({ url, title });
  }
  return dedupe(items);
}

function sameSite(a: string, b: string): boolean {
  return a === b || a.endsWith(`.${b}`) || b.endsWith(`.${a}`);
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function resolveUrl(href: string | null | undefined, base: string): string | null {
  if (!href) return null;
  try {
    const u = new URL(href.trim(), base);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    u.hash = '';
    return u.href;
  } catch {
    return null;
  }
}

function dedupe(items: FeedItem[]): FeedItem[] {
  const seen = new Set<string>();
  return items.filter((i) => {
    if (seen.has(i.url)) return false;
    seen.add(i.url);
    return true;
  });
}

/** Removes a DOCTYPE (with any internal subset) so that no entity is ever declared. */
function stripDoctype(xml: string): string {
  const start = xml.search(/<!DOCTYPE/i);
  if (start < 0) return xml;
  let depth = 0;
  for (let i = start; i < xml.length; i++) {
    const c = xml[i];
    if (c === '[') depth++;
    else if (c === ']') depth = Math.max(0, depth - 1);
    else if (c === '>' && depth === 0) return xml.slice(0, start) + xml.slice(i + 1);
  }
  throw new AppError('unprocessable_document', 'Not a readable feed: unterminated DOCTYPE');
}

function obj(v: unknown): Record<string, unknown> | null {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
}

function arr(v: unknown): unknown[] {
  return v === undefined || v === null ? [] : Array.isArray(v) ? v : [v];
}

function str(v: unknown): string | null {
  return typeof v === 'string' && v.trim() ? v.trim() : null;
}

/** The text of an element that may carry attributes (Atom `<title type="html">`) or be repeated. */
function text(v: unknown): string | null {
  if (Array.isArray(v)) return text(v[0]);
  if (typeof v === 'number') return String(v);
  const o = obj(v);
  const raw = o ? o['#text'] : v;
  const s = str(raw);
  if (s === null) return null;
  const type = o ? str(o['@_type']) : null;
  let out = decodeEntities(s);
  // Atom type="html" and RSS titles may carry escaped markup: drop tags, decode once more.
  if (type === 'html' || /<[a-z/][^>]*>/i.test(out)) out = decodeEntities(out.replace(/<[^>]*>/g, ''));
  return out.replace(/\s+/g, ' ').trim() || null;
}

function firstLine(s: string): string {
  return (s.split('\n')[0] ?? '').slice(0, 200);
}
