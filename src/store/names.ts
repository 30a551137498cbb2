import { type Insertable, sql } from 'kysely';
import { AppError } from '../errors.js';
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
import { chooseOrganization, isDomainSpelling, type OrgClaim, orgKey } from '../incidents/org-join.js';
import { type Prepared, prepared } from './prepared.js';
import type { Database } from './schema.js';
import type { AliasesTable, AliasKind, AliasType } from './schema-core.js';
import { isSqlite, nowIso, savepointRollbacks, slugForms, type Tx, withSlug } from './tx.js';

/**
 * Organisations and services by any spelling: their aliases (kana, romaji, English, domains), and
 * the name documents that make an incident findable by them. Every function runs inside the
 * caller's transaction.
 */

export function aliasType(name: string): AliasType {
  if (isDomainSpelling(name)) return 'domain';
  const script = nameScript(name);
  if (script === 'kana') return 'kana';
  if (script === 'latin') return 'en';
  return 'ja';
}

/** Adds an alias unless the target already has it (UNIQUE (kind, alias_key, target_id)). */
export async function addAlias(tx: Tx, kind: AliasKind, targetId: string, alias: string): Promise<void> {
  const text = alias.normalize('NFKC').trim();
  if (!text) return;
  forgetAliases(tx, targetId);
  await insertAlias.run(tx, aliasRow(kind, targetId, text, normalizeOrgName(text), nowIso()));
}

/**
 * PostgreSQL: the aliases of name documents' targets as read in a transaction (writeNameDocs, or
 * with the organisation lookup), kept while none of those targets got an alias in it (addAlias)
 * and no savepoint of it was rolled back — a notice of a known organisation whose incident has no
 * service then writes its name documents without reading them again. Aliases are never updated or
 * deleted; another transaction's, committed meanwhile, are read by the next batch.
 */
const aliasMemo = new WeakMap<Tx, { rollbacks: number; byTargets: Map<string, { alias: string }[]> }>();

function aliasMemoOf(tx: Tx) {
  let m = aliasMemo.get(tx);
  if (!m || m.rollbacks !== savepointRollbacks(tx)) {
    m = { rollbacks: savepointRollbacks(tx), byTargets: new Map() };
    aliasMemo.set(tx, m);
  }
  return m;
}

function forgetAliases(tx: Tx, targetId: string): void {
  const m = aliasMemo.get(tx);
  if (!m) return;
  for (const key of m.byTargets.keys()) if (key.split('\u0000').includes(targetId)) m.byTargets.delete(key);
}

async function aliasesOfTargets(tx: Tx, targets: string[]): Promise<{ alias: string }[]> {
  if (targets.length === 0) return [];
  if (isSqlite(tx)) return aliasesOf.rows(tx, { targets });
  const memo = aliasMemoOf(tx);
  const key = targets.join('\u0000');
  let rows = memo.byTargets.get(key);
  if (!rows) {
    rows = await aliasesOf.rows(tx, { targets });
    memo.byTargets.set(key, rows);
  }
  return rows;
}

/** An alias row of a target: `text` already NFKC-normalised and trimmed, `key` its normalised form. */
export function aliasRow(kind: AliasKind, targetId: string, text: string, key: string, at: string): AliasRow {
  return {
    id: newId(),
    kind,
    target_id: targetId,
    organization_id: kind === 'organization' ? targetId : null,
    service_id: kind === 'service' ? targetId : null,
    alias: text,
    alias_type: aliasType(text),
    alias_key: key,
    romaji_key: romajiKey(text),
    created_at: at,
  };
}

/** A row of the aliases table, as written. */
export type AliasRow = AliasesTable;
const insertAlias = prepared(
  (db, row: Insertable<Database['aliases']>) =>
    db
      .insertInto('aliases')
      .values(row)
      .onConflict((oc) => oc.columns(['kind', 'alias_key', 'target_id']).doNothing()),
  { deferrable: true },
);

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
  const scope =
    kind !== 'service' || organizationId === undefined ? 'all' : organizationId === null ? 'none' : 'org';
  const byKey = (column: 'alias_key' | 'romaji_key', value: string, limit: number) =>
    aliasLookup(column, scope).rows(tx, { kind, value, organizationId: organizationId ?? '', limit });
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
 * Aliases of a kind by one of their keys: of any target ('all'), or services of no organisation
 * ('none') or of the given one ('org').
 */
