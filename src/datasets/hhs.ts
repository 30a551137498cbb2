import type { Cause } from '../extract/vocab.js';
import { breachTitle, cleanName, type ParseResult, parseCsv } from './common.js';

/**
 * HHS Office for Civil Rights breach list (health breaches of 500+ people) as a Wolfram Language
 * export: `Quantity[1000, "People"]`, `DateObject[{2009, 10, 21}, "Day", …]`,
 * `Entity["AdministrativeDivision", {"Texas", "UnitedStates"}]`, `Missing["NotAvailable"]`.
 * Facts only: WebDescription (prose) is never read. Pure.
 */

/** HHS breach types → causes. "Unauthorized Access/Disclosure" mixes staff snooping and misdirected mail: none. */
export const HHS_CAUSES: Record<string, Cause[]> = {
  Theft: ['loss_or_theft'],
  Loss: ['loss_or_theft'],
  'Improper Disposal': ['loss_or_theft'],
  'Hacking/IT Incident': ['unauthorized_access'],
  'Unauthorized Access/Disclosure': [],
  Other: [],
  Unknown: [],
};

/** `Quantity[1000, "People"]` → 1000; anything else → null. */
export function wolframQuantity(text: string): number | null {
  const m = /^Quantity\[\s*(\d+)\s*,\s*"People"\s*\]$/.exec(text.trim());
  return m ? Number(m[1]) : null;
}

/** `DateObject[{2009, 10, 21}, "Day", …]` → '2009-10-21'; anything else → null. */
export function wolframDate(text: string): string | null {
  const m = /^DateObject\[\{\s*(\d{4})\s*,\s*(\d{1,2})\s*,\s*(\d{1,2})\s*\}/.exec(text.trim());
  if (!m) return null;
  return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
}

/** `Entity["AdministrativeDivision", {"Texas", "UnitedStates"}]` → 'Texas'. */
export function wolframState(text: string): string | null {
  const m = /\{\s*"([^"]+)"\s*,\s*"UnitedStates"\s*\}/.exec(text);
  return m ? m[1]! : null;
}

/**
 * The HHS export → records keyed `hhs:<row>`: people affected (exact), submission date → published,
 * breach types → causes, sector health.
 *
 * @example parseHhs(csv).records[0].affected // => { count: 1000, unit: 'people', qualifier: 'exact' }
 */
export function parseHhs(text: string, dataset = 'hhs_ocr_breaches_2009_2016_wolfram.csv'): ParseResult {
  const out: ParseResult = { records: [], skipped: [] };
  parseCsv(text).forEach((r, i) => {
    const row = i + 1;
    const org = cleanName(r.CoveredEntityName);
    const published = wolframDate(r.BreachSubmissionDate ?? '');
    if (!org) {
      out.skipped.push({ row, reason: 'no organisation' });
      return;
    }
    if (!published) {
      out.skipped.push({ row, reason: 'submission date not read' });
      return;
    }
    const people = wolframQuantity(r.IndividualsAffected ?? '');
    const causes = new Set<Cause>();
    for (const t of (r.BreachType ?? '').split(','))
      for (const c of HHS_CAUSES[t.trim()] ?? []) causes.add(c);
    out.records.push({
      key: `hhs:${row}`,
      source: 'hhs',
      source_url: null,
      lang: 'en',
      country: 'US',
      title: breachTitle(org, published),
      organization: { name: org },
      published,
      affected: people !== null ? { count: people, unit: 'people', qualifier: 'exact' } : null,
      causes: [...causes],
      leak_status: 'confirmed',
      sector: 'health',
      provenance: 'dataset',
      origin: { dataset, row, url: null },
    });
  });
  return out;
}
