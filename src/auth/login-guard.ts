import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Config } from '../config.js';
import { keyedHash, serverKey } from '../security/keys.js';
import { createLimiter, isLimited, retryAfterSec } from '../security/limiter.js';
import type { Db } from '../store/db.js';
import { nameKey } from './users.js';

/** 5 failed logins for one account from one address lock that pair for 15 minutes. */
export const MAX_FAILS_PER_USER_IP = 5;
export const USER_IP_WINDOW_SEC = 15 * 60;
/** 30 failed logins from one address within an hour (whatever the account) lock the address for an hour. */
export const MAX_FAILS_PER_IP = 30;
export const IP_WINDOW_SEC = 60 * 60;

export type GuardVerdict = { locked: false } | { locked: true; retryAfterSec: number };

/** An attempt that may go on to the password check: how many attempts each counter now holds. */
export type Attempt =
  | { locked: false; pairCount: number; addrCount: number }
  | { locked: true; retryAfterSec: number };

/**
 * Credential-stuffing brake (the pattern from rate-limiter-flexible's "login endpoint protection"):
 * attempts are counted per (account, address) and per address. The point is taken BEFORE the
 * password is verified and given back after a success, so requests in flight cannot all pass a check
 * made before any of them has counted (issue 18: a burst of 40 verified 19 wrong passwords). Keys are
 * HMACs, so the shared PostgreSQL table holds no account name or address. The same verdict is given
 * whether or not the account exists.
 *
 * @example const a = await guard.take(name, ip); if (a.locked) … 429; ok ? guard.succeed(name, ip) : guard.fail(a)
 */
export class LoginGuard {
  private readonly byUserIp: RateLimiterAbstract;
  private readonly byIp: RateLimiterAbstract;

  constructor(
    private readonly db: Db,
    private readonly config: Pick<Config, 'secret'>,
  ) {
    this.byUserIp = createLimiter(db, {
      keyPrefix: 'login_user_ip',
      points: MAX_FAILS_PER_USER_IP,
      durationSec: USER_IP_WINDOW_SEC,
    });
    this.byIp = createLimiter(db, {
      keyPrefix: 'login_ip',
      points: MAX_FAILS_PER_IP,
      durationSec: IP_WINDOW_SEC,
    });
  }

  /**
   * Takes one attempt from both counters (atomically, in the limiter's store). Refused: the attempt
   * must not go on to the password check. The pair's point is taken first; when the address's budget
   * is spent the pair's point is handed back, so a locked address does not also lock the pair.
   */
  async take(name: string, ip: string): Promise<Attempt> {
    const { pair, addr } = await this.keys(name, ip);
    const p = await consume(this.byUserIp, pair);
    if (p.refused) return { locked: true, retryAfterSec: p.retryAfterSec };
    const a = await consume(this.byIp, addr);
    if (a.refused) {
      await this.byUserIp.reward(pair, 1);
      return { locked: true, retryAfterSec: a.retryAfterSec };
    }
    return { locked: false, pairCount: p.consumed, addrCount: a.consumed };
  }

  /**
   * After a wrong password: the attempt that used a counter's last point starts a full lock period
   * from now (and is answered as locked).
   */
  async fail(name: string, ip: string, attempt: Extract<Attempt, { locked: false }>): Promise<GuardVerdict> {
    const { pair, addr } = await this.keys(name, ip);
    let wait = 0;
    if (attempt.pairCount >= MAX_FAILS_PER_USER_IP) {
      await this.byUserIp.block(pair, USER_IP_WINDOW_SEC);
      wait = USER_IP_WINDOW_SEC;
    }
    if (attempt.addrCount >= MAX_FAILS_PER_IP) {
      await this.byIp.block(addr, IP_WINDOW_SEC);
      wait = Math.max(wait, IP_WINDOW_SEC);
    }
    return wait > 0 ? { locked: true, retryAfterSec: wait } : { locked: false };
  }

  /**
   * A successful login clears the pair's count and gives the address back the point it took (not
   * the address's other failures: one good password among many bad).
   */
  async succeed(name: string, ip: string): Promise<void> {
    const { pair, addr } = await this.keys(name, ip);
    await this.byUserIp.delete(pair);
    await this.byIp.reward(addr, 1);
  }

  private async keys(name: string, ip: string): Promise<{ pair: string; addr: string }> {
    const key = await serverKey(this.db, this.config.secret, 'limiter');
    return {
      pair: keyedHash(key, `${nameKey(name)}\n${ip}`).slice(0, 40),
      addr: keyedHash(key, `ip\n${ip}`).slice(0, 40),
    };
  }
}

/** consume() that answers a spent budget as data rather than by rejecting. */
async function consume(
  limiter: RateLimiterAbstract,
  key: string,
): Promise<{ refused: false; consumed: number } | { refused: true; retryAfterSec: number }> {
  try {
    return { refused: false, consumed: (await limiter.consume(key)).consumedPoints };
  } catch (e) {
    // consume() rejects with a RateLimiterRes once the budget is spent; anything else is a real error.
    if (!isLimited(e)) throw e;
    return { refused: true, retryAfterSec: retryAfterSec(e) };
  }
}
