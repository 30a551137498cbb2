import { sql } from 'kysely';
import type { LwMigration } from './index.js';

/**
 * 0003: affected-account hash lists (k-anonymity range lookups), watchlists, alert channels and
 * alerts. Tables are declared in src/store/schema-exposed-emails.ts.
 */
export const m0003Accounts: LwMigration = {
  name: '0003_accounts',
  async up(db, dialect) {
    const serial = dialect === 'postgres' ? 'bigserial PRIMARY KEY' : 'integer PRIMARY KEY AUTOINCREMENT';
    const listRef = dialect === 'postgres' ? 'bigint' : 'integer';
    // WITHOUT ROWID makes the primary key the table itself on SQLite: a prefix lookup reads one
    // contiguous run of the b-tree instead of an index then the rows.
    const withoutRowid = dialect === 'sqlite' ? ' WITHOUT ROWID' : '';
    const statements = [
      `CREATE TABLE account_lists (
        id ${serial},
        incident_id text NOT NULL UNIQUE REFERENCES incidents(id) ON DELETE CASCADE,
        hash_count ${listRef} NOT NULL DEFAULT 0,
        created_at text NOT NULL,
        updated_at text NOT NULL
      )`,
      `CREATE TABLE account_hashes (
        prefix integer NOT NULL CHECK (prefix >= 0 AND prefix <= 1048575),
        suffix text NOT NULL CHECK (length(suffix) = 59),
        list_id ${listRef} NOT NULL REFERENCES account_lists(id) ON DELETE CASCADE,
        PRIMARY KEY (prefix, suffix, list_id)
      )${withoutRowid}`,
      `CREATE TABLE watchlists (
        id text PRIMARY KEY,
        token_hash text NOT NULL UNIQUE,
        lang text NOT NULL CHECK (lang IN ('ja', 'en')),
        created_at text NOT NULL
      )`,
      `CREATE TABLE watch_targets (
        watch_id text NOT NULL REFERENCES watchlists(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('service', 'data_class')),
        value text NOT NULL,
        PRIMARY KEY (watch_id, kind, value)
      )`,
      'CREATE INDEX watch_targets_value ON watch_targets (kind, value)',
      `CREATE TABLE watch_channels (
        id text PRIMARY KEY,
        watch_id text NOT NULL REFERENCES watchlists(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('email', 'webhook')),
        target text NOT NULL,
        secret text,
        confirm_token_hash text UNIQUE,
        confirmed_at text,
        unsubscribed_at text,
        created_at text NOT NULL,
        UNIQUE (watch_id, kind, target)
      )`,
      `CREATE TABLE watch_alerts (
        id text PRIMARY KEY,
        watch_id text NOT NULL REFERENCES watchlists(id) ON DELETE CASCADE,
        channel_id text NOT NULL REFERENCES watch_channels(id) ON DELETE CASCADE,
        incident_id text NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
        revision text NOT NULL,
        changed text NOT NULL,
        status text NOT NULL CHECK (status IN ('queued', 'sent', 'failed')),
        attempts integer NOT NULL DEFAULT 0,
        sent_at text,
        created_at text NOT NULL,
        UNIQUE (channel_id, incident_id, revision)
      )`,
    ];
    for (const s of statements) await sql.raw(s).execute(db);
  },
};
