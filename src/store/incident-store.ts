import type { Kysely } from 'kysely';
import type { Lang, ReportStage } from '../extract/types.js';
import { newId } from '../ids.js';
import {
  crossScriptMatch,
  foldSearch,
  kanaToRomaji,
  nameScript,
  normalizeOrgName,
  romajiKey,
  slugPart,
} from '../incidents/match.js';
import {
  type CorrectionInput,
  changedFields,
  type FactField,
  type MergeSource,
  mergeIncident,
} from '../incidents/merge.js';
import { IncidentRecord } from '../incidents/record.js';
import { noticeToSourceFacts, recordToSourceFacts } from '../incidents/record-facts.js';
import { upstreamNames } from '../incidents/related.js';
import { sourceRank } from '../incidents/resolve.js';
import type { DialectName } from './db.js';
import type { Database } from './schema.js';
import type { AliasKind, AliasType } from './schema-core.js';
import type { IncidentFacts, MergedFact } from './types.js';

/**
 * The write side shared by ingestion, imports and corrections: find-or-create organisations and
 * services by any spelling, create incidents, and rebuild an incident (merge, history, search
 * documents, related links) from its sources. Every function runs inside the caller's transaction.
 */
export type Tx = Kysely<Database>;

export function nowIso(): string {
  return new Date().toISOString();
}

/** Last 6 hex digits of a UUIDv7 (its random part): the slug suffix that keeps slugs unique. */
export function idSuffix(id: string): string {
  return id.replace(/-/g, '').slice(-6);
}

export function aliasType(name: string): AliasType {
  if (/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(name.trim())) return 'domain';
  const script = nameScript(name);
  if (script === 'kana') return 'kana';
  if (script === 'latin') return 'en';
  return 'ja';
}

/** Adds an alias unless the target already has it (UNIQUE (kind, alias_key, target_id)). */
export async function addAlias(tx: Tx, kind: AliasKind, targetId: string, alias: string): Promise<void> {
  const text = alias.normalize('NFKC').trim();
  if (!text) return;
  const key = normalizeOrgName(text);
  await tx
    .insertInto('aliases')
    .values({
      id: newId(),
      kind,
      target_id: targetId,
      organization_id: kind === 'organization' ? targetId : null,
      service_id: kind === 'service' ? targetId : null,
      alias: text,
      alias_type: aliasType(text),
      alias_key: key,
      romaji_key: romajiKey(text),
      created_at: nowIso(),
    })
    .onConflict((oc) => oc.columns(['kind', 'alias_key', 'target_id']).doNothing())
    .execute();
}

/** The target of an alias spelled like `name` (same normalised form, or kana ↔ Latin romaji). */
async function findByAlias(
  tx: Tx,
  kind: AliasKind,
  name: string,
  organizationId?: string | null,
): Promise<{ id: string; known: boolean } | null> {
  const text = name.normalize('NFKC').trim();
  const key = normalizeOrgName(name);
  // Aliases of this kind by one of their keys; a service's only within the given organisation.
  const byKey = (column: 'alias_key' | 'romaji_key', value: string, limit: number) => {
    let q = tx
      .selectFrom('aliases')
      .select(['target_id', 'alias'])
      .where('kind', '=', kind)
      .where(column, '=', value);
    if (kind === 'service' && organizationId !== undefined) {
      q = q.where('target_id', 'in', (sq) =>
        sq
          .selectFrom('services')
          .select('id')
          .where((eb) =>
            organizationId === null
              ? eb('organization_id', 'is', null)
              : eb('organization_id', '=', organizationId),
          ),
      );
    }
    return q.limit(limit).execute();
  };
  const exact = await byKey('alias_key', key, 10);
  if (exact[0]) {
    const id = exact[0].target_id;
    return { id, known: exact.some((r) => r.target_id === id && r.alias === text) };
  }
  const rk = romajiKey(name);
  if (!rk) return null;
  const loose = await byKey('romaji_key', rk, 20);
  const hit = loose.find((r) => crossScriptMatch(r.alias, name));
  return hit ? { id: hit.target_id, known: false } : null;
}

/**
 * The organisation named `name` in any spelling, created when new; `aliases` (kana, romaji,
 * English, domains) are added to it either way.
 */
