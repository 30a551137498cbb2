import cluster from 'node:cluster';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getRequestListener } from '@hono/node-server';
import { leanLane } from './api/lean-lane.js';
import { createApp } from './app.js';
import { announceReady, deliversAlerts, isClusterWorker, runPrimary } from './cluster.js';
import { type Config, loadConfig } from './config.js';
import { answerMalformedRequest } from './http/malformed-request.js';
import { logger } from './log.js';
import { shutdownOnce } from './ops/shutdown.js';
import { openDatabase } from './store/db.js';
import { nameIndex } from './store/name-index.js';
import { createReader } from './store/reader.js';
import { loadStarterDataset } from './store/starter.js';
import { createMailTransport } from './watch/mailer.js';
import { purgeUnconfirmedChannels } from './watch/store.js';
import { startAlertWorker } from './watch/worker.js';

const log = logger('server');

export interface RunningServer {
  /** Where the site answers, e.g. http://127.0.0.1:3000 (the real port when PORT=0). */
  url: string;
  /** Stops accepting connections, waits for open requests, then closes the database. */
  close(): Promise<void>;
}

/**
 * Opens the store (SQLite in the data dir, or PostgreSQL with DATABASE_URL), loads the starter
 * dataset into an empty database (LEAKWATCH_SEED=auto), and serves the site and API.
 *
 * @example const { url, close } = await startServer(loadConfig({ PORT: '0', LEAKWATCH_DATA_DIR: tmp }))
 */
export async function startServer(config: Config): Promise<RunningServer> {
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    if (config.seed === 'auto') await loadStarterDataset(db);
    // Addresses nobody confirmed in time are forgotten (also with every alert run).
    await purgeUnconfirmedChannels(db);
  } catch (err) {
    await db.close();
    throw err;
  }
  const deps = { config, db, reader: createReader(db) };
  // The search's name index is built from the store now, while the server starts listening, rather
  // than by the first search (store/name-index.ts). A failure here is retried by that search.
  void nameIndex(db).catch((err: unknown) =>
    log.warn({ err: (err as Error).message }, 'name index not built at start'),
  );
  const app = createApp(deps);
  // The lean lane's routes are answered from Node's request, before Hono (src/api/lean-lane.ts).
  const server = createServer(
    leanLane(deps).listener(getRequestListener(app.fetch, { hostname: config.host })),
  );
  server.on('clientError', answerMalformedRequest);
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.port, config.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (err) {
    // The port is taken or not ours to use: nothing was served, so the store is closed as opened.
    await db.close();
    throw err;
  }
  // Watchlist alerts are delivered from the job table in this process (SQLite and PostgreSQL alike;
  // on PostgreSQL several server processes share the queue through FOR UPDATE SKIP LOCKED).
  const worker = deliversAlerts(config)
    ? startAlertWorker({ ...deps, transport: createMailTransport(config) })
    : { stop: async () => {} };
  const addr = server.address() as AddressInfo;
  const host = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
  const url = `http://${host === '0.0.0.0' || host === '[::]' ? 'localhost' : host}:${addr.port}`;
  let closing: Promise<void> | undefined;
  return {
    url,
    close() {
      closing ??= (async () => {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          // Keep-alive connections would hold close() open; idle ones can go now.
          server.closeIdleConnections();
        });
        await worker.stop();
        await db.close();
      })();
      return closing;
    },
  };
}

/** `npm start`: serve until SIGINT/SIGTERM, then shut down in order (server, then database). */
async function main(): Promise<void> {
  const config = loadConfig();
  if (config.workers > 1 && cluster.isPrimary) {
    const { url } = await runPrimary(config);
    log.info(
      { url, db: config.databaseUrl ? 'postgres' : 'sqlite', workers: config.workers },
      `leakwatch is serving ${url} with ${config.workers} processes`,
    );
    if (process.stdout.isTTY) console.log(`leakwatch: ${url} (${config.workers} processes)`);
    return;
  }
  const running = await startServer(config);
  if (isClusterWorker()) announceReady(running.url);
  else {
    log.info(
      { url: running.url, db: config.databaseUrl ? 'postgres' : 'sqlite' },
      `leakwatch is serving ${running.url}`,
    );
    if (process.stdout.isTTY) console.log(`leakwatch: ${running.url}`);
  }
  const shutdown = shutdownOnce(10_000, async (signal) => {
    log.info({ signal }, 'shutting down');
    try {
      await running.close();
      return 0;
    } catch (err) {
      log.error({ err: (err as Error).message }, 'shutdown failed');
      return 1;
    }
  });
  const stop = (signal: string) => shutdown.stop(signal);
  // In a cluster the primary stops the workers (SIGTERM); a Ctrl-C reaches every process of the
  // group, and a worker leaving on its own would look like a crash to the primary.
  process.on('SIGINT', () => (isClusterWorker() ? undefined : stop('SIGINT')));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

// Run only when started as a program (node dist/server.js, tsx src/server.ts), not when imported by tests.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err: unknown) => {
    log.error({ err: (err as Error).message }, 'leakwatch could not start');
    console.error(`leakwatch could not start: ${(err as Error).message}`);
    process.exit(1);
  });
}
