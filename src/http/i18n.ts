import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';

/** The two languages leakwatch speaks. Japanese is the default: most notices and readers are Japanese. */
export type Lang = 'ja' | 'en';
export const LANGS: readonly Lang[] = ['ja', 'en'];

export type Params = Record<string, string | number>;

/** A message lookup bound to one catalogue pair. */
export type Translate<K extends string> = (lang: Lang, key: K, params?: Params) => string;

/**
 * Replaces `{name}` placeholders with params; unknown placeholders stay as they are so a missing
 * parameter is visible rather than silently empty. Numbers are formatted for the language.
 * `{n|one|other}` picks a word form by Intl.PluralRules (English "1 day", "2 days").
 *
 * @example interpolate('{n}件', { n: 12345 }, 'ja') // '12,345件'
 * @example interpolate('{n} {n|day|days}', { n: 1 }, 'en') // '1 day'
 */
export function interpolate(template: string, params: Params | undefined, lang: Lang): string {
  if (!params) return template;
  return template.replace(
    /\{(\w+)(?:\|([^|{}]*)\|([^|{}]*))?\}/g,
    (whole, name: string, one?: string, other?: string) => {
      const v = params[name];
      if (v === undefined) return whole;
      // `{n|incident|incidents}`: the word form for the number, chosen by the language's plural rules.
      if (one !== undefined && other !== undefined)
        return pluralRules(lang).select(Number(v)) === 'one' ? one : other;
      return typeof v === 'number' ? formatNumber(v, lang) : v;
    },
  );
}

/**
 * Declares a catalogue in both languages (the type checker makes both list the same keys) and
 * returns its lookup function.
 *
 * @example
 * const t = defineMessages({ ja: { hello: 'こんにちは {name}' }, en: { hello: 'Hello {name}' } });
 * t('en', 'hello', { name: 'Aiko' }) // 'Hello Aiko'
 */
export function defineMessages<K extends string>(catalogue: {
  ja: Record<K, string>;
  en: Record<K, string>;
}): Translate<K> {
  return (lang, key, params) => {
    const text = catalogue[lang][key] ?? catalogue.ja[key] ?? key;
    return interpolate(text, params, lang);
  };
}

const PLURALS: Record<Lang, Intl.PluralRules> = {
  ja: new Intl.PluralRules('ja-JP'),
  en: new Intl.PluralRules('en-GB'),
};
function pluralRules(lang: Lang): Intl.PluralRules {
  return PLURALS[lang];
}

const COMPACT: Record<Lang, Intl.NumberFormat> = {
  // Japanese counts in 万 and 億 (5億, 1.2万); English in K/M/B.
  ja: new Intl.NumberFormat('ja-JP', { notation: 'compact', maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 }),
};

/**
 * A large number short, the way each language says it: 500000000 → "5億" / "500M"; below ten
 * thousand the full figure with grouping ("8,000").
 *
 * @example formatCompact(123_456_789, 'ja') // '1.2億'
 */
export function formatCompact(n: number, lang: Lang): string {
  if (Math.abs(n) < 10_000) return formatNumber(n, lang);
  return COMPACT[lang].format(n);
}

/** 12345 → "12,345" (both languages group by thousands). */
export function formatNumber(n: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'ja' ? 'ja-JP' : 'en-GB').format(n);
}

/** "2024-05-08" → "2024年5月8日" / "8 May 2024"; other strings are returned unchanged. */
export function formatDate(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  if (lang === 'ja') return `${Number(y)}年${Number(mo)}月${Number(d)}日`;
  const month = new Date(Date.UTC(2000, Number(mo) - 1, 1)).toLocaleString('en-GB', {
    month: 'short',
    timeZone: 'UTC',
  });
  return `${Number(d)} ${month} ${y}`;
}

export function isLang(v: unknown): v is Lang {
  return v === 'ja' || v === 'en';
}

/**
 * Picks the page language: `?lang=` first (the language switch link), then the `lang` cookie, then
 * Accept-Language (first of ja/en by q-value), else Japanese.
 *
 * @example pickLang(c) // 'en' for "Accept-Language: en-US,en;q=0.9"
 */
export function pickLang(c: Context): Lang {
  const q = c.req.query('lang');
  if (isLang(q)) return q;
  const cookie = getCookie(c, 'lang');
  if (isLang(cookie)) return cookie;
  return fromAcceptLanguage(c.req.header('accept-language'));
}

/** Parses Accept-Language and returns the preferred of ja/en; Japanese when neither is listed. */
export function fromAcceptLanguage(header: string | undefined): Lang {
  if (!header) return 'ja';
  let best: { lang: Lang; q: number } | null = null;
  for (const part of header.split(',')) {
    const [tag = '', ...rest] = part.trim().split(';');
    const base = tag.trim().toLowerCase().split('-')[0];
    if (!isLang(base)) continue;
    let q = 1;
    for (const r of rest) {
      const m = /^\s*q\s*=\s*([\d.]+)\s*$/.exec(r);
      if (m) q = Number(m[1]);
    }
    if (!Number.isFinite(q) || q <= 0) continue;
    if (!best || q > best.q) best = { lang: base, q };
  }
  return best?.lang ?? 'ja';
}

/**
 * The same path and query in the other language (for the switch link): sets `lang=` and keeps the
 * rest of the query.
 *
 * @example switchLangHref('/search?q=naver', 'en') // '/search?q=naver&lang=en'
 */
export function switchLangHref(pathWithQuery: string, to: Lang): string {
  const url = new URL(pathWithQuery, 'http://x');
  url.searchParams.set('lang', to);
  return `${url.pathname}${url.search}${url.hash}`;
}
