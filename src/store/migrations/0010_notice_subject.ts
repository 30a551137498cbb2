import { sql } from 'kysely';
import type { LwMigration } from './index.js';

/**
 * 0010: each notice's subject key (src/incidents/subject.ts: the name its title gives that its text
 * uses as a name, else its own host's label; '' where it gives none), indexed. Null means not read
 * yet: ingestion reads the keys of notices stored before this column (src/ingest/subject-keys.ts), so
 * the store computes no domain key here.
 */
export const m0010NoticeSubject: LwMigration = {
  name: '0010_notice_subject',
  async up(db) {
    await sql.raw('ALTER TABLE notices ADD COLUMN subject_key text').execute(db);
    await sql.raw('CREATE INDEX notices_subject_key ON notices (subject_key, created_at)').execute(db);
  },
};