function aliasLookup(column: 'alias_key' | 'romaji_key', scope: 'all' | 'none' | 'org') {
  const key = `${column}:${scope}`;
  let q = aliasLookups.get(key);
  if (!q) {
    q = prepared((db, p: { kind: AliasKind; value: string; organizationId: string; limit: number }) => {
      let sel = db
        .selectFrom('aliases')
        .select(['target_id', 'alias'])
        .where('kind', '=', p.kind)
        .where(column, '=', p.value);
      if (scope !== 'all') {
        sel = sel.where('target_id', 'in', (sq) =>
          sq
            .selectFrom('services')
            .select('id')
            .where((eb) =>
              scope === 'none'
                ? eb('organization_id', 'is', null)
                : eb('organization_id', '=', p.organizationId),
            ),
        );
      }
      return sel.limit(p.limit);
    });
    aliasLookups.set(key, q);
  }
  return q;
}
const aliasLookups = new Map<
  string,
  Prepared<
    { kind: AliasKind; value: string; organizationId: string; limit: number },
    { target_id: string; alias: string }
  >
>();

/** A stored organisation claiming a spelling (see src/incidents/org-join.ts), and the alias it matched by. */
export interface StoredOrgClaim extends OrgClaim {
  id: string;
  /** The stored alias as written. */
  alias: string;
  /** The organisation's name as stored. */
  name: string;
}

/** Organisation aliases with their organisation's name and key: the rows organizationClaims reads. */
function claimQuery(tx: Tx) {
  return tx
    .selectFrom('aliases')
    .innerJoin('organizations', 'organizations.id', 'aliases.target_id')
    .select([
      'aliases.target_id as id',
      'aliases.alias',
      'aliases.alias_key',
      'organizations.name_key',
      'organizations.name',
    ])
    .where('aliases.kind', '=', 'organization');
}

const claimsByKey = prepared((db, p: { keys: string[] }) =>
  claimQuery(db).where('aliases.alias_key', 'in', p.keys),
);
const claimsByRomaji = prepared((db, p: { rk: string }) =>
  claimQuery(db).where('aliases.romaji_key', '=', p.rk).limit(50),
);

/** A row of claimQuery. */
type ClaimRow = { id: string; alias: string; alias_key: string; name_key: string; name: string };

/**
 * PostgreSQL, one round trip where there were two: the claims by key of an organisation's name (as
 * organizationClaims reads them) and the organisations of its name's family (`familyPattern`, a
 * LIKE prefix; as continuationCandidates reads them, at most `familyLimit`), for a notice's
 * organisation before it is found or created.
 */
export async function organizationLookup(
  tx: Tx,
  name: string,
  familyPattern: string,
  familyLimit: number,
): Promise<{ claims: ClaimRow[]; family: { id: string; name: string }[] }> {
  const key = orgKey(name);
  const rows = await (key ? claimsAndFamily : familyOnly).rows(tx, {
    keys: [key],
    pattern: familyPattern,
    limit: familyLimit,
  });
  const claims: ClaimRow[] = [];
  const family: { id: string; name: string }[] = [];
  const aliases = new Map<string, { alias: string }[]>();
  for (const r of rows) {
    if (r.part === 'family') family.push({ id: r.id, name: r.name });
    else if (r.part === 'aliases') {
      const list = aliases.get(r.id) ?? [];
      list.push({ alias: r.alias });
      aliases.set(r.id, list);
    } else
      claims.push({ id: r.id, alias: r.alias, alias_key: r.alias_key, name_key: r.name_key, name: r.name });
  }
  // Every alias of each claiming organisation, in the order aliasesOf reads them: its name
  // documents' aliases when it is the one chosen (see aliasMemo).
  const memo = aliasMemoOf(tx);
  for (const [id, list] of aliases) memo.byTargets.set(id, list);
  return { claims, family };
}
type LookupParams = { keys: string[]; pattern: string; limit: number };
const familyPart = (db: Tx, p: LookupParams) =>
  db
    .selectFrom(
      db
        .selectFrom('organizations')
        .select(['id', 'name', 'name_key'])
        .where('name_key', 'like', p.pattern)
        .limit(p.limit)
        .as('f'),
    )
    .select([
      'f.id',
      sql<string>`null::text`.as('alias'),
      sql<string>`null::text`.as('alias_key'),
      'f.name_key',
      'f.name',
      sql<string>`'family'`.as('part'),
    ]);
