import { sql } from 'kysely';
import { noticeSite, registrableDomain } from '../../incidents/site.js';
import type { LwMigration } from './index.js';

/**
 * 0005: each notice's own web site as its registered domain, indexed (issue 17). Finding the
 * incidents a notice may continue by site was a LIKE '%domain%' over every stored notice's URL and
 * head of text — a scan per notice, so ingesting N notices cost N² — now it is one index lookup.
 * Existing notices get theirs computed as ingestion computes it (src/incidents/site.ts).
 */
export const m0005NoticeSite: LwMigration = {
  name: '0005_notice_site',
  async up(db) {
    await sql.raw('ALTER TABLE notices ADD COLUMN site_domain text').execute(db);
    const rows = await sql<{ id: string; url: string | null; head: string }>`
      SELECT id, url, substr(text, 1, 2000) AS head FROM notices`.execute(db);
    for (const r of rows.rows) {
      const site = noticeSite(r.head, r.url);
      if (site)
        await sql`UPDATE notices SET site_domain = ${registrableDomain(site)} WHERE id = ${r.id}`.execute(db);
    }
    await sql.raw('CREATE INDEX notices_site_domain ON notices (site_domain, created_at)').execute(db);
  },
};
