import type { Cause } from '../extract/vocab.js';
import type { Sector } from '../incidents/record.js';
import { breachTitle, cleanName, type ParseResult, parseCsv, plainCount, usDate } from './common.js';

/**
 * Washington Attorney General breach list (data.wa.gov export): dates aware, submitted, start and
 * end; cause and cyberattack type; Washingtonians affected; industry and business type. Pure.
 */

/** Cyberattack types → causes; a cyberattack of another or unknown type is unauthorised access. */
const ATTACK_CAUSES: Record<string, Cause[]> = {
  Ransomware: ['ransomware'],
  Malware: ['malware'],
  Phishing: ['phishing'],
};

/** WA cause + attack type → causes. "Theft or Mistake" mixes stolen devices and misdirected mail: none. */
export function waCauses(cause: string, attack: string): Cause[] {
  if (cause === 'Cyberattack') return ATTACK_CAUSES[attack] ?? ['unauthorized_access'];
  if (cause === 'Unauthorized Access') return ['unauthorized_access'];
  return [];
}

const BUSINESS_SECTORS: Record<string, Sector> = {
  Retail: 'retail',
  Clothing: 'retail',
  Accessories: 'retail',
  Cosmetic: 'retail',
  Consumable: 'retail',
  Home: 'retail',
  Software: 'tech',
  'Web Services': 'tech',
  Telecommunications: 'tech',
  Cryptocurrency: 'finance',
};

const INDUSTRY_SECTORS: Record<string, Sector> = {
  Health: 'health',
  Finance: 'finance',
  Education: 'education',
  Government: 'government',
  'Non-Profit/Charity': 'nonprofit',
};

/** Industry (and, for businesses, business type) → sector. */
export function waSector(industry: string, business: string): Sector | null {
  if (industry === 'Business') return BUSINESS_SECTORS[business] ?? 'other';
  return INDUSTRY_SECTORS[industry] ?? null;
}

/**
 * The WA list → records keyed `wa-ag:<Id>` (the list's own id; row number when it has none).
 * Aware → detected, start/end → incident start/end, submitted → published; Washingtonians affected
 * → people. Contained = aware + the list's DaysToContainBreach (its own measure: 0 when the breach had
 * ended before it was discovered), so detection → containment rests on the list's figure. That count covers Washington residents only; when another source of the same breach gives
 * a national figure, the resolver ranks that source after this one, so the national figure shows.
 */
export function parseWaAg(text: string, dataset = 'wa_ag_breaches.csv'): ParseResult {
  const out: ParseResult = { records: [], skipped: [] };
  const seen = new Set<string>();
  parseCsv(text).forEach((r, i) => {
    const row = i + 1;
    const org = cleanName(r.Name);
    if (!org) {
      out.skipped.push({ row, reason: 'no organisation' });
      return;
    }
    const id = /^\d+$/.test((r.Id ?? '').trim()) ? r.Id!.trim() : `row${row}`;
    if (seen.has(id)) {
      out.skipped.push({ row, reason: `duplicate id ${id}` });
      return;
    }
    seen.add(id);
    const published = usDate(r.DateSubmitted);
    const detected = usDate(r.DateAware);
    const residents = plainCount(r.WashingtoniansAffected);
    out.records.push({
      key: `wa-ag:${id}`,
      source: 'wa-ag',
      source_url: null,
      lang: 'en',
      country: 'US',
      title: breachTitle(org, published ?? detected),
      organization: { name: org },
      published,
      detected,
      contained: containedAfter(detected, r.DaysToContainBreach),
      incident_start: usDate(r.DateStart),
      incident_end: usDate(r.DateEnd),
      affected: residents !== null ? { count: residents, unit: 'people', qualifier: 'exact' } : null,
      causes: waCauses((r.DataBreachCause ?? '').trim(), (r.CyberattackType ?? '').trim()),
      leak_status: 'confirmed',
      sector: waSector((r.IndustryType ?? '').trim(), (r.BusinessType ?? '').trim()),
      provenance: 'dataset',
      origin: { dataset, row, url: null },
    });
  });
  return out;
}

/**
 * The day the breach was contained: `aware` plus the list's whole number of days, or null.
 *
 * @example containedAfter('2018-03-28', '3') // => '2018-03-31'
 */
export function containedAfter(aware: string | null, days: string | undefined): string | null {
  const n = (days ?? '').trim();
  if (!aware || !/^\d{1,4}$/.test(n)) return null;
  const t = Date.parse(`${aware}T00:00:00Z`) + Number(n) * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}
