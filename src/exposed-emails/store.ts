import { CompiledQuery } from 'kysely';
import { AppError, isAppError } from '../errors.js';
import { isId } from '../ids.js';
import type { Db } from '../store/db.js';
import { nowIso, type Tx } from '../store/tx.js';
import { HASH_RE, hashEmail, type PlusAddressing, prefixHex, splitHash } from './normalize.js';

/** Rows per INSERT: 3 parameters a row stays far below SQLite's 32,766-parameter limit. */
const INSERT_BATCH = 2000;
/** How many invalid line numbers an import reports (the count is always complete). */
const MAX_REPORTED_INVALID = 50;

export interface IncidentRef {
  id: string;
  slug: string;
  title: string;
}

/** The incident with this id or slug, or an AppError not_found naming what was asked. */
export async function findIncidentRef(tx: Tx, idOrSlug: string): Promise<IncidentRef> {
  const col = isId(idOrSlug) ? 'id' : 'slug';
  const row = await tx
    .selectFrom('incidents')
    .select(['id', 'slug', 'title'])
    .where(col, '=', idOrSlug)
    .executeTakeFirst();
  if (!row)
    throw new AppError('not_found', `No incident with id or slug “${idOrSlug}” (see \`leakwatch search\`)`);
  return row;
}

export interface AccountImportOptions {
  /** The lines are SHA-256 hex hashes already (made with hashEmail's rules), not addresses. */
  hashed?: boolean;
  plusAddressing?: PlusAddressing;
  /** Called every `progressEvery` lines with the number of lines read. */
  onProgress?: (linesRead: number) => void;
  progressEvery?: number;
}

export interface AccountImportResult {
  incident: IncidentRef;
  /** Non-blank lines read. */
  lines: number;
  /** Hashes newly stored for this incident. */
  added: number;
  /** Valid lines whose hash the incident's list already held (a re-import, or a duplicate line). */
  alreadyPresent: number;
  invalid: number;
  /** 1-based line numbers of invalid lines (the first 50); the lines themselves are never echoed. */
  invalidLines: number[];
  /** The incident's list size after the import. */
  total: number;
}

/**
 * Stores the hashes of an incident's affected accounts, never the addresses: each line is an
 * address (normalised and hashed here) or, with `hashed`, a SHA-256 hex. Idempotent: a hash is
 * stored once per incident (PRIMARY KEY (prefix, suffix, list_id)), so importing the same file twice
 * adds nothing. Blank lines are skipped; invalid lines are counted by line number and skipped. The
 * whole import is one transaction: an error midway leaves the list as it was.
 *
 * @example await importAccountHashes(db, 'sample-2026', ['taro@example.jp', 'bad line'])
 *   // => { added: 1, alreadyPresent: 0, invalid: 1, invalidLines: [2], total: 1, … }
 */
export async function importAccountHashes(
  db: Db,
  incidentIdOrSlug: string,
  lines: Iterable<string> | AsyncIterable<string>,
  opts: AccountImportOptions = {},
): Promise<AccountImportResult> {
  const every = opts.progressEvery ?? 10_000;
  return db.kysely.transaction().execute(async (tx) => {
    const incident = await findIncidentRef(tx, incidentIdOrSlug);
    const listId = await listFor(tx, incident.id);
    const r: AccountImportResult = {
      incident,
      lines: 0,
      added: 0,
      alreadyPresent: 0,
      invalid: 0,
      invalidLines: [],
      total: 0,
    };
    let batch: { prefix: number; suffix: string; list_id: number }[] = [];
    let valid = 0;
    const flush = async () => {
      if (batch.length === 0) return;
      const res = await tx
        .insertInto('account_hashes')
        .values(batch)
        .onConflict((oc) => oc.doNothing())
        .executeTakeFirst();
      r.added += Number(res.numInsertedOrUpdatedRows ?? 0n);
      batch = [];
    };
    let lineNo = 0;
    for await (const raw of lines) {
      lineNo++;
      const line = raw.trim();
      if (!line) continue;
      r.lines++;
      let hex: string;
      try {
        if (opts.hashed) {
          if (!HASH_RE.test(line)) throw new AppError('validation_failed', 'not a SHA-256 hex');
          hex = line;
        } else {
          hex = hashEmail(line, { plusAddressing: opts.plusAddressing ?? 'keep' });
        }
      } catch (err) {
        if (!isAppError(err, 'validation_failed')) throw err;
        r.invalid++;
        if (r.invalidLines.length < MAX_REPORTED_INVALID) r.invalidLines.push(lineNo);
        continue;
      }
      valid++;
      batch.push({ ...splitHash(hex), list_id: listId });
      if (batch.length >= INSERT_BATCH) await flush();
      if (opts.onProgress && r.lines % every === 0) opts.onProgress(r.lines);
    }
    await flush();
    r.alreadyPresent = valid - r.added;
    // Counted from the inserts, not with count(*): there is no index on list_id (the primary key
    // serves prefix lookups), and a scan of 10 million rows per import would be wasted.
    const list = await tx
      .updateTable('account_lists')
      .set((eb) => ({ hash_count: eb('hash_count', '+', r.added), updated_at: nowIso() }))
      .where('id', '=', listId)
      .returning('hash_count')
      .executeTakeFirstOrThrow();
    r.total = Number(list.hash_count);
    opts.onProgress?.(r.lines);
    return r;
  });
}

