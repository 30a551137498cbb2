import { createHmac, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { AppError } from '../errors.js';
import { secretKey, serverKey } from '../security/keys.js';
import { openDatabase } from '../store/db.js';
import { migrations } from '../store/migrations/index.js';
import { privateFile } from '../store/private-files.js';

/**
 * What makes a backup trustworthy at restore (issue 18: a backup with the audit triggers dropped,
 * login audit rows deleted, a "backdoor" admin and a role-raising trigger was restored and worked).
 * Two checks, both before anything is replaced:
 *  1. an HMAC-SHA256 of the backup's bytes, in `<backup>.hmac`, keyed by the server's secret
 *     (LEAKWATCH_SECRET, else the `key:backup` server secret of the live database — which the backup
 *     itself does not carry, so a copy of the backup is not enough to re-sign a forgery);
 *  2. its schema (every table, index, trigger and view in sqlite_master) equals the one leakwatch's
 *     migrations make, so no trigger or view of someone else's survives a restore.
 */

/** Suffix of the signature file written next to a backup. */
export const SIGNATURE_SUFFIX = '.hmac';
const KEY_PURPOSE = 'backup';
const KEY_ROW = `key:${KEY_PURPOSE}`;

/**
 * The backup key of the installation in `dataDir`: derived from `secret` when set, else the live
 * database's `key:backup` server secret (created on first use). Null when neither exists (a fresh
 * data directory without LEAKWATCH_SECRET): then nothing can be verified.
 */
export async function backupKey(
  dataDir: string,
  dbFile: string,
  secret: string | undefined,
): Promise<Buffer | null> {
  if (secret) return secretKey(secret, KEY_PURPOSE);
  if (!existsSync(join(dataDir, dbFile))) return null;
  const db = await openDatabase({ dataDir, sqliteFile: dbFile, migrate: false });
  try {
    return await serverKey(db, secret, KEY_PURPOSE);
  } finally {
    await db.close();
  }
}

function hmacOf(key: Buffer, bytes: Buffer): string {
  return createHmac('sha256', key).update(bytes).digest('hex');
}

/** Removes the backup key from a copy (before it is signed): a backup must not carry its own key. */
export function stripBackupKey(path: string): void {
  const db = new SQLite(path, { fileMustExist: true });
  try {
    // Zero the row's bytes too, not only unlink them: a freed page would still hold the key.
    db.pragma('secure_delete = ON');
    db.prepare('DELETE FROM server_secrets WHERE name = ?').run(KEY_ROW);
  } finally {
    db.close();
  }
}

/** Puts the installation's backup key into a restored copy (the backup did not carry it). */
export function carryBackupKey(path: string, key: Buffer): void {
  const db = new SQLite(path, { fileMustExist: true });
  try {
    db.prepare(
      'INSERT INTO server_secrets (name, value, created_at) VALUES (?, ?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value',
    ).run(KEY_ROW, key.toString('hex'), new Date().toISOString());
  } finally {
    db.close();
  }
}

/**
 * Writes `<file>.hmac` (0600): `hmac-sha256 <hex> <file name>`.
 *
 * @example await signBackup('./data/backups/leakwatch-20260101-120000.db', key)
 */
export async function signBackup(file: string, key: Buffer): Promise<string> {
  const sig = file + SIGNATURE_SUFFIX;
  privateFile(sig);
  writeFileSync(sig, `hmac-sha256 ${hmacOf(key, await readFile(file))} ${basename(file)}\n`);
  return sig;
}

/**
 * Checks `copy` (the bytes about to be restored) against the signature file of `original`; throws
 * `unprocessable_document` when the signature is missing, malformed or does not match.
 */
export async function verifyBackupSignature(original: string, copy: string, key: Buffer): Promise<void> {
  const sigFile = original + SIGNATURE_SUFFIX;
  if (!existsSync(sigFile)) {
    throw new AppError(
      'unprocessable_document',
      `署名ファイルがありません / No signature file ${basename(sigFile)}: not a backup made by this installation`,
    );
  }
  const m = /^hmac-sha256 ([0-9a-f]{64})\b/.exec(readFileSync(sigFile, 'utf8'));
  const expected = Buffer.from(hmacOf(key, await readFile(copy)), 'hex');
  if (!m || !timingSafeEqual(Buffer.from(m[1]!, 'hex'), expected)) {
    throw new AppError(
      'unprocessable_document',
      'バックアップの署名が一致しません (改ざんまたは別の設置のもの) / The backup’s signature does not match: it was changed after it was made, or it is from another installation',
    );
  }
}

type SchemaEntry = { type: string; tbl_name: string; sql: string };

/** Tables of the migration tool itself; everything else must be leakwatch's own. */
const TOOL_TABLES = new Set(['kysely_migration', 'kysely_migration_lock']);

function schemaOf(db: SQLite.Database): Map<string, SchemaEntry> {
  const rows = db
    .prepare("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_autoindex_%'")
    .all() as { type: string; name: string; tbl_name: string; sql: string | null }[];
  const out = new Map<string, SchemaEntry>();
  for (const r of rows) {
    if (r.type !== 'trigger' && r.type !== 'view' && TOOL_TABLES.has(r.tbl_name)) continue;
    out.set(r.name, { type: r.type, tbl_name: r.tbl_name, sql: (r.sql ?? '').replace(/\s+/g, ' ').trim() });
  }
  return out;
}

/** The schema leakwatch's migrations `names` make, built in memory. */
async function expectedSchema(names: readonly string[]): Promise<Map<string, SchemaEntry>> {
  const mem = new SQLite(':memory:');
  const kysely = new Kysely<unknown>({ dialect: new SqliteDialect({ database: mem }) });
  try {
    for (const name of names) await migrations.find((m) => m.name === name)!.up(kysely, 'sqlite');
    return schemaOf(mem);
  } finally {
    await kysely.destroy();
  }
}

/**
 * Refuses a database whose schema is not exactly what leakwatch's migrations make: a trigger or view
 * nobody wrote, a dropped audit trigger, an altered table. Migrations it lists must be leakwatch's.
 */
export async function verifySchema(path: string): Promise<void> {
  const db = new SQLite(path, { readonly: true, fileMustExist: true });
  let actual: Map<string, SchemaEntry>;
  let names: string[];
  try {
    actual = schemaOf(db);
    names = (db.prepare('SELECT name FROM kysely_migration ORDER BY name').all() as { name: string }[]).map(
      (r) => r.name,
    );
  } finally {
    db.close();
  }
  const unknown = names.filter((n) => !migrations.some((m) => m.name === n));
  if (unknown.length) {
    throw new AppError(
      'unprocessable_document',
      `不明なマイグレーション / Unknown migrations in the backup: ${unknown.join(', ')}`,
    );
  }
  const expected = await expectedSchema(names);
  const diffs: string[] = [];
  for (const [name, e] of actual) {
    const want = expected.get(name);
    if (!want) diffs.push(`unexpected ${e.type} ${name}`);
    else if (want.sql !== e.sql || want.type !== e.type || want.tbl_name !== e.tbl_name)
      diffs.push(`altered ${e.type} ${name}`);
  }
  for (const [name, e] of expected) if (!actual.has(name)) diffs.push(`missing ${e.type} ${name}`);
  if (diffs.length) {
    throw new AppError(
      'unprocessable_document',
      `スキーマが leakwatch のものと違います / The backup's schema is not leakwatch's (${diffs
        .slice(0, 6)
        .join('; ')}${diffs.length > 6 ? `; … ${diffs.length} in all` : ''})`,
    );
  }
}
