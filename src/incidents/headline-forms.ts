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
