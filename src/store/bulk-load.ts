import type { Insertable } from 'kysely';
import { newId } from '../ids.js';
import { crossScriptMatch, normalizeOrgName, romajiKey, slugPart } from '../incidents/match.js';
import { mergeIncident, stableJson } from '../incidents/merge.js';
import { chooseOrganization, type OrgClaim, orgKey } from '../incidents/org-join.js';
import type { IncidentRecord } from '../incidents/record.js';
import type { MergedFact } from '../incidents/types.js';
import type { Db } from './db.js';
import { historyRow } from './fact-history.js';
import type { ImportResult } from './import.js';
import { importSources, listingColumns } from './incident-store.js';
import { type AliasRow, aliasRow, nameDocs } from './names.js';
import type { Database } from './schema.js';
import type { AliasKind, OrganizationsTable, ServicesTable } from './schema-core.js';
import { nowIso, plannedSlug, type Tx } from './tx.js';

/**
 * Loads many imported records into an EMPTY store in one transaction: organisations, services and
 * aliases are found or created in memory by the same rules as `findOrCreateOrganization` /
 * `findOrCreateService` (same normalised key, or kana ↔ Latin romaji), each incident is merged with
 * the same `mergeIncident` as `rebuildIncident`, and every table is written with multi-row inserts.
 * Thousands of records load in seconds instead of a minute of per-record queries. Search documents
 * are written once per incident at the end, with every alias known by then.
 *
 * Returns null (and writes nothing) when the store already holds organisations or incidents: then
 * the per-record import (`importRecords`) must be used, since it matches against what is stored.
 * Records must be validated (IncidentRecord.parse) and have unique keys. Imported records carry no
 * quotes, so they name no upstream companies and get no related-incident links (as `rebuildIncident`).
 */
export async function bulkLoadRecords(
  db: Db,
  records: readonly IncidentRecord[],
): Promise<ImportResult | null> {
  return db.kysely.transaction().execute(async (tx) => {
    const [orgs, incs] = await Promise.all([
      tx.selectFrom('organizations').select('id').limit(1).execute(),
      tx.selectFrom('incidents').select('id').limit(1).execute(),
    ]);
    if (orgs.length > 0 || incs.length > 0) return null;
    const plan = planLoad(records);
    await writePlan(tx, plan);
    return { new: records.length, updated: 0, unchanged: 0, failed: 0, errors: [] };
  });
}

interface Plan {
  organizations: OrganizationsTable[];
  services: ServicesTable[];
  aliases: AliasRow[];
  incidents: Insertable<Database['incidents']>[];
  incidentServices: { incident_id: string; service_id: string }[];
  history: Insertable<Database['fact_history']>[];
  searchDocs: Insertable<Database['search_docs']>[];
}

/** The alias table in memory, answering lookups as `findByAlias` does (first stored alias wins). */
class AliasIndex {
  private byKey = new Map<string, AliasRow[]>();
  private byRomaji = new Map<string, AliasRow[]>();
  private have = new Set<string>();
  readonly rows: AliasRow[] = [];
  readonly byTarget = new Map<string, string[]>();

  add(kind: AliasKind, targetId: string, alias: string, at: string): void {
    const text = alias.normalize('NFKC').trim();
    if (!text) return;
    const key = normalizeOrgName(text);
    const sig = `${kind}\u0000${key}\u0000${targetId}`;
    if (this.have.has(sig)) return;
    this.have.add(sig);
    const row = aliasRow(kind, targetId, text, key, at);
    this.rows.push(row);
    push(this.byKey, `${kind}\u0000${key}`, row);
    push(this.byRomaji, `${kind}\u0000${row.romaji_key}`, row);
    push(this.byTarget, targetId, text);
  }

  /**
   * Every target of an alias spelled like `name`: the same normalised key, else the same name in the
   * other script (kana ↔ Latin romaji), as `organizationClaims` finds them in the store.
   */
  claims(kind: AliasKind, name: string): AliasRow[] {
    const exact = this.byKey.get(`${kind}\u0000${normalizeOrgName(name)}`) ?? [];
    if (exact.length > 0) return exact;
    const rk = romajiKey(name);
    const loose = rk ? (this.byRomaji.get(`${kind}\u0000${rk}`) ?? []) : [];
    return loose.filter((r) => crossScriptMatch(r.alias, name));
  }

