import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { refreshPlannerStats } from './planner-stats.js';
import { describeEachDialect } from './testing.js';

describeEachDialect('refreshPlannerStats', (getDb, dialect) => {
  it('analyses a fresh store once it holds a few batches, not at every batch', async () => {
    const db = getDb();
    const analysed = async () =>
      dialect === 'postgres'
        ? (
            await sql<{ n: string }>`select coalesce(sum(analyze_count), 0) as n from pg_stat_user_tables
              where schemaname = current_schema() and relname = 'notices'`.execute(db.kysely)
          ).rows[0]?.n
        : null;
    await refreshPlannerStats(db, 20);
    await refreshPlannerStats(db, 0);
    if (dialect === 'postgres') expect(Number(await analysed())).toBe(0);
    // Enough notices since the store was empty: its statistics are taken (SQLite: nothing to do).
    await refreshPlannerStats(db, 1_000);
    if (dialect === 'postgres') expect(Number(await analysed())).toBe(1);
    // A few more: the store has not doubled since, so it is not analysed again (no error either way).
    await expect(refreshPlannerStats(db, 30)).resolves.toBeUndefined();
    if (dialect === 'postgres') expect(Number(await analysed())).toBe(1);
  });
});
