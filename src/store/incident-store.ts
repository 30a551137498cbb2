import type { Insertable } from 'kysely';
import { AppError } from '../errors.js';
import type { Lang, ReportStage } from '../extract/types.js';
import { newId } from '../ids.js';
import { normalizeOrgName, slugPart } from '../incidents/match.js';
import {
  type CorrectionInput,
  changedFields,
  type FactField,
  type MergeSource,
  mergeIncident,
  type SourceFacts,
} from '../incidents/merge.js';
import { IncidentRecord } from '../incidents/record.js';
import { recordToSourceFacts } from '../incidents/record-facts.js';
import { upstreamNames } from '../incidents/related.js';
import { sourceRank } from '../incidents/resolve.js';
import type { IncidentFacts, MergedFact } from '../incidents/types.js';
import { historyRowInput, writeHistory } from './fact-history.js';
import {
  factsTag,
  incidentFactsOf,
  type NoticeMeta,
  noticeMeta,
  noticeSourceFacts,
  rememberIncidentFacts,
  rememberNoticeMeta,
} from './facts-cache.js';
import { parseStoredDerived, readIncident, type StoredDerived } from './incident-read.js';
import { findOrCreateService, writeNameDocs } from './names.js';
import { linkIncidentNotice, noticeIdList } from './notices.js';
import { prepared } from './prepared.js';
import type { Database } from './schema.js';
import { isSqlite, nowIso, slugForms, type Tx, withSlug } from './tx.js';

/**
 * The incident write side shared by ingestion, imports and corrections: the candidates incident
 * matching looks at, creating incidents, and rebuilding one (listing columns, history, services,
 * search documents, related links) from its sources as src/incidents/merge.ts merges them.
 * Every function runs inside the caller's transaction.
 */

/** Creates an empty incident row; `rebuildIncident` fills it. */
export async function createIncident(
  tx: Tx,
  opts: {
    organizationId: string | null;
    slugName: string;
    year: string | null;
    source: string;
    externalKey?: string | null;
    importRecord?: string | null;
    sourceUrl?: string | null;
    lang?: Lang | null;
    title: string;
  },
): Promise<string> {
  const id = newId();
  const ts = nowIso();
  await tx
    .insertInto('incidents')
    .values({
      ...withSlug('incidents', incidentBase(id, opts)),
      lang: opts.lang ?? null,
      title: opts.title,
      status: 'open',
      facts: '{}',
      published: null,
      incident_start: null,
      detected: null,
      year: null,
      report_stage: null,
      affected_count: null,
      affected_unit: null,
      leak_status: null,
      data_classes: '[]',
      causes: '[]',
      measures: '[]',
      notice_count: 0,
      created_at: ts,
      updated_at: ts,
    })
    .execute();
  return id;
}

/** The columns of a new incident row that no merge changes. */
function incidentBase(id: string, opts: Parameters<typeof createIncident>[1]) {
  const base = slugPart(opts.slugName) || 'incident';
  return {
    id,
    ...slugForms(`${opts.year ?? 'undated'}-${base}`, id),
    external_key: opts.externalKey ?? null,
    import_record: opts.importRecord ?? null,
    source: opts.source,
    source_url: opts.sourceUrl ?? null,
    organization_id: opts.organizationId,
  };
}

export interface RebuildResult {
  before: IncidentFacts | null;
  facts: IncidentFacts;
  changed: FactField[];
}

/**
 * An imported record as merge sources: one, or — for a record joined across datasets (`also`) —
 * one per dataset record in source rank order (the most authoritative last, so its value stands and
 * the others stay in the fact's history, each named by its record key).
 */
