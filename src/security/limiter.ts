import cluster from 'node:cluster';
import { CompiledQuery } from 'kysely';
import {
  type RateLimiterAbstract,
  RateLimiterCluster,
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRes,
} from 'rate-limiter-flexible';
import type { Db } from '../store/db.js';
import { clusterTransport, LeasedLimiter, type LeaseTransport } from './budget-lease.js';

/** Window and budget of one limiter. */
export interface LimiterOptions {
  /** Distinguishes limiters sharing the one table ('api', 'login_ip', 'login_user_ip'). */
  keyPrefix: string;
  points: number;
  durationSec: number;
}

/**
 * A rate limiter suited to the database: in memory on SQLite (in the primary process's memory when
 * several server processes share the file, see src/cluster.ts),
 * in the `rate_limits` table on PostgreSQL so that every server process sharing the database shares
 * the budget. The PostgreSQL limiter falls back to a memory limiter if the database stops answering
 * (a limiter outage must not become a site outage).
 *
 * @example const l = createLimiter(db, { keyPrefix: 'api', points: 600, durationSec: 60 });
 *          await l.consume(ipHash) // rejects with a RateLimiterRes when the budget is spent
 */
export function createLimiter(db: Db, opts: LimiterOptions): RateLimiterAbstract {
  const base = { keyPrefix: opts.keyPrefix, points: opts.points, duration: opts.durationSec };
  if (db.dialect === 'sqlite') {
    // Several server processes (src/cluster.ts): the budget lives in the primary's memory, shared.
    if (cluster.isWorker) return new RateLimiterCluster({ ...base, timeoutMs: 3000 });
    return new RateLimiterMemory(base);
  }
  return new RateLimiterPostgres({
    ...base,
    storeClient: kyselyPgClient(db),
    storeType: 'client',
    tableName: 'rate_limits',
    // Created by migration 0002, so the server needs no DDL rights at run time.
    tableCreated: true,
    insuranceLimiter: new RateLimiterMemory(base),
  });
}

/** What a per-request budget needs of a limiter. */
export type RequestLimiter = Pick<RateLimiterAbstract, 'consume'> | LeasedLimiter;

let transport: LeaseTransport | undefined;

/**
 * A limiter for a budget spent on every request (the API's): as createLimiter, except that several
 * server processes on SQLite share it through leased slices (budget-lease.ts) rather than a round
 * trip to the primary per request.
 *
 * @example await createRequestLimiter(db, { keyPrefix: 'api', points: 600, durationSec: 60 }).consume(ipHash)
 */
export function createRequestLimiter(db: Db, opts: LimiterOptions): RequestLimiter {
  if (db.dialect === 'sqlite' && cluster.isWorker) {
    transport ??= clusterTransport();
    return new LeasedLimiter(opts, transport);
  }
  return createLimiter(db, opts);
}

/**
 * The small part of node-postgres' client that RateLimiterPostgres uses (`query({text, values})`),
 * answered through the app's Kysely pool, so the limiter shares its connections and search_path.
 */
function kyselyPgClient(db: Db): { query(q: { text: string; values?: unknown[] }): Promise<unknown> } {
  return {
    async query(q) {
      const res = await db.kysely.executeQuery(CompiledQuery.raw(q.text, q.values ?? []));
      return {
        rows: res.rows,
        rowCount: res.numAffectedRows !== undefined ? Number(res.numAffectedRows) : res.rows.length,
      };
    },
  };
}

/** True when a limiter promise rejected because the budget is spent (not because the store failed). */
export function isLimited(e: unknown): e is RateLimiterRes {
  return e instanceof RateLimiterRes;
}

/** Whole seconds to wait, at least 1 (Retry-After, RFC 9110 §10.2.3). */
export function retryAfterSec(res: { msBeforeNext: number }): number {
  return Math.max(1, Math.ceil(res.msBeforeNext / 1000));
}