const claimsAndFamily = prepared((db, p: LookupParams) =>
  claimQuery(db)
    .select(sql<string>`'claim'`.as('part'))
    .where('aliases.alias_key', 'in', p.keys)
    .unionAll(familyPart(db, p))
    .unionAll(
      db
        .selectFrom('aliases')
        .select([
          'target_id as id',
          'alias',
          sql<string>`null::text`.as('alias_key'),
          sql<string>`null::text`.as('name_key'),
          sql<string>`null::text`.as('name'),
          sql<string>`'aliases'`.as('part'),
        ])
        .where('target_id', 'in', (sq) =>
          sq
            .selectFrom('aliases as claimed')
            .select('claimed.target_id')
            .where('claimed.kind', '=', 'organization')
            .where('claimed.alias_key', 'in', p.keys),
        ),
    ),
);
const familyOnly = prepared((db, p: LookupParams) => familyPart(db, p));

/** A claim as organizationClaims returns it: asName when the alias is the organisation's own name. */
function toClaim(r: ClaimRow): StoredOrgClaim {
  return { id: r.id, nameKey: r.name_key, asName: r.alias_key === r.name_key, alias: r.alias, name: r.name };
}

/**
 * The stored organisations that claim each spelling: an alias with the same normalised key (its own
 * name among them: every organisation is stored with its name as an alias), else one in the other
 * script with the same romaji (kana ↔ Latin). A query only: which of them a name means is
 * chooseOrganization's decision (src/incidents/org-join.ts).
 *
 * @example await organizationClaims(tx, ['LINE']) // => Map { 'LINE' => [{ id, nameKey: 'line', alias: 'LINE' }, …] }
 */
export async function organizationClaims(
  tx: Tx,
  spellings: readonly string[],
  /** The claims by key of these spellings, when already read (organizationLookup). */
  byKey?: readonly ClaimRow[],
): Promise<Map<string, StoredOrgClaim[]>> {
  const keyOf = new Map(spellings.map((s) => [s, orgKey(s)]));
  const keys = [...new Set(keyOf.values())].filter(Boolean);
  const rows = byKey ?? (keys.length ? await claimsByKey.rows(tx, { keys }) : []);
  const out = new Map<string, StoredOrgClaim[]>();
  for (const [spelling, key] of keyOf) {
    // Here alias_key === key, so the alias is the organisation's name exactly when name_key === key.
    let claims: StoredOrgClaim[] = rows.filter((r) => r.alias_key === key).map(toClaim);
    const rk = claims.length === 0 ? romajiKey(spelling) : '';
    if (rk) {
      const loose = await claimsByRomaji.rows(tx, { rk });
      claims = loose.filter((r) => crossScriptMatch(r.alias, spelling)).map(toClaim);
    }
    out.set(spelling, claims);
  }
  return out;
}

/**
 * The organisation named `name` in any spelling, created when new; `aliases` (kana, romaji,
 * English, domains) are added to it either way. Which stored organisation the name means is
 * chooseOrganization's rule (src/incidents/org-join.ts): its own name, else a spelling that exactly
 * one organisation claims and that is no parent's or child body's name.
 * `lock` (PostgreSQL only: SQLite writers are
 * serial): the organisation's row is locked until commit, so that concurrent ingestions of its
 * notices are serialised (one statement with the read, not one more round trip).
 */
