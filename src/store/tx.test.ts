import { expect, it } from 'vitest';
import { describeEachDialect } from './testing.js';
import { idSuffix, inOneCommit, isRetryable, isUniqueViolation } from './tx.js';

describeEachDialect('inOneCommit', (getDb) => {
  it('rolls back a failing step alone and commits the others together', async () => {
    const db = getDb();
    const results: boolean[] = [];
    await inOneCommit(db, async (tx, savepoint) => {
      for (const key of ['tx-a', 'tx-b', 'tx-c']) {
        const step = await savepoint(async () => {
          await tx
            .insertInto('server_secrets')
            .values({ name: key, value: '1', created_at: 'now' })
            .execute();
          if (key === 'tx-b') throw new Error('half-written');
        });
        results.push(step.ok);
      }
    });
    expect(results).toEqual([true, false, true]);
    const rows = await db.kysely
      .selectFrom('server_secrets')
      .select('name')
      .where('name', 'like', 'tx-%')
      .execute();
    expect(rows.map((r) => r.name).sort()).toEqual(['tx-a', 'tx-c']);
  });

  it('writes nothing when the work itself throws', async () => {
    const db = getDb();
    await expect(
      inOneCommit(db, async (tx) => {
        await tx
          .insertInto('server_secrets')
          .values({ name: 'tx-z', value: '1', created_at: 'now' })
          .execute();
        throw new Error('power cut');
      }),
    ).rejects.toThrow('power cut');
    const row = await db.kysely
      .selectFrom('server_secrets')
      .select('name')
      .where('name', '=', 'tx-z')
      .executeTakeFirst();
    expect(row).toBeUndefined();
  });
});

it('classifies errors a retry can cure', () => {
  expect(isUniqueViolation({ code: '23505' })).toBe(true);
  expect(isUniqueViolation({ code: 'SQLITE_CONSTRAINT_UNIQUE' })).toBe(true);
  expect(isRetryable({ code: '40P01' })).toBe(true);
  expect(isRetryable({ code: '42P01' })).toBe(false);
  expect(idSuffix('0193b3c4-5d6e-7f80-9a1b-2c3d4e5f6a7b')).toBe('5f6a7b');
});
