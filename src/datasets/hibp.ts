import { HibpBreach, hibpToRecord } from '../incidents/hibp.js';
import type { ParseResult } from './common.js';

/**
 * Have I Been Pwned's catalogue (API v3 `/breaches`, or the supplement whose rows lack Name: it is
 * taken from LogoPath, which HIBP names after it) → records keyed `hibp:<Name>`. Counts are accounts,
 * never people. AddedDate is when HIBP loaded the data, not a disclosure: published stays null.
 * Fabricated breaches and spam lists are skipped unless `includeFabricated`; sensitive ones unless
 * `includeSensitive` (HIBP hides them from public search). Pure.
 */

const CCTLD: Record<string, string> = {
  jp: 'JP',
  in: 'IN',
  id: 'ID',
  ru: 'RU',
  cn: 'CN',
  vn: 'VN',
  br: 'BR',
};

/**
 * HIBP's Name of a row; a supplement row has none, so its logo's file name (HIBP names logos after
 * the breach) stands in, or its Title without spaces when the logo is HIBP's generic one ("List").
 */
export function hibpName(row: Record<string, unknown>): string | null {
  if (typeof row.Name === 'string' && row.Name) return row.Name;
  const m = typeof row.LogoPath === 'string' ? /\/([^/]+)\.[a-z]+$/i.exec(row.LogoPath) : null;
  const logo = m ? decodeURIComponent(m[1]!) : null;
  if (logo && logo !== 'List') return logo;
  return typeof row.Title === 'string' ? row.Title.replace(/[^\p{L}\p{N}]+/gu, '') || null : null;
}

export function parseHibp(
  rows: unknown[],
  opts: { dataset?: string; includeFabricated?: boolean; includeSensitive?: boolean } = {},
): ParseResult {
  const dataset = opts.dataset ?? 'hibp_breaches.json';
  const out: ParseResult = { records: [], skipped: [] };
  const keys = new Set<string>();
  rows.forEach((raw, i) => {
    const row = i + 1;
    const obj = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
    const name = hibpName(obj);
    const b = HibpBreach.safeParse({ ...obj, Name: name });
    if (!b.success) {
      out.skipped.push({ row, reason: 'not a HIBP breach (Name, Title, PwnCount)' });
      return;
    }
    if (!opts.includeFabricated && (b.data.IsFabricated || b.data.IsSpamList)) {
      out.skipped.push({ row, reason: 'fabricated or spam list' });
      return;
    }
    if (!opts.includeSensitive && b.data.IsSensitive) {
      out.skipped.push({ row, reason: 'sensitive (hidden from public search by HIBP)' });
      return;
    }
    const rec = hibpToRecord(b.data);
    if (keys.has(rec.key)) {
      out.skipped.push({ row, reason: `repeats ${rec.key}` });
      return;
    }
    keys.add(rec.key);
    const tld = (b.data.Domain ?? '').split('.').pop() ?? '';
    out.records.push({
      ...rec,
      lang: 'en',
      country: CCTLD[tld] ?? null,
      title: `${b.data.Title} breach${rec.incident_start ? ` (${rec.incident_start.slice(0, 4)})` : ''}`,
      published: null,
      provenance: 'dataset',
      origin: { dataset, row, url: rec.source_url ?? null },
    });
  });
  return out;
}
