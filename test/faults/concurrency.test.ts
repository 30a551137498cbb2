import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { hashPassword } from '../../src/auth/passwords.js';
import { newId } from '../../src/ids.js';
import { ingestNotice } from '../../src/ingest/pipeline.js';
import { describeEachDialect } from '../../src/store/testing.js';
import { fictionalNotice } from './notices.js';

const run = promisify(execFile);

/**
 * Unique identifiers under load (the Nikon lesson: one member number handed to two people).
 * Sizes: 10,000 concurrent account rows on both dialects. Each notice ingest is a multi-statement
 * transaction with extraction (~20–50 ms on the loaded test machine), so the unit suite runs 400
 * concurrent ingests on SQLite and 200 on PostgreSQL; `LW_FAULTS_FULL=1` runs the full 10,000 on
 * both (minutes — see docs/SECURITY.md for measured figures).
 */
const FULL = process.env.LW_FAULTS_FULL === '1';

describeEachDialect('faults: concurrency', (getDb, dialect) => {
  it('10,000 concurrent account creations: 10,000 rows, 10,000 distinct ids', async () => {
    const db = getDb();
    const hash = await hashPassword('violet kettle runs uphill');
    const now = new Date().toISOString();
    // PostgreSQL: all 10,000 in flight at once over the pool. SQLite has one connection, and
    // Kysely's connection mutex wakes every waiter on each release (quadratic with 10,000 waiters),
    // so there they go in waves of 500 concurrent inserts.
    const wave = dialect === 'postgres' ? 10_000 : 500;
    const ids: string[] = [];
    for (let start = 0; start < 10_000; start += wave) {
      ids.push(
        ...(await Promise.all(
          Array.from({ length: wave }, async (_, j) => {
            const i = start + j;
            const id = newId();
            await db.kysely
              .insertInto('users')
              .values({
                id,
                name: `load${i}`,
                name_key: `load${i}`,
                role: 'editor',
                password_hash: hash,
                disabled_at: null,
                password_changed_at: now,
                created_at: now,
                updated_at: now,
              })
              .execute();
            return id;
          }),
        )),
      );
    }
    expect(new Set(ids).size).toBe(10_000);
    const row = await db.kysely
      .selectFrom('users')
      .select((e) => [e.fn.countAll().as('n'), e.fn.count('id').distinct().as('d')])
      .where('name', 'like', 'load%')
      .executeTakeFirstOrThrow();
    expect(Number(row.n)).toBe(10_000);
    expect(Number(row.d)).toBe(10_000);
  }, 120_000);

  const noticeCount = FULL ? 10_000 : dialect === 'sqlite' ? 400 : 200;
  it(
    `${noticeCount} concurrent notice ingests: each stored once, no id used twice`,
    async () => {
      const db = getDb();
      const outcomes = await Promise.all(
        Array.from({ length: noticeCount }, (_, i) =>
          ingestNotice(db, { text: fictionalNotice(i), via: 'file' }),
        ),
      );
      const noticeIds = outcomes.map((o) => o.noticeId);
      expect(new Set(noticeIds).size).toBe(noticeCount);
      const counts = await db.kysely
        .selectFrom('notices')
        .select((e) => [
          e.fn.countAll().as('n'),
          e.fn.count('id').distinct().as('d'),
          e.fn.count('content_hash').distinct().as('h'),
        ])
        .executeTakeFirstOrThrow();
      expect(Number(counts.n)).toBe(noticeCount);
      expect(Number(counts.d)).toBe(noticeCount);
      expect(Number(counts.h)).toBe(noticeCount);
      // Every id in the notices and incidents tables is unique across both tables.
      const incidents = await db.kysely.selectFrom('incidents').select('id').execute();
      const all = new Set([...noticeIds, ...incidents.map((r) => r.id)]);
      expect(all.size).toBe(noticeCount + incidents.length);
      expect(incidents.length).toBe(noticeCount / 2);
    },
    FULL ? 1_800_000 : 120_000,
  );

  it('50 concurrent ingests of one notice store it once', async () => {
    const db = getDb();
    const text = `${fictionalNotice(999_999)}\n(同時取り込みの試験)`;
    const outcomes = await Promise.all(
      Array.from({ length: 50 }, () => ingestNotice(db, { text, via: 'file' })),
    );
    expect(outcomes.filter((o) => o.status === 'new')).toHaveLength(1);
    expect(new Set(outcomes.map((o) => o.noticeId)).size).toBe(1);
    expect(new Set(outcomes.map((o) => o.incidentId)).size).toBe(1);
    const stored = await db.kysely
      .selectFrom('notices')
      .select('id')
      .where('id', '=', outcomes[0]!.noticeId)
      .execute();
    expect(stored).toHaveLength(1);
    const links = await db.kysely
      .selectFrom('incident_notices')
      .select('incident_id')
      .where('notice_id', '=', outcomes[0]!.noticeId)
      .execute();
    expect(links).toHaveLength(1);
  }, 60_000);
});

it('two processes generating 100,000 ids each produce no id twice', async () => {
  const script = `import { newId } from './src/ids.ts'; const a = []; for (let i = 0; i < 100000; i++) a.push(newId()); process.stdout.write(a.join('\\n'));`;
  const gen = () =>
    run(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      maxBuffer: 64 * 1024 * 1024,
      cwd: new URL('../../', import.meta.url).pathname,
    });
  const [a, b] = await Promise.all([gen(), gen()]);
  const ids = [...a.stdout.split('\n'), ...b.stdout.split('\n')];
  expect(ids).toHaveLength(200_000);
  expect(new Set(ids).size).toBe(200_000);
}, 60_000);
