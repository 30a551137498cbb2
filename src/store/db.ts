import { createHash } from 'node:crypto';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import {
  Kysely,
  type Migration,
  type MigrationProvider,
  Migrator,
  PostgresDialect,
  SqliteDialect,
  sql,
} from 'kysely';
import pg from 'pg';
import { AppError } from '../errors.js';
import { logger } from '../log.js';
import { ensureAppendOnlyAudit } from './append-only.js';
import { migrations } from './migrations/index.js';
import { deferringQuery } from './pg-deferred.js';
import { isDeferrableSql, isPreparedSql } from './prepared.js';
import { privateCompanions, privateDir, privateFile } from './private-files.js';
import type { Database } from './schema.js';

const log = logger('store');

export type DialectName = 'sqlite' | 'postgres';

/** An open database: one Kysely schema over SQLite (default) or PostgreSQL. */
export interface Db {
  kysely: Kysely<Database>;
  dialect: DialectName;
  close(): Promise<void>;
  /**
   * SQLite in a file only: a prepared statement on a second, read-only connection, for hot read
   * paths (the range API). In WAL mode that connection sees committed data only and never waits for
   * the writer, and a query skips Kysely's compilation and per-query connection lock (measured: 9 of
   * the 22 µs of a range lookup). SQL with `?` placeholders; statements are kept by their text.
   */
  hotRead?: (sql: string) => SQLite.Statement;
  /**
   * SQLite in a file only: runs `work` (which reads through hotRead) on the read connection inside
   * one read transaction shared with every other `readTogether` asked for before it starts. The
   * transaction begins on the next turn of the event loop (setImmediate), after everything queued
   * in this one — on a busy server, the requests parsed in one poll of the sockets — so each work
   * still sees every write committed before it was asked for. Why: on this machine a read
   * transaction costs about 7 µs (its locks are system calls), a statement inside an open one about
   * 1 µs, and the search API and incident pages each opened one per request (issue 17).
   */
  readTogether?: <T>(work: () => T) => Promise<T>;
}

export interface OpenOptions {
  /** postgres://… selects PostgreSQL; otherwise SQLite in `dataDir`. */
  databaseUrl?: string | undefined;
  dataDir?: string;
  /** SQLite file name inside dataDir, or ':memory:'. */
  sqliteFile?: string;
  /** PostgreSQL schema to use (created if missing); tests use one schema per test file. */
  pgSchema?: string;
  /** Run migrations on open (default true). */
  migrate?: boolean;
  poolSize?: number;
}

/**
 * Opens the store and brings its schema up to date.
 *
 * @example await openDatabase({ dataDir: './data' }) // SQLite file ./data/leakwatch.db, WAL mode
 */
export async function openDatabase(opts: OpenOptions = {}): Promise<Db> {
  let db: Db;
  if (opts.databaseUrl) {
    const schema = opts.pgSchema;
    if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
      throw new AppError('bad_request', `Invalid PostgreSQL schema name: ${schema}`);
    }
    const pool = new pg.Pool({
      connectionString: opts.databaseUrl,
      max: opts.poolSize ?? 10,
      ...(schema ? { options: `-c search_path=${schema},public` } : {}),
    });
    pool.on('error', (err) => log.error({ err: err.message }, 'idle PostgreSQL client error'));
    pool.on('connect', namedStatements);
    if (schema) {
      const client = await pool.connect().catch((err: unknown) => {
        throw new AppError('unavailable', `PostgreSQL is not reachable: ${(err as Error).message}`, {
          cause: err,
        });
      });
      try {
        await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      } finally {
        client.release();
      }
    }
    const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    db = { kysely, dialect: 'postgres', close: () => kysely.destroy() };
  } else {
    const file = opts.sqliteFile ?? 'leakwatch.db';
    let path = file;
    if (file !== ':memory:') {
      const dir = opts.dataDir ?? './data';
      privateDir(dir);
      path = join(dir, file);
      // 0600 before SQLite opens it: its -wal and -shm then get the same mode (issue 18).
      privateFile(path);
      privateCompanions(path);
    }
    const sqlite = new SQLite(path);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 10000');
    const kysely = new Kysely<Database>({
      dialect: new SqliteDialect({ database: withStatementCache(sqlite) }),
    });
    if (file === ':memory:') {
      db = { kysely, dialect: 'sqlite', close: () => kysely.destroy() };
    } else {
      const reads = readConnection(path);
      db = {
        kysely,
        dialect: 'sqlite',
        hotRead: reads.prepare,
        readTogether: reads.together,
        close: async () => {
          reads.close();
          await kysely.destroy();
        },
      };
    }
  }
  if (opts.migrate !== false) {
    await migrateToLatest(db);
    // Whatever happened to the file meanwhile (a restore, a hand edit), the audit log stays append-only.
    await ensureAppendOnlyAudit(db);
  }
  return db;
}

/**
 * PostgreSQL parses and analyses every unnamed statement again each time it runs (measured: about
 * 6 ms of server CPU per notice ingested, as much as the client's). The store's prepared queries
 * (prepared.ts) run as named statements instead: parsed once per connection, then only bound and
 * executed. Other SQL (migrations, ad-hoc queries) stays unnamed, so DDL never meets a cached plan.
 */
function namedStatements(client: pg.PoolClient): void {
  const query = client.query.bind(client) as (...args: unknown[]) => Promise<pg.QueryResult>;
  // Kysely calls query(sql, parameters); anything else (a callback, a config object, a cursor)
  // passes through as it was. Writes may be deferred to the next statement (pg-deferred.ts).
  (client as { query: unknown }).query = deferringQuery(
    client,
    query,
    (text) => (isPreparedSql(text) ? statementName(text) : null),
    isDeferrableSql,
  );
}