export async function findOrCreateOrganization(
  tx: Tx,
  name: string,
  aliases: string[] = [],
  /** `claims`: the claims by key of the name and aliases, when already read (organizationLookup). */
  opts: { lock?: boolean; claims?: readonly ClaimRow[] } = {},
): Promise<{ id: string; name: string; created: boolean }> {
  const claims = await organizationClaims(tx, [name, ...aliases], opts.claims);
  let id = chooseOrganization(name, aliases, (s) => claims.get(s) ?? []);
  const text = name.normalize('NFKC').trim();
  const known = id !== null && (claims.get(name) ?? []).some((c) => c.id === id && c.alias === text);
  let created = false;
  if (!id) {
    const newOrgId = newId();
    const display = name.normalize('NFKC').trim();
    const ascii = slugPart(display) || aliases.map((a) => slugPart(a)).find(Boolean) || 'org';
    const ts = nowIso();
    const [inserted] = await insertOrganization.rows(tx, {
      id: newOrgId,
      ...slugForms(ascii, newOrgId),
      name: display,
      name_key: normalizeOrgName(display),
      created_at: ts,
      updated_at: ts,
    });
    if (inserted) {
      id = inserted.id;
      created = true;
    } else {
      // It exists under this name after all: created by another transaction between our lookup and
      // insert (PostgreSQL, concurrent ingest), or stored without its name among its aliases.
      const row = await tx
        .selectFrom('organizations')
        .select('id')
        .where('name_key', '=', normalizeOrgName(display))
        .executeTakeFirstOrThrow();
      id = row.id;
    }
  }
  if (!known) await addAlias(tx, 'organization', id, name);
  for (const a of aliases) await addAlias(tx, 'organization', id, a);
  // A row this transaction inserted is its own (and locked by it): nothing to read back.
  if (created) return { id, name: name.normalize('NFKC').trim(), created };
  // The claim that chose it already holds its stored name (never updated): no read-back.
  const claimed = [...claims.values()].flat().find((c) => c.id === id);
  if (claimed && !opts.lock) return { id, name: claimed.name, created };
  // A row this transaction locked already stays locked until it commits (a batch's notices of one
  // organisation lock it once: one round trip less for each of the others).
  const held = opts.lock ? heldLock(tx, id) : undefined;
  if (held !== undefined) return { id, name: held, created };
  if (claimed) {
    // The lock alone, its result unread: where writes are deferred (pg-deferred.ts) it goes with the
    // next statement, and is still taken before anything else is read.
    await lockOrganization.run(tx, { id });
    rememberLock(tx, id, claimed.name);
    return { id, name: claimed.name, created };
  }
  const [row] = await (opts.lock ? organizationLocked : organizationById).rows(tx, { id });
  if (!row) throw new AppError('not_found', `Organization ${id} not found`);
  if (opts.lock) rememberLock(tx, row.id, row.name);
  return { id: row.id, name: row.name, created };
}

/**
 * Organisations whose row a transaction has locked, with their names (never updated), and the
 * count of its savepoint rollbacks then: a rollback may have released the lock.
 */
const locked = new WeakMap<Tx, { rollbacks: number; names: Map<string, string> }>();

function heldLock(tx: Tx, id: string): string | undefined {
  const l = locked.get(tx);
  return l && l.rollbacks === savepointRollbacks(tx) ? l.names.get(id) : undefined;
}

