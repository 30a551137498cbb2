import type { Cause } from '../extract/vocab.js';
import { normalizeOrgName } from '../incidents/match.js';
import type { IncidentRecordInput, Sector } from '../incidents/record.js';
import { breachTitle, cleanName, httpUrl, type ParseResult, parseCsv, plainCount, usDate } from './common.js';

/**
 * Privacy Rights Clearinghouse chronology (CSV: Date Made Public, Company, Location, Type of breach,
 * Type of organization, Records Breached, …, Source URL in the 2015–2017 file) → records. Facts only:
 * the free-text description is never read. Pure.
 */

/**
 * PRC breach types → causes. DISC (unintended disclosure: posted online, mishandled or misdirected),
 * CARD (card fraud, incl. skimmers at the till) and UNKN have no single key in our vocabulary: no cause.
 */
export const PRC_CAUSES: Record<string, Cause[]> = {
  HACK: ['unauthorized_access'],
  INSD: ['insider'],
  PHYS: ['loss_or_theft'],
  PORT: ['loss_or_theft'],
  STAT: ['loss_or_theft'],
  DISC: [],
  CARD: [],
  UNKN: [],
};

/** PRC organisation types → sector (BSO: other businesses). */
export const PRC_SECTORS: Record<string, Sector> = {
  MED: 'health',
  GOV: 'government',
  EDU: 'education',
  BSF: 'finance',
  BSR: 'retail',
  NGO: 'nonprofit',
  BSO: 'other',
};

/**
 * One PRC file → records keyed `prc:<file>:<row>`, where `file` names which chronology ('2005' for
 * 2005–2016, '2016' for 2015–2017).
 *
 * @example parsePrc(csv, { file: '2016', dataset: 'prc_chronology_2016.csv' }).records[0].key // => 'prc:2016:1'
 */
export function parsePrc(text: string, opts: { file: string; dataset: string }): ParseResult {
  const out: ParseResult = { records: [], skipped: [] };
  parseCsv(text).forEach((r, i) => {
    const row = i + 1;
    const org = cleanName(r.Company);
    const published = usDate(r['Date Made Public']);
    if (!org) {
      out.skipped.push({ row, reason: 'no organisation' });
      return;
    }
    if (!published) {
      out.skipped.push({ row, reason: `date not read: ${r['Date Made Public']}` });
      return;
    }
    const type = (r['Type of breach'] ?? '').trim().toUpperCase();
    const count = plainCount(r['Records Breached']) ?? plainCount(r['Total Records']);
    const url = httpUrl(r['Source URL']);
    out.records.push({
      key: `prc:${opts.file}:${row}`,
      source: 'prc',
      source_url: url,
      lang: 'en',
      country: 'US',
      title: breachTitle(org, published),
      organization: { name: org },
      published,
      affected: count !== null && count > 0 ? { count, unit: 'records', qualifier: 'exact' } : null,
      causes: PRC_CAUSES[type] ?? [],
      leak_status: 'confirmed',
      sector: PRC_SECTORS[(r['Type of organization'] ?? '').trim().toUpperCase()] ?? null,
      provenance: 'dataset',
      origin: { dataset: opts.dataset, row, url },
    });
  });
  return out;
}

/**
 * Drops from `older` the rows the newer chronology also holds (both cover 2015–2016): same
 * organisation name (normalised) and the same date made public. Returns the kept rows and the
 * dropped keys, each with the key that replaces it.
 */
export function dedupePrc(
  older: IncidentRecordInput[],
  newer: IncidentRecordInput[],
): { kept: IncidentRecordInput[]; dropped: { key: string; by: string }[] } {
  const sig = (r: IncidentRecordInput) => `${normalizeOrgName(r.organization.name)}|${r.published}`;
  const inNewer = new Map(newer.map((r) => [sig(r), r.key]));
  const kept: IncidentRecordInput[] = [];
  const dropped: { key: string; by: string }[] = [];
  for (const r of older) {
    const by = inNewer.get(sig(r));
    if (by) dropped.push({ key: r.key, by });
    else kept.push(r);
  }
  return { kept, dropped };
}
