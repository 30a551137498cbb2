import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audit } from '../auth/audit.js';
import { createUser } from '../auth/users.js';
import { isAppError } from '../errors.js';
import { fact, fakeEngine, noticeFacts } from '../incidents/testing.js';
import { ingestNotice } from '../ingest/pipeline.js';
import { type Db, openDatabase } from '../store/db.js';
import { backupSqlite, DB_FILE, verifyLeakwatchFile } from './backup.js';
import { restoreSqlite } from './restore.js';

let dir: string;
let db: Db;
const engine = fakeEngine();
/** The installation's LEAKWATCH_SECRET: restores into another directory verify backups with it. */
const SECRET = 'backup-test-secret-0123';
const keyed = { secret: SECRET };

/** Fictional notices: one per fictional company 架空商事{i}. */
function notice(i: number): string {
  return engine.add(
    `個人情報漏えいのお知らせ ${i}\n架空商事${i}株式会社\n顧客${i * 10}名の氏名が閲覧可能な状態でした。`,
    noticeFacts({
      organization: fact(`架空商事${i}株式会社`),
      affected: fact({ count: i * 10, unit: 'people', qualifier: 'exact' }),
      data_classes: [fact('Names')],
      published: fact('2025-02-01'),
    }),
  );
}

/** Every row of every table, in a stable order, as JSON lines. */
function dump(path: string): Record<string, string[]> {
  const conn = new SQLite(path, { readonly: true });
  try {
    const tables = (
      conn.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as {
        name: string;
      }[]
    ).map((t) => t.name);
    const out: Record<string, string[]> = {};
    for (const t of tables) {
      out[t] = (conn.prepare(`SELECT * FROM "${t}"`).all() as unknown[]).map((r) => JSON.stringify(r)).sort();
    }
    return out;
  } finally {
    conn.close();
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lw-backup-'));
  db = await openDatabase({ dataDir: join(dir, 'live') });
  await createUser(db, { name: 'ops', role: 'admin', password: 'violet kettle runs uphill' });
  for (let i = 1; i <= 40; i++) await ingestNotice(db, { text: notice(i), via: 'file' }, { engine });
  await audit(
    db,
    { secret: 'backup-test-secret-0123' },
    { actor: 'cli', action: 'user.add', ip: '192.0.2.1' },
  );
});
afterAll(async () => {
  await db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('backup and restore (SQLite)', () => {
  it('backs up while the server writes, and a restore reproduces every row of every table', async () => {
    const backupFile = join(dir, 'b1.db');
    // Writes keep coming while the backup runs (the server is live).
    let writing = true;
    let extra = 100;
    const writer = (async () => {
      while (writing) {
        await ingestNotice(db, { text: notice(extra++), via: 'file' }, { engine });
        // better-sqlite3 answers synchronously: yield like a server between requests.
        await new Promise((r) => setImmediate(r));
      }
    })();
    const result = await backupSqlite(join(dir, 'live'), backupFile, keyed);
    writing = false;
    await writer;
    expect(result.migrations).toEqual(expect.arrayContaining(['0001_core', '0002_auth']));
    expect(existsSync(`${backupFile}-wal`)).toBe(false);

    const snapshot = dump(backupFile);
    expect(snapshot.notices!.length).toBeGreaterThanOrEqual(40);
    expect(snapshot.users).toHaveLength(1);
    expect(snapshot.audit_log!.length).toBeGreaterThanOrEqual(1);

    const target = join(dir, 'restored');
    const restored = await restoreSqlite(backupFile, target, keyed);
    expect(restored.previous).toBeNull();
    const back = dump(join(target, DB_FILE));
    expect(Object.keys(back)).toEqual(Object.keys(snapshot));
    for (const t of Object.keys(snapshot)) expect(back[t], t).toEqual(snapshot[t]);
    // And leakwatch opens it as its own.
    const reopened = await openDatabase({ dataDir: target });
    const n = await reopened.kysely
      .selectFrom('notices')
      .select((e) => e.fn.countAll().as('n'))
      .executeTakeFirst();
    expect(Number(n?.n)).toBe(snapshot.notices!.length);
    await reopened.close();
  });

  it('refuses a non-leakwatch file, a damaged file and a running data directory, changing nothing', async () => {
    const target = join(dir, 'refuse');
    const good = join(dir, 'b2.db');
    await backupSqlite(join(dir, 'live'), good, keyed);
    await restoreSqlite(good, target, keyed);
    const before = dump(join(target, DB_FILE));

    const text = join(dir, 'notes.txt');
    writeFileSync(text, 'not a database at all\n'.repeat(100));
    const other = join(dir, 'other.db');
    const o = new SQLite(other);
    o.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1);');
    o.close();
    const damaged = join(dir, 'damaged.db');
    const bytes = Buffer.from(readFileSync(good));
    // Scribble over the middle pages (the header stays valid, b-tree pages do not).
    bytes.fill(0xab, 8192, Math.min(bytes.length, 8192 * 6));
    writeFileSync(damaged, bytes);

    for (const f of [text, other, damaged]) {
      const err = await restoreSqlite(f, target, keyed).catch((e) => e);
      expect(isAppError(err, 'unprocessable_document'), `${f}: ${err}`).toBe(true);
    }
    expect(dump(join(target, DB_FILE))).toEqual(before);
    expect(existsSync(join(target, `${DB_FILE}.restore-tmp`))).toBe(false);

    // The live directory has -wal/-shm (the test's connection is the "server"): refused.
    const busy = await restoreSqlite(good, join(dir, 'live'), keyed).catch((e) => e);
    expect(isAppError(busy, 'conflict')).toBe(true);
    expect(() => verifyLeakwatchFile(join(dir, 'missing.db'))).toThrow();
  });
});
