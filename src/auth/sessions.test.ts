import { expect, it } from 'vitest';
import { describeEachDialect } from '../store/testing.js';
import {
  createSession,
  csrfTokenFor,
  revokeSession,
  SESSION_ABSOLUTE_MS,
  SESSION_IDLE_MS,
  sessionIdOf,
  tokensEqual,
  validateSession,
} from './sessions.js';
import { createUser } from './users.js';

describeEachDialect('sessions', (getDb) => {
  it('stores only the SHA-256 of a 256-bit token', async () => {
    const db = getDb();
    const u = await createUser(db, { name: 'sess1', role: 'editor', password: 'violet kettle runs uphill' });
    const { token } = await createSession(db, u.id);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    const rows = await db.kysely.selectFrom('sessions').selectAll().where('user_id', '=', u.id).execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.id).toBe(sessionIdOf(token));
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it('expires after idle time and after the absolute lifetime, and on revocation', async () => {
    const db = getDb();
    const u = await createUser(db, { name: 'sess2', role: 'editor', password: 'violet kettle runs uphill' });
    const t0 = Date.now();
    const a = await createSession(db, u.id, t0);
    expect(await validateSession(db, a.token, t0 + SESSION_IDLE_MS - 1000)).not.toBeNull();
    // Touched just now: idle counts from the last request.
    expect(await validateSession(db, a.token, t0 + 2 * SESSION_IDLE_MS - 2000)).not.toBeNull();
    expect(await validateSession(db, a.token, t0 + 4 * SESSION_IDLE_MS)).toBeNull();

    const b = await createSession(db, u.id, t0);
    let now = t0;
    while (now < t0 + SESSION_ABSOLUTE_MS - SESSION_IDLE_MS / 2) {
      now += SESSION_IDLE_MS / 2;
      expect(await validateSession(db, b.token, now)).not.toBeNull();
    }
    expect(await validateSession(db, b.token, t0 + SESSION_ABSOLUTE_MS)).toBeNull();

    const c = await createSession(db, u.id);
    await revokeSession(db, c.token);
    expect(await validateSession(db, c.token)).toBeNull();
    expect(await validateSession(db, 'not-a-token')).toBeNull();
  });
});

it('CSRF tokens are bound to the session and compared in constant time', () => {
  const a = csrfTokenFor('A'.repeat(43));
  expect(a).toBe(csrfTokenFor('A'.repeat(43)));
  expect(a).not.toBe(csrfTokenFor('B'.repeat(43)));
  expect(tokensEqual(a, a)).toBe(true);
  expect(tokensEqual(a, `${a}x`)).toBe(false);
  expect(tokensEqual(a, undefined)).toBe(false);
});