export function importSources(record: IncidentRecord, incidentId: string, at: string): MergeSource[] {
  if (record.also.length === 0) {
    return [
      {
        origin: 'import',
        noticeId: null,
        facts: recordToSourceFacts(record),
        published: record.published,
        stage: record.report_stage,
        order: incidentId,
        at,
      },
    ];
  }
  return [...record.also, record].map((r) => ({
    origin: 'import' as const,
    noticeId: null,
    facts: recordToSourceFacts({ ...r, also: [] }),
    published: null,
    stage: null,
    order: `${sourceRank(r.source)}:${r === record ? '~' : ''}${r.key}`,
    at,
    sourceKey: r.key,
  }));
}

/** The incident's listing columns, derived from its merged facts. */
export function listingColumns(facts: IncidentFacts) {
  const published = facts.published?.value ?? null;
  const affected = facts.affected?.value ?? null;
  const stage = facts.report_stage?.value ?? null;
  return {
    status: stage === 'final' ? ('closed' as const) : ('open' as const),
    published,
    incident_start: facts.incident_start?.value ?? null,
    detected: facts.detected?.value ?? null,
    year: yearOf(published ?? facts.incident_start?.value ?? facts.detected?.value ?? null),
    report_stage: stage,
    affected_count: affected?.count ?? null,
    affected_unit: affected?.unit ?? null,
    leak_status: facts.leak_status?.value ?? null,
    data_classes: JSON.stringify(facts.data_classes.map((f) => f.value)),
    causes: JSON.stringify(facts.causes.map((f) => f.value)),
    measures: JSON.stringify(facts.measures.map((f) => f.value)),
  };
}

/** An incident row as a rebuild reads it (the columns the merge and the rewrite use). */
type IncidentRow = Pick<
  Database['incidents'],
  | 'id'
  | 'organization_id'
  | 'import_record'
  | 'created_at'
  | 'facts'
  | 'facts_tag'
  | 'title'
  | 'lang'
  | 'source_url'
> & { notice_count: number };

/** A notice of an incident as its merge reads it (facts as stored: JSON text). */
export interface IncidentNoticeRow extends NoticeMeta {
  facts: string;
}

/**
 * Re-merges an incident from its imported record, notices and corrections, and rewrites what
 * derives from the merge: listing columns, fact history, services, search documents, upstream
 * names and related-incident links. `created`: the incident was created in this transaction and
 * has nothing yet but its notices (no corrections, history, services, name documents or upstreams),
 * so nothing is read back or deleted — ingesting a new breach's notice costs fewer statements.
 */
export async function rebuildIncident(
  tx: Tx,
  incidentId: string,
  opts: { created?: boolean; link?: string } = {},
): Promise<RebuildResult> {
  const created = opts.created === true;
  const inc = await readIncident(tx, incidentId, opts.link);
  if (!inc) throw new AppError('not_found', `Incident ${incidentId} not found`);
  const notices = await incidentNotices(tx, noticeIdList(inc.notice_ids));
  // Most incidents have no correction: the incident's row says whether to read them (a statement,
  // a round trip on PostgreSQL, less per rebuild).
  const corrections =
    created || !inc.corrected ? [] : await correctionsOf.rows(tx, { incident_id: incidentId });
  const correctionInputs: CorrectionInput[] = corrections.map((c) => ({
    id: c.id,
    field: c.field as FactField,
    value: JSON.parse(c.value),
    quote: c.quote,
    by: c.by,
    reason: c.reason,
    at: c.created_at,
  }));
  const merged = mergedIncident(inc, notices, correctionInputs);
  const ts = nowIso();
  await updateIncident.run(tx, {
    ...merged.columns,
    // A new report that changes no fact still changes the incident's page (its sources, title):
    // pages cached by `updated_at` (web/pages/incident-memo.ts) must see it.
    updated_at:
      merged.changed.length > 0 ||
      merged.before === null ||
      notices.length !== inc.notice_count ||
      merged.columns.title !== inc.title
        ? ts
        : inc.updated_at,
    id: incidentId,
  });
  await writeDerived(tx, inc, merged, created ? 'created' : parseStoredDerived(inc));
  return { before: merged.before, facts: merged.facts, changed: merged.changed };
}

