import type { Cause, DataClass, LeakStatus, Measure } from '../extract/types.js';
import { type BenchRow, type BenchRowQuery, benchRowPages, findIncidentId } from '../store/bench-rows.js';
import type { Db } from '../store/db.js';
import { countryFor, sectorFor } from './sector.js';
import type { BenchIncident } from './types.js';

export interface BenchQuery extends BenchRowQuery {
  cause?: Cause | undefined;
  dataClass?: DataClass | undefined;
}

function parseArray<T>(json: string): T[] {
  try {
    const v = JSON.parse(json) as unknown;
    return Array.isArray(v) ? (v as T[]) : [];
  } catch {
    return [];
  }
}

/** A stored row as the benchmarks see it: arrays parsed, sector and country decided. */
export function benchIncidentOf(r: BenchRow): BenchIncident {
  return {
    id: r.id,
    slug: r.slug,
    title: r.title,
    organization: r.organization,
    published: r.published,
    year: r.year,
    causes: parseArray<Cause>(r.causes),
    data_classes: parseArray<DataClass>(r.data_classes),
    measures: parseArray<Measure>(r.measures),
    affected: r.affected,
    leak_status: r.leak_status as LeakStatus | null,
    sector: sectorFor(r.record_sectors, r.organization),
    country: countryFor(r.record_countries, r.lang),
    timeline: {
      incident_start: r.incident_start,
      detected: r.detected,
      contained: r.contained,
      first_notice: r.published,
      final_report: r.final_report,
    },
  };
}

/**
 * Incidents matching `q` as the benchmarks see them, page by page (src/store/bench-rows.ts reads).
 *
 * @example for await (const page of benchIncidentPages(db, { cause: 'ransomware' })) …
 */
export async function* benchIncidentPages(db: Db, q: BenchQuery = {}): AsyncGenerator<BenchIncident[]> {
  for await (const page of benchRowPages(db, q)) yield page.map(benchIncidentOf);
}

/** Every incident matching `q`, as one array (benchmarks compare against all of them). */
export async function loadBenchIncidents(db: Db, q: BenchQuery = {}): Promise<BenchIncident[]> {
  const out: BenchIncident[] = [];
  for await (const page of benchIncidentPages(db, q)) out.push(...page);
  return out;
}

/** One incident by id or slug; null when there is none. */
export async function loadBenchIncident(db: Db, idOrSlug: string): Promise<BenchIncident | null> {
  const id = await findIncidentId(db, idOrSlug);
  if (!id) return null;
  const [one] = await loadBenchIncidents(db, { ids: [id] });
  return one ?? null;
}
