import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachDialect } from '../store/testing.js';
import { audit, listAudit } from './audit.js';

describeEachDialect('audit log', (getDb) => {
  const config = { secret: 'audit-test-secret-0123' };

  it('appends entries with an IP hash, never the address', async () => {
    const db = getDb();
    await audit(db, config, {
      actor: null,
      action: 'login.failure',
      ip: '198.51.100.23',
      details: { reason: 'x' },
    });
    await audit(db, config, { actor: 'cli', action: 'backup.create', target: 'b.db' });
    const entries = await listAudit(db, { limit: 10 });
    // Entries written in the same millisecond have no defined order: look them up by action.
    expect(entries.map((e) => e.action).sort()).toEqual(['backup.create', 'login.failure']);
    const failure = entries.find((e) => e.action === 'login.failure')!;
    expect(failure.ip_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(entries)).not.toContain('198.51.100.23');
    expect(failure.details).toEqual({ reason: 'x' });
    // Same address, same hash (so an admin can see repeated attempts from one place).
    await audit(db, config, {
      actor: null,
      action: 'login.failure',
      ip: '198.51.100.23',
      details: { reason: 'y' },
    });
    const again = (await listAudit(db, { action: 'login.failure' })).find((e) => e.details.reason === 'y')!;
    expect(again.ip_hash).toBe(failure.ip_hash);
  });

  it('is append-only: the database refuses UPDATE and DELETE', async () => {
    const db = getDb();
    await audit(db, config, { actor: 'cli', action: 'user.add' });
    await expect(sql`UPDATE audit_log SET action = 'x'`.execute(db.kysely)).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM audit_log`.execute(db.kysely)).rejects.toThrow(/append-only/);
    expect((await listAudit(db)).length).toBeGreaterThan(0);
  });

  it('refuses nested or oversized details', async () => {
    const db = getDb();
    await expect(
      audit(db, config, { actor: null, action: 'logout', details: { a: { b: 1 } } as never }),
    ).rejects.toThrow();
  });
});