const correctionsOf = prepared((db, p: { incident_id: string }) =>
  db.selectFrom('incident_corrections').selectAll().where('incident_id', '=', p.incident_id),
);
const updateIncident = prepared(
  (db, p: ReturnType<typeof mergedIncident>['columns'] & { updated_at: string; id: string }) => {
    const { id, ...set } = p;
    return db.updateTable('incidents').set(set).where('id', '=', id);
  },
  { deferrable: true },
);

/**
 * Creates an incident for the first notice of a new breach, already merged: the same rows as
 * `createIncident` then `rebuildIncident(…, { created: true })`, built from the notice in memory —
 * one insert with the final columns, no read-back of the incident or its notice, no update. The
 * notice must be stored; this links it (`incident_notices`) but does not index its text.
 */
export async function createIncidentFromNotice(
  tx: Tx,
  opts: Parameters<typeof createIncident>[1],
  notice: IncidentNoticeRow,
): Promise<{ id: string } & RebuildResult> {
  const id = newId();
  const ts = nowIso();
  const inc: IncidentRow = {
    id,
    organization_id: opts.organizationId,
    import_record: opts.importRecord ?? null,
    created_at: ts,
    facts: '{}',
    facts_tag: null,
    title: opts.title,
    lang: opts.lang ?? null,
    source_url: opts.sourceUrl ?? null,
    notice_count: 0,
  };
  const merged = mergedIncident(inc, [{ ...notice, facts: noticeSourceFacts(notice.id, notice.facts) }], []);
  const row = { ...incidentBase(id, opts), ...merged.columns, created_at: ts, updated_at: ts };
  // PostgreSQL: the incident and its link to the notice in one statement (one round trip less).
  if (isSqlite(tx)) {
    await insertIncident.run(tx, row);
    await linkIncidentNotice(tx, id, notice.id);
  } else await insertIncidentLinking.run(tx, { ...row, notice_id: notice.id });
  await writeDerived(tx, inc, merged, 'created');
  return { id, before: merged.before, facts: merged.facts, changed: merged.changed };
}

/** A notice of an incident as its merge reads it, its facts parsed (see facts-cache.ts). */
type MergeNotice = Omit<IncidentNoticeRow, 'facts'> & { facts: SourceFacts };

/**
 * An incident's notices (by id) as its merge reads them: from memory where kept (a stored notice's
 * row never changes), read for the others.
 */
async function incidentNotices(tx: Tx, ids: readonly string[]): Promise<MergeNotice[]> {
  const out: MergeNotice[] = [];
  const unread: string[] = [];
  for (const id of ids) {
    const meta = noticeMeta(id);
    const facts = meta && noticeSourceFacts(id);
    if (meta && facts) out.push({ ...meta, facts });
    else unread.push(id);
  }
  for (let i = 0; i < unread.length; i += 500) {
    const stored = await tx
      .selectFrom('notices')
      .select(['id', 'published', 'report_stage', 'created_at', 'title', 'lang', 'url', 'facts'])
      .where('id', 'in', unread.slice(i, i + 500))
      .execute();
    for (const { facts, ...meta } of stored) {
      rememberNoticeMeta(meta);
      out.push({ ...meta, facts: noticeSourceFacts(meta.id, facts) });
    }
  }
  return out;
}

/** A new incident row: its slug chosen in the INSERT (tx.ts slugValue). */
type NewIncident = Insertable<Database['incidents']> & { slug: string; slug_long: string };
const insertIncident = prepared((db, row: NewIncident) =>
  db.insertInto('incidents').values(withSlug('incidents', row)),
);
/** A new incident and its first notice's link (PostgreSQL: an INSERT in a WITH). */
const insertIncidentLinking = prepared(
  (db, p: NewIncident & { id: string; notice_id: string }) => {
    const { notice_id, ...row } = p;
    return db
      .with('incident', (w) => w.insertInto('incidents').values(withSlug('incidents', row)))
      .insertInto('incident_notices')
      .values({ incident_id: p.id, notice_id });
  },
  { deferrable: true },
);

