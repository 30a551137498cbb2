import type { Selectable } from 'kysely';
import type { Affected, Cause, DataClass, Lang, LeakStatus, Measure, ReportStage } from '../extract/types.js';
import type { IncidentFacts, IncidentSummary, OrganizationRef, ServiceRef } from '../incidents/types.js';
import type { Db } from './db.js';
import type { IncidentsTable } from './schema-core.js';
import type { Tx } from './tx.js';

export type IncidentRow = Selectable<IncidentsTable>;

/** Columns a summary needs (everything but the import record). */
export const SUMMARY_COLUMNS = [
  'id',
  'slug',
  'title',
  'organization_id',
  'source',
  'source_url',
  'lang',
  'facts',
  'published',
  'incident_start',
  'detected',
  'report_stage',
  'leak_status',
  'data_classes',
  'causes',
  'measures',
  'notice_count',
  'created_at',
  'updated_at',
] as const;

export type SummaryRow = Pick<IncidentRow, (typeof SUMMARY_COLUMNS)[number]>;

/**
 * The summaries of these incidents (in no particular order; unknown ids are left out). On SQLite
 * one prepared statement on the read connection, organisation joined and services as a JSON array
 * (in the order toSummaries gives them: by service id, down the incident_services key); elsewhere
 * the incident rows and toSummaries' two queries.
 *
 * Why: a search showing incidents whose summaries the name index does not hold yet paid three
 * Kysely queries — building and compiling them cost more than SQLite's work (profile of the web
 * bench's uncached search API).
 *
 * @example await summariesByIds(db, ['01J…']) // => [{ id: '01J…', title: …, organization: {…}, services: [] }]
 */
export async function summariesByIds(db: Db, ids: readonly string[]): Promise<IncidentSummary[]> {
  if (ids.length === 0) return [];
  if (db.hotRead) {
    const rows = db.hotRead(SUMMARIES_BY_IDS).all(JSON.stringify(ids)) as (SummaryRow & {
      org_slug: string | null;
      org_name: string | null;
      services_json: string;
    })[];
    return rows.map((r) =>
      toSummary(
        r,
        r.org_slug !== null && r.org_name !== null && r.organization_id !== null
          ? { id: r.organization_id, slug: r.org_slug, name: r.org_name }
          : null,
        JSON.parse(r.services_json) as ServiceRef[],
      ),
    );
  }
  const rows = await db.kysely
    .selectFrom('incidents')
    .select([...SUMMARY_COLUMNS])
    .where('id', 'in', [...ids])
    .execute();
  return toSummaries(db.kysely, rows);
}

const SUMMARIES_BY_IDS = `select ${SUMMARY_COLUMNS.map((c) => `i.${c}`).join(', ')},
  o.slug as org_slug, o.name as org_name,
  (select json_group_array(json_object('id', s.id, 'slug', s.slug, 'name', s.name))
    from incident_services l join services s on s.id = l.service_id
    where l.incident_id = i.id) as services_json
  from incidents i left join organizations o on o.id = i.organization_id
  where i.id in (select value from json_each(?))`;

/** Incident rows → summaries, loading their organisations and services in two queries. */
export async function toSummaries(tx: Tx, rows: SummaryRow[]): Promise<IncidentSummary[]> {
  if (rows.length === 0) return [];
  const orgIds = [...new Set(rows.map((r) => r.organization_id).filter((x): x is string => x !== null))];
  const orgs = orgIds.length
    ? await tx.selectFrom('organizations').select(['id', 'slug', 'name']).where('id', 'in', orgIds).execute()
    : [];
  const orgById = new Map(orgs.map((o) => [o.id, o as OrganizationRef]));
  const svc = await tx
    .selectFrom('incident_services as l')
    .innerJoin('services as s', 's.id', 'l.service_id')
    .select(['l.incident_id', 's.id', 's.slug', 's.name'])
    .where(
      'l.incident_id',
      'in',
      rows.map((r) => r.id),
    )
    .execute();
  const svcByIncident = new Map<string, ServiceRef[]>();
  for (const s of svc) {
    const list = svcByIncident.get(s.incident_id) ?? [];
    list.push({ id: s.id, slug: s.slug, name: s.name });
    svcByIncident.set(s.incident_id, list);
  }
  return rows.map((r) =>
    toSummary(r, orgById.get(r.organization_id ?? '') ?? null, svcByIncident.get(r.id) ?? []),
  );
}

export function toSummary(
  r: SummaryRow,
  organization: OrganizationRef | null,
  services: ServiceRef[],
): IncidentSummary {
  const facts = parseFacts(r.facts);
  return {
    id: r.id,
    slug: r.slug,
    title: r.title,
    organization,
    services,
    published: r.published,
    incident_start: r.incident_start,
    detected: r.detected,
    affected: (facts?.affected?.value as Affected | undefined) ?? null,
    data_classes: JSON.parse(r.data_classes) as DataClass[],
    causes: JSON.parse(r.causes) as Cause[],
    measures: JSON.parse(r.measures) as Measure[],
    leak_status: r.leak_status as LeakStatus | null,
    report_stage: r.report_stage as ReportStage | null,
    notice_count: Number(r.notice_count),
    source: r.source,
    source_url: r.source_url,
    lang: r.lang as Lang | null,
    created_at: r.created_at,
    updated_at: r.updated_at,
  };
}

export function parseFacts(json: string): IncidentFacts | null {
  return json === '{}' ? null : (JSON.parse(json) as IncidentFacts);
}
