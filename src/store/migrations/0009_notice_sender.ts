import { sql } from 'kysely';
import { noticeSender } from '../../incidents/sender.js';
import type { LwMigration } from './index.js';

/**
 * 0009: each notice's sender key (src/incidents/sender.ts: its letterhead's name, else its
 * organisation's), indexed (merge of successive reports). A letter listed under two spellings of
 * its sender, or a later letter whose body names no one, is found by the name on its letterhead
 * whatever organisation was read from its text. Existing notices get theirs computed as ingestion
 * computes it.
 */
export const m0009NoticeSender: LwMigration = {
  name: '0009_notice_sender',
  async up(db) {
    await sql.raw('ALTER TABLE notices ADD COLUMN sender_key text').execute(db);
    const rows = await sql<{ id: string; head: string; facts: string }>`
      SELECT id, substr(text, 1, 3000) AS head, facts FROM notices`.execute(db);
    for (const r of rows.rows) {
      const org = (JSON.parse(r.facts) as { organization?: { value?: string } | null }).organization?.value;
      const key = noticeSender(r.head, org ?? null);
      if (key) await sql`UPDATE notices SET sender_key = ${key} WHERE id = ${r.id}`.execute(db);
    }
    await sql.raw('CREATE INDEX notices_sender_key ON notices (sender_key, created_at)').execute(db);
  },
};
