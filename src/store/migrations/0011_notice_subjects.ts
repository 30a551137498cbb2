import { sql } from 'kysely';
import { reportView } from '../../incidents/continuation.js';
import { subjectKeys } from '../../incidents/subject.js';
import type { IncidentFacts } from '../../incidents/types.js';
import type { LwMigration } from './index.js';

/**
 * 0011: every subject key of each notice (src/incidents/subject.ts subjectKeys), one row each,
 * indexed by key: 0010's single key is the name a page's text uses most, so a page that names its
 * vendor more often than its own body was not found by its body's name. Existing notices get theirs
 * computed as ingestion computes them.
 */
export const m0011NoticeSubjects: LwMigration = {
  name: '0011_notice_subjects',
  async up(db) {
    await sql
      .raw(
        'CREATE TABLE notice_subjects (notice_id text NOT NULL, key text NOT NULL, PRIMARY KEY (notice_id, key))',
      )
      .execute(db);
    const rows = await sql<{
      id: string;
      head: string;
      url: string | null;
      title: string | null;
      report_stage: string | null;
      published: string | null;
      facts: string;
    }>`SELECT id, substr(text, 1, 4000) AS head, url, title, report_stage, published, facts FROM notices`.execute(
      db,
    );
    for (const r of rows.rows) {
      const report = reportView({
        text: r.head,
        url: r.url,
        title: r.title,
        stage: r.report_stage,
        published: r.published,
        facts: JSON.parse(r.facts) as IncidentFacts,
      });
      for (const key of subjectKeys(report))
        await sql`INSERT INTO notice_subjects (notice_id, key) VALUES (${r.id}, ${key})`.execute(db);
    }
    await sql.raw('CREATE INDEX notice_subjects_key ON notice_subjects (key, notice_id)').execute(db);
  },
};
