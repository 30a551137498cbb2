import { sql } from 'kysely';
import type { LwMigration } from './index.js';

/**
 * 0008: notices indexed by their address (merge of successive reports). A letter listed twice, or a
 * page read again after its text changed, is found by the address it was read from whatever the
 * organisation read from it (letters whose sender is not read had no candidate at all).
 */
export const m0008NoticeUrl: LwMigration = {
  name: '0008_notice_url',
  async up(db) {
    await sql.raw('CREATE INDEX notices_url ON notices (url)').execute(db);
  },
};