/** The merge of an incident's sources and the incident columns that derive from it. */
function mergedIncident(inc: IncidentRow, notices: readonly MergeNotice[], corrections: CorrectionInput[]) {
  const sources: MergeSource[] = [];
  let record: IncidentRecord | null = null;
  if (inc.import_record) {
    record = IncidentRecord.parse(JSON.parse(inc.import_record));
    sources.push(...importSources(record, inc.id, inc.created_at));
  }
  for (const n of notices) {
    sources.push({
      origin: 'notice',
      noticeId: n.id,
      facts: n.facts,
      published: n.published,
      stage: n.report_stage as ReportStage | null,
      order: n.id,
      at: n.created_at,
    });
  }
  const { facts, history } = mergeIncident(sources, corrections);
  const before = inc.facts === '{}' ? null : incidentFactsOf(inc.id, inc.facts, inc.facts_tag);
  const changed = changedFields(before, facts);
  const factsJson = JSON.stringify(facts);
  // The next notice of this incident compares and merges with these facts: kept with their JSON and
  // the new tag they are stored under (a tag never stored, if this transaction is rolled back).
  const tag = factsTag();
  rememberIncidentFacts(inc.id, factsJson, facts, tag);

  // Title: the imported record's, else the first notice's (earliest published, then ingested),
  // else the organisation's name.
  const byDate = [...notices].sort((a, b) => {
    const pa = a.published ?? '9999';
    const pb = b.published ?? '9999';
    return pa !== pb ? (pa < pb ? -1 : 1) : a.id < b.id ? -1 : 1;
  });
  const firstNotice = byDate[0];
  const orgName = facts.organization?.value ?? null;
  const title = record?.title ?? byDate.find((n) => n.title)?.title ?? orgName ?? inc.title;
  return {
    facts,
    history,
    before,
    changed,
    orgName,
    columns: {
      facts: factsJson,
      facts_tag: tag,
      title,
      lang: record?.lang ?? (firstNotice?.lang as Lang | undefined) ?? (inc.lang as Lang | null),
      source_url: record?.source_url ?? firstNotice?.url ?? inc.source_url,
      ...listingColumns(facts),
      notice_count: notices.length,
    },
  };
}

/**
 * What derives from an incident's merge besides its row: fact history, services, name documents,
 * upstream names and related links. `stored`: what of them is stored (read with the incident), or
 * 'created' when nothing is yet.
 */
async function writeDerived(
  tx: Tx,
  inc: IncidentRow,
  merged: ReturnType<typeof mergedIncident>,
  stored: StoredDerived | 'created',
): Promise<void> {
  const created = stored === 'created';
  const incidentId = inc.id;
  const { facts, history, before, orgName } = merged;
  const title = merged.columns.title;
  await writeHistory(
    tx,
    incidentId,
    history.map((h, i) => historyRowInput(incidentId, h, i)),
    created ? [] : stored.history,
  );

  // Services: every merged service name, found or created under the incident's organisation.
  // Services already linked are recognised by name without a query; new names are found or created.
  const linked = created ? [] : stored.services;
  const byKey = new Map(linked.map((l) => [l.name_key, l.id]));
  const serviceIds: string[] = [];
  for (const s of facts.services as MergedFact<string>[]) {
    const sid =
      byKey.get(normalizeOrgName(s.value)) ?? (await findOrCreateService(tx, inc.organization_id, s.value));
    if (!serviceIds.includes(sid)) serviceIds.push(sid);
  }
  const linkedIds = linked.map((l) => l.id);
  const stale = missingFrom(linkedIds, serviceIds);
  const fresh = missingFrom(serviceIds, linkedIds);
  if (stale.length > 0) await unlinkServices.run(tx, { incident_id: incidentId, service_ids: stale });
  if (fresh.length > 0) await linkServices.run(tx, { incident_id: incidentId, service_ids: fresh });

  await writeNameDocs(tx, incidentId, inc.organization_id, serviceIds, title, {
    existing: created ? [] : stored.nameDocs,
  });
  // Upstream names come only from third-party causes: with none before or now there is nothing to do.
  const thirdParty = (f: IncidentFacts | null) => f?.causes.some((c) => c.value === 'third_party') ?? false;
  if (thirdParty(before) || thirdParty(facts))
    await linkRelated(tx, incidentId, inc.organization_id, facts, orgName);
}

