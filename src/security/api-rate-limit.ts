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
  return async (c, next) => {
    const key = keyedHash(
      await serverKey(db, config.secret, 'limiter'),
      `api\n${clientIp(c, opts.trustProxy)}`,
    );
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
    await next();
    try {
      c.res.headers.set('RateLimit-Limit', String(opts.perMinute));
    } catch {
      // Immutable headers (Response.redirect): copy the response first.
      c.res = new Response(c.res.body, c.res);
    }
    setHeaders((n, v) => c.res.headers.set(n, v), opts.perMinute, res.remainingPoints, retryAfterSec(res));
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