/** A statement's name: a digest of its SQL (PostgreSQL names are at most 63 bytes). */
function statementName(sql: string): string {
  return `lw_${createHash('sha1').update(sql).digest('hex')}`;
}

/**
 * better-sqlite3 prepares a statement per call, and Kysely calls prepare() for every query: at a few
 * dozen queries per ingested notice, preparing costs more than running. Statements are reusable, so
 * keep the most recent ones by SQL text (Kysely's single-connection mutex means no two queries use
 * one statement at once; SQLite re-prepares a cached statement itself after a schema change).
 */
function withStatementCache(sqlite: SQLite.Database, max = 500) {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string): SQLite.Statement {
      let stmt = cache.get(sql);
      if (stmt) return stmt;
      stmt = sqlite.prepare(sql);
      if (cache.size >= max) cache.delete(cache.keys().next().value as string);
      cache.set(sql, stmt);
      return stmt;
    },
  };
}

/**
 * The read-only connection behind Db.hotRead, opened on first use (after migrations, so the schema
 * is there). Memory-mapped reads spare a system call per page on large tables. The map covers the
 * whole file up to SQLite's own cap (SQLITE_MAX_MMAP_SIZE, just under 2 GiB): mapped pages are the
 * page cache's, not the process's memory (measured with `npm run bench -- range`, 10 million hashes,
 * a 770 MB file: 72–78 µs of server CPU a lookup with the whole file mapped, 81–83 µs with 256 MB).
 */
function readConnection(path: string): {
  prepare: (sql: string) => SQLite.Statement;
  together: <T>(work: () => T) => Promise<T>;
  close: () => void;
} {
  let conn: SQLite.Database | undefined;
  let statements: ReturnType<typeof withStatementCache> | undefined;
  let queue: Queued[] = [];
  let closed = false;
  const prepare = (sql: string): SQLite.Statement => {
    if (!statements) {
      conn = new SQLite(path, { readonly: true, fileMustExist: true });
      conn.pragma('busy_timeout = 10000');
      conn.pragma('mmap_size = 2147418112');
      statements = withStatementCache(conn, 50);
    }
    return statements.prepare(sql);
  };
  const flush = (): void => {
    const batch = queue;
    queue = [];
    if (closed) {
      for (const q of batch) q.reject(new Error('database closed'));
      return;
    }
    // One work alone is one statement or a few: the transaction would cost what it saves. Should
    // the transaction fail to begin, each work runs on its own, as it would without the batch.
    const shared = batch.length > 1 && begin();
    for (const q of batch) {
      try {
        q.resolve(q.work());
      } catch (err) {
        q.reject(err);
      }
    }
    if (shared) end();
  };
  const begin = (): boolean => {
    try {
      prepare('begin').run();
      return true;
    } catch {
      return false;
    }
  };
  // A read transaction has nothing to commit; ending it only releases its snapshot and locks.
  const end = (): void => {
    try {
      prepare('commit').run();
    } catch {
      if (conn?.inTransaction) conn.prepare('rollback').run();
    }
  };
  return {
    prepare,
    together<T>(work: () => T): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        queue.push({ work, resolve: resolve as (v: unknown) => void, reject });
        if (queue.length === 1) setImmediate(flush);
      });
    },
    close() {
      closed = true;
      conn?.close();
      conn = undefined;
      statements = undefined;
    },
  };
}

/** A work waiting for the read connection's next shared transaction. */
interface Queued {
  work: () => unknown;
  resolve: (value: unknown) => void;
  reject: (err: unknown) => void;
}

/** Applies every pending migration; throws with the failing migration's name. */
export async function migrateToLatest(db: Db): Promise<void> {
  const provider: MigrationProvider = {
    async getMigrations() {
      const out: Record<string, Migration> = {};
      for (const m of migrations) {
        out[m.name] = { up: (k) => m.up(k, db.dialect) };
      }
      return out;
    },
  };
  // Kysely looks for its migration tables in every schema unless told which one: with one schema
  // per test suite, another suite's tables would be taken for ours (and "kysely_migration_lock does
  // not exist" follows). Name the current schema explicitly on PostgreSQL.
  let migrationTableSchema: string | undefined;
  if (db.dialect === 'postgres') {
    const r = await sql<{ s: string }>`select current_schema() as s`.execute(db.kysely);
    migrationTableSchema = r.rows[0]?.s;
  }
  const migrator = new Migrator({
    db: db.kysely,
    provider,
    ...(migrationTableSchema ? { migrationTableSchema } : {}),
  });
  // Kysely's check for its own tables lists the tables of every schema; a schema dropped by someone
  // else while that list is read fails it ("schema … does not exist" naming the other schema: test
  // suites drop theirs as they end). Nothing was applied then, so try again.
  let { error, results } = await migrator.migrateToLatest();
  for (let attempt = 1; attempt < 4 && otherSchemaVanished(error, migrationTableSchema); attempt++) {
    ({ error, results } = await migrator.migrateToLatest());
  }
  for (const r of results ?? []) {
    if (r.status === 'Error') log.error({ migration: r.migrationName }, 'migration failed');
    else if (r.status === 'Success') log.info({ migration: r.migrationName }, 'migration applied');
  }
  if (error) {
    throw new AppError(
      'internal',
      `Database migration failed: ${(error as Error).message ?? String(error)}`,
      {
        cause: error,
      },
    );
  }
}

/** Did a migration fail only because another schema disappeared while Kysely listed every schema's tables? */
function otherSchemaVanished(error: unknown, own: string | undefined): boolean {
  if (!error || own === undefined) return false;
  const m = /schema "([^"]+)" does not exist/.exec((error as Error).message ?? '');
  return m !== null && m[1] !== own;
}
