import { createHmac, randomBytes } from 'node:crypto';
import type { Db } from '../store/db.js';

const cache = new WeakMap<Db, Map<string, Promise<Buffer>>>();

/**
 * A 256-bit server key for one purpose ('ip-hash', 'limiter'). Derived from LEAKWATCH_SECRET when it is
 * set; otherwise generated once and kept in `server_secrets`, so that every server process sharing the
 * database derives the same IP hashes (INSERT … ON CONFLICT DO NOTHING, then read back: the first
 * process to start wins, the others adopt its key).
 *
 * @example const key = await serverKey(db, config.secret, 'ip-hash')
 */
export function serverKey(db: Db, secret: string | undefined, purpose: string): Promise<Buffer> {
  let perDb = cache.get(db);
  if (!perDb) {
    perDb = new Map();
    cache.set(db, perDb);
  }
  const cacheKey = `${purpose}\n${secret ?? ''}`;
  let p = perDb.get(cacheKey);
  if (!p) {
    p = secret ? Promise.resolve(secretKey(secret, purpose)) : loadOrCreate(db, purpose);
    p.catch(() => perDb?.delete(cacheKey));
    perDb.set(cacheKey, p);
  }
  return p;
}

/** The key for `purpose` derived from LEAKWATCH_SECRET (what serverKey answers when it is set). */
export function secretKey(secret: string, purpose: string): Buffer {
  return createHmac('sha256', secret).update(`leakwatch:${purpose}`).digest();
}

async function loadOrCreate(db: Db, purpose: string): Promise<Buffer> {
  const name = `key:${purpose}`;
  await db.kysely
    .insertInto('server_secrets')
    .values({ name, value: randomBytes(32).toString('hex'), created_at: new Date().toISOString() })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const row = await db.kysely
    .selectFrom('server_secrets')
    .select('value')
    .where('name', '=', name)
    .executeTakeFirstOrThrow();
  return Buffer.from(row.value, 'hex');
}

/** HMAC-SHA256 of `value` under `key`, hex. Used for IP hashes and limiter keys (no raw IP stored). */
export function keyedHash(key: Buffer, value: string): string {
  return createHmac('sha256', key).update(value).digest('hex');
}
