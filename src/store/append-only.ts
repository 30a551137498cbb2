import { sql } from 'kysely';
import { logger } from '../log.js';
import type { Db } from './db.js';

const log = logger('store');

/**
 * The triggers that make `audit_log` append-only (migration 0002), re-created at every start if
 * something dropped them (issue 18: a restored backup without them left the audit log editable).
 * The statements are migration 0002's, so the schema stays exactly what the migrations make.
 *
 * @example await ensureAppendOnlyAudit(db) // => [] when both triggers were there
 */
export async function ensureAppendOnlyAudit(db: Db): Promise<string[]> {
  const recreated: string[] = [];
  if (db.dialect === 'sqlite') {
    const rows = await sql<{ name: string }>`SELECT name FROM sqlite_master
      WHERE type IN ('table', 'trigger') AND name IN ('audit_log', 'audit_log_no_update', 'audit_log_no_delete')`.execute(
      db.kysely,
    );
    const have = new Set(rows.rows.map((r) => r.name));
    if (!have.has('audit_log')) return recreated;
    if (!have.has('audit_log_no_update')) {
      await sql`CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`.execute(db.kysely);
      recreated.push('audit_log_no_update');
    }
    if (!have.has('audit_log_no_delete')) {
      await sql`CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`.execute(db.kysely);
      recreated.push('audit_log_no_delete');
    }
  } else {
    const table = await sql<{ t: string | null }>`SELECT to_regclass('audit_log')::text AS t`.execute(
      db.kysely,
    );
    if (!table.rows[0]?.t) return recreated;
    const rows = await sql<{ n: string }>`SELECT count(*)::text AS n FROM pg_trigger
      WHERE tgname = 'audit_log_no_change' AND tgrelid = to_regclass('audit_log')`.execute(db.kysely);
    if (rows.rows[0]?.n === '0') {
      await sql`CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger AS $$
        BEGIN RAISE EXCEPTION 'audit_log is append-only'; END; $$ LANGUAGE plpgsql`.execute(db.kysely);
      await sql`CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
        FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`.execute(db.kysely);
      recreated.push('audit_log_no_change');
    }
  }
  if (recreated.length) log.warn({ recreated }, 'audit_log append-only triggers were missing: re-created');
  return recreated;
}
