import { expect, it } from 'vitest';
import { prepared } from './prepared.js';
import { describeEachDialect } from './testing.js';
import { deferWrites, inOneCommit, isCarriedError } from './tx.js';

const putSecret = prepared(
  (db, p: { name: string; value: string; created_at: string }) => db.insertInto('server_secrets').values(p),
  { deferrable: true },
);
const secretByName = prepared((db, p: { name: string }) =>
  db.selectFrom('server_secrets').select(['name', 'value']).where('name', '=', p.name),
);

// Values with quotes, backslashes, a line break, non-ASCII text and a JSON document.
const tricky = `it's a \\ back'slash\nline 二行目 ${JSON.stringify({ q: "o'k", b: '\\n' })}`;

describeEachDialect('deferred writes', (getDb, dialect) => {
  it('are read back by the next statement and committed with the transaction', async () => {
    const db = getDb();
    await inOneCommit(db, async (tx) => {
      await deferWrites(tx);
      // The first run of a statement on a connection prepares it; later ones may be deferred.
      for (const name of ['dw-a', 'dw-b', 'dw-c'])
        await putSecret.run(tx, { name, value: `${tricky}${name}`, created_at: '2026-12-06' });
      const [row] = await secretByName.rows(tx, { name: 'dw-c' });
      expect(row).toEqual({ name: 'dw-c', value: `${tricky}dw-c` });
      await putSecret.run(tx, { name: 'dw-d', value: tricky, created_at: '2026-12-06' });
    });
    const rows = await db.kysely
      .selectFrom('server_secrets')
      .select(['name', 'value'])
      .where('name', 'like', 'dw-%')
      .orderBy('name')
      .execute();
    expect(rows.map((r) => r.name)).toEqual(['dw-a', 'dw-b', 'dw-c', 'dw-d']);
    expect(rows[3]!.value).toBe(tricky);
  });

  it('report a failing write at the statement that carried it, and write nothing', async () => {
    const db = getDb();
    const err = await inOneCommit(db, async (tx) => {
      await deferWrites(tx);
      await putSecret.run(tx, { name: 'dw-x', value: '1', created_at: 'now' });
      // A duplicate key: on PostgreSQL queued, failing only when the read below is sent.
      await putSecret.run(tx, { name: 'dw-x', value: '2', created_at: 'now' });
      await secretByName.rows(tx, { name: 'dw-x' });
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect(isCarriedError(err)).toBe(dialect === 'postgres');
    const rows = await db.kysely
      .selectFrom('server_secrets')
      .select('name')
      .where('name', '=', 'dw-x')
      .execute();
    expect(rows).toEqual([]);
  });

  it('drops the writes of a step rolled back to its savepoint', async () => {
    const db = getDb();
    await inOneCommit(db, async (tx, savepoint) => {
      await deferWrites(tx);
      await putSecret.run(tx, { name: 'dw-s1', value: '1', created_at: 'now' });
      const step = await savepoint(async () => {
        await putSecret.run(tx, { name: 'dw-s2', value: '1', created_at: 'now' });
        throw new Error('step fails');
      });
      expect(step.ok).toBe(false);
      await putSecret.run(tx, { name: 'dw-s3', value: '1', created_at: 'now' });
    });
    const rows = await db.kysely
      .selectFrom('server_secrets')
      .select('name')
      .where('name', 'like', 'dw-s%')
      .orderBy('name')
      .execute();
    expect(rows.map((r) => r.name)).toEqual(['dw-s1', 'dw-s3']);
  });

  it('end with their transaction', async () => {
    const db = getDb();
    await inOneCommit(db, async (tx) => {
      await deferWrites(tx);
      await putSecret.run(tx, { name: 'dw-t1', value: '1', created_at: 'now' });
    });
    // The next transaction on a pooled connection sends its writes at once: a duplicate fails there.
    const err = await inOneCommit(db, async (tx) => {
      await putSecret.run(tx, { name: 'dw-t1', value: '2', created_at: 'now' });
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect(isCarriedError(err)).toBe(false);
  });
});
