import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audit } from '../auth/audit.js';
import { createUser } from '../auth/users.js';
import { isAppError } from '../errors.js';
import { type Db, openDatabase } from '../store/db.js';
import { backupSqlite, DB_FILE } from './backup.js';
import { backupKey, SIGNATURE_SUFFIX, signBackup } from './backup-integrity.js';
import { restoreSqlite } from './restore.js';

/** What the attack run did to a backup, on a copy of it (issue 18, finding 4). */
function tamper(file: string, opts: { schema: boolean }): void {
  const t = new SQLite(file);
  try {
    if (opts.schema) t.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');
    // Without the triggers the audit rows can go; with them, the row change below is the tamper.
    if (opts.schema) t.exec("DELETE FROM audit_log WHERE action LIKE 'login.%';");
    t.prepare(
      `INSERT INTO users (id, name, name_key, role, password_hash, password_changed_at, created_at, updated_at)
       VALUES ('00000000-0000-7000-8000-000000000bad', 'backdoor', 'backdoor', 'admin', 'x', '2026-01-01', '2026-01-01', '2026-01-01')`,
    ).run();
    if (opts.schema) {
      t.exec(`CREATE TRIGGER raise_role AFTER INSERT ON audit_log WHEN NEW.action = 'login.success'
        BEGIN UPDATE users SET role = 'admin' WHERE id = NEW.actor; END;`);
    }
  } finally {
    t.close();
  }
}

describe('a tampered backup is not restored (issue 18)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lw-tamper-'));
  const live = join(dir, 'live');
  let db: Db;
  let good: string;

  beforeAll(async () => {
    db = await openDatabase({ dataDir: live });
    const u = await createUser(db, { name: 'editor9', role: 'editor', password: 'silver comet drifts east' });
    await audit(
      db,
      { secret: undefined },
      { actor: u.id, action: 'login.success', target: u.id, ip: '192.0.2.1' },
    );
    good = (await backupSqlite(live, join(dir, 'good.db'))).file;
    await db.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('signs the backup with a key the backup itself does not hold', async () => {
    const sig = readFileSync(good + SIGNATURE_SUFFIX, 'utf8');
    expect(sig).toMatch(/^hmac-sha256 [0-9a-f]{64} good\.db\n$/);
    const key = (await backupKey(live, DB_FILE, undefined))!;
    const b = new SQLite(good, { readonly: true });
    const rows = b.prepare("SELECT name FROM server_secrets WHERE name = 'key:backup'").all();
    b.close();
    expect(rows).toEqual([]);
    expect(readFileSync(good).includes(Buffer.from(key.toString('hex')))).toBe(false);
  });

  it('refuses a backup whose rows were changed (backdoor admin, audit rows gone): signature', async () => {
    const bad = join(dir, 'rows.db');
    copyFileSync(good, bad);
    copyFileSync(good + SIGNATURE_SUFFIX, bad + SIGNATURE_SUFFIX);
    tamper(bad, { schema: false });
    const err = await restoreSqlite(bad, live).catch((e: unknown) => e);
    expect(isAppError(err, 'unprocessable_document') && err.message).toMatch(/signature does not match/);
    const noSig = join(dir, 'nosig.db');
    copyFileSync(good, noSig);
    const err2 = await restoreSqlite(noSig, live).catch((e: unknown) => e);
    expect(isAppError(err2, 'unprocessable_document') && err2.message).toMatch(/No signature file/);
  });

  it('refuses a re-signed backup with dropped audit triggers and a trigger of its own: schema', async () => {
    const bad = join(dir, 'schema.db');
    copyFileSync(good, bad);
    tamper(bad, { schema: true });
    // Even with the key (say it leaked), the schema check stops it.
    await signBackup(bad, (await backupKey(live, DB_FILE, undefined))!);
    const err = await restoreSqlite(bad, live).catch((e: unknown) => e);
    expect(isAppError(err, 'unprocessable_document')).toBe(true);
    const msg = (err as Error).message;
    expect(msg).toContain('unexpected trigger raise_role');
    expect(msg).toContain('missing trigger audit_log_no_update');
    // Nothing was replaced: the live database still has its triggers and no backdoor.
    const check = await openDatabase({ dataDir: live });
    const users = await check.kysely.selectFrom('users').select('name').execute();
    await check.close();
    expect(users.map((u) => u.name)).toEqual(['editor9']);
  });

  it('restores its own untouched backup and keeps the key for the next one', async () => {
    const restored = await restoreSqlite(good, live);
    expect(restored.previous).not.toBeNull();
    const again = await backupSqlite(live, join(dir, 'again.db'));
    await expect(restoreSqlite(again.file, live)).resolves.toMatchObject({ file: join(live, DB_FILE) });
  });

  it('re-creates the audit triggers on start when something dropped them', async () => {
    const raw = new SQLite(join(live, DB_FILE));
    raw.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');
    raw.close();
    const reopened = await openDatabase({ dataDir: live });
    try {
      await expect(reopened.kysely.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/);
      await expect(reopened.kysely.updateTable('audit_log').set({ action: 'x' }).execute()).rejects.toThrow(
        /append-only/,
      );
    } finally {
      await reopened.close();
    }
  });
});
