/**
 * The corpus arrives in batches; each is scored apart, because the rules were written while reading
 * batch 1 and a later batch's first score is the best estimate of quality on unseen notices.
 * The one place that says which file belongs to which batch: a row per batch, by file number.
 * A labelled file that no row covers is reported as a batch of its own ("new …") until a row is added.
 */
export interface Batch {
  id: string;
  label: string;
  /** Inclusive file-number range of `docs/<lang>/<NNN>.txt`; seeds (`seeds/…`) belong to batch 1. */
  from: number;
  to: number;
  seeds?: boolean;
}

export const BATCHES: Batch[] = [
  {
    id: 'batch1',
    label: 'batch 1: seeds, ja+en < 201 (development set)',
    from: 0,
    to: 200,
    seeds: true,
  },
  { id: 'batch2', label: 'batch 2: ja/201–267 (arrived 2026-12-05)', from: 201, to: 267 },
];

/** The batch a gold `doc` path belongs to (a synthetic "new" batch per hundred when no row covers it). */
export function batchOf(doc: string): { id: string; label: string } {
  const path = doc.replace(/\\/g, '/');
  if (path.startsWith('seeds/') || path.includes('/seeds/')) {
    const b = BATCHES.find((x) => x.seeds);
    if (b) return b;
  }
  const m = /(\d+)(?:_[^/]*)?\.txt$/.exec(path);
  const n = m ? Number(m[1]) : Number.NaN;
  const row = BATCHES.find((b) => n >= b.from && n <= b.to);
  if (row) return row;
  if (Number.isNaN(n)) return { id: 'unnumbered', label: 'files without a number (add a row)' };
  const lo = Math.floor(n / 100) * 100;
  return { id: `new${lo}`, label: `new: files ${lo}–${lo + 99} not in BATCHES yet (first sight?)` };
}
