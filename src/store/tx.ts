import { type Kysely, SqliteAdapter, sql } from 'kysely';
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

/** Last 6 hex digits of a UUIDv7 (its random part): the slug suffix that keeps slugs unique. */
export function idSuffix(id: string): string {
  return id.replace(/-/g, '').slice(-6);
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
