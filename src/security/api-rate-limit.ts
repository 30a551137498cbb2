import type { MiddlewareHandler } from 'hono';
import { keyedHash, serverKey } from '../auth/secret.js';
import type { Config } from '../config.js';
import { AppError } from '../errors.js';
import type { Db } from '../store/db.js';
import { clientIp } from './client-ip.js';
import { createLimiter, isLimited, retryAfterSec } from './limiter.js';

/**
 * Per-client request budget for the public API: `perMinute` requests per 60 s window per client
 * address. Every answer carries RateLimit-Limit / -Remaining / -Reset (draft-ietf-httpapi-ratelimit-
 * headers) and RateLimit-Policy; an answer over budget is 429 with Retry-After. On PostgreSQL the
 * budget lives in the database, so every server process counts against the same budget.
 *
 * @example app.use('/api/*', apiRateLimit(db, config, { perMinute: 600, trustProxy: false }))
 */
export function apiRateLimit(
  db: Db,
  config: Pick<Config, 'secret'>,
  opts: { perMinute: number; trustProxy: boolean },
): MiddlewareHandler {
  const limiter = createLimiter(db, { keyPrefix: 'api', points: opts.perMinute, durationSec: 60 });
  // Keyed hashes of recent client addresses: one HMAC per client, not per request. Bounded; cleared
  // whole when full (an address then costs one HMAC again).
  const keys = new Map<string, string>();
  return async (c, next) => {
    const ip = clientIp(c, opts.trustProxy);
    let key = keys.get(ip);
    if (key === undefined) {
      key = keyedHash(await serverKey(db, config.secret, 'limiter'), `api\n${ip}`);
      if (keys.size >= 10_000) keys.clear();
      keys.set(ip, key);
    }
    let res: { remainingPoints: number; msBeforeNext: number };
    try {
      res = await limiter.consume(key.slice(0, 40));
    } catch (e) {
      if (!isLimited(e)) throw e;
      const wait = retryAfterSec(e);
      c.header('Retry-After', String(wait));
      setHeaders(c.header.bind(c), opts.perMinute, 0, wait);
      const err = new AppError(
        'rate_limited',
        `リクエストが多すぎます / Too many requests; retry in ${wait} s`,
      );
      return c.json(err.toJSON(), 429);
    }
    // Set before the handler runs so that Hono merges them into its response (see web/middleware.ts).
    setHeaders(c.header.bind(c), opts.perMinute, res.remainingPoints, retryAfterSec(res));
    await next();
  };
}

function setHeaders(
  set: (name: string, value: string) => void,
  limit: number,
  remaining: number,
  reset: number,
) {
  set('RateLimit-Limit', String(limit));
  set('RateLimit-Remaining', String(Math.max(0, remaining)));
  set('RateLimit-Reset', String(reset));
  set('RateLimit-Policy', `${limit};w=60`);
}
