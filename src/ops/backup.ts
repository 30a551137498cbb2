import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import SQLite from 'better-sqlite3';
import { AppError } from '../errors.js';
import { privateDir, privateFile } from '../store/private-files.js';
import { backupKey, signBackup, stripBackupKey } from './backup-integrity.js';

/** The SQLite file inside the data directory (as src/store/db.ts opens it). */
export const DB_FILE = 'leakwatch.db';

export interface VerifyResult {
  /** Migrations recorded in the file, in order. */
  migrations: string[];
  tables: string[];
}

/**
 * Checks that `path` is a sound leakwatch database: SQLite's integrity_check says "ok", no foreign
 * key is broken, and Kysely's migration table lists leakwatch's core migration. Throws
 * `unprocessable_document` naming what is wrong — a restore must never install a file that fails.
 *
 * @example verifyLeakwatchFile('./backups/leakwatch-20260101-120000.db').migrations // ['0001_core', '0002_auth']
 */
export function verifyLeakwatchFile(path: string): VerifyResult {
  if (!existsSync(path) || !statSync(path).isFile()) {
    throw new AppError('not_found', `ファイルがありません / No such file: ${path}`);
  }
  let db: SQLite.Database;
  try {
    db = new SQLite(path, { readonly: true, fileMustExist: true });
  } catch (err) {
    throw new AppError('unprocessable_document', `Not an SQLite database: ${path}`, { cause: err });
  }
  try {
    let tables: string[];
    try {
      tables = (
        db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as {
          name: string;
        }[]
      ).map((r) => r.name);
    } catch (err) {
      throw new AppError('unprocessable_document', `Not an SQLite database: ${path}`, { cause: err });
    }
    if (
      !tables.includes('kysely_migration') ||
      !tables.includes('notices') ||
      !tables.includes('incidents')
    ) {
      throw new AppError(
        'unprocessable_document',
        `leakwatch のデータベースではありません / Not a leakwatch database: ${path}`,
      );
    }
    const migrations = (
      db.prepare('SELECT name FROM kysely_migration ORDER BY name').all() as { name: string }[]
    ).map((r) => r.name);
    if (!migrations.includes('0001_core')) {
      throw new AppError('unprocessable_document', `Not a leakwatch database (no core migration): ${path}`);
    }
    const integrity = db.pragma('integrity_check') as { integrity_check: string }[];
    if (integrity.length !== 1 || integrity[0]?.integrity_check !== 'ok') {
      throw new AppError(
        'unprocessable_document',
        `Database is damaged (integrity_check: ${integrity
          .slice(0, 3)
          .map((r) => r.integrity_check)
          .join('; ')})`,
      );
    }
    const fk = db.pragma('foreign_key_check') as unknown[];
    if (fk.length > 0) {
      throw new AppError('unprocessable_document', `Database has ${fk.length} broken foreign keys`);
    }
    return { migrations, tables };
  } catch (err) {
    if (err instanceof AppError) throw err;
    // SQLITE_CORRUPT and friends, raised while reading a damaged file.
    throw new AppError(
      'unprocessable_document',
      `Database is damaged or unreadable: ${(err as Error).message}`,
      {
        cause: err,
      },
    );
  } finally {
    db.close();
  }
}

export interface BackupResult {
  file: string;
  /** `<file>.hmac`: the HMAC that restore checks (backup-integrity.ts). */
  signature: string;
  bytes: number;
  migrations: string[];
}

/**
 * Online backup of the SQLite store with SQLite's backup API (better-sqlite3 `.backup()`): safe
 * while the server is running and writing — the copy is a consistent snapshot, never a torn file
 * as `cp` of a WAL database can be. The copy is verified before this returns, and signed
 * (`<dest>.hmac`, keyed by the server's secret; see backup-integrity.ts).
 *
 * @example await backupSqlite('./data', './backups/today.db') // { file, bytes, migrations }
 */
export async function backupSqlite(
  dataDir: string,
  dest: string,
  opts: { secret?: string | undefined } = {},
): Promise<BackupResult> {
  const source = join(dataDir, DB_FILE);
  if (!existsSync(source))
    throw new AppError('not_found', `データベースがありません / No database at ${source}`);
  if (existsSync(dest)) throw new AppError('conflict', `Backup file already exists: ${dest}`);
  // The backup holds what the database holds: a 0700 folder, a 0600 file from its first byte.
  privateDir(dirname(dest));
  privateFile(dest);
  const db = new SQLite(source, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 10000');
    // All pages in one step: SQLite restarts a stepwise backup whenever another connection writes
    // between steps, which on a busy server can mean never finishing. One step is one read
    // transaction, a consistent snapshot; in WAL mode writers carry on meanwhile.
    await db.backup(dest, { progress: () => 0x7fffffff });
  } finally {
    db.close();
  }
  selfContained(dest);
  stripBackupKey(dest);
  const { migrations } = verifyLeakwatchFile(dest);
  // Signed last, over the final bytes, with a key the backup does not hold.
  const key = await backupKey(dataDir, DB_FILE, opts.secret);
  if (!key) throw new AppError('internal', `No backup key for ${dataDir}`);
  const signature = await signBackup(dest, key);
  return { file: dest, signature, bytes: statSync(dest).size, migrations };
}

/**
 * Switches a copied database to rollback-journal mode so that it is one self-contained file: a
 * WAL-mode copy would sprout -wal/-shm files next to it on first open (and a read-only open could
 * not remove them).
 */
export function selfContained(path: string): void {
  const db = new SQLite(path, { fileMustExist: true });
  try {
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
}

/** Default backup name: <dataDir>/backups/leakwatch-YYYYMMDD-HHMMSS.db (UTC). */
export function defaultBackupPath(dataDir: string, now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').replace(/\..*$/, '');
  return join(dataDir, 'backups', `leakwatch-${stamp}.db`);
}

/**
 * What to run for PostgreSQL, where leakwatch does not copy the database itself: pg_dump's custom
 * format is consistent while the server runs (one snapshot) and pg_restore can replace a damaged
 * database. The URL is left as "$DATABASE_URL" so that a password in it is never printed.
 */
export function pgBackupCommands(
  file = defaultBackupPath('.').replace(/^.*\//, '').replace(/\.db$/, '.dump'),
): string[] {
  return [
    `pg_dump --format=custom --no-owner --no-privileges --file=${file} "$DATABASE_URL"`,
    `pg_restore --list ${file} > /dev/null   # check the dump is readable`,
  ];
}

export function pgRestoreCommands(file = 'leakwatch-YYYYMMDD-HHMMSS.dump'): string[] {
  return [
    '# stop every leakwatch server process first',
    `pg_restore --clean --if-exists --no-owner --no-privileges --single-transaction --dbname="$DATABASE_URL" ${file}`,
  ];
}
