import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../auth/users.js';
import { openDatabase } from '../store/db.js';
import { backupSqlite, DB_FILE, defaultBackupPath } from './backup.js';
import { restoreSqlite } from './restore.js';

const mode = (path: string) => (statSync(path).mode & 0o777).toString(8);

describe('files at rest under umask 022 (issue 18)', () => {
  const root = mkdtempSync(join(tmpdir(), 'lw-perm-'));
  let oldUmask: number;
  beforeAll(() => {
    oldUmask = process.umask(0o022);
  });
  afterAll(() => {
    process.umask(oldUmask);
    rmSync(root, { recursive: true, force: true });
  });

  it('keeps the data dir 0700 and the database, -wal, -shm, backups and pre-restore files 0600', async () => {
    const dataDir = join(root, 'data');
    const db = await openDatabase({ dataDir });
    await createUser(db, { name: 'perm1', role: 'editor', password: 'quiet harbour lamps glow' });
    const dbFile = join(dataDir, DB_FILE);
    expect(existsSync(`${dbFile}-wal`) && existsSync(`${dbFile}-shm`)).toBe(true);
    expect(mode(dataDir)).toBe('700');
    for (const f of [dbFile, `${dbFile}-wal`, `${dbFile}-shm`]) expect([f, mode(f)]).toEqual([f, '600']);

    const backup = await backupSqlite(dataDir, defaultBackupPath(dataDir));
    expect(mode(join(dataDir, 'backups'))).toBe('700');
    expect(mode(backup.file)).toBe('600');
    await db.close();

    const restored = await restoreSqlite(backup.file, dataDir);
    expect(mode(restored.file)).toBe('600');
    expect(restored.previous).not.toBeNull();
    expect(mode(restored.previous!)).toBe('600');
    for (const f of readdirSync(dataDir))
      expect([f, mode(join(dataDir, f))]).toEqual([f, f === 'backups' ? '700' : '600']);
  });

  it('makes the files of an older install private when it opens them', async () => {
    const dataDir = join(root, 'old');
    const first = await openDatabase({ dataDir });
    await first.close();
    // What an older version left behind with umask 022.
    chmodSync(dataDir, 0o755);
    chmodSync(join(dataDir, DB_FILE), 0o644);
    const db = await openDatabase({ dataDir });
    try {
      expect(mode(dataDir)).toBe('700');
      expect(mode(join(dataDir, DB_FILE))).toBe('600');
    } finally {
      await db.close();
    }
  });
});
