import cluster, { type Worker } from 'node:cluster';
import { RateLimiterClusterMaster } from 'rate-limiter-flexible';
import type { Config } from './config.js';
import { logger } from './log.js';
import { shutdownOnce } from './ops/shutdown.js';
import { LeaseBroker } from './security/budget-lease.js';
import { openDatabase } from './store/db.js';
import { loadStarterDataset } from './store/starter.js';

const log = logger('cluster');

/**
 * Several server processes on one port (node:cluster), for machines with more than one core:
 * LEAKWATCH_WORKERS=N or auto. One Node process answers from one core (measured on this project's
 * 2-core machine, with the load generator on the same cores: 8,000–10,400 range lookups/s from two
 * processes, 5,500–9,200 from one; see docs/email-check.md).
 *
 * What the processes share, so that N processes behave as one server:
 * - the database: the primary brings the schema up to date and loads the starter dataset once,
 *   before any worker starts (SQLite in WAL mode takes one writer at a time; PostgreSQL as usual);
 * - every rate-limit budget: on SQLite in the primary's memory — the API budget handed to workers
 *   in slices (src/security/budget-lease.ts), the login limiters asked on every attempt
 *   (rate-limiter-flexible's cluster limiter); on PostgreSQL in the rate_limits table;
 * - the alert queue: worker 0 alone delivers alerts on SQLite (on PostgreSQL every worker may,
 *   jobs are claimed with FOR UPDATE SKIP LOCKED).
 * Each worker keeps its own 5-second API answer cache.
 */

/** True in a worker process of a multi-process server. */
export function isClusterWorker(): boolean {
  return cluster.isWorker;
}

/** Whether this process delivers watchlist alerts: a lone server, or worker 0 of a cluster. */
export function deliversAlerts(config: Pick<Config, 'databaseUrl' | 'workerId'>): boolean {
  return !cluster.isWorker || config.databaseUrl !== undefined || config.workerId === 0;
}

/** A worker tells the primary where it serves (the same port for all). */
export function announceReady(url: string): void {
  process.send?.({ leakwatch: 'ready', url });
}

/**
 * The primary process: prepares the database, holds the shared rate-limit budgets, starts
 * `config.workers` server processes (this same program), restarts one that dies, and stops them all
 * on SIGINT/SIGTERM. Resolves with the URL once every worker serves.
 */
export async function runPrimary(config: Config): Promise<{ url: string }> {
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    if (config.seed === 'auto') await loadStarterDataset(db);
  } finally {
    await db.close();
  }
  new RateLimiterClusterMaster();
  new LeaseBroker(config.workers).listen();
  const restarts: number[] = [];
  const fork = (id: number): Worker => {
    // The workers skip the starter load: it is done above, once.
    const worker = cluster.fork({ LEAKWATCH_WORKER_ID: String(id), LEAKWATCH_SEED: 'never' });
    worker.on('exit', (code, signal) => {
      if (shutdown.started) return;
      const now = Date.now();
      restarts.push(now);
      while (restarts.length > 0 && restarts[0]! < now - 60_000) restarts.shift();
      if (restarts.length > 5) {
        log.error({ worker: id, code, signal }, 'workers keep dying: stopping the server');
        shutdown.stop('restarts');
        return;
      }
      log.error({ worker: id, code, signal }, 'worker died; starting another');
      setTimeout(() => fork(id), 1000).unref();
    });
    return worker;
  };
  const shutdown = shutdownOnce(15_000, async (reason) => {
    log.info({ reason }, 'stopping the workers');
    const running = Object.values(cluster.workers ?? {}).filter((w) => w !== undefined);
    await Promise.all(
      running.map(
        (w) =>
          new Promise<void>((resolve) => {
            w.once('exit', () => resolve());
            w.process.kill('SIGTERM');
          }),
      ),
    );
    return reason === 'restarts' ? 1 : 0;
  });
  const stop = (reason: string) => shutdown.stop(reason);
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  const workers = Array.from({ length: config.workers }, (_, i) => fork(i));
  const urls = await Promise.all(
    workers.map(
      (w) =>
        new Promise<string>((resolve, reject) => {
          w.on('message', (m: { leakwatch?: string; url?: string }) => {
            if (m?.leakwatch === 'ready' && m.url) resolve(m.url);
          });
          w.once('exit', (code) => reject(new Error(`a worker exited with code ${code} while starting`)));
        }),
    ),
  );
  return { url: urls[0]! };
}
