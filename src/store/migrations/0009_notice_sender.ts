import { sql } from 'kysely';
import type { LwMigration } from './index.js';

/**
 * 0009: each notice's sender key (src/incidents/sender.ts: its letterhead's name, else its
 * organisation's), indexed (merge of successive reports). A letter listed under two spellings of
 * its sender, or a later letter whose body names no one, is found by the name on its letterhead
 * whatever organisation was read from its text. The store only adds the column: notices stored
 * before it have none (null) until ingestion reads theirs (src/ingest/sender-keys.ts).
 */
export const m0009NoticeSender: LwMigration = {
  name: '0009_notice_sender',
  async up(db) {
    await sql.raw('ALTER TABLE notices ADD COLUMN sender_key text').execute(db);
    await sql.raw('CREATE INDEX notices_sender_key ON notices (sender_key, created_at)').execute(db);
  },
};
