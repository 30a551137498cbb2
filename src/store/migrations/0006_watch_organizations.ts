import { sql } from 'kysely';
import type { LwMigration } from './index.js';

/**
 * 0006: a watchlist may follow an organisation (watch_targets.kind 'organization', value its id), so
 * that a company with no service in the record can be followed, and a company's incidents without a
 * service reach those who follow it. Only the CHECK on kind changes. PostgreSQL swaps the constraint;
 * SQLite cannot alter a CHECK, so the table is rebuilt (nothing references it; its rows are copied).
 */
export const m0006WatchOrganizations: LwMigration = {
  name: '0006_watch_organizations',
  async up(db, dialect) {
    const kinds = "kind IN ('service', 'organization', 'data_class')";
    if (dialect === 'postgres') {
      const checks = await sql<{ conname: string }>`
        SELECT conname FROM pg_constraint
        WHERE conrelid = 'watch_targets'::regclass AND contype = 'c'`.execute(db);
      for (const c of checks.rows) {
        await sql`ALTER TABLE watch_targets DROP CONSTRAINT ${sql.id(c.conname)}`.execute(db);
      }
      await sql
        .raw(`ALTER TABLE watch_targets ADD CONSTRAINT watch_targets_kind_check CHECK (${kinds})`)
        .execute(db);
      return;
    }
    const statements = [
      `CREATE TABLE watch_targets_new (
        watch_id text NOT NULL REFERENCES watchlists(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (${kinds}),
        value text NOT NULL,
        PRIMARY KEY (watch_id, kind, value)
      )`,
      'INSERT INTO watch_targets_new (watch_id, kind, value) SELECT watch_id, kind, value FROM watch_targets',
      'DROP TABLE watch_targets',
      'ALTER TABLE watch_targets_new RENAME TO watch_targets',
      'CREATE INDEX watch_targets_value ON watch_targets (kind, value)',
    ];
    for (const s of statements) await sql.raw(s).execute(db);
  },
};
