import type { Context } from 'hono';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { AppError } from '../errors.js';
import type { AppDeps } from '../http/types.js';
import { clientIp } from '../security/client-ip.js';
import { keyedHash, serverKey } from '../security/keys.js';
import { createLimiter, isLimited, retryAfterSec } from '../security/limiter.js';
import { securityOptions } from '../security/options.js';

/** Watchlists one client may create per hour. */
export const WATCH_PER_CLIENT_PER_HOUR = 10;
/** Confirmation mails one address may be sent per day, whoever asks (issue 18: 20 POSTs, 20 mails). */
export const WATCH_MAILS_PER_ADDRESS_PER_DAY = 3;

/**
 * The brakes on POST /watch, which creates a watchlist and may send a confirmation mail to an address
 * the client types: per client address (hour) and per e-mail address (day). Keys are HMACs (no address
 * stored); on PostgreSQL the counters are shared by every server process (security/limiter.ts).
 * Over either, an AppError `rate_limited` (429 page or JSON, with Retry-After).
 */
export class WatchLimits {
  private readonly perClient: RateLimiterAbstract;
  private readonly perAddress: RateLimiterAbstract;
  private readonly trustProxy: boolean;

  constructor(private readonly deps: Pick<AppDeps, 'db' | 'config'>) {
    this.perClient = createLimiter(deps.db, {
      keyPrefix: 'watch_ip',
      points: WATCH_PER_CLIENT_PER_HOUR,
      durationSec: 3600,
    });
    this.perAddress = createLimiter(deps.db, {
      keyPrefix: 'watch_email',
      points: WATCH_MAILS_PER_ADDRESS_PER_DAY,
      durationSec: 24 * 3600,
    });
    this.trustProxy = securityOptions(deps.config).trustProxy;
  }

  /** Spends one creation of this client's hourly budget. */
  async client(c: Context): Promise<void> {
    await this.spend(c, this.perClient, `watch\n${clientIp(c, this.trustProxy)}`);
  }

  /** Spends one confirmation mail of this address's daily budget (the address as typed, lower-cased). */
  async address(c: Context, email: string): Promise<void> {
    await this.spend(c, this.perAddress, `watch-email\n${email.trim().toLowerCase()}`);
  }

  private async spend(c: Context, limiter: RateLimiterAbstract, what: string): Promise<void> {
    const key = keyedHash(await serverKey(this.deps.db, this.deps.config.secret, 'limiter'), what).slice(
      0,
      40,
    );
    try {
      await limiter.consume(key);
    } catch (e) {
      if (!isLimited(e)) throw e;
      const wait = retryAfterSec(e);
      c.header('Retry-After', String(wait));
      throw new AppError(
        'rate_limited',
        `リクエストが多すぎます。${Math.ceil(wait / 60)} 分後にお試しください / Too many requests; retry in ${wait} s`,
      );
    }
  }
}
