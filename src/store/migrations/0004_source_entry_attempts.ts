import { sql } from 'kysely';
import type { LwMigration } from './index.js';

/**
 * 0005: a feed entry's attempts and last failure (issue 18: an entry that crashed the poller was
 * never remembered, so it was fetched again at every poll). An entry is counted before it is read;
 * `pending` stays 1 until it is done or given up. Existing rows are entries already ingested.
 */
export const m0004SourceEntryAttempts: LwMigration = {
  name: '0004_source_entry_attempts',
  async up(db) {
    for (const s of [
      'ALTER TABLE source_entries ADD COLUMN attempts integer NOT NULL DEFAULT 0',
      'ALTER TABLE source_entries ADD COLUMN pending integer NOT NULL DEFAULT 0',
      'ALTER TABLE source_entries ADD COLUMN last_error text',
    ]) {
      await sql.raw(s).execute(db);
    }
  },
};
