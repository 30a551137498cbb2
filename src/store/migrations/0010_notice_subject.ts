import { sql } from 'kysely';
import { reportView } from '../../incidents/continuation.js';
import { subjectKey } from '../../incidents/subject.js';
import type { IncidentFacts } from '../../incidents/types.js';
import type { LwMigration } from './index.js';

/**
 * 0010: each notice's subject key (src/incidents/subject.ts: the name its title gives that its text
 * uses as a name, else its own host's label), indexed (merge of successive reports told by several
 * publishers: a news article, a repost and the body's own page about one breach are found by the name
 * they are about, whatever organisation was read from each). Existing notices get theirs computed as
 * ingestion computes it.
 */
export const m0010NoticeSubject: LwMigration = {
  name: '0010_notice_subject',
  async up(db) {
    await sql.raw('ALTER TABLE notices ADD COLUMN subject_key text').execute(db);
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
      const key = subjectKey(report);
      if (key) await sql`UPDATE notices SET subject_key = ${key} WHERE id = ${r.id}`.execute(db);
    }
    await sql.raw('CREATE INDEX notices_subject_key ON notices (subject_key, created_at)').execute(db);
  },
};
