import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { ensureAppendOnlyAudit } from './append-only.js';
import { describeEachDialect } from './testing.js';

describeEachDialect('audit log triggers re-created on start (issue 18)', (getDb, dialect) => {
  it('puts back dropped append-only triggers, and leaves present ones alone', async () => {
    const db = getDb();
    expect(await ensureAppendOnlyAudit(db)).toEqual([]);
    if (dialect === 'sqlite') {
      await sql`DROP TRIGGER audit_log_no_update`.execute(db.kysely);
      await sql`DROP TRIGGER audit_log_no_delete`.execute(db.kysely);
    } else {
      await sql`DROP TRIGGER audit_log_no_change ON audit_log`.execute(db.kysely);
    }
    await expect(db.kysely.deleteFrom('audit_log').execute()).resolves.toBeDefined();
    const back = await ensureAppendOnlyAudit(db);
    expect(back).toEqual(
      dialect === 'sqlite' ? ['audit_log_no_update', 'audit_log_no_delete'] : ['audit_log_no_change'],
    );
    await db.kysely
      .insertInto('audit_log')
      .values({
        id: 'a1',
        at: '2026-01-01T00:00:00Z',
        actor: null,
        action: 'x',
        target: null,
        ip_hash: null,
        details: '{}',
      })
      .execute();
    await expect(db.kysely.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/);
    await expect(db.kysely.updateTable('audit_log').set({ action: 'y' }).execute()).rejects.toThrow(
      /append-only/,
    );
  });
});
