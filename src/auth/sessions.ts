import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Db } from '../store/db.js';
import type { Role } from '../store/schema-auth.js';

/** Sessions end after 2 hours without a request, and 12 hours after login whatever happens. */
export const SESSION_IDLE_MS = 2 * 60 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
/** last_seen_at is written at most this often (a write per request would be needless load). */
const TOUCH_EVERY_MS = 60 * 1000;

export interface SessionUser {
  id: string;
  name: string;
  role: Role;
}

/** SHA-256 of a cookie token: the only form in which a session token reaches the database. */
export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Starts a session: a random 256-bit token (base64url) for the cookie; the database keeps its hash.
 *
 * @example const { token, expiresAt } = await createSession(db, user.id)
 */
export async function createSession(
  db: Db,
  userId: string,
  now = Date.now(),
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const at = new Date(now).toISOString();
  const expiresAt = new Date(now + SESSION_ABSOLUTE_MS);
  await db.kysely
    .insertInto('sessions')
    .values({
      id: sessionIdOf(token),
      user_id: userId,
      created_at: at,
      last_seen_at: at,
      expires_at: expiresAt.toISOString(),
    })
    .execute();
  return { token, expiresAt };
}

/**
 * The user behind a cookie token, or null when the token is unknown, expired (idle or absolute) or
 * the account is disabled. Expired sessions are deleted on sight.
 */
export async function validateSession(db: Db, token: string, now = Date.now()): Promise<SessionUser | null> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const id = sessionIdOf(token);
  const row = await db.kysely
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.last_seen_at',
      'sessions.expires_at',
      'users.id as user_id',
      'users.name',
      'users.role',
      'users.disabled_at',
    ])
    .where('sessions.id', '=', id)
    .executeTakeFirst();
  if (!row) return null;
  const lastSeen = Date.parse(row.last_seen_at);
  if (row.disabled_at !== null || Date.parse(row.expires_at) <= now || lastSeen + SESSION_IDLE_MS <= now) {
    await db.kysely.deleteFrom('sessions').where('id', '=', id).execute();
    return null;
  }
  if (now - lastSeen > TOUCH_EVERY_MS) {
    await db.kysely
      .updateTable('sessions')
      .set({ last_seen_at: new Date(now).toISOString() })
      .where('id', '=', id)
      .execute();
  }
  return { id: row.user_id, name: row.name, role: row.role };
}

/** Ends one session (logout). */
export async function revokeSession(db: Db, token: string): Promise<void> {
  await db.kysely.deleteFrom('sessions').where('id', '=', sessionIdOf(token)).execute();
}

/**
 * The CSRF token for forms of this session: HMAC(session token, label). It is tied to the session
 * (a new login gives a new one), needs no storage, and cannot be computed without the HttpOnly cookie.
 */
export function csrfTokenFor(sessionToken: string): string {
  return createHmac('sha256', sessionToken).update('leakwatch-csrf-v1').digest('base64url');
}

/** Constant-time comparison of two tokens (false for different lengths, without leaking where). */
export function tokensEqual(a: string | undefined | null, b: string | undefined | null): boolean {
  if (typeof a !== 'string' || typeof b !== 'string') return false;
  const ha = createHash('sha256').update(a).digest();
  const hb = createHash('sha256').update(b).digest();
  return timingSafeEqual(ha, hb) && a.length === b.length;
}
