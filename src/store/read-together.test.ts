import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Db, openDatabase } from './db.js';

let dir: string;
let db: Db;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lw-together-'));
  db = await openDatabase({ dataDir: dir }); // a file: readTogether exists on SQLite files only
  await db.kysely.schema.createTable('t').addColumn('n', 'integer').execute();
});
afterAll(async () => {
  await db?.close();
  rmSync(dir, { recursive: true, force: true });
});

const count = () => (db.hotRead!('select count(*) as n from t').get() as { n: number }).n;

describe('readTogether', () => {
  it('sees every write committed before it was asked for, alone or in a batch', async () => {
    await sql`insert into t (n) values (1)`.execute(db.kysely);
    expect(await db.readTogether!(count)).toBe(1);
    await sql`insert into t (n) values (2)`.execute(db.kysely);
    const batch = [db.readTogether!(count), db.readTogether!(count), db.readTogether!(count)];
    expect(await Promise.all(batch)).toEqual([2, 2, 2]);
    // The batch's transaction has ended: a later write is seen by the next one.
    await sql`insert into t (n) values (3)`.execute(db.kysely);
    expect(await db.readTogether!(count)).toBe(3);
  });

  it('works asked for in one turn share one snapshot, and a failing one fails alone', async () => {
    let inTransaction: boolean[] = [];
    const probe = () => {
      inTransaction.push(db.hotRead!('select 1').database.inTransaction);
      return count();
    };
    const [a, bad, b] = await Promise.allSettled([
      db.readTogether!(probe),
      db.readTogether!(() => db.hotRead!('select * from no_such_table').get()),
      db.readTogether!(probe),
    ]);
    expect(a).toEqual({ status: 'fulfilled', value: 3 });
    expect(bad?.status).toBe('rejected');
    expect(b).toEqual({ status: 'fulfilled', value: 3 });
    expect(inTransaction).toEqual([true, true]);
    inTransaction = [];
    await db.readTogether!(probe); // alone: no transaction of its own
    expect(inTransaction).toEqual([false]);
    expect(db.hotRead!('select 1').database.inTransaction).toBe(false);
  });
});
