import { AppError } from '../errors.js';
import type { Cause } from '../extract/types.js';
import type { Db } from '../store/db.js';
import { benchmarkOf, summarize } from './compare.js';
import { loadBenchIncident, loadBenchIncidents } from './store.js';
import type { BenchFilter, BenchIncident, BenchmarkData, BenchSummary } from './types.js';

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
  const peers = cause ? await peersOf(db, cause) : [];
  return benchmarkOf(target, peers.some((p) => p.id === target.id) ? peers : [target, ...peers]);
}

/**
 * Peers change only when incidents do, and reading every incident of a cause on each incident page
 * view would make that page cost grow with the store: keep each cause's peers for a minute.
 */
const PEER_TTL_MS = 60_000;
const peerCache = new WeakMap<Db, Map<string, { at: number; peers: Promise<BenchIncident[]> }>>();

function peersOf(db: Db, cause: Cause): Promise<BenchIncident[]> {
  let perDb = peerCache.get(db);
  if (!perDb) {
    perDb = new Map();
    peerCache.set(db, perDb);
  }
  const hit = perDb.get(cause);
  const now = Date.now();
  if (hit && now - hit.at < PEER_TTL_MS) return hit.peers;
  const peers = loadBenchIncidents(db, { cause });
  perDb.set(cause, { at: now, peers });
  peers.catch(() => perDb?.delete(cause));
  return peers;
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
