import { type Kysely, type RawBuilder, SqliteAdapter, sql } from 'kysely';
import type { Db } from './db.js';
import { DEFER_WRITES_SQL, isCarriedError } from './pg-deferred.js';
import type { Database } from './schema.js';

/** A transaction (or the database itself): every write function of the store runs inside the caller's. */
export type Tx = Kysely<Database>;

/** Whether a transaction (or database) is SQLite's. */
export function isSqlite(tx: Tx): boolean {
  return tx.getExecutor().adapter instanceof SqliteAdapter;
}

/** The store's timestamps: ISO 8601 in UTC, e.g. 2026-12-05T01:42:16.000Z. */
export function nowIso(): string {
  return new Date().toISOString();
}

/** Last 6 hex digits of a UUIDv7 (its random part): a slug's short suffix. */
export function idSuffix(id: string): string {
  return id.replace(/-/g, '').slice(-6);
}

/** The tables whose rows carry a UNIQUE slug. */
type SlugTable = 'organizations' | 'services' | 'incidents';

/**
 * A new row's slug, unique by construction (the Nikon lesson) rather than by chance: `prefix-` and the
 * id's last 6 hex digits, or — when another row of the table already has that — `prefix-` and the
 * whole id, which is unique because the id is the primary key. Six random hex digits alone collide
 * once in 16.7 million, and thousands of rows share a prefix such as `2024-incident` or `org`: the
 * UNIQUE constraint would then fail a notice instead of naming it differently. One statement: the
 * choice is made inside the INSERT (the store's single writer on SQLite; on PostgreSQL a concurrent
 * twin is a unique violation, which the ingest transaction retries with new ids).
 *
 * @example slugValue('incidents', '2024-incident-3e4d5f', '2024-incident-019b…3e4d5f')
 */
export function slugValue(table: SlugTable, short: string, long: string): RawBuilder<string> {
  return sql<string>`CASE WHEN EXISTS (SELECT 1 FROM ${sql.table(table)} WHERE slug = ${short}) THEN ${long} ELSE ${short} END`;
}

/** A new row whose slug the INSERT chooses (slugValue): its `slug` and `slug_long` become one column. */
export function withSlug<R extends { slug: string; slug_long: string }>(table: SlugTable, p: R) {
  const { slug_long, ...row } = p;
  return { ...row, slug: slugValue(table, row.slug, slug_long) };
}

/** The short and long slugs of a new row (see slugValue). */
export function slugForms(prefix: string, id: string): { slug: string; slug_long: string } {
  return { slug: `${prefix}-${idSuffix(id)}`, slug_long: `${prefix}-${id.replace(/-/g, '')}` };
}

/** slugValue for rows planned in memory (a bulk load into an empty store): `taken` holds the plan's slugs. */
export function plannedSlug(taken: Set<string>, prefix: string, id: string): string {
  const { slug, slug_long } = slugForms(prefix, id);
  const out = taken.has(slug) ? slug_long : slug;
  taken.add(out);
  return out;
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

/**
 * PostgreSQL: for the rest of this transaction, writes whose result nobody reads are sent with the
 * next statement instead of on their own (src/store/pg-deferred.ts; no round trip to turn it on). An
 * error of such a write then surfaces at a later statement (`isCarriedError` tells those errors), so
 * the caller must not attribute such a failure to the step that saw it. SQLite: nothing (no round
 * trips to save).
 */
export async function deferWrites(tx: Tx): Promise<void> {
  if (!isSqlite(tx)) await sql.raw(DEFER_WRITES_SQL).execute(tx);
}

export { isCarriedError };

/**
 * PostgreSQL: for the rest of this transaction, the store's named statements (db.ts) run with their
 * generic plan, planned once per connection, instead of a plan made for each execution's values
 * (`plan_cache_mode = auto` keeps planning a statement whose generic plan costs more in the
 * planner's estimate, and the candidate query's union of lookups is such a statement). Issue 17:
 * planning was ≈ 12 % of the server's CPU during a bulk ingest, and 300 executions of a candidate
 * query took 3.2–3.3 s planned each time against 1.8–1.9 s with the generic plan (the same plan:
 * index lookups on the analysed store). Only how a statement is planned changes, never what it
 * returns; `SET LOCAL` ends with the transaction. SQLite: nothing (its statements are prepared once).
 */
export async function genericPlans(tx: Tx): Promise<void> {
  if (!isSqlite(tx)) await sql.raw('set local plan_cache_mode = force_generic_plan').execute(tx);
}

/** What a SAVEPOINT step gave: its value, or the error it was rolled back for. */
export type StepResult<T> = { ok: true; value: T } | { ok: false; error: unknown };

/**
 * Runs `work` in one transaction that commits once; inside, `savepoint(fn)` runs `fn` in its own
 * SAVEPOINT, so a failing step is rolled back alone — nothing of it is written — and reported as
 * `{ ok: false, error }` while the rest goes on. Sharing a commit among notices is what makes bulk
 * ingestion fast on SQLite. Throws (after a rollback) when the transaction itself fails, including
 * a failing SAVEPOINT statement.
 *
 * @example await inOneCommit(db, async (tx, savepoint) => { for (const n of notices) await savepoint(() => store(tx, n)) })
 */
/** Rollbacks to a SAVEPOINT per transaction (see savepointRollbacks). */
const rollbacks = new WeakMap<Tx, number>();

/**
 * How many times a SAVEPOINT of `tx` was rolled back: what a transaction remembers having done
 * (a row it locked) holds only while this count is unchanged, since a rollback to a savepoint
 * undoes it (and releases the locks taken after the savepoint).
 */
export function savepointRollbacks(tx: Tx): number {
  return rollbacks.get(tx) ?? 0;
}

export async function inOneCommit(
  db: Db,
  work: (tx: Tx, savepoint: <T>(fn: () => Promise<T>) => Promise<StepResult<T>>) => Promise<void>,
): Promise<void> {
  const trx = await db.kysely.startTransaction().execute();
  const savepoint = async <T>(fn: () => Promise<T>): Promise<StepResult<T>> => {
    await sql`savepoint lw_step`.execute(trx);
    let result: StepResult<T>;
    try {
      result = { ok: true, value: await fn() };
    } catch (error) {
      await sql`rollback to savepoint lw_step`.execute(trx);
      rollbacks.set(trx, savepointRollbacks(trx) + 1);
      result = { ok: false, error };
    }
    await sql`release savepoint lw_step`.execute(trx);
    return result;
  };
  try {
    await work(trx, savepoint);
    await trx.commit().execute();
  } catch (err) {
    await trx
      .rollback()
      .execute()
      .catch(() => {});
    throw err;
  }
}