function yearOf(date: string | null): number | null {
  const m = date ? /^(\d{4})-/.exec(date) : null;
  return m ? Number(m[1]) : null;
}

/** Records the incident's third-party names and links it to other organisations' incidents naming them. */
async function linkRelated(
  tx: Tx,
  incidentId: string,
  organizationId: string | null,
  facts: IncidentFacts,
  orgName: string | null,
): Promise<void> {
  const names = upstreamNames(facts, orgName);
  await deleteUpstreams.run(tx, { incident_id: incidentId });
  if (names.length === 0) return;
  await insertUpstreams.run(tx, {
    incident_id: incidentId,
    name_key: names.map((n) => n.key),
    name: names.map((n) => n.name),
  });
  const others = await tx
    .selectFrom('incident_upstreams as u')
    .innerJoin('incidents as i', 'i.id', 'u.incident_id')
    .select(['u.incident_id', 'u.name', 'i.organization_id'])
    .where(
      'u.name_key',
      'in',
      names.map((n) => n.key),
    )
    .where('u.incident_id', '!=', incidentId)
    .limit(200)
    .execute();
  const ts = nowIso();
  for (const o of others) {
    if (organizationId !== null && o.organization_id === organizationId) continue;
    const [a, b] = incidentId < o.incident_id ? [incidentId, o.incident_id] : [o.incident_id, incidentId];
    await tx
      .insertInto('incident_links')
      .values({ incident_a: a, incident_b: b, reason: 'shared_upstream', via: o.name, created_at: ts })
      .onConflict((oc) => oc.columns(['incident_a', 'incident_b']).doNothing())
      .execute();
  }
}

const deleteUpstreams = prepared(
  (db, p: { incident_id: string }) =>
    db.deleteFrom('incident_upstreams').where('incident_id', '=', p.incident_id),
  { deferrable: true },
);
/** Upstream names of one incident, one row per element of the (equally long) lists. */
const insertUpstreams = prepared(
  (db, p: { incident_id: string; name_key: string[]; name: string[] }) =>
    db
      .insertInto('incident_upstreams')
      .values(p.name_key.map((name_key, i) => ({ incident_id: p.incident_id, name_key, name: p.name[i]! }))),
  { deferrable: true },
);
const linkServices = prepared(
  (db, p: { incident_id: string; service_ids: string[] }) =>
    db
      .insertInto('incident_services')
      .values(p.service_ids.map((service_id) => ({ incident_id: p.incident_id, service_id }))),
  { deferrable: true },
);
const unlinkServices = prepared(
  (db, p: { incident_id: string; service_ids: string[] }) =>
    db
      .deleteFrom('incident_services')
      .where('incident_id', '=', p.incident_id)
      .where('service_id', 'in', p.service_ids),
  { deferrable: true },
);

/**
 * The items of `list` that `other` lacks, in order. A loop in a function of its own, not an inline
 * `.filter()`: the id arrays change elements kind (empty, small integers, strings), and V8
 * de-optimised the whole of writeDerived on each new one (docs/ingestion.md, session 20).
 */
function missingFrom<T>(list: readonly T[], other: readonly T[]): T[] {
  const out: T[] = [];
  for (let i = 0; i < list.length; i++) if (!other.includes(list[i]!)) out.push(list[i]!);
  return out;
}
