import { sql } from 'kysely';
import type { LwMigration } from './index.js';

/**
 * 0011: every subject key of each notice (src/incidents/subject.ts subjectKeys), one row each,
 * indexed by key: 0010's single key is the name a page's text uses most, so a page that names its
 * vendor more often than its own body was not found by its body's name. Notices stored before it get
 * theirs from ingestion (src/ingest/subject-keys.ts, with their 0010 key).
 */
export const m0011NoticeSubjects: LwMigration = {
  name: '0011_notice_subjects',
  async up(db) {
    await sql
      .raw(
        'CREATE TABLE notice_subjects (notice_id text NOT NULL, key text NOT NULL, PRIMARY KEY (notice_id, key))',
      )
      .execute(db);
    await sql.raw('CREATE INDEX notice_subjects_key ON notice_subjects (key, notice_id)').execute(db);
  },
};
