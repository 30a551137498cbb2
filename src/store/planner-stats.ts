import { sql } from 'kysely';
import { logger } from '../log.js';
import type { Db } from './db.js';

const log = logger('store.stats');

/**
 * The tables an ingest reads while it writes (candidates, organisations and their names, the
 * rebuild's read): the ones whose statistics decide the plans of its statements.
 */
const INGEST_TABLES = [
  'notices',
  'incidents',
  'incident_notices',
  'notice_subjects',
  'organizations',
  'aliases',
  'services',
  'incident_services',
  'search_docs',
] as const;

/** Rows stored before statistics are first taken (a few batches: plans on tables this small hardly matter). */
const FIRST_ANALYZE_AT = 200;

/** What one database's ingests know of its statistics: notices at the last ANALYZE, and since. */
interface StatsState {
  /** Notices when the statistics were last taken (here, or reltuples as read at start; 0: never). */
  analysed: number;
  /** Notices stored since by this process. */
  written: number;
  /** The ANALYZE running, if any (one at a time per database). */
  running: Promise<void> | null;
}
const states = new WeakMap<Db, Promise<StatsState>>();

async function stateOf(db: Db): Promise<StatsState> {
  let s = states.get(db);
  if (!s) {
    s = sql<{ n: number }>`select reltuples::float8 as n from pg_class where oid = to_regclass('notices')`
      .execute(db.kysely)
      .then((r) => ({ analysed: Math.max(0, Number(r.rows[0]?.n ?? 0)), written: 0, running: null }));
    states.set(db, s);
  }
  return s;
}

/**
 * After a bulk ingest's batch committed `stored` new notices (PostgreSQL; nothing on SQLite):
 * refreshes the planner's statistics of the ingest's tables each time the store has doubled since
 * they were last taken (issue 17). A fresh schema is never analysed during a run (autovacuum looks
 * once a minute, and analyses a table only after 10 % of it changed), so every plan — and the
 * generic plans an ingest batch keeps for its whole connection (tx.ts genericPlans) — was made for
 * empty tables: sequential scans and hash joins whose cost grows with the store. ANALYZE
 * invalidates the cached plans; it takes no lock that blocks writers, and on tables this young it
 * reads every row in a few milliseconds. Doubling keeps the count logarithmic (≈ 8 up to 50,000
 * notices from empty); a store already analysed at start is left to autovacuum until it doubles.
 *
 * @example await refreshPlannerStats(db, 100) // after a batch of 100 new notices
 */
export async function refreshPlannerStats(db: Db, stored: number): Promise<void> {
  if (db.dialect !== 'postgres' || stored <= 0) return;
  const s = await stateOf(db);
  s.written += stored;
  const now = s.analysed + s.written;
  if (s.running || now < Math.max(FIRST_ANALYZE_AT, 2 * s.analysed)) return;
  const counted = s.written;
  s.running = sql
    .raw(`analyze ${INGEST_TABLES.join(', ')}`)
    .execute(db.kysely)
    .then(
      () => {
        s.analysed += counted;
        s.written -= counted;
      },
      // Statistics only make plans better: an ingest never fails for them (autovacuum takes them later).
      (err: unknown) => log.warn({ err: (err as Error).message }, 'planner statistics not refreshed'),
    )
    .finally(() => {
      s.running = null;
    });
  await s.running;
}
