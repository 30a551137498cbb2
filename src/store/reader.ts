import { sql } from 'kysely';
import type { Cause, DataClass, Lang, ReportStage } from '../extract/types.js';
import { isId } from '../ids.js';
import { emptyIncidentFacts } from '../incidents/merge.js';
import type {
  FactChange,
  IncidentDetail,
  IncidentFilter,
  IncidentReader,
  IncidentStamp,
  IncidentSummary,
  NoticeDetail,
  NoticeSummary,
  OrganizationDetail,
  OrganizationRef,
  Page,
  ServiceDetail,
  ServiceRef,
  Stats,
} from '../incidents/types.js';
import type { Db } from './db.js';
import { searchIncidents, suggest } from './search.js';
import { parseFacts, SUMMARY_COLUMNS, toSummaries } from './summaries.js';
import type { Tx } from './tx.js';

const MAX_LIMIT = 200;

function page(opts: { limit?: number | undefined; offset?: number | undefined } = {}, dflt = 20) {
  const limit = Math.max(1, Math.min(MAX_LIMIT, Math.trunc(opts.limit ?? dflt)));
  const offset = Math.max(0, Math.trunc(opts.offset ?? 0));
  return { limit, offset };
}

/**
 * The store's read side for the web, API, CLI and exports. Lists are most recent first (first
 * published date, undated last); every list is paginated (limit ≤ 200).
 *
 * @example const reader = createReader(db); await reader.getIncident('2013-naver-1a2b3c')
 */
export function createReader(db: Db): IncidentReader {
  const k = db.kysely;
  return {
    listIncidents: (filter = {}) => listIncidents(k, filter),
    eachIncident: (batch = 1000) => eachIncident(k, Math.max(1, Math.min(5000, batch))),
    getIncident: (idOrSlug) => getIncident(k, idOrSlug),
    incidentStamp: (idOrSlug) => incidentStamp(db, idOrSlug),
    getNotice: (id) => getNotice(k, id),
    searchIncidents: (q, opts = {}) => searchIncidents(db, q, page(opts)),
    suggest: (q, limit = 10) => suggest(db, q, Math.max(1, Math.min(50, limit))),
    listOrganizations: (opts) => listOrganizations(k, opts),
    getOrganization: (idOrSlug) => getOrganization(k, idOrSlug),
    listServices: (opts) => listServices(k, opts),
    getService: (idOrSlug) => getService(k, idOrSlug),
    stats: () => stats(db),
  };
}

