import { expect, it } from 'vitest';
import { isAppError } from '../errors.js';
import { describeEachDialect } from '../store/testing.js';
import { createSession, validateSession } from './sessions.js';
import { createUser, disableUser, findUserByName, listUsers, resetPassword } from './users.js';

describeEachDialect('accounts', (getDb) => {
  it('creates an account with a hashed password and refuses the same name in another case or width', async () => {
    const db = getDb();
    const u = await createUser(db, { name: 'Aiko', role: 'editor', password: 'violet kettle runs uphill' });
    expect(u.role).toBe('editor');
    const row = await findUserByName(db, 'aiko');
    expect(row?.password_hash).toMatch(/^\$argon2id\$/);
    expect(row?.password_hash).not.toContain('violet');
    for (const name of ['aiko', 'AIKO', 'ａｉｋｏ']) {
      const err = await createUser(db, { name, role: 'admin', password: 'another long passphrase' }).catch(
        (e) => e,
      );
      expect(isAppError(err, 'conflict'), name).toBe(true);
    }
    expect((await listUsers(db)).filter((x) => x.name === 'Aiko')).toHaveLength(1);
  });

  it('refuses bad names, roles and weak passwords without writing anything', async () => {
    const db = getDb();
    const before = (await listUsers(db)).length;
    await expect(
      createUser(db, { name: 'a b', role: 'editor', password: 'violet kettle runs uphill' }),
    ).rejects.toThrow();
    await expect(
      createUser(db, { name: 'bob', role: 'root' as 'admin', password: 'violet kettle runs' }),
    ).rejects.toThrow();
    await expect(createUser(db, { name: 'bob', role: 'editor', password: 'password1234' })).rejects.toThrow();
    expect((await listUsers(db)).length).toBe(before);
  });

  it('disabling an account and resetting its password end its sessions', async () => {
    const db = getDb();
    const u = await createUser(db, { name: 'kenji', role: 'admin', password: 'granite owl sleeps late' });
    const s1 = await createSession(db, u.id);
    expect((await validateSession(db, s1.token))?.id).toBe(u.id);
    await resetPassword(db, 'kenji', 'a different long phrase');
    expect(await validateSession(db, s1.token)).toBeNull();
    const s2 = await createSession(db, u.id);
    const disabled = await disableUser(db, 'KENJI');
    expect(disabled.disabled).toBe(true);
    expect(await validateSession(db, s2.token)).toBeNull();
    // A disabled account's new session (should one be created) is refused too.
    const s3 = await createSession(db, u.id);
    expect(await validateSession(db, s3.token)).toBeNull();
  });

  it('treats SQL in account names as plain text', async () => {
    const db = getDb();
    for (const name of ["x' OR '1'='1", "'; DROP TABLE users; --", 'admin"--']) {
      expect(await findUserByName(db, name)).toBeUndefined();
    }
    expect((await listUsers(db)).length).toBeGreaterThan(0);
  });
});
