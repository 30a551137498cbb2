import { type ExpressionBuilder, sql } from 'kysely';
import { HISTORY_COLUMNS, type StoredHistoryRow } from './fact-history.js';
import { incidentFactsTagged, keptFactsTag } from './facts-cache.js';
import { incidentNoticeIds, linkIncidentNotice } from './notices.js';
import { prepared } from './prepared.js';
import type { Database } from './schema.js';
import { isSqlite, type Tx } from './tx.js';

/**
 * An incident as a rebuild reads it (src/store/incident-store.ts rebuildIncident): its row, whether it
 * has corrections, its notices' ids and what derives from its merge (services, history, name
 * documents), in one statement — its facts only when the ones kept in memory are not the stored
 * version (facts_tag, migration 0007).
 */

/**
 * The incident as a rebuild reads it (incidentById), after linking the notice `link` to it when
 * given. On PostgreSQL the link is written by the same statement (one round trip less per notice
 * continuing an incident); its read does not see that insert, so the notice's id is added to the
 * ids read. On SQLite (no INSERT in a WITH) the link is its own statement, as before.
 */
export async function readIncident(
  tx: Tx,
  incidentId: string,
  link: string | undefined,
): Promise<(IncidentByIdRow & { facts: string }) | undefined> {
  // The facts kept in memory under their tag are not read again (null when the stored tag is theirs).
  const tag = keptFactsTag(incidentId);
  let inc: IncidentByIdRow | undefined;
  if (link === undefined || isSqlite(tx)) {
    if (link !== undefined) await linkIncidentNotice(tx, incidentId, link);
    [inc] = await incidentById.rows(tx, { id: incidentId, tag });
  } else {
    [inc] = await incidentByIdLinking.rows(tx, { id: incidentId, tag, notice_id: link });
    if (inc) inc = { ...inc, notice_ids: inc.notice_ids ? `${inc.notice_ids},${link}` : link };
  }
  if (!inc) return undefined;
  if (inc.facts !== null) return { ...inc, facts: inc.facts };
  const kept = incidentFactsTagged(incidentId, inc.facts_tag);
  if (kept) return { ...inc, facts: kept.json };
  // Forgotten meanwhile (another rebuild of this process): read them.
  const row = await tx
    .selectFrom('incidents')
    .select('facts')
    .where('id', '=', incidentId)
    .executeTakeFirst();
  return row && { ...inc, facts: row.facts };
}

type IncidentByIdRow = Awaited<ReturnType<typeof incidentById.rows>>[number];

/** An incident's columns a rebuild reads; `facts` null when its facts_tag is `tag` (kept in memory). */
function incidentColumns(eb: ExpressionBuilder<Database, 'incidents'>, tag: string | null) {
  return [
    'id',
    'organization_id',
    'import_record',
    'created_at',
    'updated_at',
    'title',
    'lang',
    'source_url',
    'notice_count',
    'facts_tag',
    eb
      .case()
      .when('facts_tag', '=', tag)
      .then(sql<string | null>`null`)
      .else(eb.ref('facts'))
      .end()
      .as('facts'),
  ] as const;
}

/** The columns read with an incident's row: whether it has corrections, its notices' ids, storedDerived. */
function incidentReadColumns(eb: ExpressionBuilder<Database, 'incidents'>, sqlite: boolean) {
  return [
    eb
      .exists(
        eb
          .selectFrom('incident_corrections as c')
          .select('c.id')
          .whereRef('c.incident_id', '=', 'incidents.id'),
      )
      .as('corrected'),
    incidentNoticeIds(eb, sqlite),
    ...storedDerived(sqlite),
  ];
}

/**
 * An incident's row, whether it has corrections, and its notices' ids (see incidentNoticeIds): one
 * statement where a rebuild read three.
 */
const incidentById = prepared((db, p: { id: string; tag: string | null }) =>
  db
    .selectFrom('incidents')
    .select((eb) => incidentColumns(eb, p.tag))
    .select((eb) => incidentReadColumns(eb, isSqlite(db)))
    .where('id', '=', p.id),
);

/** incidentById, the statement also linking a notice to the incident (PostgreSQL: see readIncident). */
const incidentByIdLinking = prepared((db, p: { id: string; tag: string | null; notice_id: string }) =>
  db
    .with('link', (w) =>
      w.insertInto('incident_notices').values({ incident_id: p.id, notice_id: p.notice_id }),
    )
    .selectFrom('incidents')
    .select((eb) => incidentColumns(eb, p.tag))
    .select((eb) => incidentReadColumns(eb, false))
    .where('id', '=', p.id),
);

/** What a rebuild compares with (see storedDerived), as read with the incident. */
export interface StoredDerived {
  services: { id: string; name_key: string }[];
  history: StoredHistoryRow[];
  nameDocs: { kind: string; label: string; body: string }[];
}

/**
 * The incident's linked services, fact history and name documents as JSON columns of its row
 * (json_group_array on SQLite, json_agg on PostgreSQL): a rebuild compares its merge with them, and
 * reading them with the incident spares three statements (three round trips on PostgreSQL).
 */
function storedDerived(sqlite: boolean) {
  const rows = (values: string, from: string) =>
    sqlite
      ? sql.raw<string>(`(select json_group_array(json_array(${values})) ${from})`)
      : sql.raw<string>(`(select coalesce(json_agg(json_build_array(${values})), '[]')::text ${from})`);
  const history = HISTORY_COLUMNS.map((c) => `h."${c}"`).join(', ');
  return [
    rows(
      's.id, s.name_key',
      'from incident_services l join services s on s.id = l.service_id where l.incident_id = incidents.id',
    ).as('services_json'),
    rows(history, 'from fact_history h where h.incident_id = incidents.id').as('history_json'),
    rows(
      'd.kind, d.label, d.body',
      "from search_docs d where d.incident_id = incidents.id and d.kind in ('alias', 'key', 'title')",
    ).as('name_docs_json'),
  ] as const;
}

/** storedDerived's columns read back (history in seq order). */
export function parseStoredDerived(row: {
  services_json: string;
  history_json: string;
  name_docs_json: string;
}): StoredDerived {
  const services = (JSON.parse(row.services_json) as [string, string][]).map(([id, name_key]) => ({
    id,
    name_key,
  }));
  const history = (JSON.parse(row.history_json) as unknown[][])
    .map((values) => Object.fromEntries(HISTORY_COLUMNS.map((c, i) => [c, values[i]])) as StoredHistoryRow)
    .sort((a, b) => a.seq - b.seq);
  const nameDocs = (JSON.parse(row.name_docs_json) as [string, string, string][]).map(
    ([kind, label, body]) => ({
      kind,
      label,
      body,
    }),
  );
  return { services, history, nameDocs };
}
