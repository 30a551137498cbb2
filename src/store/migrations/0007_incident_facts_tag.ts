import { sql } from 'kysely';
import type { LwMigration } from './index.js';

/**
 * 0007: a tag naming the version of each incident's merged facts (issue 17). Every write of an
 * incident's facts sets a new tag, unique across processes (src/store/facts-cache.ts factsTag), so a
 * process that kept the facts it wrote or read under their tag can skip reading the facts column while
 * the stored tag is the same (a bulk ingest read every candidate's facts JSON for each notice). NULL
 * for incidents written before, and by writers that do not tag: their facts are always read.
 */
export const m0007IncidentFactsTag: LwMigration = {
  name: '0007_incident_facts_tag',
  async up(db) {
    await sql.raw('ALTER TABLE incidents ADD COLUMN facts_tag text').execute(db);
  },
};
