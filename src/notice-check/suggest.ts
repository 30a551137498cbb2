import type { Cause, Measure } from '../extract/types.js';
import { measureShares } from '../peers/compare.js';
import { loadBenchIncidents } from '../peers/load.js';
import type { BenchIncident } from '../peers/types.js';
import type { Db } from '../store/db.js';
import type { MeasureSuggestion } from './types.js';

/** Measures announced by fewer than this share of comparable incidents are not worth suggesting. */
const MIN_SHARE = 0.1;

/**
 * Measures that incidents with the same cause announced and the draft does not mention, most common
 * first: "72% of SQL-injection incidents commissioned an external forensic investigation".
 *
 * @example await suggestMeasures(db, ['sql_injection'], ['password_reset'])
 * // => [{ measure: 'external_investigation', incidents: 18, of: 25, share: 0.72, … }, …]
 */
export async function suggestMeasures(
  db: Db,
  causes: readonly Cause[],
  mentioned: readonly Measure[],
  limit = 8,
): Promise<MeasureSuggestion[]> {
  if (causes.length === 0) return [];
  const byId = new Map<string, BenchIncident>();
  for (const cause of new Set(causes)) {
    for (const i of await loadBenchIncidents(db, { cause })) byId.set(i.id, i);
  }
  return measureShares([...byId.values()], mentioned)
    .filter((m) => m.share >= MIN_SHARE)
    .slice(0, limit);
}