export async function findOrCreateOrganization(
  tx: Tx,
  name: string,
  aliases: string[] = [],
): Promise<{ id: string; name: string; created: boolean }> {
  const found = await findByAlias(tx, 'organization', name);
  let id = found?.id ?? null;
  for (const a of aliases) {
    if (id) break;
    id = (await findByAlias(tx, 'organization', a))?.id ?? null;
  }
  let created = false;
  if (!id) {
    const newOrgId = newId();
    const display = name.normalize('NFKC').trim();
    const ascii = slugPart(display) || aliases.map((a) => slugPart(a)).find(Boolean) || 'org';
    const ts = nowIso();
    const inserted = await tx
      .insertInto('organizations')
      .values({
        id: newOrgId,
        slug: `${ascii}-${idSuffix(newOrgId)}`,
        name: display,
        name_key: normalizeOrgName(display),
        created_at: ts,
        updated_at: ts,
      })
      .onConflict((oc) => oc.column('name_key').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (inserted) {
      id = inserted.id;
      created = true;
    } else {
      // Another transaction created it between our lookup and insert (PostgreSQL, concurrent ingest).
      const row = await tx
        .selectFrom('organizations')
        .select('id')
        .where('name_key', '=', normalizeOrgName(display))
        .executeTakeFirstOrThrow();
      id = row.id;
    }
  }
  if (!found?.known) await addAlias(tx, 'organization', id, name);
  for (const a of aliases) await addAlias(tx, 'organization', id, a);
  const row = await tx
    .selectFrom('organizations')
    .select(['id', 'name'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return { id: row.id, name: row.name, created };
}

/** The service named `name` (any spelling) of an organisation, created when new. */
export async function findOrCreateService(
  tx: Tx,
  organizationId: string | null,
  name: string,
  aliases: string[] = [],
): Promise<string> {
  const found = await findByAlias(tx, 'service', name, organizationId);
  let id = found?.id ?? null;
  for (const a of aliases) {
    if (id) break;
    id = (await findByAlias(tx, 'service', a, organizationId))?.id ?? null;
  }
  if (!id) {
    const sid = newId();
    const display = name.normalize('NFKC').trim();
    const ts = nowIso();
    await tx
      .insertInto('services')
      .values({
        id: sid,
        slug: `${slugPart(display) || aliases.map((a) => slugPart(a)).find(Boolean) || 'service'}-${idSuffix(sid)}`,
        organization_id: organizationId,
        name: display,
        name_key: normalizeOrgName(display),
        created_at: ts,
        updated_at: ts,
      })
      .execute();
    id = sid;
  }
  if (!found?.known) await addAlias(tx, 'service', id, name);
  for (const a of aliases) await addAlias(tx, 'service', id, a);
  return id;
}

/** Serialises concurrent ingestion per organisation on PostgreSQL (SQLite writers are serial). */
export async function lockOrganization(tx: Tx, dialect: DialectName, organizationId: string): Promise<void> {
  if (dialect !== 'postgres') return;
  await tx.selectFrom('organizations').select('id').where('id', '=', organizationId).forUpdate().execute();
}

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
  const base = slugPart(opts.slugName) || 'incident';
  await tx
    .insertInto('incidents')
    .values({
      id,
      slug: `${opts.year ?? 'undated'}-${base}-${idSuffix(id)}`,
      external_key: opts.externalKey ?? null,
      import_record: opts.importRecord ?? null,
      source: opts.source,
      source_url: opts.sourceUrl ?? null,
      lang: opts.lang ?? null,
      title: opts.title,
      status: 'open',
      organization_id: opts.organizationId,
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

/** Words a notice's heading carries (お知らせ, ご報告, お詫び, "Notice of …"). */
const TITLE_WORDS = /お知らせ|ご報告|報告|お詫び|について|に関して|notice|incident|breach|update/i;

/**
 * The short title of a notice: the caller's, else the first of its opening lines that reads like a
 * heading (Japanese notices often open with the company name, then the heading), else its first line.
 */
export function noticeTitle(text: string, given: string | null | undefined): string | null {
  if (given?.trim()) return given.trim().slice(0, 200);
  const lines = text
    .split('\n')
    .map((l) => l.replace(/^[#\s]+/, '').trim())
    .filter(Boolean)
    .slice(0, 6)
    .filter((l) => l.length <= 120);
  return lines.find((l) => TITLE_WORDS.test(l)) ?? lines[0] ?? null;
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

/**
 * Re-merges an incident from its imported record, notices and corrections, and rewrites what
 * derives from the merge: listing columns, fact history, services, search documents, upstream
 * names and related-incident links.
 */
export async function rebuildIncident(tx: Tx, incidentId: string): Promise<RebuildResult> {
  const inc = await tx
    .selectFrom('incidents')
    .selectAll()
    .where('id', '=', incidentId)
    .executeTakeFirstOrThrow();
  const notices = await tx
    .selectFrom('incident_notices as l')
    .innerJoin('notices as n', 'n.id', 'l.notice_id')
    .select([
      'n.id',
      'n.facts',
      'n.published',
      'n.report_stage',
      'n.created_at',
      'n.title',
      'n.lang',
      'n.url',
    ])
    .where('l.incident_id', '=', incidentId)
    .execute();
  const corrections = await tx
    .selectFrom('incident_corrections')
    .selectAll()
    .where('incident_id', '=', incidentId)
    .execute();

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
      facts: noticeToSourceFacts(JSON.parse(n.facts)),
      published: n.published,
      stage: n.report_stage as ReportStage | null,
      order: n.id,
      at: n.created_at,
    });
  }
  const correctionInputs: CorrectionInput[] = corrections.map((c) => ({
    id: c.id,
    field: c.field as FactField,
    value: JSON.parse(c.value),
    quote: c.quote,
    by: c.by,
    reason: c.reason,
    at: c.created_at,
  }));
  const { facts, history } = mergeIncident(sources, correctionInputs);
  const before = inc.facts === '{}' ? null : (JSON.parse(inc.facts) as IncidentFacts);
  const changed = changedFields(before, facts);

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
  const ts = nowIso();
  await tx
    .updateTable('incidents')
    .set({
      facts: JSON.stringify(facts),
      title,
      lang: record?.lang ?? (firstNotice?.lang as Lang | undefined) ?? inc.lang,
      source_url: record?.source_url ?? firstNotice?.url ?? inc.source_url,
      ...listingColumns(facts),
      notice_count: notices.length,
      ...(changed.length > 0 || before === null ? { updated_at: ts } : {}),
    })
    .where('id', '=', incidentId)
    .execute();

  await tx.deleteFrom('fact_history').where('incident_id', '=', incidentId).execute();
  if (history.length > 0) {
    await tx
      .insertInto('fact_history')
      .values(
        history.map((h, i) => ({
          id: newId(),
          incident_id: incidentId,
          field: h.field,
          from_value: h.from === null || h.from === undefined ? null : JSON.stringify(h.from),
          to_value: h.to === null || h.to === undefined ? null : JSON.stringify(h.to),
          kind: h.kind,
          notice_id: h.noticeId,
          from_notice_id: h.fromNoticeId,
          origin: h.origin,
          by: h.by,
          reason: h.reason,
          seq: i,
          at: h.at,
        })),
      )
      .execute();
  }

  // Services: every merged service name, found or created under the incident's organisation.
  // Services already linked are recognised by name without a query; new names are found or created.
  const linked = await tx
    .selectFrom('incident_services as l')
    .innerJoin('services as s', 's.id', 'l.service_id')
    .select(['s.id', 's.name_key'])
    .where('l.incident_id', '=', incidentId)
    .execute();
  const byKey = new Map(linked.map((l) => [l.name_key, l.id]));
  const serviceIds: string[] = [];
  for (const s of facts.services as MergedFact<string>[]) {
    const sid =
      byKey.get(normalizeOrgName(s.value)) ?? (await findOrCreateService(tx, inc.organization_id, s.value));
    if (!serviceIds.includes(sid)) serviceIds.push(sid);
  }
  const linkedIds = linked.map((l) => l.id);
  const stale = linkedIds.filter((id) => !serviceIds.includes(id));
  const fresh = serviceIds.filter((id) => !linkedIds.includes(id));
  if (stale.length > 0) {
    await tx
      .deleteFrom('incident_services')
      .where('incident_id', '=', incidentId)
      .where('service_id', 'in', stale)
      .execute();
  }
  if (fresh.length > 0) {
    await tx
      .insertInto('incident_services')
      .values(fresh.map((service_id) => ({ incident_id: incidentId, service_id })))
      .execute();
  }

  await writeNameDocs(tx, incidentId, inc.organization_id, serviceIds, title);
  // Upstream names come only from third-party causes: with none before or now there is nothing to do.
  const thirdParty = (f: IncidentFacts | null) => f?.causes.some((c) => c.value === 'third_party') ?? false;
  if (thirdParty(before) || thirdParty(facts))
    await linkRelated(tx, incidentId, inc.organization_id, facts, orgName);
  return { before, facts, changed };
}

/**
 * An incident's name documents: its title and every searchable form of its names. Forms contained
 * in another indexed form get kind 'key' (exact and prefix matching only): the longer form's
 * substring index already finds everything they would.
 *
 * @example nameDocs('サンプル社 お知らせ', ['株式会社サンプル']) // サンプル is a 'key'; 株式会社サンプル an 'alias'
 */
export function nameDocs(
  title: string,
  aliases: string[],
): { kind: 'alias' | 'key' | 'title'; label: string; body: string }[] {
  const docs = new Map<string, { kind: 'alias' | 'key' | 'title'; label: string }>();
  const tb = foldSearch(title);
  if (tb) docs.set(tb, { kind: 'title', label: title });
  for (const a of aliases) {
    for (const body of nameBodies(a)) {
      if (body && !docs.has(body)) docs.set(body, { kind: 'alias', label: a });
    }
  }
  // A form contained in another indexed form needs no substring index of its own: the longer one
  // finds every substring it would. It keeps a row (kind 'key') for exact and prefix matches.
  const indexed = [...docs.keys()].sort((a, b) => b.length - a.length);
  for (const [i, body] of indexed.entries()) {
    const d = docs.get(body)!;
    if (
      d.kind === 'alias' &&
      indexed.slice(0, i).some((o) => docs.get(o)!.kind !== 'key' && o.includes(body))
    ) {
      d.kind = 'key';
    }
  }
  return [...docs].map(([body, d]) => ({ ...d, body }));
}

/**
 * The searchable forms of a name: folded as written, without its legal form (サンプル for
 * 株式会社サンプル, so that an exact query ranks first), and romanised when it is kana (nikon for ニコン).
 */
export function nameBodies(name: string): string[] {
  const out = [foldSearch(name), normalizeOrgName(name)];
  if (nameScript(name) === 'kana') out.push(kanaToRomaji(normalizeOrgName(name)));
  return [...new Set(out.filter(Boolean))];
}

function yearOf(date: string | null): number | null {
  const m = date ? /^(\d{4})-/.exec(date) : null;
  return m ? Number(m[1]) : null;
}

/** Rewrites the incident's name documents (organisation and service aliases, title). */
async function writeNameDocs(
  tx: Tx,
  incidentId: string,
  organizationId: string | null,
  serviceIds: string[],
  title: string,
): Promise<void> {
  const targets = [...(organizationId ? [organizationId] : []), ...serviceIds];
  const aliases = targets.length
    ? await tx.selectFrom('aliases').select(['alias']).where('target_id', 'in', targets).execute()
    : [];
  const docs = nameDocs(
    title,
    aliases.map((a) => a.alias),
  );
  const existing = await tx
    .selectFrom('search_docs')
    .select(['kind', 'label', 'body'])
    .where('incident_id', '=', incidentId)
    .where('kind', 'in', ['alias', 'key', 'title'])
    .execute();
  const sig = (d: { kind: string; label: string; body: string }) =>
    `${d.kind}\u0000${d.label}\u0000${d.body}`;
  const have = new Set(existing.map(sig));
  if (existing.length === docs.length && docs.every((d) => have.has(sig(d)))) return;
  await tx
    .deleteFrom('search_docs')
    .where('incident_id', '=', incidentId)
    .where('kind', 'in', ['alias', 'key', 'title'])
    .execute();
  if (docs.length > 0) {
    await tx
      .insertInto('search_docs')
      .values(
        docs.map((d) => ({
          incident_id: incidentId,
          notice_id: null,
          kind: d.kind,
          label: d.label,
          body: d.body,
        })),
      )
      .execute();
  }
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
  await tx.deleteFrom('incident_upstreams').where('incident_id', '=', incidentId).execute();
  if (names.length === 0) return;
  await tx
    .insertInto('incident_upstreams')
    .values(names.map((n) => ({ incident_id: incidentId, name_key: n.key, name: n.name })))
    .execute();
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

/** True for a unique-constraint violation on either dialect. */
export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; message?: string };
  return (
    e?.code === '23505' ||
    e?.code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    e?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
  );
}

/** True for errors a retry of the whole transaction can cure (PostgreSQL deadlock, serialisation, races). */
export function isRetryable(err: unknown): boolean {
  const code = (err as { code?: string })?.code;
  return code === '40P01' || code === '40001' || isUniqueViolation(err);
}