async function listFor(tx: Tx, incidentId: string): Promise<number> {
  const ts = nowIso();
  await tx
    .insertInto('account_lists')
    .values({ incident_id: incidentId, hash_count: 0, created_at: ts, updated_at: ts })
    .onConflict((oc) => oc.column('incident_id').doNothing())
    .execute();
  const row = await tx
    .selectFrom('account_lists')
    .select('id')
    .where('incident_id', '=', incidentId)
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

/** One stored suffix of a range and the incidents whose lists hold it. */
export interface RangeEntry {
  suffix: string;
  incidentIds: string[];
}

interface RangeRow {
  suffix: string;
  incident_id: string;
}

/**
 * One range's stored hashes with their incidents, in suffix order (one `?`: the prefix). Ordered by
 * suffix alone, the primary key's order, so SQLite needs no sort step (measured: 17 µs rather than
 * 20–26 µs a lookup over 10 million hashes).
 */
const RANGE_SQL = `select h.suffix, l.incident_id
  from account_hashes h join account_lists l on l.id = h.list_id
  where h.prefix = ? order by h.suffix`;

/**
 * Every stored hash whose first five hex digits are `prefix`, with its incidents, ordered by suffix.
 * This is the only query the public range API makes; it reads one run of the primary key.
 *
 * @example await lookupRange(db, 'ff8d9') // => [{ suffix: '819fc0e…', incidentIds: ['019b…'] }]
 */
export async function lookupRange(db: Db, prefix: string): Promise<RangeEntry[]> {
  const p = Number.parseInt(prefix, 16);
  if (!/^[0-9a-fA-F]{5}$/.test(prefix) || prefixHex(p) !== prefix.toLowerCase()) {
    throw new AppError('bad_request', 'A range prefix is exactly 5 hex characters');
  }
  const rows: [suffix: string, incidentId: string][] = db.hotRead
    ? (db.hotRead(RANGE_SQL).raw(true).all(p) as [string, string][])
    : (
        await db.kysely.executeQuery<RangeRow>(
          CompiledQuery.raw(db.dialect === 'postgres' ? RANGE_SQL.replace('?', '$1') : RANGE_SQL, [p]),
        )
      ).rows.map((r) => [r.suffix, r.incident_id]);
  const out: RangeEntry[] = [];
  for (const [suffix, incidentId] of rows) {
    const last = out[out.length - 1];
    if (last && last.suffix === suffix) last.incidentIds.push(incidentId);
    else out.push({ suffix, incidentIds: [incidentId] });
  }
  // A hash on several lists: its incidents in a stable order (rare, so sorted here, not in SQL).
  for (const e of out) if (e.incidentIds.length > 1) e.incidentIds.sort();
  return out;
}

/** Incidents that have an affected-account list, newest list first (for the /check page). */
export async function listedIncidents(db: Db): Promise<(IncidentRef & { hashCount: number })[]> {
  const rows = await db.kysely
    .selectFrom('account_lists as l')
    .innerJoin('incidents as i', 'i.id', 'l.incident_id')
    .select(['i.id', 'i.slug', 'i.title', 'l.hash_count'])
    .orderBy('l.created_at', 'desc')
    .orderBy('i.id')
    .execute();
  return rows.map((r) => ({ id: r.id, slug: r.slug, title: r.title, hashCount: Number(r.hash_count) }));
}
