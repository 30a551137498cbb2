import type { Db } from './db.js';

/** Rows read per query; keeps memory flat and `IN (…)` lists under every dialect's parameter limit. */
const CHUNK = 500;

/** Which incidents to read for the response benchmarks (JSON arrays stored as text, quoted key LIKE). */
export interface BenchRowQuery {
  cause?: string | undefined;
  dataClass?: string | undefined;
  year?: number | undefined;
  ids?: readonly string[] | undefined;
}

/**
 * One incident's columns as the benchmarks read them, with what its import record says about the
 * organisation: the sector and country of the record and of each joined record (`also`), in order.
 * Deciding which sector an incident belongs to is the benchmarks' job, not the store's.
 */
export interface BenchRow {
  id: string;
  slug: string;
  title: string;
  organization: string | null;
  lang: 'ja' | 'en' | null;
  published: string | null;
  incident_start: string | null;
  detected: string | null;
  year: number | null;
  /** JSON arrays as stored. */
  causes: string;
  data_classes: string;
  measures: string;
  affected: number | null;
  leak_status: string | null;
  /** The merged facts' contained date. */
  contained: string | null;
  /** The earliest notice of report stage "final". */
  final_report: string | null;
  /** Sectors named by the import record and its joined records (non-null ones, record first). */
  record_sectors: string[];
  /** Countries named likewise. */
  record_countries: string[];
}

function containedOf(json: string): string | null {
  // Facts are JSON.stringify output and mostly lack a contained date; parsing all of them (9 MB in
  // the starter) to find out took most of the benchmarks' load time.
  if (!json.includes('"contained":{')) return null;
  try {
    const f = JSON.parse(json) as { contained?: { value?: unknown } };
    return typeof f.contained?.value === 'string' ? f.contained.value : null;
  } catch {
    return null;
  }
}

/**
 * The sectors and countries an import record gives (its own, then those of `also`). The record is
 * stored whole as JSON; reading two fields of it keeps the schema as it is (no column to backfill).
 */
function recordHints(json: string | null): { sectors: string[]; countries: string[] } {
  const out = { sectors: [] as string[], countries: [] as string[] };
  if (!json) return out;
  let r: { sector?: unknown; country?: unknown; also?: unknown };
  try {
    r = JSON.parse(json) as typeof r;
  } catch {
    return out;
  }
  const all = [r, ...(Array.isArray(r.also) ? (r.also as (typeof r)[]) : [])];
  for (const x of all) {
    if (typeof x?.sector === 'string') out.sectors.push(x.sector);
    if (typeof x?.country === 'string') out.countries.push(x.country);
  }
  return out;
}

/**
 * Incidents with what the benchmarks need — cause, size, data classes, measures, the dates of the
 * response (contained from the merged facts, the final report from the notices) and the import
 * record's sector and country — in pages of CHUNK rows.
 *
 * @example for await (const page of benchRowPages(db, { cause: 'ransomware' })) …
 */
export async function* benchRowPages(db: Db, q: BenchRowQuery = {}): AsyncGenerator<BenchRow[]> {
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
        'i.lang',
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
        'i.import_record',
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
    const finals = await k
      .selectFrom('incident_notices as l')
      .innerJoin('notices as n', 'n.id', 'l.notice_id')
      .select(['l.incident_id', (eb) => eb.fn.min('n.published').as('final_report')])
      .where(
        'l.incident_id',
        'in',
        rows.map((r) => r.id),
      )
      .where('n.report_stage', '=', 'final')
      .groupBy('l.incident_id')
      .execute();
    const finalBy = new Map(finals.map((f) => [f.incident_id, (f.final_report as string | null) ?? null]));
    yield rows.map((r): BenchRow => {
      const hints = recordHints(r.import_record);
      return {
        id: r.id,
        slug: r.slug,
        title: r.title,
        organization: r.organization ?? null,
        lang: r.lang,
        published: r.published,
        incident_start: r.incident_start,
        detected: r.detected,
        year: r.year === null ? null : Number(r.year),
        causes: r.causes,
        data_classes: r.data_classes,
        measures: r.measures,
        affected: r.affected_count === null ? null : Number(r.affected_count),
        leak_status: r.leak_status,
        contained: containedOf(r.facts),
        final_report: finalBy.get(r.id) ?? null,
        record_sectors: hints.sectors,
        record_countries: hints.countries,
      };
    });
    if (rows.length < CHUNK) return;
    after = rows[rows.length - 1]!.id;
  }
}

/** The id of the incident with this id or slug; null when there is none. */
export async function findIncidentId(db: Db, idOrSlug: string): Promise<string | null> {
  const row = await db.kysely
    .selectFrom('incidents')
    .select('id')
    .where((eb) => eb.or([eb('id', '=', idOrSlug), eb('slug', '=', idOrSlug)]))
    .executeTakeFirst();
  return row?.id ?? null;
}

/**
 * A value that changes whenever an incident is added, removed or updated (count and latest update
 * time): callers keep what they computed over every incident until it changes.
 */
export async function benchVersion(db: Db): Promise<string> {
  const r = await db.kysely
    .selectFrom('incidents')
    .select((eb) => [eb.fn.countAll().as('n'), eb.fn.max('updated_at').as('at')])
    .executeTakeFirstOrThrow();
  return `${String(r.n)}:${String(r.at ?? '')}`;
}
