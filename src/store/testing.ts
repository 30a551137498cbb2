import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
import { type Db, type DialectName, openDatabase } from './db.js';

/**
 * Test helpers: the same suite runs against SQLite and PostgreSQL. PostgreSQL tests use the server at
 * LEAKWATCH_TEST_PG_URL (default postgres://postgres@127.0.0.1:5432/test), one fresh schema per suite,
 * dropped afterwards; where no server answers they are skipped with a message saying so.
 */
export const PG_URL = process.env.LEAKWATCH_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

let pgProbe: Promise<string | null> | undefined;

/** Resolves to null when PostgreSQL answers, or to the reason it does not. */
export function pgUnavailableReason(): Promise<string | null> {
  pgProbe ??= (async () => {
    const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 2000 });
    try {
      await client.connect();
      await client.query('SELECT 1');
      return null;
    } catch (err) {
      return (err as Error).message || String(err);
    } finally {
      await client.end().catch(() => {});
    }
  })();
  return pgProbe;
}

const pgReason = await pgUnavailableReason();
if (pgReason) {
  console.warn(
    `[leakwatch tests] PostgreSQL not reachable at ${PG_URL} (${pgReason}): PostgreSQL tests are skipped.`,
  );
}

/** Opens a fresh, migrated database of the given dialect. Call `drop()` when done. */
export async function openTestDb(dialect: DialectName): Promise<Db & { drop(): Promise<void> }> {
  if (dialect === 'sqlite') {
    const db = await openDatabase({ sqliteFile: ':memory:' });
    return { ...db, drop: () => db.close() };
  }
  const schema = `lw_t_${randomBytes(6).toString('hex')}`;
  const db = await openDatabase({ databaseUrl: PG_URL, pgSchema: schema, poolSize: 5 });
  return {
    ...db,
    async drop() {
      await db.close();
      const client = new pg.Client({ connectionString: PG_URL });
      await client.connect();
      try {
        await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      } finally {
        await client.end();
      }
    },
  };
}

/**
 * Declares `fn`'s tests once per dialect. `getDb()` returns that suite's database (fresh per suite).
 *
 * @example
 * describeEachDialect('notices', (getDb) => { it('stores once', async () => { const db = getDb(); … }); });
 */
export function describeEachDialect(name: string, fn: (getDb: () => Db, dialect: DialectName) => void): void {
  for (const dialect of ['sqlite', 'postgres'] as const) {
    const skip = dialect === 'postgres' && pgReason !== null;
    const title = skip ? `${name} [postgres: skipped, no server at ${PG_URL}]` : `${name} [${dialect}]`;
    describe.skipIf(skip)(title, () => {
      let db: (Db & { drop(): Promise<void> }) | undefined;
      beforeAll(async () => {
        db = await openTestDb(dialect);
      });
      afterAll(async () => {
        await db?.drop();
      });
      fn(() => {
        if (!db) throw new Error('test database not open yet');
        return db;
      }, dialect);
    });
  }
}
