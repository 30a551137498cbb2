import type { IncidentRecordInput, Sector } from '../incidents/record.js';

/**
 * What every dataset parser shares: a CSV reader (RFC 4180: quoted fields may hold commas, quotes
 * and line breaks), US date forms, counts, and the result shape. Pure.
 */

/** A parser's output: the records it made and the rows it skipped, with why. */
export interface ParseResult {
  records: IncidentRecordInput[];
  skipped: { row: number; reason: string }[];
}

/**
 * Parses CSV text into rows of named fields (the first line is the header). Row numbers are 1-based
 * data rows (the header is row 0).
 *
 * @example parseCsv('a,b\n1,"x, y"\n') // => [{ a: '1', b: 'x, y' }]
 */
export function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let field = '';
  let row: string[] = [];
  let quoted = false;
  const t = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < t.length; i++) {
    const c = t[i]!;
    if (quoted) {
      if (c === '"') {
        if (t[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && t[i + 1] === '\n') i++;
      row.push(field);
      field = '';
      rows.push(row);
      row = [];
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  const [header, ...data] = rows.filter((r) => r.length > 1 || (r[0] ?? '') !== '');
  if (!header) return [];
  return data.map((r) => Object.fromEntries(header.map((h, i) => [h.trim(), r[i] ?? ''])));
}

const MONTHS: Record<string, number> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
};

function iso(y: number, m: number, d: number): string | null {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * A US date as the datasets write it → YYYY-MM-DD, or null.
 * Forms: "October 21, 2009", "03/28/2018 12:00:00 AM", "02-06-17 0:00" (MM-DD-YY), "2016-01-05".
 *
 * @example usDate('02-06-17 0:00') // => '2017-02-06'
 */
export function usDate(text: string | null | undefined): string | null {
  const s = (text ?? '').normalize('NFKC').trim();
  if (!s) return null;
  let m = /^([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(s);
  if (m) {
    const month = MONTHS[m[1]!.toLowerCase()];
    return month ? iso(Number(m[3]), month, Number(m[2])) : null;
  }
  m = /^(\d{1,2})[/-](\d{1,2})[/-](\d{2}|\d{4})(?:\s|$)/.exec(s);
  if (m) {
    const y = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    return iso(y, Number(m[1]), Number(m[2]));
  }
  m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  return m ? iso(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** "14,783" → 14783; "Unknown", "" or anything not a whole figure → null. */
export function plainCount(text: string | null | undefined): number | null {
  const s = (text ?? '').replace(/,/g, '').trim();
  return /^\d+$/.test(s) ? Number(s) : null;
}

/** An organisation name as a dataset prints it, NFKC-normalised and with spaces collapsed. */
export function cleanName(text: string | null | undefined): string {
  return (text ?? '').normalize('NFKC').replace(/\s+/g, ' ').trim();
}

/**
 * A title we write (never a source's sentence): "Premera Blue Cross breach (2015)". A long name (the
 * lists join affiliates into one) is cut at a word before 80 characters.
 */
export function breachTitle(org: string, date: string | null): string {
  const name = org.length <= 80 ? org : `${org.slice(0, 80).replace(/[\s,;(]+\S*$/, '')}…`;
  return date ? `${name} breach (${date.slice(0, 4)})` : `${name} breach`;
}

/** An http(s) address or null (datasets hold blanks and truncated "…" addresses). */
export function httpUrl(text: string | null | undefined): string | null {
  const s = (text ?? '').trim();
  if (!/^https?:\/\/\S+$/.test(s) || /\.\.\.$|…$/.test(s)) return null;
  try {
    return new URL(s).href;
  } catch {
    return null;
  }
}

/**
 * Names trimmed, blanks dropped, each kept once in first-seen order, leaving out those in `exclude`
 * (the name an alias list stands beside).
 *
 * @example uniq([' ACME ', 'ACME', '', null, 'Acme Ltd'], ['Acme Ltd']) // => ['ACME']
 */
export function uniq(xs: (string | null | undefined)[], exclude: string[] = []): string[] {
  const seen = new Set(exclude);
  const out: string[] = [];
  for (const x of xs) {
    const v = x?.trim();
    if (!v || seen.has(v)) continue;
    seen.add(v);
    out.push(v);
  }
  return out;
}

export type { Sector };
