import type { Cause, DataClass, IsoDate, LeakStatus, Measure } from '../extract/types.js';
import type { IncidentFacts } from '../incidents/types.js';
import type { Db } from '../store/db.js';
import type { BenchIncident } from './types.js';

/** Rows read per query; keeps memory flat and `IN (…)` lists under every dialect's parameter limit. */
const CHUNK = 500;

export interface BenchQuery {
  cause?: Cause | undefined;
  dataClass?: DataClass | undefined;
  year?: number | undefined;
  ids?: readonly string[] | undefined;
}

function parseArray<T>(json: string): T[] {
  try {
    const v = JSON.parse(json) as unknown;
    return Array.isArray(v) ? (v as T[]) : [];
  } catch {
    return [];
  }
}

function containedOf(json: string): IsoDate | null {
  if (!json || json === '{}') return null;
  try {
    const f = JSON.parse(json) as Partial<IncidentFacts>;
    return f.contained?.value ?? null;
  } catch {
    return null;
  }
}

/**
 * Incidents with what the benchmarks need — cause, size, data classes, measures and the dates of the
 * response (the contained date from the merged facts, the final report from the notices) — in pages
 * of CHUNK rows. Filters match the reader's (JSON arrays stored as text, quoted key LIKE).
 *
 * @example for await (const page of benchIncidentPages(db, { cause: 'ransomware' })) …
 */
export async function* benchIncidentPages(db: Db, q: BenchQuery = {}): AsyncGenerator<BenchIncident[]> {
  const k = db.kysely;
  let after = '';
  for (;;) {
    let s = k
      .selectFrom('incidents as i')
      .leftJoin('organizations as o', 'o.id', 'i.organization_id')
      .select([
        'i.id',
        'i.slug',
        'i.title',
        'o.name as organization',
        'i.published',
        'i.incident_start',
        'i.detected',
        'i.year',
        'i.causes',
        'i.data_classes',
        'i.measures',
        'i.affected_count',
        'i.leak_status',
        'i.facts',
      ])
      .where('i.id', '>', after)
      .orderBy('i.id')
      .limit(CHUNK);
    if (q.cause) s = s.where('i.causes', 'like', `%${JSON.stringify(q.cause)}%`);
    if (q.dataClass) s = s.where('i.data_classes', 'like', `%${JSON.stringify(q.dataClass)}%`);
    if (q.year !== undefined) s = s.where('i.year', '=', q.year);
    if (q.ids) {
      if (q.ids.length === 0) return;
      s = s.where('i.id', 'in', [...q.ids]);
    }
    const rows = await s.execute();
    if (rows.length === 0) return;
    const ids = rows.map((r) => r.id);
    const finals = await k
      .selectFrom('incident_notices as l')
      .innerJoin('notices as n', 'n.id', 'l.notice_id')
      .select(['l.incident_id', (eb) => eb.fn.min('n.published').as('final_report')])
      .where('l.incident_id', 'in', ids)
      .where('n.report_stage', '=', 'final')
      .groupBy('l.incident_id')
      .execute();
    const finalBy = new Map(finals.map((f) => [f.incident_id, (f.final_report as string | null) ?? null]));
    yield rows.map(
      (r): BenchIncident => ({
        id: r.id,
        slug: r.slug,
        title: r.title,
        organization: r.organization ?? null,
        published: r.published,
        year: r.year === null ? null : Number(r.year),
        causes: parseArray<Cause>(r.causes),
        data_classes: parseArray<DataClass>(r.data_classes),
        measures: parseArray<Measure>(r.measures),
        affected: r.affected_count === null ? null : Number(r.affected_count),
        leak_status: r.leak_status as LeakStatus | null,
        timeline: {
          incident_start: r.incident_start,
          detected: r.detected,
          contained: containedOf(r.facts),
          first_notice: r.published,
          final_report: finalBy.get(r.id) ?? null,
        },
      }),
    );
    if (rows.length < CHUNK) return;
    after = rows[rows.length - 1]!.id;
  }
}

/** Every incident matching `q`, as one array (benchmarks compare against all of them). */
export async function loadBenchIncidents(db: Db, q: BenchQuery = {}): Promise<BenchIncident[]> {
  const out: BenchIncident[] = [];
  for await (const page of benchIncidentPages(db, q)) out.push(...page);
  return out;
}

/** One incident by id or slug; null when there is none. */
export async function loadBenchIncident(db: Db, idOrSlug: string): Promise<BenchIncident | null> {
  const row = await db.kysely
    .selectFrom('incidents')
    .select('id')
    .where((eb) => eb.or([eb('id', '=', idOrSlug), eb('slug', '=', idOrSlug)]))
    .executeTakeFirst();
  if (!row) return null;
  const [one] = await loadBenchIncidents(db, { ids: [row.id] });
  return one ?? null;
}
