import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Config } from '../config.js';
import { keyedHash, serverKey } from '../security/keys.js';
import { createLimiter, retryAfterSec } from '../security/limiter.js';
import type { Db } from '../store/db.js';
import { nameKey } from './users.js';

/** 5 failed logins for one account from one address lock that pair for 15 minutes. */
export const MAX_FAILS_PER_USER_IP = 5;
export const USER_IP_WINDOW_SEC = 15 * 60;
/** 30 failed logins from one address within an hour (whatever the account) lock the address for an hour. */
export const MAX_FAILS_PER_IP = 30;
export const IP_WINDOW_SEC = 60 * 60;

export type GuardVerdict = { locked: false } | { locked: true; retryAfterSec: number };

/**
 * Credential-stuffing brake (the pattern from rate-limiter-flexible's "login endpoint protection"):
 * failures are counted per (account, address) and per address; success clears the pair's count.
 * Keys are HMACs, so the shared PostgreSQL table holds no account name or address. The same verdict
 * is given whether or not the account exists.
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

  /** Is this attempt refused before the password is even checked? */
  async check(name: string, ip: string): Promise<GuardVerdict> {
    const { pair, addr } = await this.keys(name, ip);
    const [p, a] = await Promise.all([this.byUserIp.get(pair), this.byIp.get(addr)]);
    let wait = 0;
    if (p && p.consumedPoints >= MAX_FAILS_PER_USER_IP) wait = Math.max(wait, retryAfterSec(p));
    if (a && a.consumedPoints >= MAX_FAILS_PER_IP) wait = Math.max(wait, retryAfterSec(a));
    return wait > 0 ? { locked: true, retryAfterSec: wait } : { locked: false };
  }

  /** Counts a failure; the failure that reaches a limit starts a full lock period from now. */
  async fail(name: string, ip: string): Promise<GuardVerdict> {
    const { pair, addr } = await this.keys(name, ip);
    const [p, a] = await Promise.all([this.count(this.byUserIp, pair), this.count(this.byIp, addr)]);
    let wait = 0;
    if (p >= MAX_FAILS_PER_USER_IP) {
      await this.byUserIp.block(pair, USER_IP_WINDOW_SEC);
      wait = USER_IP_WINDOW_SEC;
    }
    if (a >= MAX_FAILS_PER_IP) {
      await this.byIp.block(addr, IP_WINDOW_SEC);
      wait = Math.max(wait, IP_WINDOW_SEC);
    }
    return wait > 0 ? { locked: true, retryAfterSec: wait } : { locked: false };
  }

  /** A successful login clears the pair's count (not the address's: one good password among many bad). */
  async succeed(name: string, ip: string): Promise<void> {
    const { pair } = await this.keys(name, ip);
    await this.byUserIp.delete(pair);
  }

  private async count(limiter: RateLimiterAbstract, key: string): Promise<number> {
    try {
      return (await limiter.consume(key)).consumedPoints;
    } catch (e) {
      // consume() rejects with a RateLimiterRes once the budget is spent; anything else is a real error.
      if (e && typeof e === 'object' && 'consumedPoints' in e)
        return (e as { consumedPoints: number }).consumedPoints;
      throw e;
    }
  }

  private async keys(name: string, ip: string): Promise<{ pair: string; addr: string }> {
    const key = await serverKey(this.db, this.config.secret, 'limiter');
    return {
      pair: keyedHash(key, `${nameKey(name)}\n${ip}`).slice(0, 40),
      addr: keyedHash(key, `ip\n${ip}`).slice(0, 40),
    };
  }
}
