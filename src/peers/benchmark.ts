import { AppError } from '../errors.js';
import { benchVersion } from '../store/bench-rows.js';
import type { Db } from '../store/db.js';
import { benchmarkOf, durationsOf, summarize } from './compare.js';
import type { ResponseDurations } from './durations.js';
import { loadBenchIncident, loadBenchIncidents } from './load.js';
import type { BenchFilter, BenchIncident, BenchmarkData, BenchSummary } from './types.js';

/** Every incident with its durations, as the benchmarks compare them. */
export interface BenchSet {
  list: BenchIncident[];
  durations: Map<string, ResponseDurations>;
}

/**
 * Reading every incident (10,140 in the starter: about 0.4 s) on each benchmark request would make
 * the page and the incident pages cost grow with the store; the set is kept per database until an
 * incident changes (benchVersion: one count-and-max query).
 */
const cache = new WeakMap<
  Db,
  { version: string; set: Promise<BenchSet>; summaries: Map<string, BenchSummary> }
>();

/** Summaries kept per set (one per filter combination asked for), oldest dropped first. */
const SUMMARIES_MAX = 64;

async function cachedSet(db: Db) {
  const version = await benchVersion(db);
  const hit = cache.get(db);
  if (hit && hit.version === version) return hit;
  const set = loadBenchIncidents(db).then((list) => ({ list, durations: durationsOf(list) }));
  const entry = { version, set, summaries: new Map<string, BenchSummary>() };
  cache.set(db, entry);
  set.catch(() => {
    if (cache.get(db) === entry) cache.delete(db);
  });
  return entry;
}

/** Every incident and its durations, from the cache while the incidents have not changed. */
export async function benchSet(db: Db): Promise<BenchSet> {
  return (await cachedSet(db)).set;
}

/**
 * The response benchmark of one incident: its durations, the distribution among comparable incidents
 * (same cause and size band), where each duration falls (placement), sentences in Japanese and
 * English, similar incidents and the measures others announced after the same cause. Throws
 * `not_found` for an unknown incident.
 *
 * @example (await benchmarkFor(db, '2013-naver')).sentences.ja[0] // => '検知から1日後に公表。類似事案の中央値: 14日 (12件)'
 */
export async function benchmarkFor(db: Db, incidentIdOrSlug: string): Promise<BenchmarkData> {
  const target = await loadBenchIncident(db, incidentIdOrSlug);
  if (!target) throw new AppError('not_found', `No incident ${incidentIdOrSlug}`);
  const { list, durations } = await benchSet(db);
  const all = list.some((p) => p.id === target.id) ? list : [target, ...list];
  return benchmarkOf(target, all, durations);
}

/** The benchmark page's figures over the incidents matching `filter`. */
export async function benchmarkSummary(db: Db, filter: BenchFilter): Promise<BenchSummary> {
  const entry = await cachedSet(db);
  const key = JSON.stringify([filter.cause, filter.dataClass, filter.sector, filter.country, filter.year]);
  const hit = entry.summaries.get(key);
  if (hit) return hit;
  const summary = summarize((await entry.set).list, filter);
  entry.summaries.set(key, summary);
  if (entry.summaries.size > SUMMARIES_MAX) entry.summaries.delete(entry.summaries.keys().next().value!);
  return summary;
}

/** The years and countries the page's filters offer: those of the incidents, latest year first. */
export async function benchmarkChoices(db: Db): Promise<{ years: number[]; countries: string[] }> {
  const { list } = await benchSet(db);
  const years = [...new Set(list.map((i) => i.year).filter((y): y is number => y !== null))].sort(
    (a, b) => b - a,
  );
  const all = await benchmarkSummary(db, {});
  const countries = all.breakdowns.find((b) => b.dimension === 'country')?.segments.map((g) => g.key) ?? [];
  return { years, countries };
}
