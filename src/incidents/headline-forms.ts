// Headline helpers the continuation scorer shares: cached forms, units, domains, a bigram similarity.
import { registrableDomain } from './site.js';
import { headlineUnit } from './speaker.js';

/**
 * A stored report's headline forms (folded core, distinctive part), computed once per headline and
 * organisations named: the same reports are scored against every later notice of their organisation
 * or site, so ingest would otherwise fold the same headlines again for each one.
 */
const headlineCache = new Map<string, string>();
export function cachedForm(
  kind: string,
  headline: string,
  orgs: readonly (string | null | undefined)[],
  make: () => string,
): string {
  const key = `${kind}\u0000${headline}\u0000${orgs.join('\u0001')}`;
  let f = headlineCache.get(key);
  if (f === undefined) {
    if (headlineCache.size >= 50_000) headlineCache.clear();
    f = make();
    headlineCache.set(key, f);
  }
  return f;
}

function bigrams(s: string): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i + 1 < s.length; i++) {
    const b = s.slice(i, i + 2);
    out.set(b, (out.get(b) ?? 0) + 1);
  }
  return out;
}

/** Dice coefficient of two strings' character bigrams (0 – 1). */
export function dice(a: string, b: string): number {
  const ba = bigrams(a);
  const bb = bigrams(b);
  let common = 0;
  for (const [k, n] of ba) common += Math.min(n, bb.get(k) ?? 0);
  const total = a.length - 1 + (b.length - 1);
  return total > 0 ? (2 * common) / total : 0;
}

/** headlineUnit, computed once per headline (every candidate's reports are compared with each notice). */
export function unitOf(headline: string): string | null {
  return cachedForm('unit', headline, [], () => headlineUnit(headline) ?? '') || null;
}

/** registrableDomain, computed once per site. */
export function domainOf(site: string): string {
  let d = domains.get(site);
  if (d === undefined) {
    d = registrableDomain(site);
    if (domains.size >= 10_000) domains.clear();
    domains.set(site, d);
  }
  return d;
}
const domains = new Map<string, string>();

const ERA_BASE: Record<string, number> = { 令和: 2018, 平成: 1988 };
/** A full date: era or western year, month and day, as headlines write them (spaces allowed inside). */
export const HEADLINE_DATE = String.raw`(?:(令和|平成)\s?(\d{1,2}|元)\s?年|(\d{4})\s?(?:年|\/))\s?(\d{1,2})\s?(?:月|\/)\s?(\d{1,2})\s?日?`;
const TRAILING_DATE = new RegExp(`${HEADLINE_DATE}\\s*$`);
const STANDING_DATE = new RegExp(`(?:^|\\s)${HEADLINE_DATE}(?=\\s)`);

/**
 * The date a headline ends with (「… 2024年5月9日」「… 2024/5/9」), or a date standing alone between
 * its words, ISO; null when none.
 *
 * @example trailingDate('【事件簿#2024-001】サンプル社 不正アクセスについて 2024/5/9') // => '2024-05-09'
 */
export function trailingDate(headline: string): string | null {
  const h = headline.normalize('NFKC').trim();
  // At the end, or standing alone between spaces (「…のお詫び 2022年5月16日 株式会社サンプル」): a
  // letterhead date run into the title line. A date tied to words (「5月1日に発生した」) is no report date.
  // Text taken from a PDF spaces its digits apart (「2023 年 5 月 9 日」); an era year (令和5年) is read too.
  const m = TRAILING_DATE.exec(h) ?? STANDING_DATE.exec(h);
  if (!m) return null;
  const y = m[1] ? ERA_BASE[m[1]]! + (m[2] === '元' ? 1 : Number(m[2])) : Number(m[3]);
  const [mo, d] = [Number(m[4]), Number(m[5])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Lines that name a notice: 「…について」「…のお知らせ」, "Notice of …". */
const HEADLINE_WORDS =
  /について|お知らせ|お詫び|おわび|ご報告|報告|続報|に関する|notice|update|breach|incident/i;

/**
 * A notice's headline: among its first lines, the first that reads like a title (bullets stripped;
 * web addresses and breadcrumb trails skipped), else the given title.
 *
 * @example headlineOf('https://example.jp/1\n• 2024年度 トピックス\n• 不正アクセスについて<続報1>', null) // => '不正アクセスについて<続報1>'
 */
export function headlineOf(text: string, title: string | null): string | null {
  const lines = text.split('\n', 40);
  let seen = 0;
  for (const raw of lines) {
    const line = raw.replace(/^[\s#•・*\-–—>]+/, '').trim();
    if (!line) continue;
    if (++seen > 12) break;
    if (/^https?:\/\//.test(line) || / > /.test(line) || line.length < 6 || line.length > 150) continue;
    // A Japanese sentence of the body (「…をご報告いたします。」) is no title, whatever words it holds.
    if (line.includes('。')) continue;
    if (HEADLINE_WORDS.test(line)) return line;
  }
  return title?.trim() || null;
}

/** A report's number in its title: (第2報), 【第1報】, 第三報, (続報), (最終報). */
const REPORT_NUMBER =
  /[(（【［[]?\s*(?:第\s*[一二三四五六七八九十0-9０-９]+\s*報|続報|最終報)\s*[)）】］\]]?/g;

/**
 * The stem of a numbered report's title: the title without its report number and without a site's
 * name after "|" or " - " (a page's <title>); null when the title carries no report number or its
 * stem is too short to be one incident's (「お知らせ(第2報)」).
 *
 * @example seriesStem('当院への攻撃による漏えいについて(第1報)|試験病院') // => '当院への攻撃による漏えいについて'
 */
export function seriesStem(headline: string): string | null {
  const t = headline.normalize('NFKC').split(/\s*[|｜]\s*|\s+-\s+/)[0]!;
  if (!REPORT_NUMBER.test(t)) return null;
  REPORT_NUMBER.lastIndex = 0;
  const stem = t.replace(REPORT_NUMBER, '').replace(/\s+/g, '').trim();
  return stem.length >= 20 ? stem : null;
}

/**
 * The stem a notice's numbered title shares with another report's title of another number
 * (「…について(第1報)」, 「…について(第5報)」: one incident's series), or null.
 */
export function sharedSeries(
  headline: string | null,
  reports: readonly { headline: string | null }[],
): string | null {
  const stem = headline ? seriesStem(headline) : null;
  if (stem === null) return null;
  return reports.some((r) => r.headline && r.headline !== headline && seriesStem(r.headline) === stem)
    ? stem
    : null;
}