function rememberLock(tx: Tx, id: string, name: string): void {
  let l = locked.get(tx);
  if (!l || l.rollbacks !== savepointRollbacks(tx)) {
    l = { rollbacks: savepointRollbacks(tx), names: new Map() };
    locked.set(tx, l);
  }
  l.names.set(id, name);
}
const insertOrganization = prepared((db, p: Insertable<Database['organizations']> & { slug_long: string }) =>
  db
    .insertInto('organizations')
    .values(withSlug('organizations', p))
    .onConflict((oc) => oc.column('name_key').doNothing())
    .returning('id'),
);
const organizationById = prepared((db, p: { id: string }) =>
  db.selectFrom('organizations').select(['id', 'name']).where('id', '=', p.id),
);
const organizationLocked = prepared((db, p: { id: string }) =>
  db.selectFrom('organizations').select(['id', 'name']).where('id', '=', p.id).forUpdate(),
);
const lockOrganization = prepared(
  (db, p: { id: string }) => db.selectFrom('organizations').select('id').where('id', '=', p.id).forUpdate(),
  { deferrable: true },
);

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
    await insertService.run(tx, {
      id: sid,
      ...slugForms(slugPart(display) || aliases.map((a) => slugPart(a)).find(Boolean) || 'service', sid),
      organization_id: organizationId,
      name: display,
      name_key: normalizeOrgName(display),
      created_at: ts,
      updated_at: ts,
    });
    id = sid;
  }
  if (!found?.known) await addAlias(tx, 'service', id, name);
  for (const a of aliases) await addAlias(tx, 'service', id, a);
  return id;
}

const insertService = prepared(
  (db, p: Insertable<Database['services']> & { slug_long: string }) =>
    db.insertInto('services').values(withSlug('services', p)),
  { deferrable: true },
);

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

/**
 * Rewrites the incident's name documents (organisation and service aliases, title). `existing`: its
 * stored name documents when the caller has read them (none for an incident created in this
 * transaction); otherwise they are read here.
 */
export async function writeNameDocs(
  tx: Tx,
  incidentId: string,
  organizationId: string | null,
  serviceIds: string[],
  title: string,
  opts: { existing?: readonly { kind: string; label: string; body: string }[] } = {},
): Promise<void> {
  const targets = [...(organizationId ? [organizationId] : []), ...serviceIds];
  const aliases = await aliasesOfTargets(tx, targets);
  const docs = nameDocs(
    title,
    aliases.map((a) => a.alias),
  );
  const existing = opts.existing ?? (await nameDocsOf.rows(tx, { incident_id: incidentId }));
  // An incident without name documents (created in this transaction): nothing to compare or delete.
  if (existing.length > 0) {
    const sig = (d: { kind: string; label: string; body: string }) =>
      `${d.kind}\u0000${d.label}\u0000${d.body}`;
    const have = new Set(existing.map(sig));
    if (existing.length === docs.length && docs.every((d) => have.has(sig(d)))) return;
    await deleteNameDocs.run(tx, { incident_id: incidentId });
  }
  if (docs.length > 0) {
    await insertNameDocs.run(tx, {
      incident_id: incidentId,
      kind: docs.map((d) => d.kind),
      label: docs.map((d) => d.label),
      body: docs.map((d) => d.body),
    });
  }
}
const aliasesOf = prepared((db, p: { targets: string[] }) =>
  db.selectFrom('aliases').select(['alias']).where('target_id', 'in', p.targets),
);
const nameDocsOf = prepared((db, p: { incident_id: string }) =>
  db
    .selectFrom('search_docs')
    .select(['kind', 'label', 'body'])
    .where('incident_id', '=', p.incident_id)
    .where('kind', 'in', ['alias', 'key', 'title']),
);
const deleteNameDocs = prepared(
  (db, p: { incident_id: string }) =>
    db
      .deleteFrom('search_docs')
      .where('incident_id', '=', p.incident_id)
      .where('kind', 'in', ['alias', 'key', 'title']),
  { deferrable: true },
);
/** Name documents of one incident, one per element of the (equally long) lists. */
const insertNameDocs = prepared(
  (db, p: { incident_id: string; kind: ('alias' | 'key' | 'title')[]; label: string[]; body: string[] }) =>
    db.insertInto('search_docs').values(
      p.kind.map((kind, i) => ({
        incident_id: p.incident_id,
        notice_id: null,
        kind,
        label: p.label[i]!,
        body: p.body[i]!,
      })),
    ),
  { deferrable: true },
);
