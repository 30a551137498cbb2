import type { Fact, NoticeFacts } from '../../src/extract/types.js';
import { EXACT, type Rec, score } from './score.js';

/**
 * Does confidence mean something? For each exact field, the extractor's answers are put in bins by
 * their confidence and each bin's precision is measured against the gold labels (an answer where the
 * gold has none counts as wrong). The goal (issue 12): answers at confidence ≥ 0.8 are right at least
 * 90 % of the time.
 */

export const BINS = [
  { label: '≥0.8', min: 0.8, max: Number.POSITIVE_INFINITY },
  { label: '0.6–0.8', min: 0.6, max: 0.8 },
  { label: '<0.6', min: Number.NEGATIVE_INFINITY, max: 0.6 },
] as const;

export interface BinRow {
  label: string;
  n: number;
  right: number;
  precision: number | null;
}

export interface CalibrationRow {
  field: string;
  bins: BinRow[];
}

export interface Calibration {
  rows: CalibrationRow[];
  /** All fields together, answers at confidence ≥ 0.8. */
  high: BinRow;
}

function factFor(f: NoticeFacts, field: string): Fact<unknown> | null {
  if (field === 'affected.count') return f.affected;
  return (f as unknown as Record<string, Fact<unknown> | null>)[field] ?? null;
}

/**
 * Precision of the answers per confidence bin and field.
 *
 * @example calibrate(corpus.gold, corpus.pred, corpus.facts).high.precision // → 0.93
 */
export function calibrate(
  gold: Map<string, Rec>,
  pred: Map<string, Rec>,
  facts: Map<string, NoticeFacts>,
  fields: readonly string[] = EXACT,
): Calibration {
  const rows: CalibrationRow[] = [];
  const high = { label: BINS[0].label, n: 0, right: 0, precision: null as number | null };
  for (const field of fields) {
    const bins = BINS.map((b) => ({ label: b.label, n: 0, right: 0, precision: null as number | null }));
    for (const [k, g] of gold) {
      const f = facts.get(k);
      const p = pred.get(k);
      const fact = f ? factFor(f, field) : null;
      if (!fact || !p) continue;
      // The scorer's own rule for this one document and field (organisation matching included).
      const one = score(new Map([[k, g]]), new Map([[k, p]])).exact[field];
      const ok = (one?.right ?? 0) === 1;
      const i = BINS.findIndex((b) => fact.confidence >= b.min && fact.confidence < b.max);
      const bin = bins[i]!;
      bin.n++;
      if (ok) bin.right++;
      if (i === 0) {
        high.n++;
        if (ok) high.right++;
      }
    }
    for (const b of bins) b.precision = b.n > 0 ? b.right / b.n : null;
    rows.push({ field, bins });
  }
  high.precision = high.n > 0 ? high.right / high.n : null;
  return { rows, high };
}

/** The calibration table as printable lines. */
export function calibrationLines(c: Calibration): string[] {
  const fmt = (b: BinRow) =>
    `${b.label} ${b.precision === null ? '  —  ' : b.precision.toFixed(3)} (${b.right}/${b.n})`.padEnd(26);
  const out = c.rows.map((r) => `  ${r.field.padEnd(16)} ${r.bins.map(fmt).join('')}`);
  out.push(
    `  all fields at ≥0.8: ${c.high.precision === null ? '—' : c.high.precision.toFixed(3)} (${c.high.right}/${c.high.n}; goal ≥ 0.90)`,
  );
  return out;
}
