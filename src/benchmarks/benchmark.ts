import { AppError } from '../errors.js';
import type { Db } from '../store/db.js';
import { benchmarkOf, summarize } from './compare.js';
import { loadBenchIncident, loadBenchIncidents } from './store.js';
import type { BenchFilter, BenchmarkData, BenchSummary } from './types.js';

/**
 * The response benchmark of one incident: its durations, the distribution among comparable incidents
 * (same cause and size band), sentences in Japanese and English, similar incidents and the measures
 * others announced after the same cause. Throws `not_found` for an unknown incident.
 *
 * @example (await benchmarkFor(db, '2013-naver')).sentences.ja[0] // => '検知から1日後に公表。類似事案の中央値: 14日 (12件)'
 */
export async function benchmarkFor(db: Db, incidentIdOrSlug: string): Promise<BenchmarkData> {
  const target = await loadBenchIncident(db, incidentIdOrSlug);
  if (!target) throw new AppError('not_found', `No incident ${incidentIdOrSlug}`);
  const cause = target.causes[0];
  const peers = cause ? await loadBenchIncidents(db, { cause }) : [];
  return benchmarkOf(target, peers.some((p) => p.id === target.id) ? peers : [target, ...peers]);
}

/** The benchmark page's figures over the incidents matching `filter`. */
export async function benchmarkSummary(db: Db, filter: BenchFilter): Promise<BenchSummary> {
  const list = await loadBenchIncidents(db, {
    cause: filter.cause,
    dataClass: filter.dataClass,
    year: filter.year,
  });
  return summarize(list, filter);
}