async function listIncidents(k: Tx, filter: IncidentFilter): Promise<Page<IncidentSummary>> {
  const { limit, offset } = page(filter);
  let q = k.selectFrom('incidents');
  if (filter.organizationId) q = q.where('organization_id', '=', filter.organizationId);
  if (filter.serviceId) {
    const sid = filter.serviceId;
    q = q.where('id', 'in', (sq) =>
      sq.selectFrom('incident_services').select('incident_id').where('service_id', '=', sid),
    );
  }
  // JSON arrays stored as text: the quoted key cannot occur inside another key.
  if (filter.dataClass) q = q.where('data_classes', 'like', `%${JSON.stringify(filter.dataClass)}%`);
  if (filter.cause) q = q.where('causes', 'like', `%${JSON.stringify(filter.cause)}%`);
  if (filter.year !== undefined) q = q.where('year', '=', filter.year);
  if (filter.updatedSince) q = q.where('updated_at', '>', filter.updatedSince);
  const [rows, total] = await Promise.all([
    q
      .select([...SUMMARY_COLUMNS])
      .orderBy(sql`published is null`)
      .orderBy('published', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .offset(offset)
      .execute(),
    q.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: await toSummaries(k, rows), total: Number(total.n), limit, offset };
}

/**
 * Every incident a batch at a time, by id (keyset: each batch is one indexed range read, where
 * offset pages re-sort the whole table each time — 10,000 incidents took 9 s in pages of 100).
 */
async function* eachIncident(k: Tx, batch: number): AsyncIterable<IncidentSummary[]> {
  let after = '';
  for (;;) {
    const rows = await k
      .selectFrom('incidents')
      .select([...SUMMARY_COLUMNS])
      .where('id', '>', after)
      .orderBy('id')
      .limit(batch)
      .execute();
    if (rows.length === 0) return;
    yield await toSummaries(k, rows);
    after = rows[rows.length - 1]!.id;
    if (rows.length < batch) return;
  }
}

async function findIncidentRow(k: Tx, idOrSlug: string) {
  return k
    .selectFrom('incidents')
    .select([...SUMMARY_COLUMNS])
    .where(isId(idOrSlug) ? 'id' : 'slug', '=', idOrSlug)
    .executeTakeFirst();
}

async function incidentStamp(db: Db, idOrSlug: string): Promise<IncidentStamp | null> {
  const column = isId(idOrSlug) ? 'id' : 'slug';
  // Asked on every incident page view: on SQLite, the read connection's prepared statement (a
  // tenth of Kysely's cost per query); the revision is one step down the updated_at index.
  const { hotRead, readTogether } = db;
  if (hotRead && readTogether) {
    // Page views that arrive together share one read transaction (see Db.readTogether).
    const row = await readTogether(
      () =>
        hotRead(
          `select id, updated_at, (select max(updated_at) from incidents) as revision from incidents where ${column} = ?`,
        ).get(idOrSlug) as { id: string; updated_at: string; revision: string } | undefined,
    );
    return row ? { id: row.id, updatedAt: row.updated_at, revision: row.revision } : null;
  }
  const row = await db.kysely
    .selectFrom('incidents')
    .select(['id', 'updated_at', sql<string>`(select max(updated_at) from incidents)`.as('revision')])
    .where(column, '=', idOrSlug)
    .executeTakeFirst();
  return row ? { id: row.id, updatedAt: row.updated_at, revision: row.revision } : null;
}

async function getIncident(k: Tx, idOrSlug: string): Promise<IncidentDetail | null> {
  const row = await findIncidentRow(k, idOrSlug);
  if (!row) return null;
  const [summary] = await toSummaries(k, [row]);
  const [notices, history, links] = await Promise.all([
    k
      .selectFrom('incident_notices as l')
      .innerJoin('notices as n', 'n.id', 'l.notice_id')
      .select([
        'n.id',
        'n.url',
        'n.title',
        'n.lang',
        'n.report_stage',
        'n.published',
        'n.fetched_at',
        'n.content_hash',
      ])
      .where('l.incident_id', '=', row.id)
      .orderBy('n.published')
      .orderBy('n.id')
      .execute(),
    k.selectFrom('fact_history').selectAll().where('incident_id', '=', row.id).orderBy('seq').execute(),
    k
      .selectFrom('incident_links')
      .select(['incident_a', 'incident_b'])
      .where((eb) => eb.or([eb('incident_a', '=', row.id), eb('incident_b', '=', row.id)]))
      .execute(),
  ]);
  const relatedIds = links.map((l) => (l.incident_a === row.id ? l.incident_b : l.incident_a));
  const relatedRows = relatedIds.length
    ? await k
        .selectFrom('incidents')
        .select([...SUMMARY_COLUMNS])
        .where('id', 'in', relatedIds)
        .execute()
    : [];
  const facts = parseFacts(row.facts) ?? emptyIncidentFacts();
  return {
    ...summary!,
    facts,
    notices: notices.map(toNoticeSummary),
    history: history.map(
      (h): FactChange => ({
        id: h.id,
        incident_id: h.incident_id,
        field: h.field as FactChange['field'],
        from: h.from_value === null ? null : JSON.parse(h.from_value),
        to: h.to_value === null ? null : JSON.parse(h.to_value),
        kind: h.kind,
        notice_id: h.notice_id,
        by: h.by,
        reason: h.reason,
        at: h.at,
      }),
    ),
    related: await toSummaries(k, relatedRows),
    contact: facts.contact?.value ?? null,
  };
}

function toNoticeSummary(n: {
  id: string;
  url: string | null;
  title: string | null;
  lang: string;
  report_stage: string | null;
  published: string | null;
  fetched_at: string;
  content_hash: string;
}): NoticeSummary {
  return {
    id: n.id,
    url: n.url,
    title: n.title,
    lang: n.lang as Lang,
    report_stage: n.report_stage as ReportStage | null,
    published: n.published,
    fetched_at: n.fetched_at,
    content_hash: n.content_hash,
  };
}

async function getNotice(k: Tx, id: string): Promise<NoticeDetail | null> {
  if (!isId(id)) return null;
  const n = await k
    .selectFrom('notices as n')
    .leftJoin('incident_notices as l', 'l.notice_id', 'n.id')
    .selectAll('n')
    .select('l.incident_id')
    .where('n.id', '=', id)
    .executeTakeFirst();
  if (!n) return null;
  return { ...toNoticeSummary(n), text: n.text, facts: JSON.parse(n.facts), incident_id: n.incident_id };
}

async function listOrganizations(
  k: Tx,
  opts: { limit?: number; offset?: number } = {},
): Promise<Page<OrganizationRef>> {
  const { limit, offset } = page(opts, 50);
  const [items, total] = await Promise.all([
    k
      .selectFrom('organizations')
      .select(['id', 'slug', 'name'])
      .orderBy('name')
      .orderBy('id')
      .limit(limit)
      .offset(offset)
      .execute(),
    k
      .selectFrom('organizations')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n), limit, offset };
}

async function incidentsWhere(
  k: Tx,
  column: 'organization_id' | 'service',
  id: string,
): Promise<IncidentSummary[]> {
  let q = k.selectFrom('incidents').select([...SUMMARY_COLUMNS]);
  q =
    column === 'organization_id'
      ? q.where('organization_id', '=', id)
      : q.where('id', 'in', (sq) =>
          sq.selectFrom('incident_services').select('incident_id').where('service_id', '=', id),
        );
  const rows = await q
    .orderBy(sql`published is null`)
    .orderBy('published', 'desc')
    .orderBy('id', 'desc')
    .limit(MAX_LIMIT)
    .execute();
  return toSummaries(k, rows);
}

async function getOrganization(k: Tx, idOrSlug: string): Promise<OrganizationDetail | null> {
  const org = await k
    .selectFrom('organizations')
    .select(['id', 'slug', 'name'])
    .where(isId(idOrSlug) ? 'id' : 'slug', '=', idOrSlug)
    .executeTakeFirst();
  if (!org) return null;
  const [aliases, services, incidents] = await Promise.all([
    k.selectFrom('aliases').select('alias').where('target_id', '=', org.id).orderBy('created_at').execute(),
    k
      .selectFrom('services')
      .select(['id', 'slug', 'name'])
      .where('organization_id', '=', org.id)
      .orderBy('name')
      .execute(),
    incidentsWhere(k, 'organization_id', org.id),
  ]);
  return { ...org, aliases: aliases.map((a) => a.alias), services, incidents };
}

async function listServices(
  k: Tx,
  opts: { limit?: number; offset?: number } = {},
): Promise<Page<ServiceRef & { organization: OrganizationRef | null }>> {
  const { limit, offset } = page(opts, 50);
  const [rows, total] = await Promise.all([
    k
      .selectFrom('services as s')
      .leftJoin('organizations as o', 'o.id', 's.organization_id')
      .select(['s.id', 's.slug', 's.name', 'o.id as org_id', 'o.slug as org_slug', 'o.name as org_name'])
      .orderBy('s.name')
      .orderBy('s.id')
      .limit(limit)
      .offset(offset)
      .execute(),
    k
      .selectFrom('services')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return {
    items: rows.map((r) => ({
      id: r.id,
      slug: r.slug,
      name: r.name,
      organization: r.org_id ? { id: r.org_id, slug: r.org_slug!, name: r.org_name! } : null,
    })),
    total: Number(total.n),
    limit,
    offset,
  };
}

async function getService(k: Tx, idOrSlug: string): Promise<ServiceDetail | null> {
  const s = await k
    .selectFrom('services as s')
    .leftJoin('organizations as o', 'o.id', 's.organization_id')
    .select(['s.id', 's.slug', 's.name', 'o.id as org_id', 'o.slug as org_slug', 'o.name as org_name'])
    .where(isId(idOrSlug) ? 's.id' : 's.slug', '=', idOrSlug)
    .executeTakeFirst();
  if (!s) return null;
  const [aliases, incidents] = await Promise.all([
    k
      .selectFrom('aliases')
      .select(['alias', 'alias_type'])
      .where('target_id', '=', s.id)
      .orderBy('created_at')
      .execute(),
    incidentsWhere(k, 'service', s.id),
  ]);
  return {
    id: s.id,
    slug: s.slug,
    name: s.name,
    aliases: aliases.filter((a) => a.alias_type !== 'domain').map((a) => a.alias),
    domains: aliases.filter((a) => a.alias_type === 'domain').map((a) => a.alias),
    organization: s.org_id ? { id: s.org_id, slug: s.org_slug!, name: s.org_name! } : null,
    incidents,
  };
}

const SIZE_BANDS: { band: string; min: number; max: number }[] = [
  { band: '<1k', min: 0, max: 1_000 },
  { band: '1k–10k', min: 1_000, max: 10_000 },
  { band: '10k–100k', min: 10_000, max: 100_000 },
  { band: '100k–1M', min: 100_000, max: 1_000_000 },
  { band: '≥1M', min: 1_000_000, max: Number.MAX_SAFE_INTEGER },
];

async function stats(db: Db): Promise<Stats> {
  const k = db.kysely;
  const count = async (table: 'incidents' | 'notices' | 'organizations') =>
    Number(
      (
        await k
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  // People and accounts are summed apart: an account is not a person (HIBP counts accounts; one
  // person has many). Records, cards and companies are neither.
  const sumOf = (unit: 'people' | 'accounts') =>
    k
      .selectFrom('incidents')
      .select((eb) => eb.fn.sum<number>('affected_count').as('n'))
      .where('affected_unit', '=', unit)
      .executeTakeFirstOrThrow();
  const [people, accounts] = await Promise.all([sumOf('people'), sumOf('accounts')]);
  const byYearUnit = await k
    .selectFrom('incidents')
    .select([
      'year',
      'source',
      'affected_unit',
      (eb) => eb.fn.countAll().as('n'),
      (eb) => eb.fn.sum<number>('affected_count').as('a'),
    ])
    .where('year', 'is not', null)
    .groupBy(['year', 'source', 'affected_unit'])
    .execute();
  const years = new Map<number, Stats['by_year'][number]>();
  for (const r of byYearUnit) {
    const year = Number(r.year);
    const y = years.get(year) ?? { year, incidents: 0, affected: 0, accounts: 0, sources: [] };
    y.incidents += Number(r.n);
    if (r.affected_unit === 'people') y.affected += Number(r.a ?? 0);
    if (r.affected_unit === 'accounts') y.accounts += Number(r.a ?? 0);
    if (!y.sources.includes(r.source)) y.sources.push(r.source);
    years.set(year, y);
  }
  const byYear = [...years.values()]
    .map((y) => ({ ...y, sources: y.sources.sort() }))
    .sort((a, b) => a.year - b.year);
  const elements = (column: 'causes' | 'data_classes') =>
    db.dialect === 'postgres'
      ? sql<{
          v: string;
          n: string | number;
        }>`select v, count(*) as n from incidents, jsonb_array_elements_text(${sql.ref(column)}::jsonb) as v group by v order by count(*) desc, v`
      : sql<{
          v: string;
          n: string | number;
        }>`select j.value as v, count(*) as n from incidents, json_each(incidents.${sql.ref(column)}) as j group by j.value order by count(*) desc, v`;
  const [causes, classes] = await Promise.all([
    elements('causes').execute(k),
    elements('data_classes').execute(k),
  ]);
  const bySize: Stats['by_size'] = [];
  for (const b of SIZE_BANDS) {
    const r = await k
      .selectFrom('incidents')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('affected_count', '>=', b.min)
      .where('affected_count', '<', b.max)
      .executeTakeFirstOrThrow();
    bySize.push({ band: b.band, incidents: Number(r.n) });
  }
  return {
    incidents: await count('incidents'),
    notices: await count('notices'),
    organizations: await count('organizations'),
    people_affected: Number(people.n ?? 0),
    accounts_affected: Number(accounts.n ?? 0),
    by_year: byYear,
    by_cause: causes.rows.map((r) => ({ cause: r.v as Cause, incidents: Number(r.n) })),
    by_data_class: classes.rows.map((r) => ({ data_class: r.v as DataClass, incidents: Number(r.n) })),
    by_size: bySize,
  };
}