  /** The target of an alias spelled like `name`; `within` limits targets (a service's organisation). */
  find(
    kind: AliasKind,
    name: string,
    within?: (targetId: string) => boolean,
  ): { id: string; known: boolean } | null {
    const text = name.normalize('NFKC').trim();
    const ok = (r: AliasRow) => !within || within(r.target_id);
    const exact = (this.byKey.get(`${kind}\u0000${normalizeOrgName(name)}`) ?? []).filter(ok).slice(0, 10);
    if (exact[0]) {
      const id = exact[0].target_id;
      return { id, known: exact.some((r) => r.target_id === id && r.alias === text) };
    }
    const rk = romajiKey(name);
    if (!rk) return null;
    const loose = (this.byRomaji.get(`${kind}\u0000${rk}`) ?? []).filter(ok).slice(0, 20);
    const hit = loose.find((r) => crossScriptMatch(r.alias, name));
    return hit ? { id: hit.target_id, known: false } : null;
  }
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

/** Everything to write, computed in memory (pure but for fresh ids and the clock). */
export function planLoad(records: readonly IncidentRecord[]): Plan {
  const at = nowIso();
  // Every slug of the plan (the store is empty): a short slug taken twice gets the long form.
  const slugs = new Set<string>();
  const plan: Plan = {
    organizations: [],
    services: [],
    aliases: [],
    incidents: [],
    incidentServices: [],
    history: [],
    searchDocs: [],
  };
  const aliases = new AliasIndex();
  const orgByNameKey = new Map<string, { id: string; name: string }>();
  const orgById = new Map<string, { id: string; name: string }>();
  const serviceOrg = new Map<string, string | null>();
  const titles: { incidentId: string; orgId: string; serviceIds: string[]; title: string }[] = [];

  // Which organisation a record's name means is chooseOrganization's rule (src/incidents/org-join.ts),
  // the same as the per-record import's. Here it sees every record before any is stored: a spelling
  // that a later record also claims (「NHN Japan」 on a game studio and on LINE) already counts as
  // shared when the first of the two is placed (a claim without an id: it counts, but is no target).
  const recordClaims = new Map<string, Set<string>>();
  const recordNames = new Set<string>();
  for (const r of records) {
    const owner = orgKey(r.organization.name);
    recordNames.add(owner);
    for (const a of [...r.organization.aliases, ...r.organization.domains]) {
      const key = orgKey(a);
      if (!key || key === owner) continue;
      const set = recordClaims.get(key) ?? new Set<string>();
      set.add(owner);
      recordClaims.set(key, set);
    }
  }
  const claimsOf = (spelling: string): OrgClaim[] => {
    const key = orgKey(spelling);
    const claims: OrgClaim[] = aliases.claims('organization', spelling).map((r) => {
      const nameKey = orgKey(orgById.get(r.target_id)!.name);
      return { id: r.target_id, nameKey, asName: r.alias_key === nameKey };
    });
    for (const owner of recordClaims.get(key) ?? []) {
      claims.push({ id: null, nameKey: owner, asName: false });
    }
    if (recordNames.has(key))
      claims.push({ id: orgByNameKey.get(key)?.id ?? null, nameKey: key, asName: true });
    return claims;
  };

  const findOrCreateOrg = (name: string, extra: string[]): { id: string; name: string } => {
    let id = chooseOrganization(name, extra, claimsOf);
    if (!id) {
      const display = name.normalize('NFKC').trim();
      const nameKey = normalizeOrgName(display);
      const oid = newId();
      const ascii = slugPart(display) || extra.map((a) => slugPart(a)).find(Boolean) || 'org';
      const org = { id: oid, name: display };
      plan.organizations.push({
        id: oid,
        slug: plannedSlug(slugs, ascii, oid),
        name: display,
        name_key: nameKey,
        created_at: at,
        updated_at: at,
      });
      orgByNameKey.set(nameKey, org);
      orgById.set(oid, org);
      id = oid;
    }
    // The index keeps one row per (kind, key, target): adding a known spelling again is a no-op.
    aliases.add('organization', id, name, at);
    for (const a of extra) aliases.add('organization', id, a, at);
    return orgById.get(id)!;
  };

  const findOrCreateService = (orgId: string, name: string, extra: string[]): string => {
    const within = (t: string) => serviceOrg.get(t) === orgId;
    const found = aliases.find('service', name, within);
    let id = found?.id ?? null;
    for (const a of extra) {
      if (id) break;
      id = aliases.find('service', a, within)?.id ?? null;
    }
    if (!id) {
      const sid = newId();
      const display = name.normalize('NFKC').trim();
      plan.services.push({
        id: sid,
        slug: plannedSlug(
          slugs,
          slugPart(display) || extra.map((a) => slugPart(a)).find(Boolean) || 'service',
          sid,
        ),
        organization_id: orgId,
        name: display,
        name_key: normalizeOrgName(display),
        created_at: at,
        updated_at: at,
      });
      serviceOrg.set(sid, orgId);
      id = sid;
    }
    if (!found?.known) aliases.add('service', id, name, at);
    for (const a of extra) aliases.add('service', id, a, at);
    return id;
  };

  for (const record of records) {
    const org = findOrCreateOrg(record.organization.name, [
      ...record.organization.aliases,
      ...record.organization.domains,
    ]);
    for (const s of record.services) findOrCreateService(org.id, s.name, [...s.aliases, ...s.domains]);
    const id = newId();
    const latin = [record.organization.name, ...record.organization.aliases].find((n) => /[a-z0-9]/i.test(n));
    const year = (record.published ?? record.incident_start ?? '').slice(0, 4) || null;
    const { facts, history } = mergeIncident(importSources(record, id, at), []);
    const title = record.title ?? facts.organization?.value ?? org.name;
    const serviceIds: string[] = [];
    for (const s of facts.services as MergedFact<string>[]) {
      const sid = findOrCreateService(org.id, s.value, []);
      if (!serviceIds.includes(sid)) serviceIds.push(sid);
    }
    plan.incidents.push({
      id,
      slug: plannedSlug(
        slugs,
        `${year ?? 'undated'}-${slugPart(latin ?? record.organization.name) || 'incident'}`,
        id,
      ),
      external_key: record.key,
      // As `importRecords` stores it, so a later re-import finds the record unchanged.
      import_record: stableJson(record),
      source: record.source,
      source_url: record.source_url,
      lang: record.lang,
      title,
      organization_id: org.id,
      facts: JSON.stringify(facts),
      ...listingColumns(facts),
      notice_count: 0,
      created_at: at,
      updated_at: at,
    });
    for (const sid of serviceIds) plan.incidentServices.push({ incident_id: id, service_id: sid });
    plan.history.push(...history.map((h, i) => historyRow(id, h, i)));
    titles.push({ incidentId: id, orgId: org.id, serviceIds, title });
  }
  for (const t of titles) {
    const names = [t.orgId, ...t.serviceIds].flatMap((target) => aliases.byTarget.get(target) ?? []);
    for (const d of nameDocs(t.title, names)) {
      plan.searchDocs.push({
        incident_id: t.incidentId,
        notice_id: null,
        kind: d.kind,
        label: d.label,
        body: d.body,
      });
    }
  }
  plan.aliases = aliases.rows;
  return plan;
}

/** Rows per INSERT: SQLite allows 32,766 bound values per statement, PostgreSQL 65,535. */
function chunks<T extends object>(rows: T[]): T[][] {
  if (rows.length === 0) return [];
  const cols = Object.keys(rows[0]!).length;
  const size = Math.max(1, Math.floor(30_000 / cols));
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

async function writePlan(tx: Tx, plan: Plan): Promise<void> {
  for (const c of chunks(plan.organizations)) await tx.insertInto('organizations').values(c).execute();
  for (const c of chunks(plan.services)) await tx.insertInto('services').values(c).execute();
  for (const c of chunks(plan.aliases)) await tx.insertInto('aliases').values(c).execute();
  for (const c of chunks(plan.incidents)) await tx.insertInto('incidents').values(c).execute();
  for (const c of chunks(plan.incidentServices)) await tx.insertInto('incident_services').values(c).execute();
  for (const c of chunks(plan.history)) await tx.insertInto('fact_history').values(c).execute();
  for (const c of chunks(plan.searchDocs)) await tx.insertInto('search_docs').values(c).execute();
}
