import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { prepared } from './prepared.js';
import { describeEachDialect } from './testing.js';
import { genericPlans, idSuffix, inOneCommit, isRetryable, isUniqueViolation } from './tx.js';

const secretsLike = prepared((db, p: { pattern: string }) =>
  db.selectFrom('server_secrets').select('name').where('name', 'like', p.pattern).orderBy('name'),
);

describeEachDialect('genericPlans', (getDb, dialect) => {
  it('plans once inside its transaction, returns the same rows, and ends with it', async () => {
    const db = getDb();
    const mode = async () =>
      dialect === 'postgres'
        ? (await sql<{ plan_cache_mode: string }>`show plan_cache_mode`.execute(db.kysely)).rows[0]
            ?.plan_cache_mode
        : null;
    const before = await mode();
    await inOneCommit(db, async (tx) => {
      await genericPlans(tx);
      for (const name of ['gp-b', 'gp-a'])
        await tx.insertInto('server_secrets').values({ name, value: '1', created_at: 'now' }).execute();
      if (dialect === 'postgres')
        expect(
          (await sql<{ m: string }>`select current_setting('plan_cache_mode') as m`.execute(tx)).rows[0]?.m,
        ).toBe('force_generic_plan');
      // More runs than PostgreSQL's five custom plans before it may choose the generic one.
      for (let i = 0; i < 7; i++)
        expect((await secretsLike.rows(tx, { pattern: 'gp-%' })).map((r) => r.name)).toEqual([
          'gp-a',
          'gp-b',
        ]);
    });
    expect(await mode()).toBe(before);
    expect((await secretsLike.rows(db.kysely, { pattern: 'gp-%' })).map((r) => r.name)).toEqual([
      'gp-a',
      'gp-b',
    ]);
  });
});

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
