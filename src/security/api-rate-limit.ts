import type { Context, MiddlewareHandler } from 'hono';
import type { Config } from '../config.js';
import { AppError } from '../errors.js';
import type { AppDeps } from '../http/types.js';
import type { Db } from '../store/db.js';
import { clientIp, clientIpFrom } from './client-ip.js';
import { keyedHash, serverKey } from './keys.js';
import { createRequestLimiter, isLimited, retryAfterSec } from './limiter.js';
import { securityOptions } from './options.js';

/** What one API request cost against its client's budget: the headers to send, or over budget. */
export type BudgetAnswer =
  | { limited: false; headers: Record<string, string> }
  | { limited: true; retryAfterSec: number; headers: Record<string, string> };

/**
 * Per-client request budget for the public API: `perMinute` requests per 60 s window per client
 * address. Every answer carries RateLimit-Limit / -Remaining / -Reset (draft-ietf-httpapi-ratelimit-
 * headers) and RateLimit-Policy; an answer over budget is 429 with Retry-After. On PostgreSQL the
 * budget lives in the database, so every server process counts against the same budget.
 */
export class ApiBudget {
  private readonly limiter;
  // Keyed hashes of recent client addresses: one HMAC per client, not per request. Bounded; cleared
  // whole when full (an address then costs one HMAC again).
  private readonly keys = new Map<string, string>();
  private readonly policy: string;
  private readonly limit: string;

  constructor(
    private readonly db: Db,
    private readonly config: Pick<Config, 'secret'>,
    private readonly opts: { perMinute: number; trustProxy: boolean },
  ) {
    this.limiter = createRequestLimiter(db, { keyPrefix: 'api', points: opts.perMinute, durationSec: 60 });
    this.limit = String(opts.perMinute);
    this.policy = `${opts.perMinute};w=60`;
  }

  /**
   * Spends one request of this client's budget.
   *
   * @example const a = await budget.take(c); if (a.limited) … else for (const [k, v] of Object.entries(a.headers)) c.header(k, v)
   */
  async take(c: Context): Promise<BudgetAnswer> {
    return this.spend(clientIp(c, this.opts.trustProxy));
  }

  /**
   * take() for a request held as Node's IncomingMessage rather than Hono's context: its
   * X-Forwarded-For header (read only when the proxy is trusted) and its socket's address.
   */
  async takeFrom(forwardedFor: string | undefined, socketAddress: string | undefined): Promise<BudgetAnswer> {
    return this.spend(clientIpFrom(this.opts.trustProxy ? forwardedFor : undefined, socketAddress));
  }

  private async spend(ip: string): Promise<BudgetAnswer> {
    let key = this.keys.get(ip);
    if (key === undefined) {
      key = keyedHash(await serverKey(this.db, this.config.secret, 'limiter'), `api\n${ip}`);
      if (this.keys.size >= 10_000) this.keys.clear();
      this.keys.set(ip, key);
    }
    try {
      const res = await this.limiter.consume(key.slice(0, 40));
      return { limited: false, headers: this.headers(res.remainingPoints, retryAfterSec(res)) };
    } catch (e) {
      if (!isLimited(e)) throw e;
      const wait = retryAfterSec(e);
      return { limited: true, retryAfterSec: wait, headers: this.headers(0, wait) };
    }
  }

  private headers(remaining: number, reset: number): Record<string, string> {
    return {
      'RateLimit-Limit': this.limit,
      'RateLimit-Remaining': String(Math.max(0, remaining)),
      'RateLimit-Reset': String(reset),
      'RateLimit-Policy': this.policy,
    };
  }
}

// One budget per app: the rate-limit middleware and the API's answer cache spend the same budget.
const budgets = new WeakMap<AppDeps, ApiBudget>();

/** The API budget of the app built from `deps` (created on first use). */
export function apiBudget(deps: AppDeps): ApiBudget {
  let budget = budgets.get(deps);
  if (!budget) {
    const opts = securityOptions(deps.config);
    budget = new ApiBudget(deps.db, deps.config, {
      perMinute: opts.apiRatePerMin,
      trustProxy: opts.trustProxy,
    });
    budgets.set(deps, budget);
  }
  return budget;
}

/**
 * Middleware spending the budget on every request it sees; over budget, 429 with Retry-After.
 *
 * @example app.use('/api/*', apiRateLimit(apiBudget(deps)))
 */
export function apiRateLimit(budget: ApiBudget): MiddlewareHandler {
  return async (c, next) => {
    const answer = await budget.take(c);
    // Set before the handler runs so that Hono merges them into its response (see web/middleware.ts).
    for (const name in answer.headers) c.header(name, answer.headers[name]);
    if (answer.limited) {
      c.header('Retry-After', String(answer.retryAfterSec));
      const err = new AppError(
        'rate_limited',
        `リクエストが多すぎます / Too many requests; retry in ${answer.retryAfterSec} s`,
      );
      return c.json(err.toJSON(), 429);
    }
    await next();
  };
}

/**
 * The same budget for a page form whose work is as costly as an API call (the notice check's form):
 * over budget, a 429 error (a page in the browser's language, or the JSON shape) with Retry-After.
 *
 * @example app.post('/notice-check', formRateLimit(apiBudget(deps)))
 */
export function formRateLimit(budget: ApiBudget): MiddlewareHandler {
  return async (c, next) => {
    const answer = await budget.take(c);
    if (answer.limited) {
      c.header('Retry-After', String(answer.retryAfterSec));
      throw new AppError(
        'rate_limited',
        `リクエストが多すぎます / Too many requests; retry in ${answer.retryAfterSec} s`,
      );
    }
    await next();
  };
}
